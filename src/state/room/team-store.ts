/**
 * The crisis room for a seat in a team session: the same room store the scenes use in solo play,
 * bound to a TeamClient's replica instead of an in-page session. Commands become intents sent to
 * the server (which annotates free text, validates and applies them); the state, the clock and
 * pause/speed follow the server's event stream; the facilitator owns time, so the solo time
 * controls do nothing here. A second, small store holds what a team adds on top: drafts waiting for
 * this seat's sign-off, who holds which draft, who is here and typing, the team channel, the hot wash.
 */
import { subscribeWithSelector } from 'zustand/middleware';
import { createStore, type Mutate, type StoreApi } from 'zustand/vanilla';
import type { ChatLine, ClientCommand, Improvised } from '../../net/protocol.ts';
import type { Member, Reply, TeamUpdate } from '../../net/team-client.ts';
import type { Annotation, EngineEvent, Session, StatementAnnotator } from './engine-api.ts';
import { newPosts, panelFor, project, type CardCache } from './project.ts';
import { FEED_LIMIT, type RoomActions, type RoomRefusal, type RoomState, type RoomStore } from './room-store.ts';
import { seatsOf } from './scenario-info.ts';
import { serverRefusal } from './server-refusal.ts';
import type { CardVM, RoomVM } from './view-model.ts';
import { textIn, type Channel } from '../../format/index.ts';

/** What the adapter needs of a team client (TeamClient has it; tests may pass their own). */
export interface TeamPort {
  readonly you: { readonly seat: string | null; readonly name: string | null };
  readonly session: Session;
  readonly members: readonly Member[];
  readonly typing: ReadonlyMap<string, string | null>;
  readonly chat: readonly ChatLine[];
  readonly improvised: readonly Improvised[];
  readonly hotWashOpen: boolean;
  /** The facilitator has handed out the session's report. */
  readonly reportShared: boolean;
  subscribe(listener: (update: TeamUpdate) => void): () => void;
  command(command: ClientCommand): Promise<Reply>;
  say(text: string): Promise<Reply>;
  setTyping(inject: string | null, typing: boolean): Promise<Reply>;
  hotWash(answer: { wentWell: string; improve: string }): Promise<Reply>;
  /** The report as HTML once handed out, or the HTTP status (0: no answer). */
  fetchReport(): Promise<{ readonly ok: true; readonly html: string } | { readonly ok: false; readonly status: number }>;
}

/** The observer seat sees every inject (docs/server.md). */
const OBSERVER = 'observer';

/** A request that failed to get any answer (timeout, closed connection) is a connection problem, not a crash. */
async function ask(request: () => Promise<Reply>): Promise<RoomRefusal | null> {
  try {
    const reply = await request();
    return reply.ok ? null : serverRefusal(reply.error);
  } catch {
    return serverRefusal(null);
  }
}

export interface TeamDraftVM {
  readonly id: string;
  /** The seat that wrote it (holds it until it is published or sent back). */
  readonly seat: string;
  readonly seatName: string;
  readonly channel: Channel;
  readonly text: string;
  /** The inject it answers, by its title as this seat may read it (null: unprompted, or not readable here). */
  readonly answers: string | null;
  readonly submittedAt: number;
  readonly waitingFor: readonly { readonly seat: string; readonly name: string }[];
  readonly signedBy: readonly { readonly seat: string; readonly name: string; readonly at: number }[];
  readonly mine: boolean;
  /** This seat must still sign it. */
  readonly forMe: boolean;
}

export interface TeamVM {
  readonly seat: string;
  readonly seatName: string;
  readonly name: string | null;
  readonly phase: RoomVM['phase'];
  readonly startIso: string;
  /** Every draft out for sign-off, oldest first. */
  readonly drafts: readonly TeamDraftVM[];
  /** Drafts this seat must still sign. */
  readonly toSign: readonly TeamDraftVM[];
  /** This seat's drafts another seat sent back, newest first, with the reason. */
  readonly sentBack: readonly { readonly id: string; readonly seatName: string; readonly channel: Channel; readonly reason: string }[];
  /** Every seat of the scenario with who holds it now. */
  readonly present: readonly { readonly seat: string; readonly seatName: string; readonly names: readonly string[] }[];
  /** Other seats typing, and the inject they answer (by title) if any. */
  readonly typing: readonly { readonly seat: string; readonly seatName: string; readonly answers: string | null }[];
  readonly chat: readonly ChatLine[];
  readonly hotWashOpen: boolean;
  readonly reportShared: boolean;
  readonly connected: boolean;
}

