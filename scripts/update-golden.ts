/**
 * Regenerates the golden play results of every bundled plan: `npm run golden`. The test
 * tests/scenarios/golden.test.ts compares the engine's result with them byte for byte, so a change
 * to the engine, the scorer or a scenario that moves any score shows up as a reviewable diff. The
 * goldens hold the result as data (cue codes and parameters): rewording a message changes no golden;
 * `crisis play --json` adds each cue's reason in words (tests/cli checks it against these).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { playTexts, type PlaybookTexts } from './golden-play.ts';

export function bundledPlans(): { scenario: string; plan: string; golden: string }[] {
  return readdirSync('scenarios/plans')
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => {
      const [id] = f.split('.');
      return { scenario: `scenarios/${id ?? ''}.yaml`, plan: `scenarios/plans/${f}`, golden: `tests/golden/${f.replace(/\.yaml$/, '.json')}` };
    });
}

/** Every playbook beside a scenario (its playbooks/ folder), as the texts playTexts resolves ids from. */
export function playbookTexts(scenarioFile: string): PlaybookTexts {
  const dir = join(dirname(scenarioFile), 'playbooks');
  if (!existsSync(dir)) return {};
  const texts: Record<string, { text: string; file: string }> = {};
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.yaml'))) {
    const file = join(dir, f);
    texts[f.replace(/\.yaml$/, '')] = { text: readFileSync(file, 'utf8'), file };
  }
  return texts;
}

/** The result of playing a plan, as JSON: what `crisis play --json` prints, less the cues' words. */
export function playJson(scenarioFile: string, planFile: string): string {
  return playTexts(readFileSync(scenarioFile, 'utf8'), scenarioFile, readFileSync(planFile, 'utf8'), planFile, playbookTexts(scenarioFile));
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
