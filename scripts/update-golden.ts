/**
 * Regenerates the golden play results of every bundled plan: `npm run golden`. The test
 * tests/scenarios/golden.test.ts compares `crisis play --json` with them byte for byte, so a change
 * to the engine, the scorer or a scenario that moves any score shows up as a reviewable diff.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { run } from '../src/cli/run.ts';

export function bundledPlans(): { scenario: string; plan: string; golden: string }[] {
  return readdirSync('scenarios/plans')
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => {
      const [id] = f.split('.');
      return { scenario: `scenarios/${id ?? ''}.yaml`, plan: `scenarios/plans/${f}`, golden: `tests/golden/${f.replace(/\.yaml$/, '.json')}` };
    });
}

export function playJson(scenario: string, plan: string): string {
  const out = run(['play', scenario, '--plan', plan, '--json']);
  if (out.code !== 0) throw new Error(`${plan}: ${out.stderr ?? ''}`);
  return out.stdout;
}

/** Stored results the report tests read: the report is a pure function of a result, so its tests use a fixed one. */
export const FIXTURE_RESULTS = [
  { scenario: 'tests/fixtures/engine-lab.yaml', plan: 'tests/fixtures/plans/engine-lab.deny.yaml', golden: 'tests/fixtures/results/engine-lab.deny.json' },
] as const;

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  for (const p of [...bundledPlans(), ...FIXTURE_RESULTS]) {
    writeFileSync(p.golden, playJson(p.scenario, p.plan));
    process.stdout.write(`wrote ${p.golden}\n`);
  }
}
