/**
 * What the session server keeps, behind one interface so that SQLite (the embedded default) and
 * PostgreSQL (several processes) are interchangeable. The log is append-only: a session is its
 * snapshots plus the entries after the latest one, and nothing in it is ever rewritten. Every write
 * the room acknowledges to a client has returned from this interface first.
 */
import { z } from 'zod';

export const SESSION_STATUSES = ['lobby', 'running', 'paused', 'ended', 'closed'] as const;
export const SessionStatus = z.enum(SESSION_STATUSES);
export type SessionStatus = z.infer<typeof SessionStatus>;

export const SessionRecord = z.object({
  id: z.string(),
  code: z.string(),
  scenarioId: z.string(),
  /** The scenario's YAML as the session was created with it, so a restart compiles the same scenario. */
  scenarioSource: z.string(),
  title: z.string(),
  status: SessionStatus,
  createdAt: z.number(),
  updatedAt: z.number(),
  /** SHA-256 of the facilitator's secret; the secret itself is never stored. */
  facilitatorHash: z.string(),
});
export type SessionRecord = z.infer<typeof SessionRecord>;

export const SeatRecord = z.object({
  sessionId: z.string(),
  seat: z.string(),
  /** SHA-256 of the seat's token, or null while nobody holds it. */
  tokenHash: z.string().nullable(),
  /** The participant's display name, as they gave it. */
  holder: z.string().nullable(),
  /** Anyone with the join code may take an open seat; a closed one only by an assigned token. */
  open: z.boolean(),
  updatedAt: z.number(),
});
export type SeatRecord = z.infer<typeof SeatRecord>;

export const LOG_KINDS = ['command', 'event', 'server'] as const;
export const LogEntry = z.object({
  sessionId: z.string(),
  /** 1, 2, 3 … per session, with no gaps: a second writer of the same session collides on it. */
  seq: z.number().int().positive(),
  kind: z.enum(LOG_KINDS),
  /** Wall-clock milliseconds when it was written. */
  at: z.number(),
  body: z.unknown(),
});
export type LogEntry = z.infer<typeof LogEntry>;
export type NewLogEntry = Omit<LogEntry, 'sessionId'>;

export interface Snapshot {
  readonly sessionId: string;
  /** The log entry it includes everything up to. */
  readonly seq: number;
  readonly at: number;
  readonly body: unknown;
}

export const NoteRecord = z.object({
  id: z.string(),
  sessionId: z.string(),
  at: z.number(),
  /** Scenario time of the note, in ms. */
  scenarioAt: z.number(),
  inject: z.string().nullable(),
  author: z.string(),
  text: z.string(),
});
export type NoteRecord = z.infer<typeof NoteRecord>;

export const HotWashRecord = z.object({
  sessionId: z.string(),
  /** A seat id, or "facilitator". */
  participant: z.string(),
  name: z.string().nullable(),
  wentWell: z.string(),
  improve: z.string(),
  at: z.number(),
});
export type HotWashRecord = z.infer<typeof HotWashRecord>;

export const ReviewRecord = z.object({
  sessionId: z.string(),
  /** What was reviewed: `rating:<dimension>` or `cue:<statement>:<index>`; one review per target, a later one replaces it. */
  target: z.string(),
  /** What the scores proposed, as JSON (`Proposed` in src/report/evaluator-review.ts). */
  proposed: z.string(),
  /** The evaluator's value, as JSON (`Decided` there). */
  decided: z.string(),
  reason: z.string(),
  by: z.string(),
  at: z.number(),
});
export type ReviewRecord = z.infer<typeof ReviewRecord>;

export interface ResultRecord {
  readonly sessionId: string;
  readonly at: number;
  readonly body: unknown;
}

/** The log already has an entry with this sequence number: another writer got there first. */
export class LogConflict extends Error {
  readonly sessionId: string;
  readonly seq: number;

  constructor(sessionId: string, seq: number) {
    super(`session ${sessionId}: log entry ${seq} was already written`);
    this.sessionId = sessionId;
    this.seq = seq;
  }
}

export interface Storage {
  readonly kind: 'sqlite' | 'postgres';
  createSession(session: SessionRecord, seats: readonly SeatRecord[]): Promise<void>;
  getSession(id: string): Promise<SessionRecord | null>;
  findSessionByCode(code: string): Promise<SessionRecord | null>;
  /** Newest first. */
  listSessions(filter?: { readonly status?: readonly SessionStatus[]; readonly limit?: number }): Promise<SessionRecord[]>;
  setStatus(id: string, status: SessionStatus, at: number): Promise<void>;

  putSeat(seat: SeatRecord): Promise<void>;
  listSeats(sessionId: string): Promise<SeatRecord[]>;

  /** Appends entries atomically (all or none); throws LogConflict if any sequence number is taken. */
  append(sessionId: string, entries: readonly NewLogEntry[]): Promise<void>;
  readLog(sessionId: string, afterSeq?: number): Promise<LogEntry[]>;
  lastSeq(sessionId: string): Promise<number>;

  putSnapshot(snapshot: Snapshot): Promise<void>;
  latestSnapshot(sessionId: string): Promise<Snapshot | null>;

  addNote(note: NoteRecord): Promise<void>;
  listNotes(sessionId: string): Promise<NoteRecord[]>;

  /** One form per participant; a second submission replaces the first. */
  putHotWash(answer: HotWashRecord): Promise<void>;
  listHotWash(sessionId: string): Promise<HotWashRecord[]>;

  /** One decision per target; a later one replaces it (the log keeps the history). */
  putReview(review: ReviewRecord): Promise<void>;
  listReviews(sessionId: string): Promise<ReviewRecord[]>;

  putResult(result: ResultRecord): Promise<void>;
  getResult(sessionId: string): Promise<ResultRecord | null>;

  close(): Promise<void>;
}
