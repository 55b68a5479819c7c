/** A scenario opened in the page, as the briefing hands it to the room and the room to the debrief. */
import type { ScenarioCard } from '../../state/library.ts';
import type * as OpenSession from '../../state/room/open-session.ts';
import type { CompiledScenario, RoomStore, StatementAnnotator } from '../../state/room/open-session.ts';
import type { ScenarioInfo } from '../../state/room/scenario-info.ts';

export type SessionModule = typeof OpenSession;

export interface RoomHandle {
  readonly card: ScenarioCard;
  readonly yaml: string;
  readonly scenario: CompiledScenario;
  readonly info: ScenarioInfo;
  readonly language: string;
  readonly store: RoomStore;
  /** The free-text analyser, once its chunk has loaded. */
  readonly annotator: () => StatementAnnotator | null;
  /** Where the running session is saved (localStorage), so a reload resumes it. */
  readonly saveKey: string;
  /** The lazily loaded engine module (the debrief and what-if use it too). */
  readonly lib: SessionModule;
}