export interface TeamState {
  readonly team: TeamVM;
  /** The last refusal of a team action (sign-off, chat, hot wash), cleared by the next accepted one. */
  readonly error: RoomRefusal | null;
}

export interface TeamActions {
  readonly approve: (statement: string) => Promise<RoomRefusal | null>;
  readonly reject: (statement: string, reason: string) => Promise<RoomRefusal | null>;
  readonly say: (text: string) => Promise<RoomRefusal | null>;
  readonly hotWash: (answer: { wentWell: string; improve: string }) => Promise<RoomRefusal | null>;
  /** The handed-out report's HTML, or why it could not be had. */
  readonly report: () => Promise<{ readonly html: string } | RoomRefusal>;
}

export type TeamStore = Mutate<StoreApi<TeamState & TeamActions>, [['zustand/subscribeWithSelector', never]]>;

/** Whether an inject is for this seat: addressed to it, to everyone, or this is the observer. */
export function addressedTo(session: Session, inject: string, seat: string): boolean {
  if (seat === OBSERVER) return true;
  const to = session.scenario.injectIndex.get(inject)?.to ?? null;
  return to === null || to.includes(seat);
}

/** An improvised inject as a card in the room: read-only information, where its channel puts it. */
function improvisedCard(i: Improvised, session: Session): CardVM {
  const channel = i.channel as Channel;
  const persona = session.scenario.personas.get(i.persona);
  const d = persona?.disposition ?? 'neutral';
  return {
    key: `improvised:${i.id}`,
    inject: i.id,
    firing: -1,
    panel: panelFor({ channel }),
    channel,
    title: i.subject,
    subject: i.subject,
    text: i.text,
    from: persona ? { name: persona.name, outlet: persona.outlet ?? null, kind: persona.kind } : { name: i.persona, outlet: null, kind: 'other' },
    firedAt: i.scenarioAt,
    deadlineAt: null,
    status: 'info',
    answerable: false,
    options: [],
    freeText: false,
    replyChannel: channel,
    severity: 'medium',
    tone: d === 'hostile' || d === 'skeptical' ? 'hostile' : d === 'friendly' ? 'friendly' : 'neutral',
  };
}

/** The room as this seat sees it: only injects addressed to it or to everyone, plus improvised ones. */
export function projectForSeat(port: TeamPort, seat: string, language: string, cache?: CardCache): RoomVM {
  const session = port.session;
  const vm = project(session.view(), language, cache);
  const mine = (c: CardVM): boolean => addressedTo(session, c.inject, seat);
  const improvised = port.improvised.map((i) => improvisedCard(i, session));
  const cards = improvised.length === 0 ? vm.cards.filter(mine) : [...vm.cards.filter(mine), ...improvised].sort((a, b) => b.firedAt - a.firedAt);
  return { ...vm, cards, open: vm.open.filter(mine), calls: vm.calls.filter(mine) };
}

