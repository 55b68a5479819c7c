/**
 * A seat's (or the facilitator's) connection to a team session, for the browser and for Node tests
 * alike: joins with a seat token or the facilitator key, keeps a replica of the engine session from
 * the server's command stream (no analyser needed: free text arrives annotated), and exposes the
 * team's channel, who is here and who is typing. The UI's store subscribes to it; nothing here
 * touches the DOM.
 */
import { Client, type Room } from '@colyseus/sdk';
import { Actor, scenarioFingerprint, Session, type EngineEvent } from '../engine/index.ts';
import { loadScenario, type CompiledScenario } from '../format/index.ts';
import { ServerEvent, type ChatLine, type ClientCommand, type ClientMessageType, type Improvised, type ReviewMessage, type ServerError } from './protocol.ts';

export type Reply = { readonly ok: true; readonly seq: number } | { readonly ok: false; readonly error: ServerError };

export interface Member {
  readonly client: string;
  readonly role: 'facilitator' | 'seat';
  readonly seat: string | null;
  readonly name: string | null;
}

export interface You {
  readonly role: 'facilitator' | 'seat';
  readonly seat: string | null;
  readonly name: string | null;
}

/** What listeners hear: what changed, after the replica has applied it. */
export type TeamUpdate =
  | { readonly kind: 'command'; readonly seq: number; readonly actor: Actor; readonly events: readonly EngineEvent[] }
  | { readonly kind: 'server'; readonly event: ServerEvent }
  | { readonly kind: 'presence' }
  | { readonly kind: 'typing'; readonly seat: string; readonly inject: string | null; readonly typing: boolean }
  | { readonly kind: 'private'; readonly payload: unknown }
  | { readonly kind: 'resync' }
  | { readonly kind: 'error'; readonly type: string; readonly error: ServerError }
  | { readonly kind: 'closed'; readonly code: number };

interface Welcome {
  readonly you: You;
  readonly session: { readonly id: string; readonly title: string; readonly code: string | null; readonly scenarioSource: string };
  readonly save: unknown;
  readonly seq: number;
  readonly chat: readonly ChatLine[];
  readonly improvised: readonly Improvised[];
  readonly hotWashOpen: boolean;
  readonly reportReady: boolean;
  /** Absent from a server older than the hand-out: read as not handed out. */
  readonly reportShared?: boolean;
  readonly reviews?: readonly StoredReview[];
}

/** A stored review as the server sends it to the facilitator (its proposed and decided values are JSON text; src/report/evaluator-review.ts reads them). */
export interface StoredReview {
  readonly target: string;
  readonly proposed: string;
  readonly decided: string;
  readonly reason: string;
  readonly by: string;
  readonly at: number;
}

interface CommandMessage {
  readonly seq: number;
  readonly actor: unknown;
  readonly command: unknown;
  readonly events: readonly EngineEvent[];
}

export class ReplicaError extends Error {}

type Credentials = { readonly sessionId: string; readonly token: string } | { readonly sessionId: string; readonly facilitator: string };

export class TeamClient {
  readonly room: Room;
  /** The server's base URL and what this client joined with: the report is fetched over HTTP with them. */
  private readonly base: string;
  private readonly credentials: Credentials;
  readonly you: You;
  readonly sessionId: string;
  readonly title: string;
  /** The join code; only the facilitator is told it. */
  readonly code: string | null;
  readonly scenario: CompiledScenario;
  /** The replica: the same engine, fed the same commands in the same order as the server's. */
  session: Session;
  lastSeq: number;
  readonly chat: ChatLine[];
  readonly improvised: Improvised[];
  hotWashOpen: boolean;
  reportReady: boolean;
  /** The facilitator has handed the report out: this seat may download it (fetchReport). */
  reportShared: boolean;
  members: readonly Member[] = [];
  /** The evaluator's reviews by target (the facilitator's client only). */
  readonly reviews = new Map<string, StoredReview>();
  /** Seat → the inject it is typing an answer to (null: typing, not an answer). */
  readonly typing = new Map<string, string | null>();
  private readonly listeners = new Set<(update: TeamUpdate) => void>();

  private constructor(room: Room, welcome: Welcome, early: readonly (readonly [string, unknown])[], base: string, credentials: Credentials) {
    this.room = room;
    this.base = base;
    this.credentials = credentials;
    this.you = welcome.you;
    this.sessionId = welcome.session.id;
    this.title = welcome.session.title;
    this.code = welcome.session.code;
    const loaded = loadScenario(welcome.session.scenarioSource, `${welcome.session.id}.yaml`);
    if (!loaded.scenario) throw new ReplicaError('the session\'s scenario does not load here');
    this.scenario = loaded.scenario;
    this.session = Session.load(this.scenario, this.ownSave(welcome.save));
    this.lastSeq = welcome.seq;
    this.chat = [...welcome.chat];
    this.improvised = [...welcome.improvised];
    this.hotWashOpen = welcome.hotWashOpen;
    this.reportReady = welcome.reportReady;
    this.reportShared = welcome.reportShared ?? false;
    for (const r of welcome.reviews ?? []) this.reviews.set(r.target, r);
    const handlers: Readonly<Record<string, (m: never) => void>> = {
      cmd: (m: CommandMessage) => this.onCommand(m),
      server: (m: { seq: number; event: unknown }) => this.onServer(m),
      presence: (m: { members: Member[] }) => {
        this.members = m.members;
        this.emit({ kind: 'presence' });
      },
      typing: (m: { seat: string; inject: string | null; typing: boolean }) => {
        if (m.typing) this.typing.set(m.seat, m.inject);
        else this.typing.delete(m.seat);
        this.emit({ kind: 'typing', ...m });
      },
      private: (payload: { what?: string; review?: StoredReview }) => {
        if (payload.what === 'review' && payload.review) this.reviews.set(payload.review.target, payload.review);
        this.emit({ kind: 'private', payload });
      },
      resync: (m: { seq: number; save: unknown }) => {
        this.session = Session.load(this.scenario, this.ownSave(m.save));
        this.lastSeq = m.seq;
        this.emit({ kind: 'resync' });
      },
      error: (m: { type: string; error: ServerError }) => this.emit({ kind: 'error', type: m.type, error: m.error }),
    };
    this.dispatch = (type, payload) => handlers[type]?.(payload as never);
    // What arrived between the welcome and now (presence, usually) is applied first, in order.
    for (const [type, payload] of early) this.dispatch(type, payload);
    room.onLeave((code) => this.emit({ kind: 'closed', code }));
  }

