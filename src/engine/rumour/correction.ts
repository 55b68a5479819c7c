/**
 * The official correction as a "broadcast" that reaches people at a rate
 *
 *   c(t) = Σ_j κ · strength_j · credibility_j · exp(−(t − t_j)/τ)   over corrections with t_j ≤ t,
 *
 * per scenario hour. Each correction is a news event that fades with the news cycle (τ); a second
 * statement adds a fresh pulse rather than resetting the first. Credibility is frozen at the moment
 * the correction is issued: what the organisation says later cannot make an old statement more
 * believable.
 */
import { msToHours, requireScenarioTime, type RumourParams } from './params.ts';

export interface Correction {
  /** Scenario time the correction goes out (ms). */
  readonly at: number;
  /** How strong the statement is as a correction, 0–1 (authored, or from the analyser). */
  readonly strength: number;
  /** The organisation's credibility when it issued the statement, 0–1 (supplied by the engine). */
  readonly credibility: number;
}

export function checkCorrection(correction: Correction): void {
  requireScenarioTime('correction time', correction.at);
  for (const [name, value] of [
    ['strength', correction.strength],
    ['credibility', correction.credibility],
  ] as const) {
    if (!(value >= 0 && value <= 1)) throw new RangeError(`correction ${name} must be between 0 and 1, got ${value}`);
  }
}

/** Inserts keeping the list ordered by time (stable for equal times), so iteration order is replayable. */
export function withCorrection(corrections: readonly Correction[], correction: Correction): Correction[] {
  const index = corrections.findIndex((c) => c.at > correction.at);
  const copy = [...corrections];
  copy.splice(index === -1 ? copy.length : index, 0, { at: correction.at, strength: correction.strength, credibility: correction.credibility });
  return copy;
}

/**
 * The most people a correction can reach per hour, however many statements are still fresh: ten
 * full-strength corrections at the highest κ lint accepts (60/h), i.e. nearly everyone within a
 * minute. Without a cap a burst of statements would make the equations as stiff as it likes, and
 * the integrator would need as many steps.
 */
export const MAX_CORRECTION_RATE = 600;

/**
 * c(t) per hour, capped at MAX_CORRECTION_RATE. `startedBy` decides which corrections count as issued: the integrators evaluate a
 * whole sub-step with the set issued at its start, so a correction that starts exactly at the end of
 * a sub-step does not leak into it.
 */
export function correctionRate(corrections: readonly Correction[], params: RumourParams, tMs: number, startedBy: number = tMs): number {
  let rate = 0;
  for (const c of corrections) {
    if (c.at > startedBy) break;
    rate += c.strength * c.credibility * Math.exp(-(tMs - c.at) / params.tauMs);
  }
  return Math.min(MAX_CORRECTION_RATE, params.kappa * rate);
}

/**
 * ∫ c(t) dt over [fromMs, toMs], in "hours × per hour" (a dimensionless hazard), computed exactly.
 * The chance that one person is reached by the correction during the interval is 1 − exp(−exposure).
 */
export function correctionExposure(corrections: readonly Correction[], params: RumourParams, fromMs: number, toMs: number): number {
  let exposure = 0;
  const tauHours = msToHours(params.tauMs);
  for (const c of corrections) {
    if (c.at >= toMs) break;
    const start = Math.max(fromMs, c.at);
    const fadeAtStart = Math.exp(-(start - c.at) / params.tauMs);
    const fadeAtEnd = Math.exp(-(toMs - c.at) / params.tauMs);
    exposure += c.strength * c.credibility * tauHours * (fadeAtStart - fadeAtEnd);
  }
  // The same cap as correctionRate, over the whole interval.
  return Math.min(MAX_CORRECTION_RATE * msToHours(toMs - fromMs), params.kappa * exposure);
}
