/**
 * One contract, two databases: everything the session server relies on from storage, run against
 * SQLite and against a real PostgreSQL server started for this file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { LogConflict, type SeatRecord, type SessionRecord, type Storage } from '../../src/server/storage/index.ts';
import { PostgresStorage } from '../../src/server/storage/postgres.ts';
import { SqliteStorage } from '../../src/server/storage/sqlite.ts';
import { startPostgres, tempDir, type Service } from './services.ts';

let counter = 0;
function session(overrides: Partial<SessionRecord> = {}): SessionRecord {
  counter++;
  return {
    id: `s${counter}-${Math.random().toString(36).slice(2)}`,
    code: `CODE${counter}${Math.random().toString(36).slice(2, 8)}`,
    scenarioId: 'global-foods-recall',
    scenarioSource: 'id: global-foods-recall\n',
    title: 'Global Foods recall',
    status: 'lobby',
    createdAt: 1000 + counter,
    updatedAt: 1000 + counter,
    facilitatorHash: 'f'.repeat(64),
    ...overrides,
  };
}

function seats(id: string): SeatRecord[] {
  return ['spokesperson', 'legal', 'executive'].map((seat) => ({ sessionId: id, seat, tokenHash: null, holder: null, open: true, updatedAt: 1 }));
}

function contract(name: string, open: () => Promise<Storage>, reopen: () => Promise<Storage>): void {
  describe(`${name} storage`, () => {
    let db: Storage;
    beforeAll(async () => {
      db = await open();
    });
    afterAll(async () => {
      await db.close();
    });

    it('creates a session with its seats and finds it by id and by join code', async () => {
      const s = session();
      await db.createSession(s, seats(s.id));
      expect(await db.getSession(s.id)).toEqual(s);
      expect(await db.findSessionByCode(s.code)).toEqual(s);
      expect(await db.findSessionByCode('NOPE')).toBeNull();
      expect((await db.listSeats(s.id)).map((x) => x.seat)).toEqual(['spokesperson', 'legal', 'executive']);
    });

    it('refuses a second session with the same join code', async () => {
      const s = session();
      await db.createSession(s, []);
      await expect(db.createSession(session({ code: s.code }), [])).rejects.toThrow();
    });

    it('assigns a seat and keeps only the token hash', async () => {
      const s = session();
      await db.createSession(s, seats(s.id));
      await db.putSeat({ sessionId: s.id, seat: 'legal', tokenHash: 'h'.repeat(64), holder: 'Dana', open: false, updatedAt: 5 });
      const legal = (await db.listSeats(s.id)).find((x) => x.seat === 'legal');
      expect(legal).toEqual({ sessionId: s.id, seat: 'legal', tokenHash: 'h'.repeat(64), holder: 'Dana', open: false, updatedAt: 5 });
    });

    it('lists running sessions by status, newest first', async () => {
      const a = session({ status: 'running', createdAt: 50_000 });
      const b = session({ status: 'paused', createdAt: 50_001 });
      await db.createSession(a, []);
      await db.createSession(b, []);
      const live = await db.listSessions({ status: ['running', 'paused'] });
      expect(live.map((x) => x.id).slice(0, 2)).toEqual([b.id, a.id]);
      await db.setStatus(a.id, 'ended', 60_000);
      expect((await db.listSessions({ status: ['running', 'paused'] })).map((x) => x.id)).not.toContain(a.id);
      expect((await db.getSession(a.id))?.status).toBe('ended');
    });

    it('appends log entries in order and reads them back after a sequence number', async () => {
      const s = session();
      await db.createSession(s, []);
      await db.append(s.id, [
        { seq: 1, kind: 'command', at: 10, body: { type: 'session.start' } },
        { seq: 2, kind: 'event', at: 10, body: { type: 'session.started', text: 'naïve – “quotes” 日本' } },
      ]);
      await db.append(s.id, [{ seq: 3, kind: 'server', at: 11, body: { type: 'seat.taken', seat: 'legal' } }]);
      expect(await db.lastSeq(s.id)).toBe(3);
      const after1 = await db.readLog(s.id, 1);
      expect(after1.map((e) => e.seq)).toEqual([2, 3]);
      expect(after1[0]?.body).toEqual({ type: 'session.started', text: 'naïve – “quotes” 日本' });
    });

    it('refuses an entry whose sequence number is taken (a second writer), writing nothing of that batch', async () => {
      const s = session();
      await db.createSession(s, []);
      await db.append(s.id, [{ seq: 1, kind: 'command', at: 1, body: {} }]);
      const second = db.append(s.id, [
        { seq: 2, kind: 'command', at: 2, body: { n: 2 } },
        { seq: 1, kind: 'command', at: 2, body: { n: 'again' } },
      ]);
      await expect(second).rejects.toBeInstanceOf(LogConflict);
      expect((await db.readLog(s.id)).map((e) => e.body)).toEqual([{}]);
    });

    it('appends from many sessions at once each stand alone: one conflict fails only its own', async () => {
      const sessions = [session(), session(), session()];
      for (const s of sessions) await db.createSession(s, []);
      const [a, b, c] = sessions.map((s) => s.id) as [string, string, string];
      await db.append(b, [{ seq: 1, kind: 'command', at: 1, body: { first: true } }]);
      const results = await Promise.allSettled([
        db.append(a, [{ seq: 1, kind: 'command', at: 2, body: { a: 1 } }]),
        db.append(b, [{ seq: 1, kind: 'command', at: 2, body: { b: 'again' } }]),
        db.append(c, [{ seq: 1, kind: 'command', at: 2, body: { c: 1 } }, { seq: 2, kind: 'event', at: 2, body: { c: 2 } }]),
      ]);
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
      expect((await db.readLog(a)).map((e) => e.body)).toEqual([{ a: 1 }]);
      expect((await db.readLog(b)).map((e) => e.body)).toEqual([{ first: true }]);
      expect((await db.readLog(c)).map((e) => e.seq)).toEqual([1, 2]);
    });

    it('keeps the newest snapshot', async () => {
      const s = session();
      await db.createSession(s, []);
      expect(await db.latestSnapshot(s.id)).toBeNull();
      await db.putSnapshot({ sessionId: s.id, seq: 4, at: 1, body: { n: 4 } });
      await db.putSnapshot({ sessionId: s.id, seq: 9, at: 2, body: { n: 9 } });
      expect(await db.latestSnapshot(s.id)).toEqual({ sessionId: s.id, seq: 9, at: 2, body: { n: 9 } });
    });

    it('keeps notes tied to injects, hot-wash forms (one per participant), reviews and the result', async () => {
      const s = session();
      await db.createSession(s, []);
      await db.addNote({ id: `${s.id}-n1`, sessionId: s.id, at: 5, scenarioAt: 600_000, inject: 'first-call', author: 'facilitator', text: 'Slow to answer' });
      await db.addNote({ id: `${s.id}-n2`, sessionId: s.id, at: 6, scenarioAt: 700_000, inject: null, author: 'facilitator', text: '<b>not html</b>' });
      expect((await db.listNotes(s.id)).map((n) => [n.inject, n.text])).toEqual([
        ['first-call', 'Slow to answer'],
        [null, '<b>not html</b>'],
      ]);
      await db.putHotWash({ sessionId: s.id, participant: 'legal', name: 'Dana', wentWell: 'fast', improve: 'tone', at: 1 });
      await db.putHotWash({ sessionId: s.id, participant: 'legal', name: 'Dana', wentWell: 'fast sign-off', improve: 'tone', at: 2 });
      await db.putHotWash({ sessionId: s.id, participant: 'spokesperson', name: null, wentWell: 'calm', improve: 'facts', at: 3 });
      expect((await db.listHotWash(s.id)).map((h) => [h.participant, h.wentWell])).toEqual([
        ['legal', 'fast sign-off'],
        ['spokesperson', 'calm'],
      ]);
      await db.putReview({ sessionId: s.id, target: 'dimension:empathy', proposed: 'S', decided: 'P', reason: 'named the families', by: 'facilitator', at: 1 });
      expect(await db.listReviews(s.id)).toHaveLength(1);
      expect(await db.getResult(s.id)).toBeNull();
      await db.putResult({ sessionId: s.id, at: 9, body: { scores: { overall: 71 } } });
      expect(await db.getResult(s.id)).toEqual({ sessionId: s.id, at: 9, body: { scores: { overall: 71 } } });
    });

    it('keeps everything across closing and reopening', async () => {
      const s = session();
      await db.createSession(s, seats(s.id));
      await db.append(s.id, [{ seq: 1, kind: 'command', at: 1, body: { type: 'session.start' } }]);
      await db.close();
      db = await reopen();
      expect(await db.getSession(s.id)).toEqual(s);
      expect(await db.readLog(s.id)).toHaveLength(1);
    });
  });
}

const sqliteDir = tempDir();
const sqlitePath = join(sqliteDir.dir, 'sessions.db');
afterAll(() => sqliteDir.remove());
contract(
  'SQLite',
  () => Promise.resolve(new SqliteStorage({ path: sqlitePath })),
  () => Promise.resolve(new SqliteStorage({ path: sqlitePath })),
);

let pg: Service | null = null;
beforeAll(async () => {
  pg = await startPostgres();
}, 60_000);
afterAll(async () => {
  await pg?.stop();
});
const pgUrl = (): string => {
  if (!pg) throw new Error('PostgreSQL did not start');
  return pg.url;
};
contract(
  'PostgreSQL',
  () => PostgresStorage.open(pgUrl()),
  () => PostgresStorage.open(pgUrl()),
);
