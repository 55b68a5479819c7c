import { describe, expect, it } from 'vitest';
import { Session } from '../../src/engine/session.ts';
import { fixture, Harness, markupAnnotator, ms } from '../helpers.ts';

function roundTrip(h: Harness): Session {
  const saved: unknown = JSON.parse(JSON.stringify(h.session.save()));
  return Session.restore({ scenario: fixture('engine-lab'), annotator: markupAnnotator }, saved);
}

describe('save and restore', () => {
  it('restores mid-deadline: the running deadline fires at the same moment as if never saved', () => {
    const straight = Harness.start('engine-lab', { annotator: markupAnnotator }).to('20m');
    const restored = roundTrip(straight);
    expect(restored.phase).toBe('running');
    straight.to('30m');
    restored.send({ type: 'clock.advanceTo', to: ms('30m') });
    expect(straight.state.firings[0]?.timedOut).toBe(true);
    expect(JSON.stringify(restored.state)).toBe(JSON.stringify(straight.state));
  });

  it('restores mid-rumour and mid-approval, then plays on to the identical end', () => {
    const a = Harness.start('engine-lab', { annotator: markupAnnotator }).to('11m').answer('call', 'deny').to('35m');
    a.publish('press-release', 'There are [lots=3] lots.');
    const b = roundTrip(a);
    for (const s of [a.session, b]) {
      s.send({ type: 'clock.advanceTo', to: ms('1h') });
      s.send({ type: 'statement.submit', channel: 'social', text: '[km:stop-eating] Do not eat it.' });
      s.send({ type: 'clock.advanceTo', to: ms('3h') });
    }
    expect(b.phase).toBe('ended');
    expect(JSON.stringify(b.state)).toBe(JSON.stringify(a.state));
  });

  it('restores a paused session as paused', () => {
    const h = Harness.start('engine-lab').to('15m').ok({ type: 'session.pause' });
    expect(roundTrip(h).phase).toBe('paused');
  });

  it('refuses a save that is malformed, tampered with, or from another scenario, with a reason', () => {
    const h = Harness.start('engine-lab').to('15m');
    const good = JSON.parse(JSON.stringify(h.session.save())) as Record<string, unknown>;
    expect(() => Session.restore({ scenario: fixture('engine-lab') }, { ...good, kind: 'something-else' })).toThrow(/not a saved Crisis Room session/);
    expect(() => Session.restore({ scenario: fixture('engine-lab') }, { ...good, state: { ...(good.state as object), now: 'soon' } })).toThrow(/state\.now/);
    expect(() => Session.restore({ scenario: fixture('cold-chain') }, good)).toThrow(/this save is for scenario "engine-lab"/);
    expect(() => Session.restore({ scenario: fixture('engine-lab') }, { ...good, fingerprint: 'deadbeef' })).toThrow(/has changed since this session was saved/);
    expect(() => Session.restore({ scenario: fixture('engine-lab') }, 'not json at all')).toThrow(/not a saved Crisis Room session/);
  });
});

describe('determinism', () => {
  function play(tickMs: number | null): string {
    const h = Harness.start('engine-lab', { seed: 9, annotator: markupAnnotator });
    const advance = (to: number) => {
      if (tickMs === null) h.ok({ type: 'clock.advanceTo', to });
      else while (h.state.now < to && h.session.phase === 'running') h.ok({ type: 'clock.advance', by: Math.min(tickMs, to - h.state.now) });
    };
    advance(ms('11m'));
    h.answer('call', 'deny');
    advance(ms('47m'));
    h.publish('social', '[km:stop-eating] [do] Do not eat it. [lots=3]');
    advance(ms('3h'));
    return JSON.stringify(h.state);
  }

  it('the same actions at the same scenario times give the same state, byte for byte', () => {
    expect(play(null)).toBe(play(null));
  });

  it('how often the host ticks does not change anything (frame-sized ticks vs one jump)', () => {
    expect(play(1_013)).toBe(play(null));
    expect(play(60_000)).toBe(play(null));
  });
});
