/**
 * The facilitator console's view of a live drill, read from the facilitator's replica: each seat's
 * drafts and pending sign-offs, who is typing, and live scores per dimension and per seat.
 */
import { describe, expect, it } from 'vitest';
import { liveScores, seatViews } from '../../src/net/console.ts';
import { joinTeam, serverForFile, until } from './harness.ts';

const server = serverForFile('console');

describe('the facilitator console', () => {
  it('shows who holds which draft, who must sign it, who is typing, and scores per seat', async () => {
    const team = await joinTeam(server.url(), { spokesperson: 'Sam', legal: 'Lee', executive: 'Eve' });
    const { facilitator, seats } = team;
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

    await team.leave();
  }, 60_000);
});
