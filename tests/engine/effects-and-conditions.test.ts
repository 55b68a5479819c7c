import { describe, expect, it } from 'vitest';
import { Harness, markupAnnotator, ms } from '../helpers.ts';

describe('effects', () => {
  it('trust: moves a stakeholder (in log-odds: +0.05 at 0.6 is about +0.048) and logs why', () => {
    const h = Harness.start('engine-lab').to('11m').answer('call', 'hold');
    const change = h.events('trust.changed').find((e) => e.data.cause.code === 'cause.option' && e.data.cause.params.option === 'hold' && e.data.cause.params.inject === 'call');
    expect(change?.data.delta).toBeGreaterThan(0.045);
    expect(change?.data.delta).toBeLessThan(0.05);
  });

  it('fire with a delay, and reveal: the exposé fires 20 minutes after the denial and makes the fact public', () => {
    const h = Harness.start('engine-lab').to('11m').answer('call', 'deny').to('40m');
    expect(h.firedAt('expose')).toBe(ms('31m'));
    expect(h.state.facts.lots?.revealedAt).toBe(ms('31m'));
  });

  it('set and add change variables (and conditions see them at once)', () => {
    const h = Harness.start('engine-lab').to('11m').answer('call', 'hold');
    expect(h.state.vars.tone).toBe('warm');
    const d = Harness.start('engine-lab').to('11m').answer('call', 'deny');
    expect(d.state.vars.heat).toBe(2);
  });

  it('seedRumour starts a rumour that then grows in scenario time', () => {
    const h = Harness.start('engine-lab').to('11m').answer('call', 'deny');
    expect(h.state.rumours.deaths?.seededAt).toBe(ms('11m'));
    h.to('1h');
    const history = h.state.rumours.deaths?.history ?? [];
    expect(history.length).toBeGreaterThan(5);
    expect(history.at(-1)?.[1]).toBeGreaterThan(history[0]?.[1] ?? 1);
  });

  it('a statement that uses the rumour\'s counter message, to its audience, counters it and slows it', () => {
    const silent = Harness.start('engine-lab', { annotator: markupAnnotator }).to('11m').answer('call', 'deny').to('2h');
    const countered = Harness.start('engine-lab', { annotator: markupAnnotator }).to('11m').answer('call', 'deny').to('20m');
    countered.publish('social', '[km:stop-eating] Please do not eat it.', ['consumers']);
    expect(countered.events('rumour.countered')).toHaveLength(1);
    countered.to('2h');
    const reach = (h: Harness) => h.state.rumours.deaths?.history.at(-1)?.[1] ?? 0;
    expect(reach(countered)).toBeLessThan(reach(silent));
  });

  it('cancel stops a pending inject; end finishes the scenario with the named ending', () => {
    const h = Harness.start('engine-lab').to('50m').answer('staff-question', 'calm').to('2h40m');
    expect(h.status('cancel-me')).toBe('cancelled');
    expect(Harness.start('engine-lab').to('2h40m').firedAt('cancel-me')).toBe(ms('2h30m'));
    const e = Harness.start('engine-lab').to('50m').answer('staff-question', 'end-it');
    expect(e.session.phase).toBe('ended');
    expect(e.state.ending?.id).toBe('held');
    expect(e.state.ending?.at).toBe(ms('50m'));
  });

  it('note writes a line in the facilitator log', () => {
    const h = Harness.start('engine-lab').to('5m');
    h.ok({ type: 'note.add', text: 'Team hesitated over legal sign-off' });
    expect(h.events('note.added')).toHaveLength(1);
  });
});

describe('conditions', () => {
  it('read inject option, key message use, statement count, fact stated and time together', () => {
    const h = Harness.start('engine-lab').to('11m').answer('call', 'hold');
    h.to('13m');
    expect(h.firedAt('flags')).toBe(ms('12m'));
  });

  it('read trust: a collapse in consumer trust fires its inject', () => {
    const h = Harness.start('engine-lab').to('11m').answer('call', 'deny').to('2h');
    expect(h.fired('trust-drop')).toBe(true);
  });

  it('read rumour reach with percentages', () => {
    const h = Harness.start('engine-lab').to('11m').answer('call', 'deny').to('3h');
    const fired = h.state.firings.find((f) => f.inject === 'rumour-peak');
    expect(fired).toBeDefined();
    const sample = h.state.rumours.deaths?.history.find(([t]) => t <= (fired?.firedAt ?? 0) && t > (fired?.firedAt ?? 0) - 300_000);
    expect(sample?.[1]).toBeGreaterThan(0.15);
  });

  it('reply.* in a free-text branch reads what the answer said (a dodge raises the heat)', () => {
    const h = Harness.start('engine-lab', { annotator: markupAnnotator }).to('11m');
    h.say('call', 'We are looking into it.');
    expect(h.state.firings[0]?.dodged).toBe(true);
    expect(h.state.vars.heat).toBe(1);
    const g = Harness.start('engine-lab', { annotator: markupAnnotator }).to('11m');
    g.say('call', 'We do not know [lots=unknown] yet. [km:stop-eating] [do]');
    expect(g.state.vars.heat).toBe(0);
  });

  it('endings are chosen in order at the end: the first that holds wins, otherwise the fallback', () => {
    // Heat 3 and untouched trust: both "held" and "damaged" hold; "held" comes first.
    const held = Harness.start('engine-lab').to('50m').answer('staff-question', 'alarm').to('3h');
    expect(held.state.vars.heat).toBe(3);
    expect(held.state.ending?.id).toBe('held');
    // A denial seeds the rumour (not "held"), a prompt counter saves trust, alarm makes heat 4: "damaged".
    const damaged = Harness.start('engine-lab', { annotator: markupAnnotator }).to('11m').answer('call', 'deny');
    damaged.publish('social', '[km:stop-eating] Do not eat it.', ['consumers']).to('50m').answer('staff-question', 'alarm').to('3h');
    expect(damaged.state.ending?.id).toBe('damaged');
    const muddled = Harness.start('engine-lab', { annotator: markupAnnotator }).to('11m').answer('call', 'deny');
    muddled.publish('social', '[km:stop-eating] Do not eat it.', ['consumers']).to('50m').answer('staff-question', 'calm').to('3h');
    expect(muddled.state.ending?.id).toBe('muddled');
  });

  it('an early ending ends the session the moment its condition holds', () => {
    const h = Harness.start('engine-lab').to('11m').answer('call', 'deny').to('3h');
    expect(h.state.ending?.id).toBe('meltdown');
    expect(h.state.ending?.at).toBeLessThan(ms('3h'));
    expect(h.state.ending?.cause).toEqual({ code: 'end.early', params: { ending: 'meltdown' } });
    expect(h.state.trust.consumers).toBeLessThan(0.3);
    expect(h.session.phase).toBe('ended');
  });
});