  /**
   * A seat is given the scenario without what other seats may not read (docs/server.md), so its
   * fingerprint differs from the server's; the save comes with that scenario from the same server,
   * so it is labelled with this scenario's fingerprint before loading.
   */
  private ownSave(save: unknown): unknown {
    return typeof save === 'object' && save !== null ? { ...save, fingerprint: scenarioFingerprint(this.scenario) } : save;
  }

  /** Set once the client exists; before that, join() buffers what arrives. */
  private dispatch: (type: string, payload: unknown) => void;

  /** Joins a session: with a seat token, or as its facilitator with the facilitator key. */
  static async join(base: string, credentials: Credentials): Promise<TeamClient> {
    const client = new Client(base);
    const room = await client.joinOrCreate('crisis', credentials);
    const early: [string, unknown][] = [];
    let team: TeamClient | null = null;
    // One catch-all handler: messages before the welcome are kept, later ones go to the client.
    const welcome = await new Promise<Welcome>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no welcome from the server')), 15_000);
      room.onMessage('*', (type, payload) => {
        if (type === 'welcome') {
          clearTimeout(timer);
          resolve(payload as Welcome);
        } else if (team) team.dispatch(String(type), payload);
        else early.push([String(type), payload]);
      });
    });
    team = new TeamClient(room, welcome, early, base, credentials);
    return team;
  }

  subscribe(listener: (update: TeamUpdate) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(update: TeamUpdate): void {
    for (const l of this.listeners) l(update);
  }

  private onCommand(m: CommandMessage): void {
    if (m.seq <= this.lastSeq) return;
    const actor = Actor.parse(m.actor);
    const sent = this.session.send(m.command, actor);
    // The replica refusing what the server accepted means it has drifted: say so rather than show a wrong state.
    if (!sent.ok) throw new ReplicaError(`replica refused entry ${m.seq}: ${sent.refusal.code}`);
    this.lastSeq = m.seq;
    this.emit({ kind: 'command', seq: m.seq, actor, events: sent.events });
  }

  private onServer(m: { seq: number; event: unknown }): void {
    if (m.seq <= this.lastSeq) return;
    const event = ServerEvent.parse(m.event);
    this.lastSeq = m.seq;
    if (event.type === 'chat') this.chat.push(event);
    else if (event.type === 'improvised') this.improvised.push(event);
    else if (event.type === 'hotwash.opened') this.hotWashOpen = true;
    else if (event.type === 'report.ready') this.reportReady = true;
    else this.reportShared = true;
    this.emit({ kind: 'server', event });
  }

  private request(type: ClientMessageType, payload: unknown): Promise<Reply> {
    return this.room.request<unknown, Reply>(type, payload, { timeout: 15_000 });
  }

  command(command: ClientCommand): Promise<Reply> {
    return this.request('command', command);
  }
  say(text: string): Promise<Reply> {
    return this.request('chat', { text });
  }
  setTyping(inject: string | null, typing: boolean): Promise<Reply> {
    return this.request('typing', { inject, typing });
  }
  note(text: string, inject: string | null = null): Promise<Reply> {
    return this.request('note', { text, inject });
  }
  improvise(inject: { persona: string; channel: string; subject?: string; text: string; to?: readonly string[] }): Promise<Reply> {
    return this.request('improvise', inject);
  }
  review(review: ReviewMessage): Promise<Reply> {
    return this.request('review', review);
  }
  openHotWash(): Promise<Reply> {
    return this.request('hotwash.open', {});
  }
  hotWash(answer: { wentWell: string; improve: string }): Promise<Reply> {
    return this.request('hotwash', answer);
  }
  makeReport(): Promise<Reply> {
    return this.request('report.make', {});
  }
  shareReport(): Promise<Reply> {
    return this.request('report.share', {});
  }

  /**
   * The session's after-action report as HTML, fetched with this client's own credentials (a seat's
   * token once the facilitator has handed it out, or the facilitator key); the HTTP status otherwise.
   */
  async fetchReport(): Promise<{ readonly ok: true; readonly html: string } | { readonly ok: false; readonly status: number }> {
    const secret = 'token' in this.credentials ? this.credentials.token : this.credentials.facilitator;
    try {
      const res = await fetch(new URL(`/api/sessions/${encodeURIComponent(this.sessionId)}/report`, this.base), { headers: { authorization: `Bearer ${secret}` } });
      return res.ok ? { ok: true, html: await res.text() } : { ok: false, status: res.status };
    } catch {
      return { ok: false, status: 0 };
    }
  }

  async leave(): Promise<void> {
    await this.room.leave(true).catch(() => undefined);
  }
}

/** The HTTP side: creating a session, looking a code up and taking a seat. */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the body it expects
export async function postJson<T>(base: string, path: string, body: unknown, key?: string): Promise<{ status: number; body: T }> {
  const res = await fetch(new URL(path, base), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as T };
}
