/**
 * Checks and unit conversions for the rumour parameters (their type is the scenario's compiled
 * `RumourParams`; docs/rumour-model.md explains each one).
 */
import { MS_PER_HOUR, type RumourParams } from '../../format/index.ts';

export type { RumourParams };

/** Converts a duration in scenario milliseconds into the hours the rates are expressed in. */
export function msToHours(ms: number): number {
  return ms / MS_PER_HOUR;
}

function requireInRange(name: string, value: number, min: number, max: number): void {
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new RangeError(`rumour parameter ${name} must be between ${min} and ${max}, got ${value}`);
  }
}

/** Throws a RangeError naming the first parameter that would make the equations meaningless. */
export function checkRumourParams(params: RumourParams): void {
  requireInRange('lambda', params.lambda, 0, Number.MAX_VALUE);
  requireInRange('sigma', params.sigma, 0, Number.MAX_VALUE);
  requireInRange('delta', params.delta, 0, Number.MAX_VALUE);
  requireInRange('s0', params.s0, 0, 1);
  requireInRange('kappa', params.kappa, 0, Number.MAX_VALUE);
  requireInRange('epsilon', params.epsilon, 0, 1);
  if (!(params.tauMs > 0)) throw new RangeError(`rumour parameter tauMs must be positive, got ${params.tauMs}`);
}

/** Scenario times must be integer milliseconds so that every run replays exactly. */
export function requireScenarioTime(name: string, ms: number): void {
  if (!Number.isSafeInteger(ms)) throw new RangeError(`${name} must be an integer number of milliseconds, got ${ms}`);
}
