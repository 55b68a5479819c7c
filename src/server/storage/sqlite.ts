/**
 * The embedded default: one SQLite file in WAL mode. better-sqlite3 is synchronous, so a write has
 * reached the WAL before the promise resolves; with `synchronous = FULL` (the default here) it has
 * also been fsynced, so neither `kill -9` nor a power cut loses an acknowledged write.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  HotWashRecord,
  LogConflict,
  LogEntry,
  NoteRecord,
  ReviewRecord,
  SeatRecord,
  SessionRecord,
  type NewLogEntry,
  type ResultRecord,
  type SessionStatus,
  type Snapshot,
  type Storage,
} from './types.ts';

export interface SqliteOptions {
  /** File path, or ":memory:". */
  readonly path: string;
  /** FULL survives power loss; NORMAL survives a killed process (the WAL is in the OS cache) and is faster. */
  readonly synchronous?: 'FULL' | 'NORMAL';
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS sessions (
  id TEXT PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  scenario_id TEXT NOT NULL,
  scenario_source TEXT NOT NULL,
  title TEXT NOT NULL,
  status TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  facilitator_hash TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS sessions_status ON sessions(status, created_at);
CREATE TABLE IF NOT EXISTS seats (
  session_id TEXT NOT NULL REFERENCES sessions(id),
  seat TEXT NOT NULL,
  token_hash TEXT,
  holder TEXT,
  open INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (session_id, seat)
);
CREATE TABLE IF NOT EXISTS log (
  session_id TEXT NOT NULL REFERENCES sessions(id),
  seq INTEGER NOT NULL,
  kind TEXT NOT NULL,
  at INTEGER NOT NULL,
  body TEXT NOT NULL,
  PRIMARY KEY (session_id, seq)
) WITHOUT ROWID;
CREATE TRIGGER IF NOT EXISTS log_no_update BEFORE UPDATE ON log BEGIN SELECT RAISE(ABORT, 'the session log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS log_no_delete BEFORE DELETE ON log BEGIN SELECT RAISE(ABORT, 'the session log is append-only'); END;
CREATE TABLE IF NOT EXISTS snapshots (
  session_id TEXT NOT NULL REFERENCES sessions(id),
  seq INTEGER NOT NULL,
  at INTEGER NOT NULL,
  body TEXT NOT NULL,
  PRIMARY KEY (session_id, seq)
);
CREATE TABLE IF NOT EXISTS notes (
  id TEXT PRIMARY KEY,
  session_id TEXT NOT NULL REFERENCES sessions(id),
  at INTEGER NOT NULL,
  scenario_at INTEGER NOT NULL,
  inject TEXT,
  author TEXT NOT NULL,
  text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS notes_session ON notes(session_id, at);
CREATE TABLE IF NOT EXISTS hot_wash (
  session_id TEXT NOT NULL REFERENCES sessions(id),
  participant TEXT NOT NULL,
  name TEXT,
  went_well TEXT NOT NULL,
  improve TEXT NOT NULL,
  at INTEGER NOT NULL,
  PRIMARY KEY (session_id, participant)
);
CREATE TABLE IF NOT EXISTS reviews (
  session_id TEXT NOT NULL REFERENCES sessions(id),
  target TEXT NOT NULL,
  proposed TEXT NOT NULL,
  decided TEXT NOT NULL,
  reason TEXT NOT NULL,
  by TEXT NOT NULL,
  at INTEGER NOT NULL,
  PRIMARY KEY (session_id, target)
);
CREATE TABLE IF NOT EXISTS results (
  session_id TEXT PRIMARY KEY REFERENCES sessions(id),
  at INTEGER NOT NULL,
  body TEXT NOT NULL
);
`;

interface SessionRow {
  id: string;
  code: string;
  scenario_id: string;
  scenario_source: string;
  title: string;
  status: string;
  // PostgreSQL returns BIGINT as a string.
  created_at: number | string;
  updated_at: number | string;
  facilitator_hash: string;
}

export function sessionFromRow(row: SessionRow): SessionRecord {
  return SessionRecord.parse({
    id: row.id,
    code: row.code,
    scenarioId: row.scenario_id,
    scenarioSource: row.scenario_source,
    title: row.title,
    status: row.status,
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
    facilitatorHash: row.facilitator_hash,
  });
}

interface SeatRow {
  session_id: string;
  seat: string;
  token_hash: string | null;
  holder: string | null;
  open: number | boolean;
  updated_at: number | string;
}

export function seatFromRow(row: SeatRow): SeatRecord {
  return SeatRecord.parse({
    sessionId: row.session_id,
    seat: row.seat,
    tokenHash: row.token_hash,
    holder: row.holder,
    open: Boolean(row.open),
    updatedAt: Number(row.updated_at),
  });
}

export class SqliteStorage implements Storage {
  readonly kind = 'sqlite';
  private readonly db: Database.Database;

  /** better-sqlite3 throws synchronously; callers of the interface expect a rejected promise. */
  private run<T>(work: () => T): Promise<T> {
    try {
      return Promise.resolve(work());
    } catch (error) {
      if (error instanceof LogConflict) return Promise.reject(error);
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  constructor(options: SqliteOptions) {
    if (options.path !== ':memory:') mkdirSync(dirname(options.path), { recursive: true });
    this.db = new Database(options.path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma(`synchronous = ${options.synchronous ?? 'FULL'}`);
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(SCHEMA);
  }

  createSession(s: SessionRecord, seats: readonly SeatRecord[]): Promise<void> {
    return this.run(() => {
      const insertSeat = this.db.prepare('INSERT INTO seats (session_id, seat, token_hash, holder, open, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
      this.db.transaction(() => {
        this.db
          .prepare(
            'INSERT INTO sessions (id, code, scenario_id, scenario_source, title, status, created_at, updated_at, facilitator_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
          )
          .run(s.id, s.code, s.scenarioId, s.scenarioSource, s.title, s.status, s.createdAt, s.updatedAt, s.facilitatorHash);
        for (const seat of seats) insertSeat.run(s.id, seat.seat, seat.tokenHash, seat.holder, seat.open ? 1 : 0, seat.updatedAt);
      })();
    });
  }

  getSession(id: string): Promise<SessionRecord | null> {
    return this.run(() => {
      const row = this.db.prepare('SELECT * FROM sessions WHERE id = ?').get(id) as SessionRow | undefined;
      return row ? sessionFromRow(row) : null;
    });
  }

  findSessionByCode(code: string): Promise<SessionRecord | null> {
    return this.run(() => {
      const row = this.db.prepare('SELECT * FROM sessions WHERE code = ?').get(code) as SessionRow | undefined;
      return row ? sessionFromRow(row) : null;
    });
  }

  listSessions(filter: { readonly status?: readonly SessionStatus[]; readonly limit?: number } = {}): Promise<SessionRecord[]> {
    return this.run(() => {
      const statuses = filter.status ?? [];
      const where = statuses.length > 0 ? `WHERE status IN (${statuses.map(() => '?').join(', ')})` : '';
      const rows = this.db
        .prepare(`SELECT * FROM sessions ${where} ORDER BY created_at DESC, id LIMIT ?`)
        .all(...statuses, filter.limit ?? 1000) as SessionRow[];
      return rows.map(sessionFromRow);
    });
  }

  setStatus(id: string, status: SessionStatus, at: number): Promise<void> {
    return this.run(() => {
      this.db.prepare('UPDATE sessions SET status = ?, updated_at = ? WHERE id = ?').run(status, at, id);
    });
  }

  putSeat(seat: SeatRecord): Promise<void> {
    return this.run(() => {
      this.db
        .prepare(
          `INSERT INTO seats (session_id, seat, token_hash, holder, open, updated_at) VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT (session_id, seat) DO UPDATE SET token_hash = excluded.token_hash, holder = excluded.holder, open = excluded.open, updated_at = excluded.updated_at`,
        )
        .run(seat.sessionId, seat.seat, seat.tokenHash, seat.holder, seat.open ? 1 : 0, seat.updatedAt);
    });
  }

  listSeats(sessionId: string): Promise<SeatRecord[]> {
    return this.run(() => (this.db.prepare('SELECT * FROM seats WHERE session_id = ? ORDER BY rowid').all(sessionId) as SeatRow[]).map(seatFromRow));
  }

  /**
   * Group commit: appends asked for in the same turn of the event loop share one transaction, and so
   * one fsync, while each stays all-or-nothing on its own (a savepoint each). Under load this turns
   * hundreds of fsyncs a second into a few, without acknowledging anything before it is on disk.
   */
  append(sessionId: string, entries: readonly NewLogEntry[]): Promise<void> {
    if (entries.length === 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.pending.push({ sessionId, entries, resolve, reject });
      if (this.pending.length === 1) setImmediate(() => this.flush());
    });
  }

  private readonly pending: { sessionId: string; entries: readonly NewLogEntry[]; resolve: () => void; reject: (error: Error) => void }[] = [];

  private flush(): void {
    const batch = this.pending.splice(0);
    const outcomes: (Error | null)[] = [];
    const insert = this.db.prepare('INSERT INTO log (session_id, seq, kind, at, body) VALUES (?, ?, ?, ?, ?)');
    // Nested inside the batch's transaction, better-sqlite3 runs this as a savepoint.
    const one = this.db.transaction((sessionId: string, entries: readonly NewLogEntry[]) => {
      for (const e of entries) insert.run(sessionId, e.seq, e.kind, e.at, JSON.stringify(e.body));
    });
    try {
      this.db.transaction(() => {
        for (const item of batch) {
          try {
            one(item.sessionId, item.entries);
            outcomes.push(null);
          } catch (error) {
            if (error instanceof Database.SqliteError && error.code === 'SQLITE_CONSTRAINT_PRIMARYKEY') outcomes.push(new LogConflict(item.sessionId, item.entries[0]?.seq ?? 0));
            else outcomes.push(error instanceof Error ? error : new Error(String(error)));
          }
        }
      })();
    } catch (error) {
      const failed = error instanceof Error ? error : new Error(String(error));
      for (const item of batch) item.reject(failed);
      return;
    }
    batch.forEach((item, i) => {
      const outcome = outcomes[i];
      if (outcome) item.reject(outcome);
      else item.resolve();
    });
  }

  readLog(sessionId: string, afterSeq = 0): Promise<LogEntry[]> {
    return this.run(() => {
      const rows = this.db.prepare('SELECT seq, kind, at, body FROM log WHERE session_id = ? AND seq > ? ORDER BY seq').all(sessionId, afterSeq) as {
        seq: number;
        kind: string;
        at: number;
        body: string;
      }[];
      return rows.map((r) => LogEntry.parse({ sessionId, seq: r.seq, kind: r.kind, at: r.at, body: JSON.parse(r.body) as unknown }));
    });
  }

  lastSeq(sessionId: string): Promise<number> {
    return this.run(() => {
      const row = this.db.prepare('SELECT MAX(seq) AS seq FROM log WHERE session_id = ?').get(sessionId) as { seq: number | null } | undefined;
      return row?.seq ?? 0;
    });
  }

  putSnapshot(s: Snapshot): Promise<void> {
    return this.run(() => {
      this.db.transaction(() => {
        this.db.prepare('INSERT OR REPLACE INTO snapshots (session_id, seq, at, body) VALUES (?, ?, ?, ?)').run(s.sessionId, s.seq, s.at, JSON.stringify(s.body));
        // Older snapshots are never read again: the newest one plus the log after it is the session.
        this.db.prepare('DELETE FROM snapshots WHERE session_id = ? AND seq < ?').run(s.sessionId, s.seq);
      })();
    });
  }

  latestSnapshot(sessionId: string): Promise<Snapshot | null> {
    return this.run(() => {
      const row = this.db.prepare('SELECT seq, at, body FROM snapshots WHERE session_id = ? ORDER BY seq DESC LIMIT 1').get(sessionId) as
        | { seq: number; at: number; body: string }
        | undefined;
      return row ? { sessionId, seq: row.seq, at: row.at, body: JSON.parse(row.body) as unknown } : null;
    });
  }

  addNote(n: NoteRecord): Promise<void> {
    return this.run(() => {
      this.db
        .prepare('INSERT INTO notes (id, session_id, at, scenario_at, inject, author, text) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run(n.id, n.sessionId, n.at, n.scenarioAt, n.inject, n.author, n.text);
    });
  }

  listNotes(sessionId: string): Promise<NoteRecord[]> {
    return this.run(() => {
      const rows = this.db.prepare('SELECT * FROM notes WHERE session_id = ? ORDER BY at, id').all(sessionId) as {
        id: string;
        session_id: string;
        at: number;
        scenario_at: number;
        inject: string | null;
        author: string;
        text: string;
      }[];
      return rows.map((r) => NoteRecord.parse({ id: r.id, sessionId: r.session_id, at: r.at, scenarioAt: r.scenario_at, inject: r.inject, author: r.author, text: r.text }));
    });
  }

  putHotWash(a: HotWashRecord): Promise<void> {
    return this.run(() => {
      this.db
        .prepare(
          `INSERT INTO hot_wash (session_id, participant, name, went_well, improve, at) VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT (session_id, participant) DO UPDATE SET name = excluded.name, went_well = excluded.went_well, improve = excluded.improve, at = excluded.at`,
        )
        .run(a.sessionId, a.participant, a.name, a.wentWell, a.improve, a.at);
    });
  }

  listHotWash(sessionId: string): Promise<HotWashRecord[]> {
    return this.run(() => {
      const rows = this.db.prepare('SELECT * FROM hot_wash WHERE session_id = ? ORDER BY at, participant').all(sessionId) as {
        session_id: string;
        participant: string;
        name: string | null;
        went_well: string;
        improve: string;
        at: number;
      }[];
      return rows.map((r) => HotWashRecord.parse({ sessionId: r.session_id, participant: r.participant, name: r.name, wentWell: r.went_well, improve: r.improve, at: r.at }));
    });
  }

  putReview(r: ReviewRecord): Promise<void> {
    return this.run(() => {
      this.db
        .prepare(
          `INSERT INTO reviews (session_id, target, proposed, decided, reason, by, at) VALUES (?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (session_id, target) DO UPDATE SET proposed = excluded.proposed, decided = excluded.decided, reason = excluded.reason, by = excluded.by, at = excluded.at`,
        )
        .run(r.sessionId, r.target, r.proposed, r.decided, r.reason, r.by, r.at);
    });
  }

  listReviews(sessionId: string): Promise<ReviewRecord[]> {
    return this.run(() => {
      const rows = this.db.prepare('SELECT * FROM reviews WHERE session_id = ? ORDER BY at, target').all(sessionId) as {
        session_id: string;
        target: string;
        proposed: string;
        decided: string;
        reason: string;
        by: string;
        at: number;
      }[];
      return rows.map((r) => ReviewRecord.parse({ sessionId: r.session_id, target: r.target, proposed: r.proposed, decided: r.decided, reason: r.reason, by: r.by, at: r.at }));
    });
  }

  putResult(r: ResultRecord): Promise<void> {
    return this.run(() => {
      this.db.prepare('INSERT OR REPLACE INTO results (session_id, at, body) VALUES (?, ?, ?)').run(r.sessionId, r.at, JSON.stringify(r.body));
    });
  }

  getResult(sessionId: string): Promise<ResultRecord | null> {
    return this.run(() => {
      const row = this.db.prepare('SELECT at, body FROM results WHERE session_id = ?').get(sessionId) as { at: number; body: string } | undefined;
      return row ? { sessionId, at: row.at, body: JSON.parse(row.body) as unknown } : null;
    });
  }

  close(): Promise<void> {
    if (this.pending.length > 0) this.flush();
    if (this.db.open) this.db.close();
    return Promise.resolve();
  }
}
