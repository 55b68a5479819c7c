/**
 * The mean-field rumour model the engine plays: Maki–Thompson ignorant/spreader/stifler with
 * forgetting (Nekovee et al. 2007) and an official correction (anchors-scoring.md §2.5).
 *
 *   heard = s + r + k + b
 *   di/dt = −λ i s                        − c i
 *   ds/dt =  λ i s − σ s·heard − δ s      − c s
 *   dr/dt =  σ s·heard + δ s              − c r
 *   dk/dt =  ε c (s + r)
 *   db/dt = (1 − ε) c (s + r)
 *   dp/dt =  c i
 *
 * Only the spreader who starts a conversation with someone who already knows falls silent
 * (Maki–Thompson), hence σ s·heard and not σ(2s² + s·r): the latter double-counts spreader meetings
 * and gives the wrong 0.285 instead of θ = 0.203 (Hayes, "Rumours and Errours").
 *
 * The state is a plain JSON object: a saved session restores exactly, and every function here is
 * pure (returns a new state).
 */
import { MS_PER_MINUTE } from '../../format/index.ts';
import { checkCorrection, correctionRate, withCorrection, type Correction } from './correction.ts';
import { checkRumourParams, msToHours, requireScenarioTime, type RumourParams } from './params.ts';

/** Population fractions; they sum to 1. */
export interface Compartments {
  /** Ignorant: has not heard the rumour. */
  readonly i: number;
  /** Spreader: believes it and passes it on. */
  readonly s: number;
  /** Stifler: still believes it but has stopped passing it on. */
  readonly r: number;
  /** Corrected: heard the rumour, then accepted the correction. */
  readonly k: number;
  /** Resistant believer: the correction reached them but they still believe (continued influence). */
  readonly b: number;
  /** Pre-bunked: heard the correction before the rumour, and will not take it up. */
  readonly p: number;
}

/** The moment the rumour was loudest: most spreaders at once. */
export interface RumourPeak {
  readonly atMs: number;
  readonly spreaders: number;
  /** Reach (share that had ever heard the rumour) at that moment. */
  readonly reach: number;
}

export interface RumourState {
  /** Scenario time this state describes (ms). */
  readonly tMs: number;
  readonly fractions: Compartments;
  /** Corrections issued (and scheduled), ordered by time. */
  readonly corrections: readonly Correction[];
  readonly seededAtMs: number | null;
  /** Highest spreader share seen so far, sampled at every integration step; null until seeded. */
  readonly peak: RumourPeak | null;
}

/** One scenario minute: fine enough that RK4's error is far below what anyone can read off a curve. */
export const DEFAULT_STEP_MS = MS_PER_MINUTE;

const ALL_IGNORANT: Compartments = { i: 1, s: 0, r: 0, k: 0, b: 0, p: 0 };

export function createRumourState(params: RumourParams, startMs = 0): RumourState {
  checkRumourParams(params);
  requireScenarioTime('start time', startMs);
  return { tMs: startMs, fractions: ALL_IGNORANT, corrections: [], seededAtMs: null, peak: null };
}

// ---------------------------------------------------------------------------------------------
// Readouts

/** Share that has ever heard the rumour (pre-bunked people heard the correction, not the rumour). */
export function reach(state: RumourState): number {
  return 1 - state.fractions.i - state.fractions.p;
}

/** Share that believes the rumour now: spreaders, silent believers and those the correction failed to move. */
export function believing(state: RumourState): number {
  const f = state.fractions;
  return f.s + f.r + f.b;
}

export function spreaders(state: RumourState): number {
  return state.fractions.s;
}

// ---------------------------------------------------------------------------------------------
// Events

function requireShare(name: string, share: number): void {
  if (!(share >= 0 && share <= 1)) throw new RangeError(`${name} must be between 0 and 1, got ${share}`);
}

function requireStateTime(state: RumourState, tMs: number, what: string): void {
  if (tMs !== state.tMs) {
    throw new RangeError(`${what} at ${tMs} ms but the rumour state is at ${state.tMs} ms: advance it first`);
  }
}

/** Keeps the earliest moment of the highest spreader share. */
function higherPeak(peak: RumourPeak | null, tMs: number, fractions: Compartments): RumourPeak {
  if (peak !== null && peak.spreaders >= fractions.s) return peak;
  return { atMs: tMs, spreaders: fractions.s, reach: 1 - fractions.i - fractions.p };
}

/** Seeding and boosting both turn ignorant people into spreaders; either one starts the rumour. */
function moveIgnorantToSpreaders(state: RumourState, moved: number): RumourState {
  const f = state.fractions;
  const fractions = { ...f, i: f.i - moved, s: f.s + moved };
  return { ...state, fractions, seededAtMs: state.seededAtMs ?? state.tMs, peak: higherPeak(state.peak, state.tMs, fractions) };
}

