/**
 * The parameters every rumour model in this folder shares. Rates are per scenario hour (as authors
 * write them in `spread:`), times are integer scenario milliseconds (as the engine clock keeps them).
 * See docs/rumour-model.md for what each one means and where the defaults come from.
 */
import { MS_PER_HOUR } from '../../format/duration.ts';

export interface RumourParams {
  /** Spreading rate: contacts per hour by which one spreader passes the rumour on. */
  readonly lambda: number;
  /** Stifling rate: contacts per hour by which a spreader meets someone who already knows and stops. */
  readonly sigma: number;
  /** Forgetting rate per hour: a spreader falls silent without meeting anyone (Nekovee et al. 2007). */
  readonly delta: number;
  /** Share of the population spreading it when it is seeded. */
  readonly s0: number;
  /** Reach rate per hour of a full-strength correction from a fully credible source. */
  readonly kappa: number;
  /** How fast a correction fades from the news cycle (e-folding time, ms). */
  readonly tauMs: number;
  /** Share of those the correction reaches who accept it; the rest keep believing. */
  readonly epsilon: number;
}

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
