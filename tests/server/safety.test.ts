/**
 * Nobody acts for a seat that is not theirs, and no client can break a room: impersonation,
 * malformed, oversize and flooding clients get an error (or, past a hard limit, are disconnected),
 * are logged, and everyone else plays on.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { Client } from '@colyseus/sdk';
import type { RunningServer } from '../../src/server/app.ts';
import { api, createSession, Participant, startTestServer, takeSeat, type Created } from './clients.ts';
import { tempDir } from './services.ts';

const dir = tempDir();
let server: RunningServer;
let base: string;
const logged: Record<string, unknown>[] = [];
let created: Created;
let facilitator: Participant;
let spokesperson: Participant;
let legal: Participant;

beforeAll(async () => {
  server = await startTestServer({ db: join(dir.dir, 'safety.db'), tickMs: 100, log: (e) => logged.push({ ...e }), rate: { burst: 20, perSecond: 10 } });
  base = server.url;
  created = await createSession(base);
  facilitator = await Participant.join(base, { sessionId: created.sessionId, facilitator: created.facilitatorKey }, 'facilitator');
  const sp = await takeSeat(base, created.code, 'spokesperson', 'Sam');
  spokesperson = await Participant.join(base, { sessionId: sp.sessionId, token: sp.token }, 'spokesperson');
  const lg = await takeSeat(base, created.code, 'legal', 'Lee');
  legal = await Participant.join(base, { sessionId: lg.sessionId, token: lg.token }, 'legal');
  await facilitator.command({ type: 'session.start' });
  await spokesperson.waitForEvent('inject.fired');
});
afterAll(async () => {
  for (const p of [facilitator, spokesperson, legal]) await p.leave();
  await server.stop();
  dir.remove();
});

describe('a seat cannot act for another seat or as the facilitator', () => {
  it('a seat cannot start, pause, end or fire injects', async () => {
    for (const command of [{ type: 'session.pause' }, { type: 'session.end' }, { type: 'inject.fire', inject: 'first-press-call' }, { type: 'speed.set', speed: 60 }]) {
      const reply = await legal.command(command);
      expect(reply).toMatchObject({ ok: false, error: { code: 'error.refused', params: { refusal: { code: 'refusal.actor' } } } });
    }
  });

  it('a seat cannot improvise injects, review ratings, open the hot wash or make the report', async () => {
    for (const [type, payload] of [
      ['improvise', { persona: 'tom-becker', channel: 'phone', text: 'fake' }],
      ['review', { kind: 'rating', dimension: 'empathy', rating: 'P', reason: 'me' }],
      ['hotwash.open', {}],
      ['report.make', {}],
    ] as const) {
      expect(await spokesperson.request(type, payload)).toMatchObject({ ok: false, error: { code: 'error.not-allowed' } });
    }
  });

  it('a seat cannot sign off a statement for the seat that must approve it', async () => {
    await spokesperson.command({ type: 'statement.submit', inject: 'recall-decision', option: 'holding-now' });
    const submitted = await legal.waitForEvent('statement.submitted');
    const reply = await spokesperson.command({ type: 'statement.approve', statement: submitted['statement'] });
    expect(reply).toMatchObject({ ok: false, error: { code: 'error.refused', params: { refusal: { code: 'refusal.not-asked' } } } });
  });

  it('a command that names a seat is refused: the seat comes from the token, never the message', async () => {
    const reply = await spokesperson.command({ type: 'statement.approve', statement: 'st-1', seat: 'legal' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'error.malformed' } });
  });

  it('nobody joins without a seat token or with a made-up one, and the facilitator key is checked', async () => {
    await expect(Participant.join(base, { sessionId: created.sessionId })).rejects.toThrow();
    await expect(Participant.join(base, { sessionId: created.sessionId, token: 'guessed-token' })).rejects.toThrow();
    await expect(Participant.join(base, { sessionId: created.sessionId, facilitator: 'guessed-key' })).rejects.toThrow();
  });

});

describe('malformed, oversize and flooding clients', () => {
  it('an unknown message type gets an error reply and is logged', async () => {
    spokesperson.room.send('launch-missiles', { now: true });
    const error = await spokesperson.waitFor<{ error: { code: string } }>('error', (e) => e.error.code === 'error.unknown-type');
    expect(error.error.code).toBe('error.unknown-type');
    expect(logged.some((l) => l['code'] === 'error.unknown-type')).toBe(true);
  });

  it('malformed payloads get an error reply naming what is wrong', async () => {
    expect(await spokesperson.request('chat', 'just a string')).toMatchObject({ ok: false, error: { code: 'error.malformed' } });
    expect(await spokesperson.request('command', { type: 'statement.submit', text: 42 })).toMatchObject({ ok: false, error: { code: 'error.malformed', params: { path: 'text' } } });
    expect(await spokesperson.request('command', null)).toMatchObject({ ok: false, error: { code: 'error.malformed' } });
  });

  it('text over the limit is refused with the limit', async () => {
    const reply = await spokesperson.command({ type: 'statement.submit', channel: 'social', text: 'x'.repeat(20_001) });
    expect(reply).toMatchObject({ ok: false, error: { code: 'error.too-long', params: { path: 'text', max: 20_000 } } });
    expect(await spokesperson.request('chat', { text: 'y'.repeat(2001) })).toMatchObject({ ok: false, error: { code: 'error.too-long' } });
  });

  it('a frame larger than the socket limit closes only that connection', async () => {
    const sp = await api<{ token: string }>(base, `/api/sessions/${created.sessionId}/seats/hr`, { assign: true, holder: 'Hana' }, created.facilitatorKey);
    const client = new Client(base);
    const room = await client.joinOrCreate('crisis', { sessionId: created.sessionId, token: sp.body.token });
    const left = new Promise<number>((resolve) => room.onLeave((code) => resolve(code)));
    room.send('chat', { text: 'z'.repeat(200_000) });
    expect(await left).toBeGreaterThan(1000);
    expect(await legal.request('chat', { text: 'still here' })).toMatchObject({ ok: true });
  });

  it('a client sending faster than its budget gets rate-limited replies; others are unaffected', async () => {
    const replies = await Promise.all(Array.from({ length: 40 }, (_, i) => legal.request('chat', { text: `spam ${i}` })));
    const limited = replies.filter((r) => !r.ok && r.error.code === 'error.rate-limited');
    expect(limited.length).toBeGreaterThan(0);
    expect(replies.filter((r) => r.ok).length).toBeGreaterThan(0);
    expect(await facilitator.request('chat', { text: 'facilitator unaffected' })).toMatchObject({ ok: true });
  });

  it('a flood past the hard limit is disconnected and the room plays on', async () => {
    const sp = await api<{ token: string }>(base, `/api/sessions/${created.sessionId}/seats/executive`, { assign: true, holder: 'Flood' }, created.facilitatorKey);
    const client = new Client(base);
    const room = await client.joinOrCreate('crisis', { sessionId: created.sessionId, token: sp.body.token });
    const left = new Promise<number>((resolve) => room.onLeave((code) => resolve(code)));
    for (let i = 0; i < 300; i++) room.send('typing', { inject: null, typing: i % 2 === 0 });
    expect(await left).toBeGreaterThan(1000);
    expect(await facilitator.command({ type: 'session.pause' })).toMatchObject({ ok: true });
    await spokesperson.waitForEvent('session.paused');
  });
});

describe('join codes', () => {
  it('join codes are refused after too many tries from one address', async () => {
    const tries = [];
    for (let i = 0; i < 40; i++) tries.push(api(base, '/api/join', { code: `AAAAA-${String(i).padStart(5, '0')}` }));
    const statuses = (await Promise.all(tries)).map((r) => r.status);
    expect(statuses).toContain(404);
    expect(statuses).toContain(429);
  });
});
