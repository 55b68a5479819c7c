/**
 * The crisis room's store: a Zustand vanilla store holding the view model projected from the
 * engine's session, plus the commands a trainee can give. The engine stays the source of truth:
 * every command goes through `session.send(command, actor)` and the store re-projects from the
 * session afterwards. No Phaser, no DOM: tested in Node against the real scenario.
 */
import { subscribeWithSelector } from 'zustand/middleware';
import { createStore, type Mutate, type StoreApi } from 'zustand/vanilla';
import { annotateSubmit, SYSTEM, trainee, type Actor, type Annotation, type Channel, type EngineEvent, type Refusal, type SavedSession, type Session, type StatementAnnotator } from './engine-api.ts';
import type { AllMessages, MessageKey } from '../../i18n/index.ts';
import { newPosts, project, type CardCache } from './project.ts';
import type { PostVM, RoomVM, ScoresVM } from './view-model.ts';

/** The feed keeps this many posts; older ones scroll away. */
export const FEED_LIMIT = 300;

export interface Draft {
  /** The inject being answered (its id); null for an unprompted statement. */
  readonly inject: string | null;
  readonly option: string | null;
  readonly text: string;
  readonly channel: Channel;
  /** Stakeholder ids; empty: whoever the channel reaches. */
  readonly audience: readonly string[];
}

/**
 * Why a command was refused: the engine's refusal, or (in a team session) the server's, coded
 * under `team.error.*`. Both render through the catalogue.
 */
export type RoomRefusal = Refusal | TeamRefusal;

type TeamErrorKey = Extract<MessageKey, `team.error.${string}`>;
export type TeamRefusal = { [K in TeamErrorKey]: { readonly code: K; readonly params: AllMessages[K] } }[TeamErrorKey];

export interface RoomState {
  readonly vm: RoomVM;
  readonly posts: readonly PostVM[];
  /** Calls the trainee has picked up (the ring stops; the question and its countdown show). */
  readonly pickedUp: readonly string[];
  /** Why the last command was refused (a code with ids), cleared by the next accepted one. */
  readonly refusal: RoomRefusal | null;
  readonly scores: ScoresVM | null;
  /** The events of the latest accepted command, for sounds and toasts; `batch` counts up. */
  readonly latest: { readonly batch: number; readonly events: readonly EngineEvent[] };
}

export interface RoomActions {
  readonly start: () => void;
  readonly pause: () => void;
  readonly resume: () => void;
  readonly setSpeed: (speed: number) => void;
  /** Jumps the clock to the next scheduled inject. */
  readonly skipToNext: () => void;
  /** Real time passed in the page (ms): the clock advances by it times the speed. */
  readonly tick: (realMs: number) => void;
  readonly pickUp: (cardKey: string) => void;
  /**
   * Submits a statement; returns the refusal, or null when it was accepted. In a team session the
   * server decides, so the answer comes later (a promise).
   */
  readonly submit: (draft: Draft) => RoomRefusal | null | Promise<RoomRefusal | null>;
  /** The trainee is (or stopped) writing, to answer an inject or not: the team sees it; solo play ignores it. */
  readonly drafting: (inject: string | null, typing: boolean) => void;
  /** What the analyser reads in a draft (for the live preview), or null without an analyser. */
  readonly analyse: (text: string) => Annotation | null;
  readonly end: () => void;
  readonly refreshScores: () => void;
  readonly save: () => SavedSession;
}

export type RoomStore = Mutate<StoreApi<RoomState & RoomActions>, [['zustand/subscribeWithSelector', never]]>;

export interface RoomDeps {
  readonly session: Session;
  readonly language: string;
  /** The free-text analyser (null until its chunk has loaded); the engine never runs one itself. */
  readonly annotator: () => StatementAnnotator | null;
  /** Called with a save after every accepted command (throttled for clock ticks). */
  readonly persist?: (save: SavedSession) => void;
  /** Real ms between saves while only the clock moves. */
  readonly saveEveryMs?: number;
}

