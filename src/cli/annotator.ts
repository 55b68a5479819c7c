import type { StatementAnnotator } from '../engine/annotation.ts';
import type { CompiledScenario } from '../format/compiled.ts';

/** The free-text reader for a scenario. Replaced by the statement analyser when it lands. */
export function annotatorFor(_scenario: CompiledScenario): StatementAnnotator | null {
  return null;
}
