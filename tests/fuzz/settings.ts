/**
 * How the property and fuzz tests run. `npm test` runs a short campaign with a fixed seed, so a
 * failure reproduces exactly; `npm run fuzz` (FUZZ_BUDGET_S set) runs a longer one with a fresh seed
 * and a time budget per property. fast-check prints the seed and the shrunk counterexample of any
 * failure: rerun it with FUZZ_SEED=<seed>.
 */
import fc, { type Parameters } from 'fast-check';

const budgetSeconds = Number(process.env.FUZZ_BUDGET_S ?? '0');
const seedFromEnv = process.env.FUZZ_SEED;

/** True during `npm run fuzz`. */
export const LONG_CAMPAIGN = budgetSeconds > 0;

/** The seed of the short campaign; any change makes it a different (equally valid) campaign. */
export const FIXED_SEED = 20_261_129;

/** Test timeout for a property: the budget plus room to shrink a failure. */
export const PROPERTY_TIMEOUT_MS = LONG_CAMPAIGN ? (budgetSeconds + 120) * 1000 : 60_000;

/**
 * Parameters for one property. `runs` is the short campaign's number of cases (pick it so the
 * property takes a second or two); the long campaign runs until its budget is spent.
 */
export function fuzzParams<T>(runs: number): Parameters<T> {
  const seed = seedFromEnv !== undefined ? Number(seedFromEnv) : LONG_CAMPAIGN ? Math.floor(Math.random() * 2 ** 31) : FIXED_SEED;
  if (!LONG_CAMPAIGN) return { seed, numRuns: runs };
  return { seed, numRuns: Number.MAX_SAFE_INTEGER, plugins: [fc.interruptAfterTimeLimit(budgetSeconds * 1000)] };
}
