/**
 * The Colyseus room for one exercise. It owns a SessionHost, maps each connection to the seat its
 * token holds (or to the facilitator), validates every message, and sends each client what its seat
 * may see. Clients keep their own replica of the engine from the command stream ('cmd'), which
 * replays without an analyser because free text arrives annotated.
 */
import { Room, type AuthContext, type Client } from '@colyseus/core';
import { createHash, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { OBSERVER_SEAT, SessionHost, StorageFailed, roleName, type Output, type Role } from './host.ts';
import { CLIENT_MESSAGE_TYPES, ClientMessages, MESSAGE_SENDERS, validationError, type ClientMessageType, type ServerError } from '../net/protocol.ts';
import { commandForSeat, saveForSeat, seatScenario } from './redact.ts';
import type { SavedSession } from '../engine/index.ts';
import type { Storage } from './storage/index.ts';

export const ROOM_NAME = 'crisis';

export interface RoomContext {
  readonly storage: Storage;
  /** One line per refused message or incident; never throws. */
  readonly log: (entry: Readonly<Record<string, unknown>>) => void;
  /** Per-client message budget: a burst of `burst`, refilled at `perSecond`. */
  readonly rate?: { readonly burst: number; readonly perSecond: number };
  /** Real milliseconds between clock ticks. */
  readonly tickMs?: number;
}

let context: RoomContext | null = null;

/** The room's services, set once per process before it accepts connections (rooms are created by the matchmaker, not by us). */
export function setRoomContext(ctx: RoomContext): void {
  context = ctx;
}

function ctx(): RoomContext {
  if (!context) throw new Error('setRoomContext() was not called before the room was created');
  return context;
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && x.length > 0 && timingSafeEqual(x, y);
}

const JoinOptions = z.object({
  sessionId: z.string().min(1).max(64),
  token: z.string().min(1).max(200).optional(),
  facilitator: z.string().min(1).max(200).optional(),
});

interface Member {
  readonly role: Role;
  readonly name: string | null;
}

class Bucket {
  private tokens: number;
  private at: number;
  private readonly burst: number;
  private readonly perSecond: number;
  constructor(burst: number, perSecond: number, now: number) {
    this.burst = burst;
    this.perSecond = perSecond;
    this.tokens = burst;
    this.at = now;
  }
  /** Takes one token; returns 0, or how long until one is free. */
  take(now: number): number {
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.at) / 1000) * this.perSecond);
    this.at = now;
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return 0;
    }
    return Math.ceil(((1 - this.tokens) / this.perSecond) * 1000);
  }
}

type Reply = { readonly ok: true; readonly seq: number } | { readonly ok: false; readonly error: ServerError };

export class CrisisRoom extends Room {
  override maxClients = 64;
  // Colyseus closes a connection past this many messages a second; below it our own budget answers with an error.
  override maxMessagesPerSecond = 60;
  override autoDispose = true;
  private host: SessionHost | null = null;
  private readonly members = new Map<string, Member>();
  private readonly buckets = new Map<string, Bucket>();
  private lastTick = 0;

  override async onCreate(options: unknown): Promise<void> {
    const { sessionId } = JoinOptions.parse(options);
    const { storage, tickMs } = ctx();
    this.roomId = sessionId;
    const host = await SessionHost.open(storage, sessionId);
    this.host = host;
    host.onOutput((out) => this.route(out));
    await this.setMetadata({ sessionId, title: host.record.title });
    for (const type of CLIENT_MESSAGE_TYPES) {
      // The promise is the reply to a request (`room.request`): Colyseus sends what it resolves to.
      // eslint-disable-next-line @typescript-eslint/no-misused-promises
      this.onMessage(type, (client: Client, message: unknown, context: { id?: number | undefined }) => this.handle(client, type, message, context.id === undefined));
    }
    this.onMessage('*', (client: Client, type: string | number) => {
      this.refuse(client, String(type), { code: 'error.unknown-type', params: { type: String(type).slice(0, 64) } }, true);
    });
    this.lastTick = performance.now();
    this.clock.setInterval(() => {
      const now = performance.now();
      const elapsed = now - this.lastTick;
      this.lastTick = now;
      host.tick(elapsed, Date.now()).catch((error: unknown) => this.storageFailed(error));
    }, tickMs ?? 1000);
  }

