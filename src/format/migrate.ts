/**
 * Upgrades older scenario files to the current format version, so files written for an earlier
 * release keep loading. Version 1 is the first published format; each later version adds one
 * step here (`1 → 2`, `2 → 3`, …) that rewrites the raw data before validation.
 */
import { FORMAT_VERSION } from './schema.ts';

type Step = (raw: Record<string, unknown>) => Record<string, unknown>;

/** STEPS[n] upgrades a version-n file to version n + 1. */
const STEPS: Readonly<Record<number, Step>> = {};

export function migrate(raw: Record<string, unknown>, from: number): Record<string, unknown> {
  let out = raw;
  for (let v = from; v < FORMAT_VERSION; v++) {
    const step = STEPS[v];
    if (!step) throw new Error(`no upgrade from formatVersion ${v}`);
    out = { ...step(out), formatVersion: v + 1 };
  }
  return out;
}
