/**
 * The press conference's store: a Zustand vanilla store holding the podium's view model, projected
 * from the engine's session after every accepted command, and the commands a spokesperson gives.
 * The engine stays the source of truth. No Phaser, no DOM: tested in Node against real scenarios.
 */
import { subscribeWithSelector } from 'zustand/middleware';
import { createStore, type Mutate, type StoreApi } from 'zustand/vanilla';
import { annotateSubmit, SYSTEM, trainee, type Actor, type Annotation, type EngineEvent, type Refusal, type SavedSession, type Session, type StatementAnnotator } from '../../engine/index.ts';
import { projectPress, type PressOptions, type PressVM } from './press-model.ts';

/** Scenario seconds per real second at the podium: a press conference happens in real time. */
export const PODIUM_SPEED = 1;

export interface PressAnswer {
  readonly option: string | null;
  readonly text: string;
}

export interface PressState {
  readonly vm: PressVM;
  /** Why the last command was refused (a code with ids), cleared by the next accepted one. */
  readonly refusal: Refusal | null;
  /** The events of the latest accepted command, for sounds and flashes; `batch` counts up. */
  readonly latest: { readonly batch: number; readonly events: readonly EngineEvent[] };
}

export interface PressActions {
  /** Starts the session if it has not started, and sets the clock to real time. */
  readonly begin: () => void;
  readonly pause: () => void;
  readonly resume: () => void;
  /** Real time passed in the page (ms): the clock advances by it times the speed. */
  readonly tick: (realMs: number) => void;
  /** Jumps the clock to the next thing that happens (a drill embedded in a longer scenario). */
  readonly skipToNext: () => void;
  /** Calls on a reporter whose hand is up (when the room waits for the spokesperson to pick). */
  readonly pick: (journalist: string) => Refusal | null;
  /** Answers the question with the floor: null when accepted, else the refusal, or `no-question` when nobody has the floor. */
  readonly answer: (answer: PressAnswer) => Refusal | 'no-question' | null;
  /** What the analyser reads in a draft, or null without an analyser (or nothing written). */
  readonly analyse: (text: string) => Annotation | null;
  readonly end: () => void;
  readonly save: () => SavedSession;
}

export type PressStore = Mutate<StoreApi<PressState & PressActions>, [['zustand/subscribeWithSelector', never]]>;

export interface PressDeps {
  readonly session: Session;
  readonly language: string;
  /** The free-text analyser (null until its chunk has loaded); the engine never runs one itself. */
  readonly annotator: () => StatementAnnotator | null;
  /** Called with a save after every accepted command that changed something. */
  readonly persist?: (save: SavedSession) => void;
  /** What the podium shows (a drill shows everything in the scenario; see PressOptions). */
  readonly options?: PressOptions;
}

export function createPressStore(deps: PressDeps): PressStore {
  const { session, language } = deps;
  const me: Actor = trainee(session.scenario.soloSeat);
  let batch = 0;

  return createStore<PressState & PressActions>()(
    subscribeWithSelector((set, get) => {
      const send = (command: Parameters<Session['send']>[0], actor: Actor = me, clockOnly = false): Refusal | null => {
        const result = session.send(command, actor);
        if (!result.ok) {
          set({ refusal: result.refusal });
          return result.refusal;
        }
        if (clockOnly && result.events.length === 0) {
          // Only time moved: the timer reads `now`, nothing else needs projecting again.
          set({ vm: { ...get().vm, now: session.now } });
          return null;
        }
        set({
          vm: projectPress(session.view(), language, deps.options),
          refusal: clockOnly ? get().refusal : null,
          latest: result.events.length > 0 ? { batch: ++batch, events: result.events } : get().latest,
        });
        if (deps.persist) deps.persist(session.save());
        return null;
      };

      return {
        vm: projectPress(session.view(), language, deps.options),
        refusal: null,
        latest: { batch: 0, events: [] },
        begin: () => {
          if (session.phase === 'briefing') send({ type: 'session.start' });
          if (session.phase !== 'ended' && session.state.speed !== PODIUM_SPEED) send({ type: 'speed.set', speed: PODIUM_SPEED });
        },
        pause: () => void send({ type: 'session.pause' }),
        resume: () => void send({ type: 'session.resume' }),
        tick: (realMs) => {
          if (session.phase !== 'running' || realMs <= 0) return;
          const by = Math.round(realMs * session.state.speed);
          if (by > 0) send({ type: 'clock.advance', by }, SYSTEM, true);
        },
        skipToNext: () => {
          if (session.phase === 'running') send({ type: 'clock.skip' });
        },
        pick: (journalist) => {
          const conference = get().vm.conference;
          if (!conference) return { code: 'refusal.unknown-conference', params: { conference: '' } };
          if (session.phase === 'paused') send({ type: 'session.resume' });
          return send({ type: 'press.pick', conference: conference.id, journalist });
        },
        answer: ({ option, text }) => {
          const current = get().vm.current;
          if (!current) return 'no-question';
          // Speaking restarts a paused clock: the room does not stand still while you answer.
          if (session.phase === 'paused') send({ type: 'session.resume' });
          const base = {
            type: 'statement.submit' as const,
            inject: current.inject,
            channel: current.channel,
            ...(option !== null ? { option } : { text }),
          };
          const annotator = deps.annotator();
          const command = annotator && option === null ? annotateSubmit(base, annotator, session.now, session.scenario) : base;
          return send(command);
        },
        analyse: (text) => {
          const annotator = deps.annotator();
          return annotator && text.trim() !== '' ? annotator.annotate(text.trim(), { now: session.now }) : null;
        },
        end: () => {
          if (session.phase !== 'ended') send({ type: 'session.end' });
        },
        save: () => session.save(),
      };
    }),
  );
}