  override async onAuth(_client: Client, options: unknown, _auth: AuthContext): Promise<Member> {
    const host = this.requireHost();
    const parsed = JoinOptions.safeParse(options);
    if (!parsed.success) throw new Error('join options are malformed');
    const { token, facilitator } = parsed.data;
    if (facilitator !== undefined) {
      if (sameHash(hashSecret(facilitator), host.record.facilitatorHash)) return { role: { kind: 'facilitator' }, name: null };
      throw new Error('not the facilitator of this session');
    }
    if (token !== undefined) {
      const hash = hashSecret(token);
      const seats = await ctx().storage.listSeats(host.record.id);
      const seat = seats.find((s) => s.tokenHash !== null && sameHash(hash, s.tokenHash));
      if (seat) return { role: { kind: 'seat', seat: seat.seat, observer: seat.seat === OBSERVER_SEAT }, name: seat.holder };
    }
    throw new Error('no seat holds this token');
  }

  override onJoin(client: Client, _options: unknown, auth: Member): void {
    const host = this.requireHost();
    this.members.set(client.sessionId, auth);
    this.buckets.set(client.sessionId, new Bucket(ctx().rate?.burst ?? 20, ctx().rate?.perSecond ?? 5, performance.now()));
    const facilitator = auth.role.kind === 'facilitator';
    const welcome = {
      you: { role: auth.role.kind, seat: auth.role.kind === 'seat' ? auth.role.seat : null, name: auth.name },
      session: { id: host.record.id, title: host.record.title, code: facilitator ? host.record.code : null, scenarioSource: this.scenarioFor(auth.role) },
      save: this.saveFor(auth.role),
      seq: host.lastSeq,
      chat: host.chat,
      improvised: host.improvised.filter((i) => this.sees(auth.role, i.to)),
      hotWashOpen: host.hotWashOpen,
      reportReady: host.reportReady,
      reportShared: host.reportShared,
      // The evaluator's reviews are the facilitator's alone, like notes.
      reviews: facilitator ? [...host.reviews.values()] : [],
    };
    client.send('welcome', welcome);
    this.presence_();
  }

  /** A connection lost without leaving: the seat waits two minutes for the same client to come back (onLeave follows if it does not). */
  override onDrop(client: Client): void {
    this.presence_();
    // Not awaited: Colyseus finishes closing the connection only after onDrop returns.
    this.allowReconnection(client, 120).catch(() => undefined);
  }

  override onReconnect(client: Client): void {
    const member = this.members.get(client.sessionId);
    if (member) client.send('resync', { seq: this.requireHost().lastSeq, save: this.saveFor(member.role) });
    this.presence_();
  }

  override onLeave(client: Client): void {
    this.forget(client);
  }

  override async onDispose(): Promise<void> {
    const host = this.host;
    if (!host) return;
    await host.drain();
    if (!host.isBroken) await host.snapshot();
  }

  private forget(client: Client): void {
    this.members.delete(client.sessionId);
    this.buckets.delete(client.sessionId);
    this.presence_();
  }

  private requireHost(): SessionHost {
    if (!this.host) throw new Error('room has no session');
    return this.host;
  }

  /** Who is connected in which seat: the "who is here" line of every seat's screen. */
  private presence_(): void {
    const seats = [...this.members.entries()].map(([id, m]) => ({ client: id, role: m.role.kind, seat: m.role.kind === 'seat' ? m.role.seat : null, name: m.name }));
    this.broadcast('presence', { members: seats });
  }

  /**
   * The scenario a client is given: whole for the facilitator and observers; for a seat, without the
   * words of injects addressed to other seats or the facilitator's notes (redact.ts). The client
   * loads the save against the scenario it was given (TeamClient relabels its fingerprint).
   */
  private scenarioFor(role: Role): string {
    const host = this.requireHost();
    if (role.kind === 'facilitator' || role.observer) return host.record.scenarioSource;
    return seatScenario(host.scenario, role.seat);
  }

  /** The session's state for a client: a seat's without the words of the session's notes (redact.ts). */
  private saveFor(role: Role): SavedSession {
    const save = this.requireHost().session.save();
    return this.readsNotes(role) ? save : saveForSeat(save);
  }

  /** Notes are for the facilitator and the observers who write them. */
  private readsNotes(role: Role): boolean {
    return role.kind === 'facilitator' || role.observer;
  }

  private sees(role: Role, to: readonly string[] | null): boolean {
    return role.kind === 'facilitator' || to === null || role.observer || to.includes(role.seat);
  }

