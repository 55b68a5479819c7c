import type { RumourParams } from '../../src/engine/index.ts';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;

/** The scenario defaults (scenarios' `spread:` block, tau 6h). */
export const DEFAULTS: RumourParams = { lambda: 1, sigma: 1, delta: 0.05, s0: 0.001, kappa: 0.6, tauMs: 6 * HOUR, epsilon: 0.7 };

/** The literature check: equal spreading and stifling, no forgetting, a tiny seed. */
export const CLASSIC: RumourParams = { ...DEFAULTS, delta: 0, s0: 1e-4 };

export function sum(f: { i: number; s: number; r: number; k: number; b: number; p: number }): number {
  return f.i + f.s + f.r + f.k + f.b + f.p;
}
