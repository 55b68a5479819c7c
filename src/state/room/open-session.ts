/**
 * Opens a scenario in the page: compiles its YAML with the scenario loader and starts (or restores)
 * an engine session. This module and everything it imports (format, engine, the store) arrive as a
 * lazy chunk when a scenario is opened, so the menu loads with Phaser and little else.
 */
import { Session, SessionError, type SavedSession, type StatementAnnotator } from '../../engine/index.ts';
import { loadScenario, type CompiledScenario, type Diagnostic } from '../../format/index.ts';
import { createRoomStore, type RoomStore } from './room-store.ts';

export { createRoomStore, type RoomStore };
export { scenarioInfo, seatsOf } from './scenario-info.ts';
export { parseDuration, textIn } from '../../format/index.ts';
export { buildResult } from '../../engine/index.ts';
export { whatIf } from './what-if.ts';
export { debriefOf } from './debrief-vm.ts';
export type { CompiledScenario, SavedSession, StatementAnnotator };

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

export interface Opened {
  readonly scenario: CompiledScenario;
  readonly session: Session;
  /** The save could not be used (another version of the scenario): a fresh session was started. */
  readonly discardedSave: string | null;
}

/** A fresh session, or the saved one restored exactly (same state, same open deadlines). */
export function openSession(scenario: CompiledScenario, saved: unknown, seed = 1): Opened {
  if (saved !== null && saved !== undefined) {
    try {
      return { scenario, session: Session.load(scenario, saved), discardedSave: null };
    } catch (error) {
      if (!(error instanceof SessionError)) throw error;
      return { scenario, session: Session.create({ scenario, seed, mode: 'solo' }), discardedSave: error.problem.code };
    }
  }
  return { scenario, session: Session.create({ scenario, seed, mode: 'solo' }), discardedSave: null };
}

/** The free-text analyser for the scenario's language: loaded on its own, after the room is up. */
export async function loadAnnotator(scenario: CompiledScenario): Promise<StatementAnnotator> {
  const { annotatorFor } = await import('../../analysis/index.ts');
  return annotatorFor(scenario);
}
