import { describe, expect, it } from 'vitest';
import { analysisContextFor } from '../../src/analysis/index.ts';
import { createAnalyser } from '../../src/analysis/en/analyser.ts';
import { playPlan, type PlayResult } from '../../src/engine/index.ts';
import { Plan } from '../../src/format/index.ts';
import { fixture, Harness, markupAnnotator, ms } from '../helpers.ts';

function play(steps: unknown[]): PlayResult {
  const scenario = fixture('engine-lab');
  return playPlan(scenario, Plan.parse({ seed: 3, steps }), { annotator: createAnalyser(analysisContextFor(scenario)) }).result;
}

describe('disclosure means telling the truth', () => {
  it('a wrong value puts nothing on the record and does not pre-empt the leak; the right value does', () => {
    const wrong = Harness.start('engine-lab', { annotator: markupAnnotator }).to('45m');
    wrong.publish('social', 'The cause is [cause=sabotage].').to('1h5m');
    expect(wrong.state.facts.cause?.disclosedAt).toBeNull();
    expect(wrong.state.facts.cause?.statedAt).toBe(ms('45m'));
    expect(wrong.firedAt('leak')).toBe(ms('1h'));
    const right = Harness.start('engine-lab', { annotator: markupAnnotator }).to('45m');
    right.publish('social', 'The cause is [cause=listeria].').to('1h5m');
    expect(right.status('leak')).toBe('cancelled');
  });

  it('a regulator filing covers a required fact only with its right value', () => {
    const wrong = play([{ at: '40m', respond: { inject: 'regulator', text: 'Five lots are affected.' } }]);
    const right = play([{ at: '40m', respond: { inject: 'regulator', text: 'Three lots are affected.' } }]);
    const filing = (r: PlayResult) => r.injects.find((i) => i.id === 'regulator')?.cues.find((c) => c.anchor === 'gdpr');
    expect(filing(wrong)).toMatchObject({ code: 'cue.timeliness.filed-partial', params: { missing: ['lots'] } });
    expect(filing(right)?.code).toBe('cue.timeliness.filed-complete');
  });

  it('the team deciding internally when to file is not a filing', () => {
    const internal = play([{ at: '40m', respond: { inject: 'regulator', channel: 'internal', text: "Let's wait until Friday and file once. Three lots are affected." } }]);
    const filing = internal.injects.find((i) => i.id === 'regulator')?.cues.find((c) => c.anchor === 'gdpr');
    expect(filing?.code).toBe('cue.timeliness.filed-none');
  });
});

describe('a true rumour is confirmed, not denied', () => {
  const deny = [{ at: '1h35m', publish: { channel: 'social', text: 'The contamination was caused by sabotage.' } }];
  const confirm = [{ at: '1h35m', publish: { channel: 'social', text: 'The contamination was caused by listeria.' } }];

  it('denying it costs transparency, names the statement, and earns no reach-avoided credit', () => {
    const r = play(deny);
    const cue = r.sessionCues.find((c) => c.code === 'cue.transparency.wrong-denial' && c.params.rumour === 'cover-up');
    expect(cue?.points).toBeLessThan(0);
    expect(cue?.quote).toContain('sabotage');
    expect(r.sessionCues.find((c) => c.code === 'cue.proactivity.denied-true' && c.params.rumour === 'cover-up')?.tone).toBe('negative');
    expect(r.scores.transparency).toBeLessThan(play(confirm).scores.transparency);
  });

  it('confirming it honestly is credited', () => {
    const r = play(confirm);
    expect(r.sessionCues.find((c) => c.code === 'cue.proactivity.confirmed-true')).toMatchObject({ params: { rumour: 'cover-up' }, tone: 'positive' });
  });
});

describe('deadlines, audiences and promises', () => {
  it('an answer given at exactly the deadline is on time', () => {
    const h = Harness.start('engine-lab').to('25m').answer('call', 'hold');
    expect(h.state.firings[0]?.respondedAt).toBe(ms('25m'));
    expect(h.state.firings[0]?.timedOut).toBe(false);
    expect(h.fired('silence-story')).toBe(false);
  });

  it('a meeting reply reaches the audience the meeting is about, not everyone', () => {
    const h = Harness.start('engine-lab', { annotator: markupAnnotator }).to('1h41m');
    h.say('board-meeting', 'Briefing for the board.');
    h.publish('meeting', 'A note to the room.');
    expect(h.state.statements.map((s) => s.audience)).toEqual([['agency'], []]);
  });

  it('only a substantive update near the promised time keeps a promise', () => {
    const h = Harness.start('engine-lab', { annotator: markupAnnotator }).to('11m').answer('call', 'hold');
    h.to('14m').publish('social', 'No comment.');
    expect(h.state.promises[0]?.keptAt).toBeNull();
    h.to('1h5m').publish('social', 'Update: [lots=3] lots are affected.');
    expect(h.state.promises[0]?.keptAt).toBe(ms('1h5m'));
  });
});

describe('trust', () => {
  it('good statements raise it with diminishing returns: it never pins at 100%', () => {
    const h = Harness.start('engine-lab', { annotator: markupAnnotator }).to('31m');
    for (let i = 0; i < 40; i++) h.publish('social', `[lots=3] [km:stop-eating] [empathy:concern] [empathy:corrective-action] [do] ${i}`);
    expect(h.state.trust.consumers).toBeGreaterThan(0.85);
    expect(h.state.trust.consumers).toBeLessThan(0.999);
  });
});
