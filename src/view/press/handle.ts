/** A press drill opened in the page, as the briefing hands it to the podium and the podium to the debrief. */
import type { ScenarioCard } from '../../state/library.ts';
import type * as OpenPress from '../../state/press/open-press.ts';
import type { CompiledScenario, PressStore, StatementAnnotator } from '../../state/press/open-press.ts';

export type PressModule = typeof OpenPress;

export interface PressHandle {
  readonly card: ScenarioCard;
  readonly scenario: CompiledScenario;
  readonly language: string;
  /** A press drill (everything happens at the podium), not a conference inside a longer scenario. */
  readonly drill: boolean;
  readonly store: PressStore;
  /** The free-text analyser, once its chunk has loaded. */
  readonly annotator: () => StatementAnnotator | null;
  /** Settles when the analyser has loaded (or failed to): the conference starts then, so no typed answer goes unread. */
  readonly ready: Promise<unknown>;
  /** Where the running session is saved (localStorage), so a reload resumes it. */
  readonly saveKey: string;
  /** The lazily loaded engine module (the debrief uses it too). */
  readonly lib: PressModule;
}

export const pressSaveKey = (scenario: string): string => `crisis-room.press.${scenario}`;