export function projectTeam(port: TeamPort, seat: string, language: string, connected: boolean): TeamVM {
  const session = port.session;
  const s = session.scenario;
  const seatNames = new Map(seatsOf(s, language).map((x) => [x.id, x.name]));
  const nameOf = (id: string): string => seatNames.get(id) ?? id;
  const titleOf = (inject: string | null): string | null => {
    if (inject === null || !addressedTo(session, inject, seat)) return null;
    const inj = s.injectIndex.get(inject);
    const doc = inj?.title ?? inj?.subject ?? null;
    return doc === null ? inject : textIn(doc, language, s.language);
  };
  const statements = session.state.statements;
  const drafts: TeamDraftVM[] = statements
    .filter((st) => st.status === 'awaiting-approval')
    .map((st) => ({
      id: st.id,
      seat: st.seat,
      seatName: nameOf(st.seat),
      channel: st.channel,
      text: st.text,
      answers: titleOf(st.inject),
      submittedAt: st.submittedAt,
      waitingFor: st.needs.filter((n) => st.approvals[n] === undefined).map((n) => ({ seat: n, name: nameOf(n) })),
      signedBy: st.needs.flatMap((n) => {
        const at = st.approvals[n];
        return at === undefined ? [] : [{ seat: n, name: nameOf(n), at }];
      }),
      mine: st.seat === seat,
      forMe: st.needs.includes(seat) && st.approvals[seat] === undefined,
    }));
  const sentBack = statements
    .filter((st) => st.seat === seat && st.status === 'rejected' && st.rejection !== null)
    .map((st) => ({ id: st.id, seatName: nameOf(st.rejection?.seat ?? ''), channel: st.channel, reason: st.rejection?.reason ?? '' }))
    .reverse();
  const present = s.seats.map((id) => ({
    seat: id,
    seatName: nameOf(id),
    names: port.members.filter((m) => m.seat === id).map((m) => m.name ?? nameOf(id)),
  }));
  const typing = [...port.typing].filter(([who]) => who !== seat).map(([who, inject]) => ({ seat: who, seatName: nameOf(who), answers: titleOf(inject) }));
  return {
    seat,
    seatName: nameOf(seat),
    name: port.you.name,
    phase: session.phase,
    startIso: s.startIso,
    drafts,
    toSign: drafts.filter((d) => d.forMe),
    sentBack,
    present,
    typing,
    chat: [...port.chat],
    hotWashOpen: port.hotWashOpen,
    reportShared: port.reportShared,
    connected,
  };
}

export interface TeamRoomDeps {
  readonly port: TeamPort;
  readonly language: string;
  /** The analyser for the composer's live preview only: the server reads what is sent. */
  readonly annotator: () => StatementAnnotator | null;
}

/** Real ms between "typing" notices while someone keeps typing. */
const TYPING_EVERY_MS = 2000;

/**
 * The room store and the team store for one seat, both fed by the port. `dispose` unsubscribes
 * (the room scene calls it when it shuts down).
 */
