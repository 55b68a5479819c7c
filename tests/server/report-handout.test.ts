/**
 * The facilitator hands out the after-action report: before, a seat's token does not open it (and
 * the facilitator cannot hand out a report not yet made); after, every seat is told at once and
 * downloads it with its own token (without the facilitator's and observers' notes), a stranger
 * still cannot, and the hand-out holds across a restart.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { RunningServer } from '../../src/server/app.ts';
import { TeamClient } from '../../src/net/team-client.ts';
import { api, createSession, startTestServer, takeSeat } from './clients.ts';
import { until } from './harness.ts';
import { tempDir } from './services.ts';

const dir = tempDir();
const db = join(dir.dir, 'handout.db');
const servers: RunningServer[] = [];
afterAll(async () => {
  for (const s of servers) await s.stop();
  dir.remove();
});

describe('handing out the after-action report', () => {
  it('opens the report to the seats only once the facilitator hands it out, and the hand-out survives a restart', async () => {
    const first = await startTestServer({ db, tickMs: 100 });
    servers.push(first);
    const created = await createSession(first.url);
    const facilitator = await TeamClient.join(first.url, { sessionId: created.sessionId, facilitator: created.facilitatorKey });
    const samSeat = await takeSeat(first.url, created.code, 'spokesperson', 'Sam');
    const leeSeat = await takeSeat(first.url, created.code, 'legal', 'Lee');
    const sam = await TeamClient.join(first.url, samSeat);
    const lee = await TeamClient.join(first.url, leeSeat);
    const reportPath = `/api/sessions/${created.sessionId}/report`;

    expect(await facilitator.command({ type: 'session.start' })).toMatchObject({ ok: true });
    const text = 'We are deeply sorry. We are recalling Fresh Table ravioli today. Do not eat it; return it for a full refund.';
    expect(await sam.command({ type: 'statement.submit', inject: 'recall-decision', text, channel: 'social' })).toMatchObject({ ok: true });
    expect(await facilitator.note('Sam hesitated before naming the lots', 'recall-decision')).toMatchObject({ ok: true });
    expect(await facilitator.command({ type: 'session.end' })).toMatchObject({ ok: true });

    // Nothing to hand out before the report is made.
    expect(await facilitator.shareReport()).toEqual({ ok: false, error: { code: 'error.no-report', params: {} } });
    expect(await facilitator.makeReport()).toMatchObject({ ok: true });
    // Made is not handed out: a seat's token is refused with its own reason.
    expect(await api(first.url, reportPath, undefined, samSeat.token)).toEqual({ status: 403, body: { error: 'report-not-shared' } });
    expect(await sam.fetchReport()).toEqual({ ok: false, status: 403 });
    // Seats may not hand it out themselves.
    expect(await sam.room.request('report.share', {}, { timeout: 5000 })).toMatchObject({ ok: false, error: { code: 'error.not-allowed' } });

    expect(sam.reportShared).toBe(false);
    expect(await facilitator.shareReport()).toMatchObject({ ok: true });
    await until(() => sam.reportShared && lee.reportShared, 10_000, 'both seats to hear of the hand-out');
    const samCopy = await sam.fetchReport();
    if (!samCopy.ok) throw new Error(`the seat could not download the report: ${samCopy.status}`);
    const facilitatorCopy = await api<string>(first.url, reportPath, undefined, created.facilitatorKey);
    // The seats get the facilitator's report, with what Sam published, but not the facilitator's notes.
    expect(samCopy.html).toContain('Fresh Table ravioli');
    expect(facilitatorCopy.body).toContain('Sam hesitated before naming the lots');
    expect(samCopy.html).not.toContain('Sam hesitated');
    expect(samCopy.html).toContain("notes stay with the facilitator: they are not in the participants' copy");
    expect(samCopy.html.replace(/<section id="notes">[\s\S]*?<\/section>/, '')).toBe(facilitatorCopy.body.replace(/<section id="notes">[\s\S]*?<\/section>/, ''));
    const samJson = await api<{ notes: unknown[]; aar: { notes: unknown[]; notesWithheld: boolean } }>(first.url, `${reportPath}?format=json`, undefined, samSeat.token);
    expect(samJson.body).toMatchObject({ notes: [], aar: { notes: [], notesWithheld: true } });
    expect((await api(first.url, reportPath, undefined, leeSeat.token)).status).toBe(200);
    // Handing out twice changes nothing; a stranger's key is still refused, as before.
    expect(await facilitator.shareReport()).toMatchObject({ ok: true });
    expect(await api(first.url, reportPath, undefined, 'not-a-seat-token')).toEqual({ status: 403, body: { error: 'not-facilitator' } });

    await Promise.all([sam.leave(), lee.leave(), facilitator.leave()]);
    await first.stop();

    const second = await startTestServer({ db, tickMs: 100 });
    servers.push(second);
    const samBack = await TeamClient.join(second.url, samSeat);
    expect(samBack.reportShared).toBe(true);
    expect(await samBack.fetchReport()).toMatchObject({ ok: true });
    await samBack.leave();
  });

  it("another session's seat token does not open this session's report", async () => {
    const server = servers[servers.length - 1];
    if (!server) throw new Error('the first test starts the server');
    const other = await createSession(server.url);
    const stranger = await takeSeat(server.url, other.code, 'spokesperson', 'Pat');
    const mine = await createSession(server.url);
    const facilitator = await TeamClient.join(server.url, { sessionId: mine.sessionId, facilitator: mine.facilitatorKey });
    expect(await facilitator.command({ type: 'session.start' })).toMatchObject({ ok: true });
    expect(await facilitator.command({ type: 'session.end' })).toMatchObject({ ok: true });
    expect(await facilitator.makeReport()).toMatchObject({ ok: true });
    expect(await facilitator.shareReport()).toMatchObject({ ok: true });
    expect(await api(server.url, `/api/sessions/${mine.sessionId}/report`, undefined, stranger.token)).toEqual({ status: 403, body: { error: 'not-facilitator' } });
    await facilitator.leave();
  });
});
