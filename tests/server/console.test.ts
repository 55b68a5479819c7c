/**
 * The facilitator console's view of a live drill, read from the facilitator's replica: each seat's
 * drafts and pending sign-offs, who is typing, and live scores per dimension and per seat.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { RunningServer } from '../../src/server/app.ts';
import { liveScores, seatViews } from '../../src/net/console.ts';
import { TeamClient } from '../../src/net/team-client.ts';
import { createSession, startTestServer, takeSeat } from './clients.ts';
import { tempDir } from './services.ts';

const dir = tempDir();
let server: RunningServer;

beforeAll(async () => {
  server = await startTestServer({ db: join(dir.dir, 'console.db'), tickMs: 100 });
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

describe('the facilitator console', () => {
  it('shows who holds which draft, who must sign it, who is typing, and scores per seat', async () => {
    const created = await createSession(server.url);
    const facilitator = await TeamClient.join(server.url, { sessionId: created.sessionId, facilitator: created.facilitatorKey });
    const seats: Record<string, TeamClient> = {};
    for (const [seat, name] of [['spokesperson', 'Sam'], ['legal', 'Lee'], ['executive', 'Eve']] as const) {
      const { sessionId, token } = await takeSeat(server.url, created.code, seat, name);
      seats[seat] = await TeamClient.join(server.url, { sessionId, token });
    }
    await until(() => facilitator.members.length === 4);
    await facilitator.command({ type: 'session.start' });
    await seats['spokesperson']!.setTyping('recall-decision', true);
    await until(() => facilitator.typing.has('spokesperson'));
    await seats['spokesperson']!.command({ type: 'statement.submit', inject: 'recall-decision', option: 'holding-now' });
    await until(() => facilitator.session.state.statements.length === 1);

    let views = seatViews(facilitator.session, facilitator.members, facilitator.typing);
    const sp = views.find((v) => v.seat === 'spokesperson')!;
    expect(sp.holders).toEqual(['Sam']);
    expect(sp.typing).toBe('recall-decision');
    expect(sp.drafts).toEqual([{ statement: expect.any(String) as string, channel: 'press-release', inject: 'recall-decision', waitingFor: ['legal', 'executive'] }]);
    expect(views.find((v) => v.seat === 'legal')?.toApprove).toHaveLength(1);
    expect(views.find((v) => v.seat === 'hr')?.holders).toEqual([]);

    const statement = sp.drafts[0]!.statement;
    await seats['legal']!.command({ type: 'statement.approve', statement });
    await until(() => Object.keys(facilitator.session.state.statements[0]!.approvals).length === 1);
    views = seatViews(facilitator.session, facilitator.members, facilitator.typing);
    expect(views.find((v) => v.seat === 'spokesperson')?.drafts[0]?.waitingFor).toEqual(['executive']);
    expect(views.find((v) => v.seat === 'legal')?.toApprove).toEqual([]);

    await seats['executive']!.command({ type: 'statement.approve', statement });
    await until(() => facilitator.session.state.statements[0]!.status === 'published');
    const scores = liveScores(facilitator.session);
    expect(Object.keys(scores.dimensions)).toEqual(expect.arrayContaining(['timeliness', 'empathy', 'consistency']));
    expect(scores.seats['spokesperson']?.['empathy']).toBeGreaterThan(50);
    expect(scores.seats['legal']).toBeUndefined();
    expect(seatViews(facilitator.session, facilitator.members, facilitator.typing).find((v) => v.seat === 'spokesperson')?.published).toBe(1);

    for (const c of [facilitator, ...Object.values(seats)]) await c.leave();
  }, 60_000);
});
