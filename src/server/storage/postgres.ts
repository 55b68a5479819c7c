/**
 * The same storage on PostgreSQL, for several server processes sharing sessions. Each append is one
 * transaction committed before the promise resolves (PostgreSQL's default synchronous_commit), so an
 * acknowledged write survives the loss of any server process, and of the database server.
 */
import pg from 'pg';
import {
  HotWashRecord,
  LogConflict,
  LogEntry,
  NoteRecord,
  ReviewRecord,
  type NewLogEntry,
  type ResultRecord,
  type SeatRecord,
  type SessionRecord,
  type SessionStatus,
  type Snapshot,
  type Storage,
} from './types.ts';
import { seatFromRow, sessionFromRow } from './sqlite.ts';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS sessions (
  id TEXT PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  scenario_id TEXT NOT NULL,
  scenario_source TEXT NOT NULL,
  title TEXT NOT NULL,
  status TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  facilitator_hash TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS sessions_status ON sessions(status, created_at);
CREATE TABLE IF NOT EXISTS seats (
  session_id TEXT NOT NULL REFERENCES sessions(id),
  seat TEXT NOT NULL,
  position SERIAL,
  token_hash TEXT,
  holder TEXT,
  open BOOLEAN NOT NULL,
  updated_at BIGINT NOT NULL,
  PRIMARY KEY (session_id, seat)
);
CREATE TABLE IF NOT EXISTS log (
  session_id TEXT NOT NULL REFERENCES sessions(id),
  seq INTEGER NOT NULL,
  kind TEXT NOT NULL,
  at BIGINT NOT NULL,
  body JSONB NOT NULL,
  PRIMARY KEY (session_id, seq)
);
CREATE OR REPLACE FUNCTION crisis_log_append_only() RETURNS trigger AS $$
BEGIN RAISE EXCEPTION 'the session log is append-only'; END; $$ LANGUAGE plpgsql;
DROP TRIGGER IF EXISTS log_append_only ON log;
CREATE TRIGGER log_append_only BEFORE UPDATE OR DELETE ON log FOR EACH ROW EXECUTE FUNCTION crisis_log_append_only();
CREATE TABLE IF NOT EXISTS snapshots (
  session_id TEXT NOT NULL REFERENCES sessions(id),
  seq INTEGER NOT NULL,
  at BIGINT NOT NULL,
  body JSONB NOT NULL,
  PRIMARY KEY (session_id, seq)
);
CREATE TABLE IF NOT EXISTS notes (
  id TEXT PRIMARY KEY,
  session_id TEXT NOT NULL REFERENCES sessions(id),
  at BIGINT NOT NULL,
  scenario_at BIGINT NOT NULL,
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
  at BIGINT NOT NULL,
  PRIMARY KEY (session_id, participant)
);
CREATE TABLE IF NOT EXISTS reviews (
  session_id TEXT NOT NULL REFERENCES sessions(id),
  target TEXT NOT NULL,
  proposed TEXT NOT NULL,
  decided TEXT NOT NULL,
  reason TEXT NOT NULL,
  by TEXT NOT NULL,
  at BIGINT NOT NULL,
  PRIMARY KEY (session_id, target)
);
CREATE TABLE IF NOT EXISTS results (
  session_id TEXT PRIMARY KEY REFERENCES sessions(id),
  at BIGINT NOT NULL,
  body JSONB NOT NULL
);
`;

// Two processes starting at once would race on CREATE … IF NOT EXISTS; an advisory lock serialises them.
const MIGRATION_LOCK = 0x6372_6973;

export class PostgresStorage implements Storage {
  readonly kind = 'postgres';
  private readonly pool: pg.Pool;

  private constructor(pool: pg.Pool) {
    this.pool = pool;
  }

  static async open(connectionString: string): Promise<PostgresStorage> {
    const pool = new pg.Pool({ connectionString, max: 8 });
    // An idle client that loses its connection must not take the process down with it.
    pool.on('error', (error) => console.error(`postgres: ${error.message}`));
    const client = await pool.connect();
    try {
      await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
      await client.query(SCHEMA);
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    } catch (error) {
      client.release();
      await pool.end();
      throw error;
    }
    client.release();
    return new PostgresStorage(pool);
  }

  private async rows<T>(sql: string, params: readonly unknown[]): Promise<T[]> {
    const result = await this.pool.query(sql, params as unknown[]);
    return result.rows as T[];
  }

  private async transaction(work: (client: pg.PoolClient) => Promise<void>): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await work(client);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async createSession(s: SessionRecord, seats: readonly SeatRecord[]): Promise<void> {
    await this.transaction(async (client) => {
      await client.query(
        'INSERT INTO sessions (id, code, scenario_id, scenario_source, title, status, created_at, updated_at, facilitator_hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)',
        [s.id, s.code, s.scenarioId, s.scenarioSource, s.title, s.status, s.createdAt, s.updatedAt, s.facilitatorHash],
      );
      for (const seat of seats) {
        await client.query('INSERT INTO seats (session_id, seat, token_hash, holder, open, updated_at) VALUES ($1, $2, $3, $4, $5, $6)', [
          s.id,
          seat.seat,
          seat.tokenHash,
          seat.holder,
          seat.open,
          seat.updatedAt,
        ]);
      }
    });
  }

  async getSession(id: string): Promise<SessionRecord | null> {
    const [row] = await this.rows<Parameters<typeof sessionFromRow>[0]>('SELECT * FROM sessions WHERE id = $1', [id]);
    return row ? sessionFromRow(row) : null;
  }

  async findSessionByCode(code: string): Promise<SessionRecord | null> {
    const [row] = await this.rows<Parameters<typeof sessionFromRow>[0]>('SELECT * FROM sessions WHERE code = $1', [code]);
    return row ? sessionFromRow(row) : null;
  }

  async listSessions(filter: { readonly status?: readonly SessionStatus[]; readonly limit?: number } = {}): Promise<SessionRecord[]> {
    const statuses = filter.status ?? [];
    const rows =
      statuses.length > 0
        ? await this.rows<Parameters<typeof sessionFromRow>[0]>('SELECT * FROM sessions WHERE status = ANY($1) ORDER BY created_at DESC, id LIMIT $2', [
            statuses,
            filter.limit ?? 1000,
          ])
        : await this.rows<Parameters<typeof sessionFromRow>[0]>('SELECT * FROM sessions ORDER BY created_at DESC, id LIMIT $1', [filter.limit ?? 1000]);
    return rows.map(sessionFromRow);
  }

  async setStatus(id: string, status: SessionStatus, at: number): Promise<void> {
    await this.pool.query('UPDATE sessions SET status = $1, updated_at = $2 WHERE id = $3', [status, at, id]);
  }

  async putSeat(seat: SeatRecord): Promise<void> {
    await this.pool.query(
      `INSERT INTO seats (session_id, seat, token_hash, holder, open, updated_at) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (session_id, seat) DO UPDATE SET token_hash = excluded.token_hash, holder = excluded.holder, open = excluded.open, updated_at = excluded.updated_at`,
      [seat.sessionId, seat.seat, seat.tokenHash, seat.holder, seat.open, seat.updatedAt],
    );
  }

  async listSeats(sessionId: string): Promise<SeatRecord[]> {
    const rows = await this.rows<Parameters<typeof seatFromRow>[0]>('SELECT * FROM seats WHERE session_id = $1 ORDER BY position', [sessionId]);
    return rows.map(seatFromRow);
  }

  async append(sessionId: string, entries: readonly NewLogEntry[]): Promise<void> {
    if (entries.length === 0) return;
    const values: unknown[] = [];
    const tuples = entries.map((e, i) => {
      values.push(sessionId, e.seq, e.kind, e.at, JSON.stringify(e.body));
      const b = i * 5;
      return `($${b + 1}, $${b + 2}, $${b + 3}, $${b + 4}, $${b + 5}::jsonb)`;
    });
    try {
      await this.pool.query(`INSERT INTO log (session_id, seq, kind, at, body) VALUES ${tuples.join(', ')}`, values);
    } catch (error) {
      if (error instanceof Error && 'code' in error && error.code === '23505') throw new LogConflict(sessionId, entries[0]?.seq ?? 0);
      throw error;
    }
  }

  async readLog(sessionId: string, afterSeq = 0): Promise<LogEntry[]> {
    const rows = await this.rows<{ seq: number; kind: string; at: string; body: unknown }>(
      'SELECT seq, kind, at, body FROM log WHERE session_id = $1 AND seq > $2 ORDER BY seq',
      [sessionId, afterSeq],
    );
    return rows.map((r) => LogEntry.parse({ sessionId, seq: r.seq, kind: r.kind, at: Number(r.at), body: r.body }));
  }

  async lastSeq(sessionId: string): Promise<number> {
    const [row] = await this.rows<{ seq: number | null }>('SELECT MAX(seq) AS seq FROM log WHERE session_id = $1', [sessionId]);
    return row?.seq ?? 0;
  }

  async putSnapshot(s: Snapshot): Promise<void> {
    await this.transaction(async (client) => {
      await client.query(
        'INSERT INTO snapshots (session_id, seq, at, body) VALUES ($1, $2, $3, $4::jsonb) ON CONFLICT (session_id, seq) DO UPDATE SET at = excluded.at, body = excluded.body',
        [s.sessionId, s.seq, s.at, JSON.stringify(s.body)],
      );
      await client.query('DELETE FROM snapshots WHERE session_id = $1 AND seq < $2', [s.sessionId, s.seq]);
    });
  }

  async latestSnapshot(sessionId: string): Promise<Snapshot | null> {
    const [row] = await this.rows<{ seq: number; at: string; body: unknown }>(
      'SELECT seq, at, body FROM snapshots WHERE session_id = $1 ORDER BY seq DESC LIMIT 1',
      [sessionId],
    );
    return row ? { sessionId, seq: row.seq, at: Number(row.at), body: row.body } : null;
  }

  async addNote(n: NoteRecord): Promise<void> {
    await this.pool.query('INSERT INTO notes (id, session_id, at, scenario_at, inject, author, text) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
      n.id,
      n.sessionId,
      n.at,
      n.scenarioAt,
      n.inject,
      n.author,
      n.text,
    ]);
  }

  async listNotes(sessionId: string): Promise<NoteRecord[]> {
    const rows = await this.rows<{ id: string; session_id: string; at: string; scenario_at: string; inject: string | null; author: string; text: string }>(
      'SELECT * FROM notes WHERE session_id = $1 ORDER BY at, id',
      [sessionId],
    );
    return rows.map((r) =>
      NoteRecord.parse({ id: r.id, sessionId: r.session_id, at: Number(r.at), scenarioAt: Number(r.scenario_at), inject: r.inject, author: r.author, text: r.text }),
    );
  }

  async putHotWash(a: HotWashRecord): Promise<void> {
    await this.pool.query(
      `INSERT INTO hot_wash (session_id, participant, name, went_well, improve, at) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (session_id, participant) DO UPDATE SET name = excluded.name, went_well = excluded.went_well, improve = excluded.improve, at = excluded.at`,
      [a.sessionId, a.participant, a.name, a.wentWell, a.improve, a.at],
    );
  }

  async listHotWash(sessionId: string): Promise<HotWashRecord[]> {
    const rows = await this.rows<{ session_id: string; participant: string; name: string | null; went_well: string; improve: string; at: string }>(
      'SELECT * FROM hot_wash WHERE session_id = $1 ORDER BY at, participant',
      [sessionId],
    );
    return rows.map((r) =>
      HotWashRecord.parse({ sessionId: r.session_id, participant: r.participant, name: r.name, wentWell: r.went_well, improve: r.improve, at: Number(r.at) }),
    );
  }

  async putReview(r: ReviewRecord): Promise<void> {
    await this.pool.query(
      `INSERT INTO reviews (session_id, target, proposed, decided, reason, by, at) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (session_id, target) DO UPDATE SET proposed = excluded.proposed, decided = excluded.decided, reason = excluded.reason, by = excluded.by, at = excluded.at`,
      [r.sessionId, r.target, r.proposed, r.decided, r.reason, r.by, r.at],
    );
  }

  async listReviews(sessionId: string): Promise<ReviewRecord[]> {
    const rows = await this.rows<{ session_id: string; target: string; proposed: string; decided: string; reason: string; by: string; at: string }>(
      'SELECT * FROM reviews WHERE session_id = $1 ORDER BY at, target',
      [sessionId],
    );
    return rows.map((r) =>
      ReviewRecord.parse({ sessionId: r.session_id, target: r.target, proposed: r.proposed, decided: r.decided, reason: r.reason, by: r.by, at: Number(r.at) }),
    );
  }

  async putResult(r: ResultRecord): Promise<void> {
    await this.pool.query(
      'INSERT INTO results (session_id, at, body) VALUES ($1, $2, $3::jsonb) ON CONFLICT (session_id) DO UPDATE SET at = excluded.at, body = excluded.body',
      [r.sessionId, r.at, JSON.stringify(r.body)],
    );
  }

  async getResult(sessionId: string): Promise<ResultRecord | null> {
    const [row] = await this.rows<{ at: string; body: unknown }>('SELECT at, body FROM results WHERE session_id = $1', [sessionId]);
    return row ? { sessionId, at: Number(row.at), body: row.body } : null;
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