export function createTeamRoom(deps: TeamRoomDeps): { readonly room: RoomStore; readonly team: TeamStore; readonly dispose: () => void } {
  const { port, language } = deps;
  const seat = port.you.seat ?? OBSERVER;
  const cache: CardCache = new Map();
  let batch = 0;
  let connected = true;
  let lastMinute = Math.floor(port.session.now / 60_000);
  /** Scenario ms shown beyond the replica's clock: the server logs its clock every few seconds, so the room runs it on between. */
  let ahead = 0;
  let typingAt = 0;
  let typingFor: string | null | undefined;

  const shown = (vm: RoomVM): RoomVM => (ahead > 0 ? { ...vm, now: vm.now + ahead } : vm);

  const room: RoomStore = createStore<RoomState & RoomActions>()(
    subscribeWithSelector((set, get) => {
      const noop = (): void => undefined;
      return {
        vm: projectForSeat(port, seat, language, cache),
        posts: newPosts(port.session.view(), lastMinute - 1, lastMinute),
        pickedUp: [],
        refusal: null,
        scores: null,
        latest: { batch: 0, events: [] },
        // The facilitator owns time: these solo controls are hidden for a seat and do nothing.
        start: noop,
        pause: noop,
        resume: noop,
        setSpeed: noop,
        skipToNext: noop,
        end: noop,
        save: () => port.session.save(),
        tick: (realMs) => {
          const session = port.session;
          if (session.phase !== 'running' || realMs <= 0) return;
          // Never more than a checkpoint's worth ahead: if the server goes quiet the clock stops rather than inventing time.
          const limit = 6_000 * session.state.speed;
          const next = Math.min(limit, ahead + realMs * session.state.speed);
          if (next === ahead) return;
          ahead = next;
          const vm = get().vm;
          set({ vm: { ...vm, now: session.now + ahead } });
        },
        pickUp: (key) => {
          if (!get().pickedUp.includes(key)) set({ pickedUp: [...get().pickedUp, key] });
        },
        submit: async (draft) => {
          const command: ClientCommand = {
            type: 'statement.submit',
            ...(draft.inject !== null ? { inject: draft.inject } : {}),
            ...(draft.option !== null ? { option: draft.option } : { text: draft.text }),
            channel: draft.channel,
            ...(draft.audience.length > 0 ? { audience: [...draft.audience] } : {}),
          };
          const refusal = await ask(() => port.command(command));
          set({ refusal });
          if (refusal === null) {
            get().drafting(draft.inject, false);
            get().refreshScores();
          }
          return refusal;
        },
        analyse: (text) => {
          const annotator = deps.annotator();
          return annotator && text.trim() !== '' ? annotator.annotate(text.trim(), { now: port.session.now }) : null;
        },
        drafting: (inject, typing) => {
          // Tell the team at most every couple of seconds while typing, and once when it stops.
          const now = Date.now();
          if (typing && typingFor === inject && now - typingAt < TYPING_EVERY_MS) return;
          if (!typing && typingFor === undefined) return;
          typingAt = now;
          typingFor = typing ? inject : undefined;
          void port.setTyping(inject, typing).catch(() => undefined);
        },
        refreshScores: () => {
          const s = port.session.scoresSoFar();
          set({ scores: { overall: s.overall, dimensions: s.dimensions, unjudged: s.unjudged } });
        },
      };
    }),
  );

  const team: TeamStore = createStore<TeamState & TeamActions>()(
    subscribeWithSelector((set) => {
      const act = async (request: () => Promise<Reply>): Promise<RoomRefusal | null> => {
        const error = await ask(request);
        set({ error });
        return error;
      };
      return {
        team: projectTeam(port, seat, language, connected),
        error: null,
        approve: (statement) => act(() => port.command({ type: 'statement.approve', statement })),
        reject: (statement, reason) => act(() => port.command({ type: 'statement.reject', statement, reason })),
        say: (text) => act(() => port.say(text)),
        hotWash: (answer) => act(() => port.hotWash(answer)),
        report: async () => {
          const got = await port.fetchReport();
          if (got.ok) return { html: got.html };
          if (got.status === 0) return { code: 'team.error.connection', params: {} };
          return got.status === 403 ? { code: 'team.error.report-not-shared', params: {} } : { code: 'team.error.report-failed', params: { status: got.status } };
        },
      };
    }),
  );

  const onCommand = (events: readonly EngineEvent[]): void => {
    const session = port.session;
    const view = session.view();
    const minute = Math.floor(view.state.now / 60_000);
    const fresh = minute > lastMinute ? newPosts(view, lastMinute, minute) : [];
    lastMinute = minute;
    const state = room.getState();
    // The replica caught up with (or passed) what the room showed: run on from the replica's clock.
    // A little ahead is kept so the clock does not step back by the message's travel time.
    ahead = session.phase === 'running' ? Math.min(Math.max(0, state.vm.now - session.now), 1_500 * session.state.speed) : 0;
    const vm = shown(projectForSeat(port, seat, language, cache));
    const pickedUp = state.pickedUp.filter((key) => vm.calls.some((c) => c.key === key));
    room.setState({
      vm,
      posts: fresh.length > 0 ? [...fresh, ...state.posts].slice(0, FEED_LIMIT) : state.posts,
      pickedUp: pickedUp.length === state.pickedUp.length ? state.pickedUp : pickedUp,
      latest: events.length > 0 ? { batch: ++batch, events } : state.latest,
    });
  };

  const off = port.subscribe((update) => {
    switch (update.kind) {
      case 'command':
        onCommand(update.events);
        break;
      case 'resync':
        ahead = 0;
        onCommand([]);
        break;
      case 'server':
        if (update.event.type === 'improvised') room.setState({ vm: shown(projectForSeat(port, seat, language, cache)) });
        break;
      case 'closed':
        connected = false;
        break;
      default:
        break;
    }
    team.setState({ team: projectTeam(port, seat, language, connected) });
  });

  return { room, team, dispose: off };
}

export type { Annotation };
export { serverRefusal };
