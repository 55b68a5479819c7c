/**
 * Properties of the compartmental rumour model over the whole range of parameters lint accepts
 * (src/format/limits.ts RUMOUR_RANGE), not just the defaults: the population is conserved, reach
 * only grows, a correction never helps the rumour, and nothing is ever NaN.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCorrection, advance, createRumourState, reach, seed, type RumourState } from '../../src/engine/rumour/compartmental.ts';
import type { RumourParams } from '../../src/engine/rumour/params.ts';
import { RUMOUR_RANGE } from '../../src/format/limits.ts';
import { fuzzParams, PROPERTY_TIMEOUT_MS } from '../fuzz/settings.ts';
import { HOUR, MINUTE } from './fixtures.ts';

/** Rounding in the last bits of a double, summed over a few thousand steps. */
const EPS = 1e-9;

/**
 * Between two runs: a correction, however faint, can change how many steps an interval takes
 * (the step count follows the rates), and the runs then differ by the integration error (1e-8 at
 * the top of the range, found by the long campaign), not by anything the model does.
 */
const BETWEEN_RUNS = 1e-6;

const logUniform = (min: number, max: number): fc.Arbitrary<number> =>
  fc.double({ min: Math.log(min), max: Math.log(max), noNaN: true }).map((x) => Math.min(max, Math.max(min, Math.exp(x))));

/** A rate anywhere in its accepted range, with its ends (and 0 where allowed) drawn often. */
const rate = (name: 'lambda' | 'sigma' | 'delta' | 'kappa'): fc.Arbitrary<number> => {
  const { min, max } = RUMOUR_RANGE[name];
  return fc.oneof(fc.constant(min), fc.constant(max), logUniform(Math.max(min, 1e-3), max));
};

const params: fc.Arbitrary<RumourParams> = fc.record({
  lambda: rate('lambda'),
  sigma: rate('sigma'),
  delta: rate('delta'),
  kappa: rate('kappa'),
  s0: fc.oneof(fc.constant(RUMOUR_RANGE.s0.min), fc.constant(RUMOUR_RANGE.s0.max), logUniform(RUMOUR_RANGE.s0.min, RUMOUR_RANGE.s0.max)),
  epsilon: fc.oneof(fc.constant(0), fc.constant(1), fc.double({ min: 0, max: 1, noNaN: true })),
  tauMs: fc.oneof(fc.constant(RUMOUR_RANGE.tauMs.min), fc.constant(RUMOUR_RANGE.tauMs.max), logUniform(RUMOUR_RANGE.tauMs.min, RUMOUR_RANGE.tauMs.max).map(Math.round)),
});

interface Setup {
  readonly params: RumourParams;
  readonly horizonMs: number;
  readonly credibility: number;
  /** Two correction times, earlier first (minutes; the same minute is allowed). */
  readonly earlyMs: number;
  readonly lateMs: number;
}

