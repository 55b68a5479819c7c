/**
 * Plays a plan from the texts of a scenario and a plan file, as `crisis play --json` does, and
 * returns the result as JSON (the goldens' form: data, no words). No Node APIs: the same function
 * runs in Node for `npm run golden` and, bundled, in the browser (tests/browser/engine-bundle.test.ts).
 * A scenario that names a playbook gets its text from `playbooks` (id → text and file name), which
 * the caller reads from disk, so the browser needs no file system either.
 */
import { annotatorFor } from '../src/analysis/index.ts';
import { playPlan } from '../src/engine/index.ts';
import { loadPlan, loadScenario } from '../src/format/index.ts';
import { createTranslator, diagnosticLine } from '../src/i18n/index.ts';

const words = createTranslator('en');

export interface PlaybookTexts {
  readonly [id: string]: { readonly text: string; readonly file: string };
}

export function playTexts(scenarioText: string, scenarioFile: string, planText: string, planFile: string, playbooks: PlaybookTexts = {}): string {
  const resolve = (id: string) => (Object.hasOwn(playbooks, id) ? (playbooks[id] ?? null) : null);
  const { scenario, diagnostics } = loadScenario(scenarioText, scenarioFile, { playbook: resolve });
  const { plan } = loadPlan(planText, planFile);
  if (!scenario || !plan) throw new Error(`${scenarioFile} or ${planFile} does not load: ${diagnostics.map((d) => diagnosticLine(words, d)).join('; ')}`);
  const { result } = playPlan(scenario, plan, { annotator: annotatorFor(scenario) });
  return `${JSON.stringify(result, null, 2)}\n`;
}
