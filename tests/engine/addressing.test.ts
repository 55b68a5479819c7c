/**
 * In a team drill a seat answers only what was sent to it: the CEO's chaser goes to the
 * spokesperson, so the legal seat cannot answer it for them. Solo practice has one trainee who holds
 * every seat and answers everything.
 */
import { describe, expect, it } from 'vitest';
import { trainee } from '../../src/engine/index.ts';
import { Harness, fixture } from '../helpers.ts';

const RECALL = 'scenarios/global-foods-recall.yaml';

function withChaser(mode: 'solo' | 'team'): Harness {
  const h = new Harness(fixture(RECALL), { mode });
  h.ok({ type: 'session.start' }).ok({ type: 'inject.fire', inject: 'ceo-chaser' });
  return h;
}

describe('a seat answers only injects addressed to it', () => {
  it('team: the legal seat is refused on the spokesperson\'s inject, and nothing changes', () => {
    const h = withChaser('team');
    expect(fixture(RECALL).injectIndex.get('ceo-chaser')?.to).toEqual(['spokesperson']);
    const before = JSON.stringify(h.state);
    const sent = h.send({ type: 'statement.submit', inject: 'ceo-chaser', option: 'still-wait' }, trainee('legal'));
    expect(sent).toEqual({ ok: false, refusal: { code: 'refusal.not-addressed', params: { inject: 'ceo-chaser', seat: 'legal' } } });
    expect(JSON.stringify(h.state)).toBe(before);
    // What each seat is offered agrees with what the engine accepts.
    expect(h.session.allowed(trainee('legal')).answer.map((a) => a.inject)).not.toContain('ceo-chaser');
    expect(h.session.allowed(trainee('spokesperson')).answer.map((a) => a.inject)).toContain('ceo-chaser');
    // The seat it was sent to answers it.
    h.as('spokesperson', { inject: 'ceo-chaser', option: 'still-wait' });
    expect(h.state.statements.map((s) => [s.seat, s.inject])).toEqual([['spokesperson', 'ceo-chaser']]);
  });

  it('team: free text is refused the same way as an authored option', () => {
    const h = withChaser('team');
    expect(h.send({ type: 'statement.submit', inject: 'ceo-chaser', text: 'Dana, legal here: hold it.' }, trainee('legal'))).toMatchObject({
      ok: false,
      refusal: { code: 'refusal.not-addressed' },
    });
  });

  it('solo: the one trainee answers every inject, whatever seat it names', () => {
    const h = withChaser('solo');
    expect(h.send({ type: 'statement.submit', inject: 'ceo-chaser', option: 'still-wait' }, trainee('legal'))).toMatchObject({ ok: true });
  });
});