const setup: fc.Arbitrary<Setup> = fc
  .record({
    params,
    hours: fc.integer({ min: 1, max: 48 }),
    credibility: fc.oneof(fc.constant(1), fc.double({ min: 0, max: 1, noNaN: true })),
    a: fc.double({ min: 0, max: 1, noNaN: true }),
    b: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map(({ params: p, hours, credibility, a, b }) => {
    const minutes = hours * 60;
    const [x, y] = [Math.round(a * minutes), Math.round(b * minutes)].sort((m, n) => m - n);
    return { params: p, horizonMs: hours * HOUR, credibility, earlyMs: (x ?? 0) * MINUTE, lateMs: (y ?? 0) * MINUTE };
  });

/** Seeds at 0, corrects at `correctAt` (if any), runs to the horizon and checks every state on the way. */
function runChecked(s: Setup, correctAt: number | null): RumourState {
  let state = seed(createRumourState(s.params), s.params.s0, 0);
  if (correctAt !== null) state = addCorrection(state, { at: correctAt, strength: 1, credibility: s.credibility });
  const startReach = reach(state);
  let previousReach = startReach;
  for (let t = 0; t < s.horizonMs; ) {
    const next = Math.min(s.horizonMs, t + 10 * MINUTE);
    state = advance(state, s.params, t, next);
    t = next;
    // Plain checks, not expect(): this loop runs thousands of times per case.
    const f = state.fractions;
    const parts = [f.i, f.s, f.r, f.k, f.b, f.p];
    const at = `at ${t / MINUTE}m: ${JSON.stringify(f)}`;
    if (!parts.every((x) => x >= 0 && x <= 1)) throw new Error(`a compartment left [0, 1] ${at}`);
    if (!(Math.abs(parts.reduce((a, b) => a + b, 0) - 1) < EPS)) throw new Error(`the compartments do not sum to 1 ${at}`);
    const now = reach(state);
    if (!(now >= startReach - EPS)) throw new Error(`reach ${now} fell below the starting share ${startReach} ${at}`);
    if (!(now >= previousReach - EPS)) throw new Error(`reach fell from ${previousReach} to ${now} ${at}`);
    if (Number.isNaN(state.peak?.spreaders ?? 0) || Number.isNaN(state.peak?.reach ?? 0)) throw new Error(`the peak is NaN ${at}`);
    previousReach = now;
  }
  return state;
}

describe('compartmental rumour: invariants over the accepted range of parameters', () => {
  it(
    'keeps every compartment in [0, 1], summing to 1; reach never falls, nor below the starting share; never NaN',
    () => {
      fc.assert(
        fc.property(setup, (s) => {
          runChecked(s, null);
          runChecked(s, s.earlyMs);
        }),
        fuzzParams(60),
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'an earlier correction never gives a larger final reach, and any correction beats none',
    () => {
      fc.assert(
        fc.property(setup, (s) => {
          const none = reach(runChecked(s, null));
          const late = reach(runChecked(s, s.lateMs));
          const early = reach(runChecked(s, s.earlyMs));
          expect(late).toBeLessThanOrEqual(none + BETWEEN_RUNS);
          expect(early).toBeLessThanOrEqual(late + BETWEEN_RUNS);
        }),
        fuzzParams(60),
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});

describe('compartmental rumour: stiff rates', () => {
  const top: RumourParams = { lambda: 60, sigma: 60, delta: 60, kappa: 60, s0: 0.001, epsilon: 0.7, tauMs: HOUR };
  const final = (p: RumourParams, stepMs: number, correctAt: number | null): number => {
    let state = seed(createRumourState(p), p.s0, 0);
    if (correctAt !== null) state = addCorrection(state, { at: correctAt, strength: 1, credibility: 1 });
    return reach(advance(state, p, 0, 6 * HOUR, stepMs));
  };

  it('agrees with a one-second-step reference at the top of the accepted range', () => {
    for (const correctAt of [null, MINUTE, 30 * MINUTE]) {
      expect(Math.abs(final(top, MINUTE, correctAt) - final(top, 1000, correctAt))).toBeLessThan(1e-4);
    }
    const spreadOnly = { ...top, sigma: 0, delta: 0 };
    expect(Math.abs(final(spreadOnly, MINUTE, null) - final(spreadOnly, 1000, null))).toBeLessThan(1e-4);
  });

  it('a correction at one minute lowers the final reach when every rate is at its maximum', () => {
    expect(final(top, MINUTE, MINUTE)).toBeLessThan(final(top, MINUTE, null));
  });

  it('with spreading only, everyone hears the rumour (the one-minute grid once ended at 0 %)', () => {
    expect(final({ ...top, sigma: 0, delta: 0 }, MINUTE, null)).toBeGreaterThan(0.999);
  });
});

describe('compartmental rumour: cases the long campaign found', () => {
  it('a correction of almost no credibility changes the final reach only by the integration error', () => {
    const s: Setup = {
      params: { lambda: 60, sigma: 59.99999999997803, delta: 0, kappa: 60, s0: 0.5, epsilon: 1, tauMs: 60_000 },
      horizonMs: HOUR,
      credibility: 7.330432557258367e-13,
      earlyMs: 0,
      lateMs: 0,
    };
    const none = reach(runChecked(s, null));
    const corrected = reach(runChecked(s, 0));
    expect(corrected).toBeLessThanOrEqual(none + BETWEEN_RUNS);
    expect(Math.abs(corrected - none)).toBeLessThan(1e-7);
  });
});
