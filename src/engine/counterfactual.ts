/**
 * What a rumour would have done with no response, and with a correction at the moment it was
 * seeded: the yardsticks for proactivity ("reach avoided out of reach avoidable") and for the
 * report's "if silent" figure. They depend only on the rumour and the time it ran, so they are
 * computed once per scenario and shared by every result and every simulated run.
 */
import type { CompiledRumour, CompiledScenario } from '../format/index.ts';
import { compareCorrection } from './rumour/compare.ts';
import { RUMOUR_STEP_MS } from './rumours.ts';

export interface Counterfactual {
  /** Final reach had the organisation said nothing. */
  readonly silent: number;
  /** Final reach had a fully credible correction gone out at the moment of seeding. */
  readonly ideal: number;
}

const cache = new WeakMap<CompiledScenario, Map<string, Counterfactual>>();

export function counterfactual(s: CompiledScenario, r: CompiledRumour, ranForMs: number): Counterfactual {
  const horizon = Math.max(RUMOUR_STEP_MS, ranForMs);
  let byKey = cache.get(s);
  if (!byKey) {
    byKey = new Map();
    cache.set(s, byKey);
  }
  const key = `${r.id}@${horizon}`;
  const hit = byKey.get(key);
  if (hit) return hit;
  const cmp = compareCorrection(r.params, { respondAtMs: 0, horizonMs: horizon, stepMs: RUMOUR_STEP_MS, credibility: 1, sampleEveryMs: horizon });
  const value = { silent: cmp.noResponse.finalReach, ideal: cmp.withResponse?.finalReach ?? cmp.noResponse.finalReach };
  byKey.set(key, value);
  return value;
}
