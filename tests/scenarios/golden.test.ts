import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledPlans, playJson } from '../../scripts/update-golden.ts';

describe('golden results of the bundled plans (npm run golden regenerates them after a reviewed change)', () => {
  for (const p of bundledPlans()) {
    it(`${p.plan} plays exactly as recorded in ${p.golden}`, () => {
      const first = playJson(p.scenario, p.plan);
      expect(playJson(p.scenario, p.plan)).toBe(first);
      expect(first).toBe(readFileSync(p.golden, 'utf8'));
    });
  }
});
