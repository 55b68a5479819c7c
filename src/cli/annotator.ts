import { analysisContextFor } from '../engine/analysis-context.ts';
import { createAnalyser } from '../engine/analysis/analyser.ts';
import type { StatementAnnotator } from '../engine/annotation.ts';
import type { CompiledScenario } from '../format/compiled.ts';

/** The free-text reader for a scenario: the statement analyser, set up with the scenario's facts, messages and words. */
export function annotatorFor(scenario: CompiledScenario): StatementAnnotator {
  return createAnalyser(analysisContextFor(scenario));
}
