/**
 * What the `rumour` command shows an author: the same rumour with no response and with one
 * full-strength correction, as curves and headline figures.
 *
 * Naming, kept consistent with cli.md where "reach" is always the share that has ever heard the
 * rumour:
 * - `peakAtMs` is when the rumour was loudest (most spreaders at once);
 * - `peakReach` is the reach at that moment: how many had heard it by the time it peaked. Reach only
 *   ever grows, so "the highest reach" would just repeat `finalReach`; the height of the spreader
 *   peak itself is reported separately as `peakSpreaders`.
 */
import { addCorrection, advance, believing, createRumourState, reach, seed, spreaders, type RumourState } from './compartmental.ts';
import { requireScenarioTime, type RumourParams } from './params.ts';

export interface CurvePoint {
  readonly tMs: number;
  readonly reach: number;
  readonly spreaders: number;
  readonly believing: number;
}

export interface Curve {
  readonly finalReach: number;
  /** Reach at the moment of the spreader peak. */
  readonly peakReach: number;
  /** When the spreader share was highest (the earliest such moment). */
  readonly peakAtMs: number;
  /** The highest spreader share. */
  readonly peakSpreaders: number;
  readonly finalBelieving: number;
  readonly series: readonly CurvePoint[];
}

export interface CompareOptions {
  /** When the correction goes out; null for the no-response curve only. */
  readonly respondAtMs: number | null;
  readonly horizonMs: number;
  readonly stepMs: number;
  /** The organisation's credibility when it corrects, 0–1. */
  readonly credibility: number;
  /** Spacing of the series points; the horizon itself is always the last point. */
  readonly sampleEveryMs: number;
  /** When the rumour is seeded (default 0); a correction before it pre-bunks. Times are on one clock. */
  readonly seedAtMs?: number;
}

export interface Comparison {
  readonly noResponse: Curve;
  readonly withResponse: Curve | null;
}

function point(state: RumourState): CurvePoint {
  return { tMs: state.tMs, reach: reach(state), spreaders: spreaders(state), believing: believing(state) };
}

function runCurve(params: RumourParams, options: CompareOptions, respondAtMs: number | null): Curve {
  const seedAt = options.seedAtMs ?? 0;
  const start = Math.min(seedAt, respondAtMs ?? seedAt);
  let state = createRumourState(params, start);
  // A correction before the seeding pre-bunks: it reaches people before the rumour does.
  if (respondAtMs !== null) state = addCorrection(state, { at: respondAtMs, strength: 1, credibility: options.credibility });
  if (seedAt > start) state = advance(state, params, start, seedAt, options.stepMs);
  state = seed(state, params.s0, seedAt);
  const series: CurvePoint[] = [point(state)];
  while (state.tMs < options.horizonMs) {
    const next = Math.min(options.horizonMs, state.tMs + options.sampleEveryMs);
    state = advance(state, params, state.tMs, next, options.stepMs);
    series.push(point(state));
  }
  // Seeding always records a peak; the fallback only satisfies the type.
  const peak = state.peak ?? { atMs: seedAt, spreaders: params.s0, reach: params.s0 };
  return {
    finalReach: reach(state),
    peakReach: peak.reach,
    peakAtMs: peak.atMs,
    peakSpreaders: peak.spreaders,
    finalBelieving: believing(state),
    series,
  };
}

/** Seeds the rumour at `seedAtMs` (default 0) with `params.s0` and runs it to the horizon, without and with a correction. */
export function compareCorrection(params: RumourParams, options: CompareOptions): Comparison {
  requireScenarioTime('horizonMs', options.horizonMs);
  requireScenarioTime('sampleEveryMs', options.sampleEveryMs);
  if (options.horizonMs < 0) throw new RangeError(`horizonMs must not be negative, got ${options.horizonMs}`);
  if (options.sampleEveryMs <= 0) throw new RangeError(`sampleEveryMs must be positive, got ${options.sampleEveryMs}`);
  if (options.respondAtMs !== null) {
    requireScenarioTime('respondAtMs', options.respondAtMs);
    if (options.respondAtMs < 0) throw new RangeError(`respondAtMs must not be negative, got ${options.respondAtMs}`);
  }
  return {
    noResponse: runCurve(params, options, null),
    withResponse: options.respondAtMs === null ? null : runCurve(params, options, options.respondAtMs),
  };
}