  private route(out: Output): void {
    if (out.kind === 'command') {
      // `wall`: when the server sent it (ms since the epoch), for clients' clocks and the load bench's latency.
      const wall = performance.timeOrigin + performance.now();
      const message = { seq: out.seq, actor: out.actor, command: out.command, events: out.events, wall };
      const forSeats = commandForSeat(out.command, out.events);
      if (forSeats.command === out.command) {
        this.broadcast('cmd', message);
        return;
      }
      for (const client of this.clients) {
        const m = this.members.get(client.sessionId);
        client.send('cmd', m && this.readsNotes(m.role) ? message : { ...message, ...forSeats });
      }
      return;
    }
    if (out.kind === 'server') {
      const event = out.event;
      if (event.type === 'improvised') {
        for (const client of this.clients) {
          const m = this.members.get(client.sessionId);
          if (m && this.sees(m.role, event.to)) client.send('server', { seq: out.seq, event });
        }
        return;
      }
      this.broadcast('server', { seq: out.seq, event });
      return;
    }
    for (const client of this.clients) {
      if (this.members.get(client.sessionId)?.role.kind === 'facilitator') client.send('private', out);
    }
  }

  private refuse(client: Client, type: string, error: ServerError, push: boolean): Reply {
    ctx().log({ level: 'warn', session: this.roomId, client: client.sessionId, type: type.slice(0, 64), code: error.code });
    if (push) client.send('error', { type: type.slice(0, 64), error });
    return { ok: false, error };
  }

  private async handle(client: Client, type: ClientMessageType, message: unknown, push: boolean): Promise<Reply> {
    const member = this.members.get(client.sessionId);
    const bucket = this.buckets.get(client.sessionId);
    if (!member || !bucket) return this.refuse(client, type, { code: 'error.not-allowed', params: { type, role: 'none' } }, push);
    const wait = bucket.take(performance.now());
    if (wait > 0) return this.refuse(client, type, { code: 'error.rate-limited', params: { retryMs: wait } }, push);
    const kind = member.role.kind === 'facilitator' ? 'facilitator' : member.role.observer ? 'observer' : 'seat';
    if (!MESSAGE_SENDERS[type].includes(kind)) return this.refuse(client, type, { code: 'error.not-allowed', params: { type, role: roleName(member.role) } }, push);
    const parsed = ClientMessages[type].safeParse(message);
    if (!parsed.success) return this.refuse(client, type, validationError(parsed.error), push);
    let reply: Reply;
    try {
      reply = await this.dispatch(client, member, type, parsed.data);
    } catch (error) {
      if (error instanceof StorageFailed) {
        this.storageFailed(error);
        return this.refuse(client, type, { code: 'error.storage', params: {} }, push);
      }
      throw error;
    }
    if (!reply.ok) return this.refuse(client, type, reply.error, push);
    return reply;
  }

  private async dispatch(client: Client, member: Member, type: ClientMessageType, data: unknown): Promise<Reply> {
    const host = this.requireHost();
    const role = member.role;
    switch (type) {
      case 'command': {
        const out = await host.command(role, ClientMessages.command.parse(data));
        return out.ok ? { ok: true, seq: out.seq } : out;
      }
      case 'chat':
        return host.chatLine(role, member.name, ClientMessages.chat.parse(data).text);
      case 'typing': {
        const t = ClientMessages.typing.parse(data);
        this.broadcast('typing', { seat: roleName(role), inject: t.inject, typing: t.typing }, { except: client });
        return { ok: true, seq: host.lastSeq };
      }
      case 'note': {
        const n = ClientMessages.note.parse(data);
        return host.note(role, n.text, n.inject ?? null);
      }
      case 'improvise':
        return host.improvise(ClientMessages.improvise.parse(data));
      case 'review':
        return host.review(roleName(role), ClientMessages.review.parse(data));
      case 'hotwash':
        return host.hotWash(role, member.name, ClientMessages.hotwash.parse(data));
      case 'hotwash.open':
        return host.openHotWash();
      case 'report.make':
        return host.makeReport();
      case 'report.share':
        return host.shareReport();
    }
  }

  /** Storage refused a write: the engine here is ahead of what is stored, so this room closes and clients rejoin a room loaded from storage. */
  private storageFailed(error: unknown): void {
    ctx().log({ level: 'error', session: this.roomId, code: 'storage-failed', message: error instanceof Error ? error.message : String(error) });
    void this.disconnect(4500);
  }
}
