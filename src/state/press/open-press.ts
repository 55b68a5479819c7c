/**
 * Opens a press-conference drill in the page: compiles the scenario's YAML and starts (or restores)
 * an engine session with the podium's store. This module and everything it imports (format, engine,
 * the store) arrive as a lazy chunk when a drill is opened, so the menu loads without them.
 */
import { buildResult, headline, Session, SessionError, type SavedSession, type StatementAnnotator } from '../../engine/index.ts';
import { loadScenario, textIn, type CompiledScenario, type Diagnostic } from '../../format/index.ts';
import { createPressStore, type PressStore } from './press-store.ts';

export { buildResult, headline, textIn, createPressStore };
export { conferencesOf, isStandaloneDrill, projectPress } from './press-model.ts';
export { debriefOf } from './press-debrief.ts';
export type { CompiledScenario, PressStore, SavedSession, StatementAnnotator };

/** A scenario that does not load; the first error is kept as data for whoever shows it (words come from `lint.*`). */
export class OpenError extends Error {
  readonly diagnostic: Diagnostic | null;
  constructor(diagnostic: Diagnostic | null) {
    super(diagnostic ? `${diagnostic.file}:${diagnostic.line}:${diagnostic.col} ${diagnostic.code} ${diagnostic.key}` : 'invalid scenario');
    this.diagnostic = diagnostic;
  }
}

export function compile(yaml: string, file: string): CompiledScenario {
  const loaded = loadScenario(yaml, file);
  if (!loaded.scenario) {
    const first = loaded.diagnostics.find((d) => d.severity === 'error');
    throw new OpenError(first ?? null);
  }
  return loaded.scenario;
}

/** A fresh session, or the saved one restored exactly; a save from another version of the scenario is set aside. */
export function openSession(scenario: CompiledScenario, saved: unknown, seed = 1): { session: Session; discardedSave: string | null } {
  if (saved !== null && saved !== undefined) {
    try {
      return { session: Session.load(scenario, saved), discardedSave: null };
    } catch (error) {
      if (!(error instanceof SessionError)) throw error;
      return { session: Session.create({ scenario, seed, mode: 'solo' }), discardedSave: error.problem.code };
    }
  }
  return { session: Session.create({ scenario, seed, mode: 'solo' }), discardedSave: null };
}

/** The free-text analyser for the scenario's language: loaded on its own, after the podium is up. */
export async function loadAnnotator(scenario: CompiledScenario): Promise<StatementAnnotator> {
  const { annotatorFor } = await import('../../analysis/index.ts');
  return annotatorFor(scenario);
}
