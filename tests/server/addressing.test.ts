/**
 * Injects go to the seats they are addressed to, and a seat cannot read another seat's confidential
 * inject from what its client is sent: over real WebSockets, the legal seat's client never receives
 * the General Counsel's memo to the spokesperson and cannot answer it for them, yet its replica stays
 * equal to the server's state when the spokesperson answers that memo with an authored option.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { RunningServer } from '../../src/server/app.ts';
import { TeamClient } from '../../src/net/team-client.ts';
import { createSession, Participant, startTestServer, takeSeat } from './clients.ts';
import { tempDir } from './services.ts';

const dir = tempDir();
let server: RunningServer;

beforeAll(async () => {
  server = await startTestServer({ db: join(dir.dir, 'addressing.db'), tickMs: 50 });
});
afterAll(async () => {
  await server.stop();
  dir.remove();
});

const until = async (check: () => boolean, ms = 10_000): Promise<void> => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};

const MEMO = 'Do not reference the 26 February environmental swab';
const MEMO_SUBJECT = 'PRIVILEGED & CONFIDENTIAL';
const EXPECTED = 'A factual correction within minutes';

describe('a seat reads only what is addressed to it', () => {
  it('the memo to the spokesperson never reaches the legal seat, and both replicas stay exact', async () => {
    const created = await createSession(server.url);
    const facilitator = await TeamClient.join(server.url, { sessionId: created.sessionId, facilitator: created.facilitatorKey });
    const sp = await takeSeat(server.url, created.code, 'spokesperson', 'Sam');
    const lg = await takeSeat(server.url, created.code, 'legal', 'Lee');
    const sam = await TeamClient.join(server.url, sp);
    // A raw client records every byte-level message the legal seat is sent.
    const lee = await Participant.join(server.url, lg, 'legal');
    const leeReplica = await TeamClient.join(server.url, lg);

    expect(await facilitator.command({ type: 'session.start' })).toMatchObject({ ok: true });
    expect(await facilitator.command({ type: 'inject.fire', inject: 'legal-memo' })).toMatchObject({ ok: true });
    await until(() => sam.session.openInjects().some((o) => o.inject === 'legal-memo'));
    // The legal seat cannot answer the memo for the spokesperson, even knowing its id.
    expect(await leeReplica.command({ type: 'statement.submit', inject: 'legal-memo', option: 'argue-for-disclosure' })).toMatchObject({
      ok: false,
      error: { code: 'error.refused', params: { refusal: { code: 'refusal.not-addressed', params: { inject: 'legal-memo', seat: 'legal' } } } },
    });
    expect(await sam.command({ type: 'statement.submit', inject: 'legal-memo', option: 'argue-for-disclosure' })).toMatchObject({ ok: true });
    await until(() => leeReplica.lastSeq === facilitator.lastSeq && facilitator.session.state.statements.length === 1);
    await until(() => lee.heard.filter((h) => h.type === 'cmd').length >= 3);

    // What the legal seat was sent, all of it: no memo, no subject line, no facilitator notes.
    const everything = JSON.stringify(lee.heard.map((h) => h.payload));
    expect(everything).not.toContain(MEMO);
    expect(everything).not.toContain(MEMO_SUBJECT);
    expect(everything).not.toContain(EXPECTED);
    // The spokesperson, to whom it is addressed, has it; the facilitator has everything.
    expect(JSON.stringify(sam.scenario.injectIndex.get('legal-memo')?.text)).toContain(MEMO);
    expect(JSON.stringify(facilitator.scenario.doc)).toContain(EXPECTED);
    expect(JSON.stringify(sam.scenario.doc)).not.toContain(EXPECTED);

    // Every replica holds the server's state exactly, including the statement chosen from the memo's options.
    const state = JSON.stringify(facilitator.session.state);
    expect(JSON.stringify(leeReplica.session.state)).toBe(state);
    expect(JSON.stringify(sam.session.state)).toBe(state);
    // The legal seat knows an inject arrived for the spokesperson (the team's log), not what it said.
    const memo = leeReplica.session.state.log.find((e) => e.type === 'inject.fired' && e.data.inject === 'legal-memo');
    expect(memo?.type === 'inject.fired' && memo.data.to).toEqual(['spokesperson']);

    for (const c of [facilitator, sam, leeReplica]) await c.leave();
    await lee.leave();
  }, 60_000);

  it("the facilitator's notes reach no seat, live or on joining later, and the replicas stay in step", async () => {
    const NOTE = 'Sam froze on the recall call (marker 7731-zebra)';
    const created = await createSession(server.url);
    const facilitator = await TeamClient.join(server.url, { sessionId: created.sessionId, facilitator: created.facilitatorKey });
    const sp = await takeSeat(server.url, created.code, 'spokesperson', 'Sam');
    const lg = await takeSeat(server.url, created.code, 'legal', 'Lee');
    const sam = await Participant.join(server.url, sp, 'spokesperson');
    const samReplica = await TeamClient.join(server.url, sp);

    expect(await facilitator.command({ type: 'session.start' })).toMatchObject({ ok: true });
    expect(await facilitator.note(NOTE)).toMatchObject({ ok: true });
    await until(() => samReplica.lastSeq === facilitator.lastSeq && facilitator.session.state.log.some((e) => e.type === 'note.added'));
    // A seat that joins after the note is given the session without its words too.
    const lee = await Participant.join(server.url, lg, 'legal');
    await lee.waitFor('welcome');
    await until(() => sam.heard.some((h) => h.type === 'cmd' && JSON.stringify(h.payload).includes('note.add')));

    for (const seat of [sam, lee]) expect(JSON.stringify(seat.heard.map((h) => h.payload))).not.toContain('7731-zebra');
    // The facilitator has the note; the seat's replica knows a note was written, and nothing else differs.
    const notes = (c: TeamClient) => c.session.state.log.flatMap((e) => (e.type === 'note.added' ? [e.data] : []));
    expect(notes(facilitator)).toEqual([{ text: NOTE, by: 'facilitator' }]);
    expect(notes(samReplica)).toEqual([{ text: '…', by: 'facilitator' }]);
    const withoutNotes = (c: TeamClient) => JSON.stringify({ ...c.session.state, log: c.session.state.log.filter((e) => e.type !== 'note.added') });
    expect(withoutNotes(samReplica)).toBe(withoutNotes(facilitator));
    // And the replica goes on applying what follows.
    expect(await facilitator.command({ type: 'inject.fire', inject: 'legal-memo' })).toMatchObject({ ok: true });
    await until(() => samReplica.lastSeq === facilitator.lastSeq);
    expect(samReplica.session.openInjects().map((o) => o.inject)).toContain('legal-memo');

    for (const c of [facilitator, samReplica]) await c.leave();
    for (const p of [sam, lee]) await p.leave();
  }, 60_000);
});
