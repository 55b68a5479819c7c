/** A scenario opened in the page, as the briefing hands it to the room and the room to the debrief. */
import type { ScenarioCard } from '../../state/library.ts';
import type * as OpenSession from '../../state/room/open-session.ts';
import type { CompiledScenario, RoomStore, StatementAnnotator } from '../../state/room/open-session.ts';
import type { ScenarioInfo } from '../../state/room/scenario-info.ts';
import type { Translator } from '../../i18n/index.ts';
import type { Lifetime } from '../lifetime.ts';

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
  /**
   * Present when this room is a seat in a team session: the store is bound to the session server,
   * the facilitator owns time, and the debrief shows the team's scores with the hot wash.
   */
  readonly team?: TeamSeatHandle;
}

export interface TeamSeatHandle {
  /** This page's seat: toasts about what other seats did name them. */
  readonly seat: string;
  /** Builds the seat's team panel (sign-offs, drafts, who is here, the team channel, the hot wash) for this room's lifetime. */
  readonly panel: (life: Lifetime, tr: Translator, announce: (text: string, urgent?: boolean) => void, leave: () => void) => HTMLElement;
  /** The hot-wash form, shown once the facilitator opens it (the debrief's top panel). */
  readonly hotWash: (life: Lifetime, tr: Translator) => HTMLElement;
  /** The session's report: a note until the facilitator hands it out, then a download button. */
  readonly report: (life: Lifetime, tr: Translator) => HTMLElement;
  /** Leaves the session and lets go of the store when the room (or, after the end, the debrief) closes. */
  readonly close: () => void;
}
