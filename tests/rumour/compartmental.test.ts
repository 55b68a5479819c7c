import { describe, expect, it } from 'vitest';
import {
  addCorrection,
  advance,
  believing,
  boost,
  createRumourState,
  reach,
  seed,
  spreaders,
  type RumourState,
} from '../../src/engine/rumour/compartmental.ts';
import type { RumourParams } from '../../src/engine/index.ts';
import { CLASSIC, DEFAULTS, HOUR, MINUTE, sum } from './fixtures.ts';

/** Seeds at 0, optionally corrects at `correctAt`, and runs to `untilMs`. */
function run(params: RumourParams, untilMs: number, correctAt: number | null = null, credibility = 1): RumourState {
  let state = seed(createRumourState(params), params.s0, 0);
  if (correctAt !== null) state = addCorrection(state, { at: correctAt, strength: 1, credibility });
  return advance(state, params, 0, untilMs);
}

/** The root in (0, 1) of ln θ = −((1+α)/α)(1 − θ): the share never hearing a Maki–Thompson rumour. */
function thetaFor(alpha: number): number {
  const f = (theta: number): number => Math.log(theta) + ((1 + alpha) / alpha) * (1 - theta);
  let lo = 1e-9;
  let hi = 0.999;
  for (let n = 0; n < 100; n++) {
    const mid = (lo + hi) / 2;
    if (f(mid) < 0) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

describe('compartmental rumour: literature checks', () => {
  it('leaves 20.3 % never hearing the rumour with λ = σ = 1, δ = 0 (not the double-counting 0.285)', () => {
    const end = run(CLASSIC, 200 * HOUR);
    expect(end.fractions.i).toBeGreaterThan(0.203 - 0.005);
    expect(end.fractions.i).toBeLessThan(0.203 + 0.005);
    expect(spreaders(end)).toBeLessThan(1e-6);
  });

  it.each([0.5, 1, 2])('matches the closed form ln θ = −((1+α)/α)(1−θ) for α = σ/λ = %s', (alpha) => {
    const params = { ...CLASSIC, sigma: alpha };
    const end = run(params, 400 * HOUR);
    expect(Math.abs(end.fractions.i - thetaFor(alpha))).toBeLessThan(0.002);
  });

  it.each([0.5, 1])('peaks at i = α/(1+α) with 1 + α·ln(α/(1+α)) spreading, for α = %s', (alpha) => {
    const params = { ...CLASSIC, sigma: alpha };
    const end = run(params, 200 * HOUR);
    expect(end.peak).not.toBeNull();
    expect(Math.abs(end.peak!.spreaders - (1 + alpha * Math.log(alpha / (1 + alpha))))).toBeLessThan(1e-3);
    expect(Math.abs(end.peak!.reach - 1 / (1 + alpha))).toBeLessThan(2e-3);
  });

  it('reproduces the illustrative correction table of anchors-scoring.md §2.5 (κ = 0.5 and 0.1, τ = 12 h)', () => {
    const params: RumourParams = { lambda: 1, sigma: 1, delta: 0.05, s0: 0.001, kappa: 0.5, tauMs: 12 * HOUR, epsilon: 0.7 };
    const table: [number, number, number][] = [
      [0, 0.004, 0.001],
      [4, 0.117, 0.036],
      [8, 0.609, 0.184],
      [12, 0.753, 0.227],
      [24, 0.769, 0.232],
    ];
    for (const [hours, expectedReach, expectedBelieving] of table) {
      const end = run(params, 300 * HOUR, hours * HOUR);
      expect(Math.abs(reach(end) - expectedReach)).toBeLessThan(0.002);
      expect(Math.abs(believing(end) - expectedBelieving)).toBeLessThan(0.002);
    }
    const uncorrected = run(params, 300 * HOUR);
    expect(Math.abs(reach(uncorrected) - 0.769)).toBeLessThan(0.002);
    // The table's low-credibility source (κ = 0.1).
    const weak = { ...params, kappa: 0.1 };
    for (const [hours, expectedReach, expectedBelieving] of [
      [0, 0.348, 0.246],
      [8, 0.709, 0.368],
      [24, 0.769, 0.393],
    ] as const) {
      const end = run(weak, 300 * HOUR, hours * HOUR);
      expect(Math.abs(reach(end) - expectedReach)).toBeLessThan(0.002);
      expect(Math.abs(believing(end) - expectedBelieving)).toBeLessThan(0.002);
    }
  });
});

describe('compartmental rumour: the correction', () => {
  const horizon = 72 * HOUR;

  it('saves more reach the earlier it comes', () => {
    const finals = [0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 16, 24].map((h) => reach(run(DEFAULTS, horizon, h * HOUR)));
    for (let j = 1; j < finals.length; j++) expect(finals[j - 1]!).toBeLessThan(finals[j]!);
    expect(finals[0]!).toBeLessThan(0.01);
    expect(finals.at(-1)!).toBeLessThanOrEqual(reach(run(DEFAULTS, horizon)));
  });

  it('faces a reach that doubles with each ln2/(λ−δ) of delay while the rumour is young', () => {
    const doubling = Math.round((Math.log(2) / (DEFAULTS.lambda - DEFAULTS.delta)) * HOUR);
    const reachAtCorrection = (at: number): number => reach(advance(addCorrection(seed(createRumourState(DEFAULTS), DEFAULTS.s0, 0), { at, strength: 1, credibility: 1 }), DEFAULTS, 0, at));
    let checked = 0;
    for (let at = HOUR; reachAtCorrection(at + doubling) < 0.05; at += doubling) {
      // Linear growth s0·e^{(λ−δ)t} ignores the shrinking pool of ignorants and stifling, both of
      // order the reach itself: under 5 % reach that bends the ratio by a few per cent at most.
      const ratio = reachAtCorrection(at + doubling) / reachAtCorrection(at);
      expect(ratio).toBeGreaterThan(1.85);
      expect(ratio).toBeLessThan(2.15);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(3);
  });

  it('after the peak saves little reach but still lowers how many keep believing', () => {
    const none = run(DEFAULTS, horizon);
    expect(none.peak!.atMs).toBeLessThan(10 * HOUR);
    const late = run(DEFAULTS, horizon, 12 * HOUR);
    expect(reach(none) - reach(late)).toBeLessThan(0.05);
    expect(believing(late)).toBeLessThan(0.6 * believing(none));
  });

  it('works less from a less credible organisation', () => {
    const byCredibility = [1, 0.7, 0.4, 0.1].map((credibility) => run(DEFAULTS, horizon, 3 * HOUR, credibility));
    for (let j = 1; j < byCredibility.length; j++) {
      expect(reach(byCredibility[j]!)).toBeGreaterThan(reach(byCredibility[j - 1]!));
      expect(believing(byCredibility[j]!)).toBeGreaterThan(believing(byCredibility[j - 1]!));
    }
  });

  it('leaves a share 1 − ε of those it reaches still believing (continued influence)', () => {
    const params = { ...DEFAULTS, delta: 0, kappa: 5, epsilon: 0.7 };
    const end = run(params, horizon, 12 * HOUR);
    const f = end.fractions;
    expect(f.b / (f.k + f.b)).toBeCloseTo(0.3, 6);
  });

  it('pre-bunks: a correction before the rumour is seeded keeps people from ever hearing it', () => {
    let state = addCorrection(createRumourState(DEFAULTS), { at: 0, strength: 1, credibility: 1 });
    state = advance(state, DEFAULTS, 0, 2 * HOUR);
    expect(state.fractions.p).toBeGreaterThan(0.5);
    expect(state.peak).toBeNull();
    state = advance(seed(state, DEFAULTS.s0, 2 * HOUR), DEFAULTS, 2 * HOUR, horizon);
    const unprepared = advance(seed(createRumourState(DEFAULTS, 2 * HOUR), DEFAULTS.s0, 2 * HOUR), DEFAULTS, 2 * HOUR, horizon);
    expect(reach(state)).toBeLessThan(0.5 * reach(unprepared));
  });

  it('adds up several corrections', () => {
    const once = run(DEFAULTS, horizon, 4 * HOUR);
    let twice = seed(createRumourState(DEFAULTS), DEFAULTS.s0, 0);
    twice = addCorrection(twice, { at: 4 * HOUR, strength: 1, credibility: 1 });
    twice = addCorrection(twice, { at: 5 * HOUR, strength: 1, credibility: 1 });
    expect(reach(advance(twice, DEFAULTS, 0, horizon))).toBeLessThan(reach(once));
  });
});

describe('compartmental rumour: boost and seeding', () => {
  it('boost turns a share of the ignorant into spreaders and the rumour reaches further', () => {
    const before = advance(seed(createRumourState(DEFAULTS), DEFAULTS.s0, 0), DEFAULTS, 0, 2 * HOUR);
    const boosted = boost(before, 0.1);
    expect(boosted.fractions.s - before.fractions.s).toBeCloseTo(0.1 * before.fractions.i, 12);
    expect(boosted.fractions.i).toBeCloseTo(0.9 * before.fractions.i, 12);
    const withCorrection = (state: RumourState): RumourState => advance(addCorrection(state, { at: 3 * HOUR, strength: 1, credibility: 1 }), DEFAULTS, 2 * HOUR, 48 * HOUR);
    expect(reach(withCorrection(boosted))).toBeGreaterThan(reach(withCorrection(before)));
  });

  it('records the first seeding time and the peak only once seeded', () => {
    const fresh = createRumourState(DEFAULTS, 30 * MINUTE);
    expect(fresh.seededAtMs).toBeNull();
    expect(fresh.peak).toBeNull();
    const seeded = seed(fresh, 0.01, 30 * MINUTE);
    expect(seeded.seededAtMs).toBe(30 * MINUTE);
    expect(seeded.peak?.atMs).toBe(30 * MINUTE);
    expect(seeded.peak?.spreaders).toBeCloseTo(0.01, 12);
    expect(seeded.peak?.reach).toBeCloseTo(0.01, 12);
    const reseeded = seed(advance(seeded, DEFAULTS, 30 * MINUTE, HOUR), 0.01, HOUR);
    expect(reseeded.seededAtMs).toBe(30 * MINUTE);
  });

  it('refuses calls that would silently shift time or break the fractions', () => {
    const state = createRumourState(DEFAULTS);
    expect(() => advance(state, DEFAULTS, MINUTE, 2 * MINUTE)).toThrow(RangeError);
    expect(() => advance(state, DEFAULTS, 0, -MINUTE)).toThrow(RangeError);
    expect(() => advance(state, DEFAULTS, 0, MINUTE, 0)).toThrow(RangeError);
    expect(() => advance(state, DEFAULTS, 0, 1.5)).toThrow(RangeError);
    expect(() => seed(state, 0.01, MINUTE)).toThrow(RangeError);
    expect(() => seed(state, 0, 0)).toThrow(RangeError);
    expect(() => boost(state, 1.5)).toThrow(RangeError);
    const later = advance(state, DEFAULTS, 0, HOUR);
    expect(() => addCorrection(later, { at: 0, strength: 1, credibility: 1 })).toThrow(RangeError);
    expect(() => addCorrection(later, { at: HOUR, strength: 2, credibility: 1 })).toThrow(RangeError);
    expect(() => createRumourState({ ...DEFAULTS, epsilon: 1.2 })).toThrow(/epsilon/);
    expect(() => createRumourState({ ...DEFAULTS, tauMs: 0 })).toThrow(/tauMs/);
  });
});

describe('compartmental rumour: integration', () => {
  it('keeps the six fractions non-negative and summing to 1 within 1e-9 at every step', () => {
    const params = { ...DEFAULTS, kappa: 3 };
    let state = seed(createRumourState(params), params.s0, 0);
    state = addCorrection(state, { at: 2 * HOUR + 30_000, strength: 0.8, credibility: 0.9 });
    state = addCorrection(state, { at: 9 * HOUR, strength: 1, credibility: 0.5 });
    let steps = 0;
    for (let t = 0; t < 48 * HOUR; t += MINUTE) {
      if (t === 5 * HOUR) state = boost(state, 0.2);
      state = advance(state, params, t, t + MINUTE);
      const f = state.fractions;
      expect(Math.abs(sum(f) - 1)).toBeLessThan(1e-9);
      expect(Math.min(f.i, f.s, f.r, f.k, f.b, f.p)).toBeGreaterThanOrEqual(0);
      steps++;
    }
    expect(steps).toBe(48 * 60);
  });

  it('continues identically after a JSON save and restore mid-run', () => {
    let state = addCorrection(seed(createRumourState(DEFAULTS), DEFAULTS.s0, 0), { at: 5 * HOUR, strength: 0.7, credibility: 0.8 });
    const uninterrupted = advance(state, DEFAULTS, 0, 30 * HOUR);
    state = advance(state, DEFAULTS, 0, 6 * HOUR + 17 * MINUTE);
    const restored = JSON.parse(JSON.stringify(state)) as RumourState;
    expect(advance(restored, DEFAULTS, 6 * HOUR + 17 * MINUTE, 30 * HOUR)).toEqual(uninterrupted);
  });

  it('gives bit-identical results however the run is split at step boundaries', () => {
    const start = addCorrection(seed(createRumourState(DEFAULTS), DEFAULTS.s0, 0), { at: 4 * HOUR, strength: 1, credibility: 0.6 });
    const whole = advance(start, DEFAULTS, 0, 20 * HOUR);
    let pieces = start;
    let t = 0;
    for (const next of [MINUTE, 7 * MINUTE, 3 * HOUR, 4 * HOUR, 11 * HOUR + 59 * MINUTE, 20 * HOUR]) {
      pieces = advance(pieces, DEFAULTS, t, next);
      t = next;
    }
    expect(pieces).toEqual(whole);
  });

  it('differs only by round-off when split between step boundaries', () => {
    const start = seed(createRumourState(DEFAULTS), DEFAULTS.s0, 0);
    const whole = advance(start, DEFAULTS, 0, 20 * HOUR);
    let pieces = start;
    let t = 0;
    for (const next of [12_345, 777_777, 3_333_333, 20 * HOUR]) {
      pieces = advance(pieces, DEFAULTS, t, next);
      t = next;
    }
    for (const key of ['i', 's', 'r'] as const) expect(Math.abs(pieces.fractions[key] - whole.fractions[key])).toBeLessThan(1e-9);
  });

  it('starts a correction exactly at its time even between step boundaries', () => {
    // Integrating across the switch-on without splitting there would misplace it by up to half a
    // step: an error of order κ·h ≈ 1 % of the ignorant share, far above this tolerance.
    const at = 2 * HOUR + 90_000;
    const runWithStep = (stepMs: number): RumourState =>
      advance(addCorrection(seed(createRumourState(DEFAULTS), DEFAULTS.s0, 0), { at, strength: 1, credibility: 1 }), DEFAULTS, 0, 4 * HOUR, stepMs);
    const coarse = runWithStep(MINUTE);
    const fine = runWithStep(5_000);
    expect(Math.abs(coarse.fractions.p - fine.fractions.p)).toBeLessThan(1e-7);
    expect(Math.abs(coarse.fractions.i - fine.fractions.i)).toBeLessThan(1e-7);
  });
});
