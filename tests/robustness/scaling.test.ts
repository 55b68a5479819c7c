/**
 * The large files of the fuzzing report (generated here, not committed): each once took from 30 s
 * to over 4 minutes to lint or play. What they must give now is checked below; how long they take
 * is measured by `npm run bench` (docs/performance.md), never asserted here. The test timeout only
 * catches a return of the quadratic behaviour, which took minutes.
 */
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.ts';
import { loadScenario } from '../../src/format/load-scenario.ts';
import { MAX_ITEMS } from '../../src/format/limits.ts';
import { afterChain, badVariables, fireChain, manyInjects, MINI, MINI_PLAN, publishPlan, unknownKeys, unknownReferences } from './inputs.ts';
import { tempFile } from './temp.ts';
import { lintEn } from '../helpers.ts';

const TIMEOUT = 60_000;

function counts(text: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const d of loadScenario(text, 'big.yaml').diagnostics) out[d.code] = (out[d.code] ?? 0) + 1;
  return out;
}

describe('lint scales with the size of the file', () => {
  it('a chain of 10,000 injects, each after the previous one, lints clean', () => {
    // The fixture has 3 injects of its own: 10,000 in all, the most a scenario may have.
    const text = afterChain(9_997);
    expect(text.length).toBeLessThan(1_048_576);
    const loaded = loadScenario(text, 'after.yaml');
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.scenario?.injects.length).toBe(MAX_ITEMS.injects);
  }, TIMEOUT);

  it('a chain of 8,000 injects firing one another lints clean, every one of them reachable', () => {
    const loaded = loadScenario(fireChain(8_000), 'fire.yaml');
    expect(loaded.diagnostics).toEqual([]);
  }, TIMEOUT);

  it('a chain broken in the middle reports exactly the injects after the break as never firing', () => {
    const text = fireChain(6_000).replace('onTimeout: [{fire: f3000}]', 'onTimeout: [{note: "the chain stops here"}]');
    // f3000 … f6000 are fired by nothing else: only a facilitator could.
    expect(counts(text)).toEqual({ SC302: 3_001 });
  }, TIMEOUT);

  it('60,000 unknown keys are each reported once, with a position', () => {
    const loaded = loadScenario(unknownKeys(60_000), 'keys.yaml');
    expect(loaded.diagnostics).toHaveLength(60_000);
    expect(loaded.diagnostics.every((d) => d.code === 'SC102' && d.line > 55)).toBe(true);
    expect(loaded.diagnostics.at(-1)?.line).toBe(55 + 60_000);
  }, TIMEOUT);

  it('60,000 variables of the wrong type are each reported, and the count is over the limit', () => {
    const c = counts(badVariables(60_000));
    expect(c.SC103).toBe(60_000);
  }, TIMEOUT);

  it('9,000 references to injects that do not exist are each reported', () => {
    expect(counts(unknownReferences(9_000))).toEqual({ SC202: 9_000 });
  }, TIMEOUT);

  it('14,000 injects are refused with one coded error: the format allows 10,000', () => {
    const loaded = loadScenario(manyInjects(14_000), 'many.yaml');
    expect(loaded.diagnostics.map((d) => d.code)).toEqual(['SC110']);
    expect((loaded.diagnostics[0] && lintEn(loaded.diagnostics[0]))).toContain(MAX_ITEMS.injects.toLocaleString('en'));
  }, TIMEOUT);
});

describe('play scales with the scenario and the plan', () => {
  it('plays 9,000 injects firing through the scenario', () => {
    const scenario = tempFile('many.yaml', manyInjects(9_000));
    const out = run(['play', scenario, '--plan', tempFile('plan.yaml', MINI_PLAN), '--json']);
    expect(out.code).toBe(0);
    const result = JSON.parse(out.stdout) as { injects: unknown[] };
    expect(result.injects.length).toBeGreaterThan(9_000);
  }, TIMEOUT);

  it('a plan of 10,000 steps is refused with its position: plans hold at most 2,000', () => {
    const out = run(['play', tempFile('mini.yaml', MINI), '--plan', tempFile('plan.yaml', publishPlan(10_000))]);
    expect(out.code).toBe(1);
    expect(out.stderr).toMatch(/plan\.yaml:3:3 error SC110 "steps" has 10000 items; the format allows at most 2,000/);
  }, TIMEOUT);

  it('a plan of 2,000 publish steps plays', () => {
    const out = run(['play', tempFile('mini.yaml', MINI), '--plan', tempFile('plan.yaml', publishPlan(2_000)), '--json']);
    expect(out.code).toBe(0);
    expect((JSON.parse(out.stdout) as { statements: unknown[] }).statements).toHaveLength(2_000);
  }, TIMEOUT);
});
