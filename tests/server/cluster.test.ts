/**
 * Two server processes sharing one session through Redis (matchmaking, seat reservations) and
 * PostgreSQL (the session itself), on loopback: clients join through either process, one process
 * is killed with SIGKILL, and its session comes back on the other with nothing acknowledged lost.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession, Participant, takeSeat } from './clients.ts';
import { spawnServer, type ServerProcess } from './process.ts';
import { freePort, startPostgres, startRedis, type Service } from './services.ts';

let pg: Service;
let redis: Service;
const processes: ServerProcess[] = [];

async function node(): Promise<ServerProcess> {
  const port = await freePort();
  const p = await spawnServer({ PORT: String(port), CRISIS_DB: pg.url, CRISIS_REDIS: redis.url, CRISIS_PUBLIC_ADDRESS: `127.0.0.1:${port}` });
  processes.push(p);
  return p;
}

beforeAll(async () => {
  [pg, redis] = await Promise.all([startPostgres(), startRedis()]);
}, 60_000);

afterAll(async () => {
  if (process.env['SHOW_OUTPUT']) for (const p of processes) console.log(p.output().slice(-3000));
  for (const p of processes) await p.kill('SIGKILL');
  await Promise.all([pg.stop(), redis.stop()]);
});

interface Welcome {
  you: { seat: string | null };
  save: { phase: string; state: { statements: { id: string; status: string; approvals: Record<string, number> }[] } };
}

describe('two processes behind one address book', () => {
  it('share a session, and survive losing the process that held it', async () => {
    const a = await node();
    const b = await node();

    const created = await createSession(a.url);
    const facilitator = await Participant.join(a.url, { sessionId: created.sessionId, facilitator: created.facilitatorKey }, 'facilitator via A');
    // Seats are taken and joined through B: the join code, the seat and the room all resolve across processes.
    const sp = await takeSeat(b.url, created.code, 'spokesperson', 'Sam');
    const lg = await takeSeat(b.url, created.code, 'legal', 'Lee');
    const ex = await takeSeat(a.url, created.code, 'executive', 'Eve');
    const spokesperson = await Participant.join(b.url, { sessionId: sp.sessionId, token: sp.token }, 'spokesperson via B');
    const legal = await Participant.join(b.url, { sessionId: lg.sessionId, token: lg.token }, 'legal via B');
    expect(spokesperson.room.roomId).toBe(facilitator.room.roomId);

    expect(await facilitator.command({ type: 'session.start' })).toMatchObject({ ok: true });
    await spokesperson.waitForEvent('inject.fired', (d) => d['inject'] === 'recall-decision');
    expect(await spokesperson.command({ type: 'statement.submit', inject: 'recall-decision', option: 'holding-now' })).toMatchObject({ ok: true });
    const statement = String((await legal.waitForEvent('statement.submitted'))['statement']);
    expect(await legal.command({ type: 'statement.approve', statement })).toMatchObject({ ok: true });

    // Kill the process that holds the room: the one the facilitator's socket went to.
    const roomPort = new URL(facilitator.room.connection.url ?? '').port;
    const holder = new URL(a.url).port === roomPort ? a : b;
    const survivor = holder === a ? b : a;
    expect(new URL(holder.url).port).toBe(roomPort);
    await holder.kill('SIGKILL');

    const back = await Participant.join(survivor.url, { sessionId: created.sessionId, token: ex.token }, 'executive via survivor');
    const welcome = await back.waitFor<Welcome>('welcome', () => true, 30_000);
    expect(welcome.you.seat).toBe('executive');
    expect(welcome.save.phase).toBe('paused');
    expect(Object.keys(welcome.save.state.statements.find((s) => s.id === statement)?.approvals ?? {})).toEqual(['legal']);

    const facilitator2 = await Participant.join(survivor.url, { sessionId: created.sessionId, facilitator: created.facilitatorKey }, 'facilitator again');
    expect(await facilitator2.command({ type: 'session.resume' })).toMatchObject({ ok: true });
    expect(await back.command({ type: 'statement.approve', statement })).toMatchObject({ ok: true });
    await facilitator2.waitForEvent('statement.published', (d) => d['statement'] === statement);
    for (const p of [back, facilitator2]) await p.leave();
  }, 120_000);
});
