import { describe, expect, it } from 'vitest';
import { Harness, markupAnnotator, ms } from '../helpers.ts';

describe('when injects fire', () => {
  it('fires by absolute time', () => {
    const h = Harness.start('engine-lab').to('9m');
    expect(h.fired('call')).toBe(false);
    h.to('10m');
    expect(h.firedAt('call')).toBe(ms('10m'));
    expect(h.state.firings[0]?.deadlineAt).toBe(ms('25m'));
  });

  it('fires relative to a response ("call.responded + 10m")', () => {
    const h = Harness.start('engine-lab').to('12m').answer('call', 'hold').to('40m');
    expect(h.firedAt('follow-up')).toBe(ms('22m'));
    expect(h.fired('after-expiry')).toBe(false);
  });

  it('fires relative to a deadline passing ("call.expired + 5m"), and runs the timeout effects', () => {
    const h = Harness.start('engine-lab').to('40m');
    expect(h.status('call')).toBe('overdue');
    expect(h.firedAt('silence-story')).toBe(ms('25m'));
    expect(h.firedAt('after-expiry')).toBe(ms('30m'));
    expect(h.fired('follow-up')).toBe(false);
  });

  it('an overdue inject can still be answered late (it does not close unless it says so)', () => {
    const h = Harness.start('engine-lab').to('40m').answer('call', 'hold');
    expect(h.status('call')).toBe('responded');
    expect(h.state.firings[0]?.timedOut).toBe(true);
  });

  it('fires on a condition as soon as it becomes true ("when: var.heat >= 2")', () => {
    const h = Harness.start('engine-lab').to('12m');
    expect(h.fired('heat-story')).toBe(false);
    h.answer('call', 'deny');
    expect(h.firedAt('heat-story')).toBe(ms('12m'));
  });

  it('re-arms a "once: false" condition after it goes false, firing again on the next rise', () => {
    const h = Harness.start('engine-lab').to('26m');
    expect(h.state.firings.filter((f) => f.inject === 'repeat-ping')).toHaveLength(1);
    h.to('50m').answer('staff-question', 'calm');
    h.to('51m').answer('call', 'deny');
    expect(h.state.firings.filter((f) => f.inject === 'repeat-ping').map((f) => f.firedAt)).toEqual([ms('25m'), ms('51m')]);
  });

  it('skips an inject whose "if" is false when it is due, and fires it when true', () => {
    const cold = Harness.start('engine-lab').to('31m');
    expect(cold.status('skipped-one')).toBe('skipped');
    const warm = Harness.start('engine-lab').to('11m').answer('call', 'hold').to('31m');
    expect(warm.firedAt('skipped-one')).toBe(ms('30m'));
  });

  it('cancels a pending inject as soon as its "unless" holds: disclosing first pre-empts the leak', () => {
    const h = Harness.start('engine-lab', { annotator: markupAnnotator }).to('45m');
    h.publish('social', 'The cause is [cause=listeria]. [do] Do not eat it.');
    h.to('1h10m');
    expect(h.status('leak')).toBe('cancelled');
    expect(h.events('inject.cancelled')[0]?.at).toBe(ms('45m'));
    const other = Harness.start('engine-lab').to('1h10m');
    expect(other.firedAt('leak')).toBe(ms('1h'));
    expect(other.state.facts.cause?.revealedAt).toBe(ms('1h'));
  });

  it('keeps several injects open at once', () => {
    const h = Harness.start('engine-lab').to('21m');
    expect(h.status('call')).toBe('active');
    expect(h.status('regulator')).toBe('active');
    h.say('regulator', 'We will notify you of the affected lots today.');
    expect(h.status('regulator')).toBe('responded');
    expect(h.status('call')).toBe('active');
  });

  it('a press conference asks its questions in turn and follows up a dodged answer', () => {
    const h = Harness.start('engine-lab', { annotator: markupAnnotator }).to('2h');
    expect(h.status('q1')).toBe('active');
    h.say('q1', 'We are working hard on it.');
    expect(h.status('q1-dodge')).toBe('active');
    expect(h.fired('q2')).toBe(false);
    h.say('q1-dodge', 'There are [lots=5] affected lots.');
    expect(h.status('q2')).toBe('active');
    h.to('2h10m');
    expect(h.status('q2')).toBe('expired');
    expect(h.send({ type: 'statement.submit', inject: 'q2', text: 'Too late' })).toEqual({ ok: false, refusal: { code: 'refusal.closed', params: { inject: 'q2' } } });
  });

  it('a press conference calls out a contradiction with an earlier statement', () => {
    const h = Harness.start('engine-lab', { annotator: markupAnnotator }).to('40m');
    h.publish('social', 'We can confirm [lots=3] lots.');
    h.to('2h').say('q1', 'Only [lots=2] lots.');
    expect(h.state.firings.find((f) => f.inject === 'q1')?.contradicted).toBe(true);
    expect(h.status('q1-contra')).toBe('active');
  });
});
