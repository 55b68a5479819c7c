/**
 * kill -9 in the middle of a session, then a restart on the same database: everything any client
 * was told succeeded is still there, the session comes back paused where it stopped, and people
 * rejoin their seats with the tokens they already have.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createSession, Participant, takeSeat } from './clients.ts';
import { spawnServer, type ServerProcess } from './process.ts';
import { tempDir } from './services.ts';

const dir = tempDir();
const db = join(dir.dir, 'restart.db');
const running: ServerProcess[] = [];

afterAll(async () => {
  for (const p of running) await p.kill('SIGKILL');
  dir.remove();
});

interface Welcome {
  you: { seat: string | null };
  save: { phase: string; state: { now: number; statements: { id: string; status: string; approvals: Record<string, number> }[] } };
  chat: { text: string }[];
}

describe('a server killed mid-session', () => {
  it('loses nothing it acknowledged and resumes the session paused', async () => {
    const first = await spawnServer({ CRISIS_DB: db });
    running.push(first);
    const created = await createSession(first.url);
    const facilitator = await Participant.join(first.url, { sessionId: created.sessionId, facilitator: created.facilitatorKey }, 'facilitator');
    const sp = await takeSeat(first.url, created.code, 'spokesperson', 'Sam');
    const lg = await takeSeat(first.url, created.code, 'legal', 'Lee');
    const ex = await takeSeat(first.url, created.code, 'executive', 'Eve');
    const spokesperson = await Participant.join(first.url, { sessionId: sp.sessionId, token: sp.token }, 'spokesperson');
    const legal = await Participant.join(first.url, { sessionId: lg.sessionId, token: lg.token }, 'legal');

    expect(await facilitator.command({ type: 'session.start' })).toMatchObject({ ok: true });
    expect(await facilitator.command({ type: 'speed.set', speed: 30 })).toMatchObject({ ok: true });
    expect(await spokesperson.command({ type: 'statement.submit', inject: 'recall-decision', option: 'holding-now' })).toMatchObject({ ok: true });
    const statement = String((await legal.waitForEvent('statement.submitted'))['statement']);
    expect(await legal.command({ type: 'statement.approve', statement })).toMatchObject({ ok: true });
    expect(await legal.request('chat', { text: 'Approved, waiting for the CEO' })).toMatchObject({ ok: true });
    // Keep the clock running a moment so scenario time has moved on past the acknowledgements.
    await new Promise((r) => setTimeout(r, 1500));
    const lastAckedAt = Math.max(...facilitator.events().map((e) => (e as unknown as { at?: number }).at ?? 0));

    await first.kill('SIGKILL');

    const second = await spawnServer({ CRISIS_DB: db });
    running.push(second);
    const back = await Participant.join(second.url, { sessionId: created.sessionId, token: lg.token }, 'legal again');
    const welcome = await back.waitFor<Welcome>('welcome');
    expect(welcome.you.seat).toBe('legal');
    expect(welcome.save.phase).toBe('paused');
    const kept = welcome.save.state.statements.find((s) => s.id === statement);
    expect(kept?.status).toBe('awaiting-approval');
    expect(Object.keys(kept?.approvals ?? {})).toEqual(['legal']);
    expect(welcome.chat.map((c) => c.text)).toContain('Approved, waiting for the CEO');
    expect(welcome.save.state.now).toBeGreaterThanOrEqual(lastAckedAt);

    // The facilitator resumes; the CEO's office, joining for the first time after the restart, signs off.
    const facilitator2 = await Participant.join(second.url, { sessionId: created.sessionId, facilitator: created.facilitatorKey }, 'facilitator again');
    expect(await facilitator2.command({ type: 'session.resume' })).toMatchObject({ ok: true });
    const executive = await Participant.join(second.url, { sessionId: ex.sessionId, token: ex.token }, 'executive');
    expect(await executive.command({ type: 'statement.approve', statement })).toMatchObject({ ok: true });
    await back.waitForEvent('statement.published', (d) => d['statement'] === statement);
    for (const p of [back, facilitator2, executive]) await p.leave();
    await second.kill('SIGTERM');
  }, 90_000);
});

describe('a dropped connection', () => {
  it('rejoins the same seat with its token, and sees what happened meanwhile', async () => {
    const server = await spawnServer({ CRISIS_DB: join(dir.dir, 'rejoin.db') });
    running.push(server);
    const created = await createSession(server.url);
    const facilitator = await Participant.join(server.url, { sessionId: created.sessionId, facilitator: created.facilitatorKey }, 'facilitator');
    const sp = await takeSeat(server.url, created.code, 'spokesperson', 'Sam');
    const first = await Participant.join(server.url, { sessionId: sp.sessionId, token: sp.token }, 'spokesperson');
    await first.waitFor('welcome');
    await first.leave();
    expect(await facilitator.command({ type: 'session.start' })).toMatchObject({ ok: true });
    const again = await Participant.join(server.url, { sessionId: sp.sessionId, token: sp.token }, 'spokesperson after refresh');
    const welcome = await again.waitFor<Welcome>('welcome');
    expect(welcome.you.seat).toBe('spokesperson');
    expect(welcome.save.phase).toBe('running');
    expect(await again.command({ type: 'statement.submit', inject: 'recall-decision', option: 'holding-now' })).toMatchObject({ ok: true });
    for (const p of [facilitator, again]) await p.leave();
    await server.kill('SIGTERM');
  }, 60_000);
});