export function createRoomStore(deps: RoomDeps): RoomStore {
  const { session, language } = deps;
  const me: Actor = trainee(session.scenario.soloSeat);
  const cache: CardCache = new Map();
  let batch = 0;
  let sinceSave = 0;
  let lastMinute = Math.floor(session.now / 60_000);

  const initial = (): RoomState => ({
    vm: project(session.view(), language, cache),
    posts: newPosts(session.view(), lastMinute - 1, lastMinute),
    pickedUp: [],
    refusal: null,
    scores: null,
    latest: { batch: 0, events: [] },
  });

  return createStore<RoomState & RoomActions>()(
    subscribeWithSelector((set, get) => {
      const send = (command: Parameters<Session['send']>[0], actor: Actor = me, clockOnly = false): Refusal | null => {
        const result = session.send(command, actor);
        if (!result.ok) {
          set({ refusal: result.refusal });
          return result.refusal;
        }
        const view = session.view();
        const minute = Math.floor(view.state.now / 60_000);
        const fresh = minute > lastMinute ? newPosts(view, lastMinute, minute) : [];
        lastMinute = minute;
        const posts = fresh.length > 0 ? [...fresh, ...get().posts].slice(0, FEED_LIMIT) : get().posts;
        const vm = project(view, language, cache);
        const pickedUp = get().pickedUp.filter((key) => vm.calls.some((c) => c.key === key));
        set({
          vm,
          posts,
          pickedUp: pickedUp.length === get().pickedUp.length ? get().pickedUp : pickedUp,
          refusal: clockOnly ? get().refusal : null,
          latest: result.events.length > 0 ? { batch: ++batch, events: result.events } : get().latest,
        });
        if (deps.persist && (!clockOnly || result.events.length > 0)) deps.persist(session.save());
        return null;
      };

      return {
        ...initial(),
        start: () => void send({ type: 'session.start' }),
        pause: () => void send({ type: 'session.pause' }),
        resume: () => void send({ type: 'session.resume' }),
        setSpeed: (speed) => void send({ type: 'speed.set', speed: Math.min(60, Math.max(0.5, speed)) }),
        skipToNext: () => {
          // Jumping ahead keeps a paused clock paused: resume for the jump, then pause again.
          if (session.phase !== 'paused') {
            send({ type: 'clock.skip' });
            return;
          }
          send({ type: 'session.resume' });
          send({ type: 'clock.skip' });
          send({ type: 'session.pause' });
        },
        tick: (realMs) => {
          if (session.phase !== 'running' || realMs <= 0) return;
          const by = Math.round(realMs * session.state.speed);
          if (by <= 0) return;
          sinceSave += realMs;
          const refusal = send({ type: 'clock.advance', by }, SYSTEM, true);
          if (refusal === null && deps.persist && sinceSave >= (deps.saveEveryMs ?? 5000)) {
            sinceSave = 0;
            deps.persist(session.save());
          }
        },
        pickUp: (key) => {
          if (!get().pickedUp.includes(key)) set({ pickedUp: [...get().pickedUp, key] });
        },
        submit: (draft) => {
          const base = {
            type: 'statement.submit' as const,
            ...(draft.inject !== null ? { inject: draft.inject } : {}),
            ...(draft.option !== null ? { option: draft.option } : { text: draft.text }),
            channel: draft.channel,
            // No audience: the engine reaches everyone the channel reaches.
            ...(draft.audience.length > 0 ? { audience: [...draft.audience] } : {}),
          };
          // Speaking restarts the clock: the world does not stand still while a statement goes out.
          if (session.phase === 'paused') send({ type: 'session.resume' });
          const annotator = deps.annotator();
          const command = annotator && draft.option === null ? annotateSubmit(base, annotator, session.now, session.scenario) : base;
          const refusal = send(command);
          if (refusal === null) get().refreshScores();
          return refusal;
        },
        analyse: (text) => {
          // Speaking restarts the clock: the world does not stand still while a statement goes out.
          if (session.phase === 'paused') send({ type: 'session.resume' });
          const annotator = deps.annotator();
          return annotator && text.trim() !== '' ? annotator.annotate(text.trim(), { now: session.now }) : null;
        },
        drafting: () => undefined,
        end: () => void send({ type: 'session.end' }),
        refreshScores: () => {
          const s = session.scoresSoFar();
          set({ scores: { overall: s.overall, dimensions: s.dimensions, unjudged: s.unjudged } });
        },
        save: () => session.save(),
      };
    }),
  );
}
