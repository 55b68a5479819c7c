/**
 * One exercise on the server: the engine Session, the room's own records (chat, improvised injects,
 * the hot wash) and the storage they live in. Everything a client asks for goes through here one
 * at a time: validated, applied, written to storage, and only then acknowledged and broadcast, so a
 * client never hears of anything that a crash could take back. Independent of Colyseus, so that
 * recovery and ordering are tested without sockets.
 */
import { randomUUID } from 'node:crypto';
import { annotatorFor } from '../analysis/index.ts';
import {
  annotateSubmit,
  approver,
  buildResult,
  FACILITATOR,
  JournalEntry,
  Session,
  SYSTEM,
  trainee,
  type Actor,
  type EngineEvent,
  type PlayResult,
  type StatementAnnotator,
} from '../engine/index.ts';
import { loadScenario, textIn, type CompiledScenario } from '../format/index.ts';
import { ServerEvent, type ChatLine, type ClientCommand, type Improvised, type ReviewMessage, type ServerError } from '../net/protocol.ts';
import { cueChanges, proposedFor, reviewKey, type Decided, type ReviewTarget } from '../report/evaluator-review.ts';
import type { HotWashRecord, NoteRecord, ReviewRecord, SessionRecord, SessionStatus, Storage } from './storage/index.ts';
import { z } from 'zod';

export type Role = { readonly kind: 'facilitator' } | { readonly kind: 'seat'; readonly seat: string; readonly observer: boolean };

export const OBSERVER_SEAT = 'observer';

export function roleName(role: Role): string {
  return role.kind === 'facilitator' ? 'facilitator' : role.seat;
}

const CommandEntry = JournalEntry.extend({ events: z.array(z.unknown()).optional() });

/** What the room sends on, in log order, after it is stored. */
export type Output =
  | { readonly kind: 'command'; readonly seq: number; readonly actor: Actor; readonly command: unknown; readonly events: readonly EngineEvent[] }
  | { readonly kind: 'server'; readonly seq: number; readonly event: ServerEvent }
  /** Only for the facilitator's eyes. */
  | { readonly kind: 'private'; readonly what: 'note'; readonly note: NoteRecord }
  | { readonly kind: 'private'; readonly what: 'review'; readonly review: ReviewRecord }
  | { readonly kind: 'private'; readonly what: 'hotwash'; readonly answer: HotWashRecord };

export type Outcome<T = undefined> = { readonly ok: true; readonly seq: number; readonly value?: T } | { readonly ok: false; readonly error: ServerError };

/** A snapshot every this many log entries bounds the replay at recovery. */
const SNAPSHOT_EVERY = 100;
/** While the clock runs, its position is written at least this often, so a crash loses at most this much scenario progress. */
const CLOCK_CHECKPOINT_MS = 5_000;

export class StorageFailed extends Error {}

// Sessions of the same scenario share one compiled scenario, and with it the engine's machine and the analyser.
const compiled = new Map<string, { scenario: CompiledScenario; annotator: StatementAnnotator }>();

export function compile(source: string, file = 'scenario.yaml'): { scenario: CompiledScenario; annotator: StatementAnnotator } {
  const hit = compiled.get(source);
  if (hit) return hit;
  const loaded = loadScenario(source, file);
  if (!loaded.scenario) throw new Error(`scenario does not load: ${loaded.diagnostics.map((d) => d.code).join(', ')}`);
  const entry = { scenario: loaded.scenario, annotator: annotatorFor(loaded.scenario) };
  if (compiled.size >= 64) compiled.clear();
  compiled.set(source, entry);
  return entry;
}

