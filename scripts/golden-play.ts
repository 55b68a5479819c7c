/**
 * Plays a plan from the texts of a scenario and a plan file, as `crisis play --json` does, and
 * returns the result as JSON (the goldens' form: data, no words). No Node APIs: the same function
 * runs in Node for `npm run golden` and, bundled, in the browser (tests/browser/engine-bundle.test.ts).
 */
import { annotatorFor } from '../src/analysis/index.ts';
import { playPlan } from '../src/engine/index.ts';
import { loadPlan, loadScenario } from '../src/format/index.ts';

export function playTexts(scenarioText: string, scenarioFile: string, planText: string, planFile: string): string {
  const { scenario, diagnostics } = loadScenario(scenarioText, scenarioFile);
  const { plan } = loadPlan(planText, planFile);
  if (!scenario || !plan) throw new Error(`${scenarioFile} or ${planFile} does not load: ${diagnostics.map((d) => d.message).join('; ')}`);
  const { result } = playPlan(scenario, plan, { annotator: annotatorFor(scenario) });
  return `${JSON.stringify(result, null, 2)}\n`;
}
