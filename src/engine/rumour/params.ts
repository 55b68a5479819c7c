/**
 * Checks and unit conversions for the rumour parameters (their type is the scenario's compiled
 * `RumourParams`; docs/rumour-model.md explains each one).
 */
import { MS_PER_HOUR, RUMOUR_RANGE, type RumourParams } from '../../format/index.ts';

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

/**
 * Throws a RangeError naming the first parameter outside the range where the model means something
 * and is integrated stably: the range lint accepts (RUMOUR_RANGE, docs/rumour-model.md).
 */
export function checkRumourParams(params: RumourParams): void {
  for (const name of ['lambda', 'sigma', 'delta', 's0', 'kappa', 'epsilon', 'tauMs'] as const) {
    requireInRange(name, params[name], RUMOUR_RANGE[name].min, RUMOUR_RANGE[name].max);
  }
}

/** Scenario times must be integer milliseconds so that every run replays exactly. */
export function requireScenarioTime(name: string, ms: number): void {
  if (!Number.isSafeInteger(ms)) throw new RangeError(`${name} must be an integer number of milliseconds, got ${ms}`);
}