export class SessionHost {
  readonly record: SessionRecord;
  readonly scenario: CompiledScenario;
  readonly session: Session;
  private readonly storage: Storage;
  private readonly annotator: StatementAnnotator;
  private seq: number;
  private sinceSnapshot = 0;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly listeners = new Set<(out: Output) => void>();
  private lastCheckpoint = 0;
  /** Scenario time the log has reached; ticks that changed nothing are logged later, folded into one. */
  private loggedNow: number;
  private broken = false;
  readonly chat: ChatLine[] = [];
  readonly improvised: Improvised[] = [];
  /** The evaluator's reviews by target, for the facilitator's console (stored, so they survive a restart). */
  readonly reviews = new Map<string, ReviewRecord>();
  hotWashOpen = false;
  reportReady = false;
  /** The facilitator has handed the report out: seats may download it. */
  reportShared = false;
  status: SessionStatus;

  private constructor(storage: Storage, record: SessionRecord, scenario: CompiledScenario, annotator: StatementAnnotator, session: Session, seq: number) {
    this.storage = storage;
    this.record = record;
    this.scenario = scenario;
    this.session = session;
    this.seq = seq;
    this.status = record.status;
    this.annotator = annotator;
    this.loggedNow = session.now;
  }

  /** Loads a session from storage: the newest snapshot, then every entry after it replayed. A session that was running comes back paused. */
  static async open(storage: Storage, id: string): Promise<SessionHost> {
    const record = await storage.getSession(id);
    if (!record) throw new Error(`no session ${id}`);
    const { scenario, annotator } = compile(record.scenarioSource);
    const { session, seq, replayed } = await loadEngine(storage, record, scenario);
    const host = new SessionHost(storage, record, scenario, annotator, session, seq);
    for (const server of await storage.readLog(id, 0)) {
      if (server.kind === 'server') host.applyServer(ServerEvent.parse(server.body));
    }
    for (const review of await storage.listReviews(id)) host.reviews.set(review.target, review);
    host.sinceSnapshot = replayed;
    host.loggedNow = session.now;
    if (session.phase === 'running') await host.run(SYSTEM, { type: 'session.pause' });
    host.status = statusOf(session.phase, host.status);
    return host;
  }

  static async create(
    storage: Storage,
    input: { readonly id: string; readonly code: string; readonly source: string; readonly facilitatorHash: string; readonly now: number },
  ): Promise<SessionRecord> {
    const { scenario } = compile(input.source);
    const record: SessionRecord = {
      id: input.id,
      code: input.code,
      scenarioId: scenario.id,
      scenarioSource: input.source,
      title: textIn(scenario.doc.title, scenario.language, scenario.language),
      status: 'lobby',
      createdAt: input.now,
      updatedAt: input.now,
      facilitatorHash: input.facilitatorHash,
    };
    await storage.createSession(
      record,
      scenario.seats.map((seat) => ({ sessionId: input.id, seat, tokenHash: null, holder: null, open: true, updatedAt: input.now })),
    );
    return record;
  }