/**
 * Starts the rumour at `tMs` (which must be the state's time): `share` of the whole population
 * starts spreading it, taken from those who have not heard it (capped by how many that is).
 * Seeding again adds spreaders; the first seeding time is kept. A rumour seeded into an audience
 * the correction has already pre-bunked entirely still counts as seeded. `tMs` is redundant with the state's
 * own clock on purpose: a caller that forgot to advance gets an error instead of a time-shifted rumour.
 */
export function seed(state: RumourState, share: number, tMs: number): RumourState {
  if (!(share > 0 && share <= 1)) throw new RangeError(`seed share must be above 0 and at most 1, got ${share}`);
  requireStateTime(state, tMs, 'seeding');
  return moveIgnorantToSpreaders(state, Math.min(share, state.fractions.i));
}

/**
 * A celebrity shares it: `share` of those who have not heard it yet start spreading it, at the
 * state's time. Boosting a rumour that was never seeded starts it.
 */
export function boost(state: RumourState, share: number): RumourState {
  requireShare('boost share', share);
  // A boost that moves nobody must not count as starting the rumour.
  const moved = share * state.fractions.i;
  return moved === 0 ? state : moveIgnorantToSpreaders(state, moved);
}

/** Issues (or schedules) an official correction; it cannot be dated before the state's time. */
export function addCorrection(state: RumourState, correction: Correction): RumourState {
  checkCorrection(correction);
  if (correction.at < state.tMs) {
    throw new RangeError(`a correction at ${correction.at} ms cannot be added to a rumour state already at ${state.tMs} ms`);
  }
  return { ...state, corrections: withCorrection(state.corrections, correction) };
}

// ---------------------------------------------------------------------------------------------
// Integration

// The integrator runs every scenario minute of every session, so it works in preallocated scratch
// buffers instead of allocating vectors: same arithmetic, in the same order, as the textbook form.
type Buffer = Float64Array;
const X = new Float64Array(6);
const Y = new Float64Array(6);
const K1 = new Float64Array(6);
const K2 = new Float64Array(6);
const K3 = new Float64Array(6);
const K4 = new Float64Array(6);

function load(f: Compartments, out: Buffer): void {
  out[0] = f.i;
  out[1] = f.s;
  out[2] = f.r;
  out[3] = f.k;
  out[4] = f.b;
  out[5] = f.p;
}

/** Clamps the tiny negatives float drift can produce and rescales so the fractions sum to exactly 1 (to rounding). */
function toCompartments(v: Buffer): Compartments {
  const i = Math.max(0, v[0] ?? 0);
  const s = Math.max(0, v[1] ?? 0);
  const r = Math.max(0, v[2] ?? 0);
  const k = Math.max(0, v[3] ?? 0);
  const b = Math.max(0, v[4] ?? 0);
  const p = Math.max(0, v[5] ?? 0);
  const total = i + s + r + k + b + p;
  return { i: i / total, s: s / total, r: r / total, k: k / total, b: b / total, p: p / total };
}

function derivatives(x: Buffer, params: RumourParams, c: number, out: Buffer): void {
  const i = x[0] ?? 0;
  const s = x[1] ?? 0;
  const r = x[2] ?? 0;
  const heard = s + r + (x[3] ?? 0) + (x[4] ?? 0);
  const spreading = params.lambda * i * s;
  const silencing = params.sigma * s * heard + params.delta * s;
  const correctedBelievers = c * (s + r);
  out[0] = -spreading - c * i;
  out[1] = spreading - silencing - c * s;
  out[2] = silencing - c * r;
  out[3] = params.epsilon * correctedBelievers;
  out[4] = (1 - params.epsilon) * correctedBelievers;
  out[5] = c * i;
}

function axpy(x: Buffer, h: number, d: Buffer, out: Buffer): Buffer {
  for (let j = 0; j < 6; j++) out[j] = (x[j] ?? 0) + h * (d[j] ?? 0);
  return out;
}

/**
 * One classical RK4 step over [fromMs, toMs], in place on X. No correction starts strictly inside
 * the interval (advance() splits there), so the set of issued corrections is the one at `fromMs`.
 */
function rk4Step(params: RumourParams, corrections: readonly Correction[], fromMs: number, toMs: number): void {
  const h = msToHours(toMs - fromMs);
  const midMs = (fromMs + toMs) / 2;
  const cMid = correctionRate(corrections, params, midMs, fromMs);
  derivatives(X, params, correctionRate(corrections, params, fromMs, fromMs), K1);
  derivatives(axpy(X, h / 2, K1, Y), params, cMid, K2);
  derivatives(axpy(X, h / 2, K2, Y), params, cMid, K3);
  derivatives(axpy(X, h, K3, Y), params, correctionRate(corrections, params, toMs, fromMs), K4);
  const w = h / 6;
  for (let j = 0; j < 6; j++) X[j] = (X[j] ?? 0) + w * ((K1[j] ?? 0) + 2 * (K2[j] ?? 0) + 2 * (K3[j] ?? 0) + (K4[j] ?? 0));
}

