import { describe, expect, it } from 'vitest';
import { approver } from '../../src/engine/index.ts';
import { Harness, markupAnnotator, ms } from '../helpers.ts';

describe('statements and approvals', () => {
  it('in solo play, a press release waits for the simulated approvers (legal 10m, executive 5m in parallel)', () => {
    const h = Harness.start('engine-lab', { annotator: markupAnnotator }).to('30m');
    h.publish('press-release', 'We are recalling [lots=3] lots.');
    const stmt = h.state.statements[0];
    expect(stmt?.status).toBe('awaiting-approval');
    expect(stmt?.needs).toEqual(['legal', 'executive']);
    h.to('39m');
    expect(h.state.statements[0]?.status).toBe('awaiting-approval');
    h.to('40m');
    expect(h.state.statements[0]?.status).toBe('published');
    expect(h.state.statements[0]?.publishedAt).toBe(ms('40m'));
    expect(h.state.facts.lots?.disclosedAt).toBe(ms('40m'));
  });

  it('the approval wait counts against the deadline of the inject it answers', () => {
    const h = Harness.start('engine-lab', { annotator: markupAnnotator }).to('20m');
    h.ok({ type: 'statement.submit', inject: 'call', text: 'We are recalling the lots.', channel: 'press-release' });
    h.to('30m');
    const firing = h.state.firings[0];
    expect(firing?.respondedAt).toBe(ms('30m'));
    expect(firing?.timedOut).toBe(true);
  });

  it('in a team drill, the seats sign off for real; a rejection sends it back and the inject stays open', () => {
    const h = Harness.start('engine-lab', { mode: 'team', annotator: markupAnnotator }).to('11m');
    h.as('spokesperson', { inject: 'call', text: 'Draft answer', channel: 'press-release' });
    expect(h.send({ type: 'statement.submit', inject: 'call', text: 'Second answer' })).toEqual({ ok: false, refusal: { code: 'refusal.answer-pending', params: { inject: 'call' } } });
    h.to('40m');
    expect(h.state.statements[0]?.status).toBe('awaiting-approval');
    h.approve('legal', 's1');
    h.reject('executive', 's1', 'Too vague on the refund');
    expect(h.state.statements[0]?.status).toBe('rejected');
    expect(h.status('call')).toBe('overdue');
    h.as('spokesperson', { inject: 'call', option: 'hold' });
    expect(h.status('call')).toBe('responded');
  });

  it('the person who drafts a statement does not need to approve it', () => {
    const h = Harness.start('engine-lab', { mode: 'team' }).to('30m');
    h.as('legal', { channel: 'press-release', text: 'Recall notice' });
    expect(h.state.statements[0]?.needs).toEqual(['executive']);
    expect(h.send({ type: 'statement.approve', statement: 's1' }, approver('legal'))).toEqual({ ok: false, refusal: { code: 'refusal.not-asked', params: { statement: 's1', seat: 'legal' } } });
  });

  it('a statement reaches the stakeholders its channel reaches, or the audience it names', () => {
    const h = Harness.start('engine-lab').to('5m');
    h.publish('internal', 'Team update');
    h.publish('social', 'Public update');
    h.publish('email', 'For the agency', ['agency']);
    expect(h.state.statements.map((s) => s.audience)).toEqual([['staff-sh'], ['consumers', 'staff-sh'], ['agency']]);
  });

  it('the ledger flags a changed figure as a contradiction unless it is presented as an update', () => {
    const h = Harness.start('engine-lab', { annotator: markupAnnotator }).to('40m');
    h.publish('social', 'There are [lots=3] lots.');
    h.to('2h5m').publish('social', 'There are [lots=5] lots.');
    h.publish('social', 'Revised: [lots=5!] lots after further testing.');
    expect(h.state.statements.map((s) => s.contradicts)).toEqual([[], ['s1'], []]);
  });

  it('a promised update is kept by the next public statement before it is due', () => {
    const h = Harness.start('engine-lab', { annotator: markupAnnotator }).to('11m').answer('call', 'hold');
    expect(h.state.promises[0]?.due).toBe(ms('1h11m'));
    h.to('1h').publish('social', 'Update: [lots=3] lots.');
    expect(h.state.promises[0]?.keptAt).toBe(ms('1h'));
  });
});
