import { describe, expect, it } from 'vitest';
import { Session, SessionError, type LoadProblem } from '../../src/engine/index.ts';
import { fixture, Harness, markupAnnotator, ms } from '../helpers.ts';

function roundTrip(h: Harness): Harness {
  const saved: unknown = JSON.parse(JSON.stringify(h.session.save()));
  const restored = new Harness(fixture('engine-lab'), { annotator: markupAnnotator });
  Object.assign(restored, { session: Session.load(fixture('engine-lab'), saved) });
  return restored;
}

function problem(f: () => unknown): LoadProblem | null {
  try {
    f();
    return null;
  } catch (e) {
    if (e instanceof SessionError) return e.problem;
    throw e;
  }
}

describe('save and restore', () => {
  it('restores mid-deadline: the running deadline fires at the same moment as if never saved', () => {
    const straight = Harness.start('engine-lab', { annotator: markupAnnotator }).to('20m');
    const restored = roundTrip(straight);
    expect(restored.session.phase).toBe('running');
    straight.to('30m');
    restored.to('30m');
    expect(straight.state.firings[0]?.timedOut).toBe(true);
    expect(JSON.stringify(restored.state)).toBe(JSON.stringify(straight.state));
  });

  it('restores mid-rumour and mid-approval, then plays on to the identical end', () => {
    const a = Harness.start('engine-lab', { annotator: markupAnnotator }).to('11m').answer('call', 'deny').to('35m');
    a.publish('press-release', 'There are [lots=3] lots.');
    const b = roundTrip(a);
    for (const s of [a, b]) s.to('1h').publish('social', '[km:stop-eating] Do not eat it.').to('3h');
    expect(b.session.phase).toBe('ended');
    expect(JSON.stringify(b.state)).toBe(JSON.stringify(a.state));
  });

  it('restores a paused session as paused', () => {
    const h = Harness.start('engine-lab').to('15m').ok({ type: 'session.pause' });
    expect(roundTrip(h).session.phase).toBe('paused');
  });

  it('refuses a save that is malformed, tampered with, from another scenario or an older version, with a code', () => {
    const h = Harness.start('engine-lab').to('15m');
    const good = JSON.parse(JSON.stringify(h.session.save())) as Record<string, unknown>;
    const lab = fixture('engine-lab');
    expect(problem(() => Session.load(lab, { ...good, kind: 'something-else' }))?.code).toBe('save.malformed');
    expect(problem(() => Session.load(lab, { ...good, state: { ...(good.state as object), now: 'soon' } }))).toMatchObject({ code: 'save.malformed', params: { path: 'state.now' } });
    expect(problem(() => Session.load(fixture('cold-chain'), good))).toEqual({ code: 'save.scenario', params: { saved: 'engine-lab', given: 'cold-chain-recall' } });
    expect(problem(() => Session.load(lab, { ...good, fingerprint: 'deadbeef' }))).toEqual({ code: 'save.changed', params: { scenario: 'engine-lab' } });
    expect(problem(() => Session.load(lab, 'not json at all'))?.code).toBe('save.malformed');
    expect(problem(() => Session.load(lab, { ...good, version: 1 }))).toEqual({ code: 'save.version', params: { version: 1, current: 2 } });
  });

  it('a save of the current version loads as it was written (saves carry their kind and version)', () => {
    const h = Harness.start('engine-lab', { annotator: markupAnnotator }).to('11m').answer('call', 'deny');
    const saved = h.session.save();
    expect({ kind: saved.kind, version: saved.version }).toEqual({ kind: 'crisis-room-session', version: 2 });
    expect(JSON.stringify(Session.load(fixture('engine-lab'), JSON.parse(JSON.stringify(saved))).save())).toBe(JSON.stringify(saved));
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