/** The end of the sub-step that starts at `tMs`: the next grid point, correction start or `toMs`. */
function nextBreak(tMs: number, toMs: number, stepMs: number, corrections: readonly Correction[]): number {
  let end = Math.min(toMs, (Math.floor(tMs / stepMs) + 1) * stepMs);
  for (const c of corrections) {
    if (c.at > tMs) {
      end = Math.min(end, c.at);
      break;
    }
  }
  return end;
}

/**
 * Largest h·L (step length in hours × a bound on the rates acting in the step) one RK4 step may
 * take. Below it RK4 is stable and accurate for this system; the rates lint accepts and a few
 * corrections stay far below it on the one-minute grid, so those runs take exactly one step per
 * grid interval, as they always have.
 */
const MAX_STEP_STIFFNESS = 0.5;

/**
 * A bound on how fast any compartment can change relative to its size: every term of the
 * equations is a rate times fractions that are at most 1.
 */
function stiffness(params: RumourParams, correction: number): number {
  return 2 * params.lambda + 2 * params.sigma + params.delta + correction;
}

/**
 * RK4 over [fromMs, toMs] in as many equal steps as keep h·L under MAX_STEP_STIFFNESS (one step for
 * ordinary rates), renormalising after each. The correction rate is largest at the start of the
 * interval (pulses only fade inside it), so the bound taken there holds throughout.
 */
function integrate(
  params: RumourParams,
  corrections: readonly Correction[],
  from: Compartments,
  fromMs: number,
  toMs: number,
  peakFrom: RumourPeak | null,
  seeded: boolean,
): { fractions: Compartments; peak: RumourPeak | null } {
  const hours = msToHours(toMs - fromMs);
  const steps = Math.max(1, Math.ceil((hours * stiffness(params, correctionRate(corrections, params, fromMs, fromMs))) / MAX_STEP_STIFFNESS));
  let fractions = from;
  let peak = peakFrom;
  let t = fromMs;
  for (let k = 1; k <= steps; k++) {
    // Integer milliseconds, ending exactly on toMs, so the steps never drift off the grid.
    const end = k === steps ? toMs : fromMs + Math.round(((toMs - fromMs) * k) / steps);
    if (end <= t) continue;
    load(fractions, X);
    rk4Step(params, corrections, t, end);
    fractions = toCompartments(X);
    t = end;
    if (seeded) peak = higherPeak(peak, t, fractions);
  }
  return { fractions, peak };
}

/**
 * Integrates from `fromMs` (the state's time) to `toMs` with RK4 steps on a grid anchored at
 * scenario time 0: steps run between multiples of `stepMs`. A call that starts or ends between grid
 * points, or a correction that starts between them, gets a shorter sub-step up to that point and the
 * grid resumes after it. So splitting an interval into several calls at grid points gives bit-identical
 * results; splitting off the grid changes the result only by RK4's local error (~1e-12 at a 1-minute
 * step). When the rates acting in a grid interval are too stiff for one RK4 step (rates near the top
 * of the accepted range, or many fresh corrections), the interval is split into equal smaller steps
 * (`integrate`), so the integration stays stable for every accepted value. The fractions are
 * renormalised to sum to 1 after every step, and the spreader peak is sampled at the end of each.
 */
export function advance(state: RumourState, params: RumourParams, fromMs: number, toMs: number, stepMs: number = DEFAULT_STEP_MS): RumourState {
  requireScenarioTime('fromMs', fromMs);
  requireScenarioTime('toMs', toMs);
  requireScenarioTime('stepMs', stepMs);
  if (stepMs <= 0) throw new RangeError(`stepMs must be positive, got ${stepMs}`);
  if (toMs < fromMs) throw new RangeError(`cannot advance backwards from ${fromMs} ms to ${toMs} ms`);
  requireStateTime(state, fromMs, 'advancing');

  let fractions = state.fractions;
  let peak = state.peak;
  let t = fromMs;
  // Before seeding there is nothing to peak; pre-bunking can still move people from i to p.
  const seeded = state.seededAtMs !== null;
  while (t < toMs) {
    const end = nextBreak(t, toMs, stepMs, state.corrections);
    ({ fractions, peak } = integrate(params, state.corrections, fractions, t, end, peak, seeded));
    t = end;
  }
  return { ...state, tMs: toMs, fractions, peak };
}