  onOutput(listener: (out: Output) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get lastSeq(): number {
    return this.seq;
  }

  get isBroken(): boolean {
    return this.broken;
  }

  /** The actor a role sends a command as: a seat drafts as a trainee and signs off as an approver. */
  actorFor(role: Role, command: ClientCommand): Actor | null {
    if (role.kind === 'facilitator') return FACILITATOR;
    if (role.observer) return null;
    return command.type === 'statement.approve' || command.type === 'statement.reject' ? approver(role.seat) : trainee(role.seat);
  }

  /** A client's command: checked, annotated (free text is read here, once), applied, stored, then acknowledged. */
  command(role: Role, command: ClientCommand): Promise<Outcome<readonly EngineEvent[]>> {
    const actor = this.actorFor(role, command);
    if (!actor) return Promise.resolve({ ok: false, error: { code: 'error.not-allowed', params: { type: command.type, role: roleName(role) } } });
    return this.serial(() => this.run(actor, command));
  }

  /** Real time passing: advances the scenario clock. Stored when something happened, or every few seconds. */
  tick(realMs: number, wallNow: number): Promise<void> {
    return this.serial(async () => {
      if (this.session.phase !== 'running' || this.broken) return;
      const to = this.session.now + Math.max(0, Math.round(realMs * this.session.state.speed));
      const command = { type: 'clock.advanceTo' as const, to };
      const sent = this.session.send(command, SYSTEM);
      if (!sent.ok) return;
      if (sent.events.length > 0 || wallNow - this.lastCheckpoint >= CLOCK_CHECKPOINT_MS) {
        this.lastCheckpoint = wallNow;
        await this.persistCommand(SYSTEM, command, sent.events);
      }
    });
  }

  private async run(actor: Actor, command: ClientCommand | { readonly type: 'session.pause' }): Promise<Outcome<readonly EngineEvent[]>> {
    if (this.broken) return { ok: false, error: { code: 'error.storage', params: {} } };
    const full = command.type === 'statement.submit' ? annotateSubmit(command, this.annotator, this.session.now, this.session.scenario) : command;
    const before = this.session.now;
    const sent = this.session.send(full, actor);
    if (!sent.ok) return { ok: false, error: { code: 'error.refused', params: { refusal: sent.refusal } } };
    const seq = await this.persistCommand(actor, full, sent.events, before);
    return { ok: true, seq, value: sent.events };
  }

  /**
   * Stores a command, preceded by the clock's position if ticks moved it since the log last said
   * so: a replay (at recovery, or in a client's replica) then applies every command at the scenario
   * time it was applied here. Ticks that changed nothing are not stored one by one; the engine's
   * results do not depend on how time is cut into ticks.
   */
  private async persistCommand(actor: Actor, command: unknown, events: readonly EngineEvent[], before = this.loggedNow): Promise<number> {
    const clock = before > this.loggedNow ? { actor: SYSTEM, command: { type: 'clock.advanceTo', to: before }, events: [] } : null;
    const bodies = clock ? [clock, { actor, command, events }] : [{ actor, command, events }];
    const first = await this.append('command', bodies);
    this.loggedNow = this.session.now;
    const status = statusOf(this.session.phase, this.status);
    if (status !== this.status) {
      this.status = status;
      await this.storage.setStatus(this.record.id, status, Date.now());
    }
    if (clock) this.emit({ kind: 'command', seq: first, actor: clock.actor, command: clock.command, events: [] });
    const seq = first + bodies.length - 1;
    this.emit({ kind: 'command', seq, actor, command, events });
    return seq;
  }

  /** Appends entries atomically; returns the first one's sequence number. */
  private async append(kind: 'command' | 'server', bodies: readonly unknown[]): Promise<number> {
    const first = this.seq + 1;
    const at = Date.now();
    try {
      await this.storage.append(
        this.record.id,
        bodies.map((body, i) => ({ seq: first + i, kind, at, body })),
      );
    } catch (error) {
      // The engine has moved past what is stored; this host must not be used again. Clients reconnect to a fresh one loaded from storage.
      this.broken = true;
      throw new StorageFailed(error instanceof Error ? error.message : String(error));
    }
    this.seq = first + bodies.length - 1;
    this.sinceSnapshot += bodies.length;
    if (this.sinceSnapshot >= SNAPSHOT_EVERY) await this.snapshot();
    return first;
  }

  async snapshot(): Promise<void> {
    if (this.broken) return;
    await this.storage.putSnapshot({ sessionId: this.record.id, seq: this.seq, at: Date.now(), body: this.session.save() });
    this.sinceSnapshot = 0;
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private emit(out: Output): void {
    for (const listener of this.listeners) listener(out);
  }

  private applyServer(event: ServerEvent): void {
    if (event.type === 'chat') this.chat.push(event);
    else if (event.type === 'improvised') this.improvised.push(event);
    else if (event.type === 'hotwash.opened') this.hotWashOpen = true;
    else if (event.type === 'report.ready') this.reportReady = true;
    else this.reportShared = true;
  }

  private server(event: ServerEvent): Promise<Outcome> {
    return this.serial(async () => {
      if (this.broken) return { ok: false, error: { code: 'error.storage', params: {} } } as const;
      const seq = await this.append('server', [event]);
      this.applyServer(event);
      this.emit({ kind: 'server', seq, event });
      return { ok: true, seq } as const;
    });
  }

  chatLine(role: Role, name: string | null, text: string): Promise<Outcome> {
    return this.server({ type: 'chat', from: roleName(role), name, text, scenarioAt: this.session.now });
  }

  improvise(input: { persona: string; channel: string; subject?: string | undefined; text: string; to?: readonly string[] | undefined }): Promise<Outcome> {
    if (!this.scenario.personas.has(input.persona)) return Promise.resolve({ ok: false, error: { code: 'error.malformed', params: { path: 'persona', issue: 'unknown-persona' } } });
    const unknownSeat = input.to?.find((s) => !this.scenario.seats.includes(s));
    if (unknownSeat !== undefined) return Promise.resolve({ ok: false, error: { code: 'error.malformed', params: { path: 'to', issue: 'unknown-seat' } } });
    return this.server({
      type: 'improvised',
      id: `improvised-${this.improvised.length + 1}`,
      persona: input.persona,
      channel: input.channel,
      subject: input.subject ?? null,
      text: input.text,
      to: input.to ? [...input.to] : null,
      scenarioAt: this.session.now,
    });
  }

  /** An observer's or the facilitator's note: kept with the inject it is about, and in the engine's log for the report. */
  note(role: Role, text: string, inject: string | null): Promise<Outcome> {
    return this.serial(async () => {
      if (this.broken) return { ok: false, error: { code: 'error.storage', params: {} } } as const;
      const actor = role.kind === 'facilitator' ? FACILITATOR : trainee(role.seat);
      const note: NoteRecord = { id: randomUUID(), sessionId: this.record.id, at: Date.now(), scenarioAt: this.session.now, inject, author: roleName(role), text };
      await this.storage.addNote(note);
      const before = this.session.now;
      const sent = this.session.send({ type: 'note.add', text }, actor);
      const seq = sent.ok ? await this.persistCommand(actor, { type: 'note.add', text }, sent.events, before) : this.seq;
      this.emit({ kind: 'private', what: 'note', note });
      return { ok: true, seq } as const;
    });
  }

  /**
   * The evaluator confirms or changes a proposed rating or a cue. What was proposed comes from the
   * session's own scores now, not from the client; a rating only once the session has ended, when
   * its score is final. Stored before it is acknowledged.
   */
  review(by: string, input: ReviewMessage): Promise<Outcome> {
    return this.serial(async () => {
      if (this.broken) return { ok: false, error: { code: 'error.storage', params: {} } } as const;
      if (input.kind === 'rating' && this.session.phase !== 'ended') return { ok: false, error: { code: 'error.phase', params: { phase: this.session.phase } } } as const;
      const target: ReviewTarget = input.kind === 'rating' ? { kind: 'rating', dimension: input.dimension } : { kind: 'cue', statement: input.statement, cue: input.cue };
      // A rating is proposed from the score after the evaluator's cue changes so far, as the console and the report show it.
      const proposed = proposedFor(this.result(), target);
      if (!proposed) return { ok: false, error: { code: 'error.unknown-target', params: { target: reviewKey(target) } } } as const;
      const decided: Decided = input.kind === 'rating' ? { rating: input.rating } : { points: input.points };
      const review: ReviewRecord = {
        sessionId: this.record.id,
        target: reviewKey(target),
        proposed: JSON.stringify(proposed),
        decided: JSON.stringify(decided),
        reason: input.reason,
        by,
        at: Date.now(),
      };
      try {
        await this.storage.putReview(review);
      } catch {
        // Nothing else changed, so the session goes on; the evaluator is told it was not kept.
        return { ok: false, error: { code: 'error.storage', params: {} } } as const;
      }
      this.reviews.set(review.target, review);
      this.emit({ kind: 'private', what: 'review', review });
      return { ok: true, seq: this.seq } as const;
    });
  }

  /** The session's result with the evaluator's cue changes applied to its scores (the cues keep what was proposed). */
  result(): PlayResult {
    return buildResult(this.scenario, this.session.state, [], { cueChanges: cueChanges(this.reviews.values()) });
  }

  openHotWash(): Promise<Outcome> {
    if (this.session.phase !== 'ended') return Promise.resolve({ ok: false, error: { code: 'error.phase', params: { phase: this.session.phase } } });
    if (this.hotWashOpen) return Promise.resolve({ ok: true, seq: this.seq });
    return this.server({ type: 'hotwash.opened' });
  }

  hotWash(role: Role, name: string | null, answer: { wentWell: string; improve: string }): Promise<Outcome> {
    if (!this.hotWashOpen) return Promise.resolve({ ok: false, error: { code: 'error.phase', params: { phase: this.session.phase } } });
    return this.serial(async () => {
      const record: HotWashRecord = { sessionId: this.record.id, participant: roleName(role), name, at: Date.now(), ...answer };
      await this.storage.putHotWash(record);
      this.emit({ kind: 'private', what: 'hotwash', answer: record });
      return { ok: true, seq: this.seq } as const;
    });
  }

  /** Scores the ended session and stores the result with the hot wash, notes and reviews; the report is made from it. */
  makeReport(): Promise<Outcome> {
    if (this.session.phase !== 'ended') return Promise.resolve({ ok: false, error: { code: 'error.phase', params: { phase: this.session.phase } } });
    return this.serial(async () => {
      const result = buildResult(this.scenario, this.session.state);
      await this.storage.putResult({ sessionId: this.record.id, at: Date.now(), body: result });
      await this.snapshot();
      return { ok: true, seq: this.seq } as const;
    }).then(async (out) => (this.reportReady ? out : this.server({ type: 'report.ready' })));
  }

  /** Hands the report out to every seat; it has to be made first. Stored in the log, so it holds after a restart. */
  shareReport(): Promise<Outcome> {
    if (!this.reportReady) return Promise.resolve({ ok: false, error: { code: 'error.no-report', params: {} } });
    if (this.reportShared) return Promise.resolve({ ok: true, seq: this.seq });
    return this.server({ type: 'report.shared' });
  }

  /** Waits for everything queued (a clean shutdown). */
  async drain(): Promise<void> {
    await this.queue;
  }
}

/**
 * A session's engine as storage has it: the newest snapshot, then every logged command after it
 * replayed. `seq` is the last log entry read, `replayed` how many entries followed the snapshot.
 */
export async function loadEngine(storage: Storage, record: SessionRecord, scenario: CompiledScenario): Promise<{ session: Session; seq: number; replayed: number }> {
  const id = record.id;
  const snapshot = await storage.latestSnapshot(id);
  const session = snapshot ? Session.load(scenario, snapshot.body) : Session.create({ scenario, seed: seedFor(id), mode: 'team' });
  const entries = await storage.readLog(id, snapshot?.seq ?? 0);
  let seq = snapshot?.seq ?? 0;
  for (const entry of entries) {
    if (entry.kind === 'command') {
      const { actor, command } = CommandEntry.parse(entry.body);
      const sent = session.send(command, actor);
      // The same commands in the same order on the same scenario reproduce the state; if one is refused the log and the engine disagree.
      if (!sent.ok) throw new Error(`session ${id}: log entry ${entry.seq} no longer applies (${sent.refusal.code})`);
    }
    seq = entry.seq;
  }
  return { session, seq, replayed: entries.length };
}

function statusOf(phase: string, current: SessionStatus): SessionStatus {
  if (phase === 'running') return 'running';
  if (phase === 'paused') return 'paused';
  if (phase === 'ended') return current === 'closed' ? 'closed' : 'ended';
  return 'lobby';
}

/** A session's seed comes from its id, so a session recreated from its log draws the same numbers. */
function seedFor(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % 2_147_483_647;
}
