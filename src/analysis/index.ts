/**
 * Statement analysers: free text in, the engine's `Annotation` out, behind one interface
 * (`StatementAnnotator`). Hosts (the CLI, the browser, the session server) pick one for a scenario
 * here and annotate a statement when it is submitted (`annotateSubmit` in the engine's API); the
 * engine itself never runs an analyser, so replays need none. One analyser per language in
 * src/analysis/<language>/; English is the only one so far, and the fallback for other languages
 * (whose detectors then find little).
 */
import type { AnalysisContext, StatementAnnotator } from '../engine/index.ts';
import type { CompiledScenario } from '../format/index.ts';
import { analysisContextFor } from './context.ts';
import { createAnalyser as createEnglish, type AnalyserOptions } from './en/analyser.ts';

export { analysisContextFor } from './context.ts';
export { ANALYSER_VERSION, GENERIC_VICTIM_TERMS } from './en/analyser.ts';

export type { AnalyserOptions } from './en/analyser.ts';

/** An analyser for a context, chosen by its language. */
export function createAnalyser(ctx: AnalysisContext, options: AnalyserOptions = {}): StatementAnnotator {
  return createEnglish(ctx, options);
}

/** The free-text reader for a scenario: the analyser for its language, set up with its facts, messages and words. */
export function annotatorFor(scenario: CompiledScenario, language = scenario.language): StatementAnnotator {
  return createAnalyser(analysisContextFor(scenario, language));
}
