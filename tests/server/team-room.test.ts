/**
 * Seats playing in the crisis room over real WebSockets: each seat's room store and team store are
 * bound to its TeamClient (the adapter the browser uses), so what is checked here is what each
 * person's screen shows after the others act, with the real server annotating, validating and
 * broadcasting in between.
 */
import { describe, expect, it } from 'vitest';
import { seatViews } from '../../src/net/console.ts';
import { createTeamRoom } from '../../src/state/room/team-store.ts';
import { joinTeam, serverForFile, until } from './harness.ts';

const server = serverForFile('team-room');

const TEXT = 'We are recalling Fresh Table ravioli today. Four people are ill; we are deeply sorry. Do not eat it; return it for a full refund. Call 1-800-555-0142.';

describe('the crisis room in every seat', () => {
  it('a spokesperson answers an inject from the composer, legal and the CEO sign it off in their rooms, and the facilitator sees it published', async () => {
    const team = await joinTeam(server.url(), { spokesperson: 'Sam', legal: 'Lee', executive: 'Eve' });
    const room = (seat: string) => createTeamRoom({ port: team.seats[seat]!, language: 'en', annotator: () => null });
    const sam = room('spokesperson');
    const lee = room('legal');
    const eve = room('executive');
    await team.facilitator.command({ type: 'session.start' });
    await until(() => sam.room.getState().vm.open.some((c) => c.inject === 'recall-decision'), 10_000, 'the decision in the spokesperson room');

    // Only the spokesperson and the CEO are sent the retailer's email.
    await team.facilitator.command({ type: 'inject.fire', inject: 'retailer-email' });
    await until(() => sam.room.getState().vm.cards.some((c) => c.inject === 'retailer-email'), 10_000, 'the retailer email');
    await until(() => team.seats['legal']!.lastSeq === team.facilitator.lastSeq);
    expect(lee.room.getState().vm.cards.map((c) => c.inject)).not.toContain('retailer-email');
    expect(eve.room.getState().vm.cards.map((c) => c.inject)).toContain('retailer-email');

    // Typing an answer shows on the others' screens against the inject it answers.
    sam.room.getState().drafting('recall-decision', true);
    await until(() => lee.team.getState().team.typing.length === 1, 10_000, 'legal to see the spokesperson typing');
    expect(lee.team.getState().team.typing[0]).toMatchObject({ seat: 'spokesperson', answers: 'Recall call: what goes out first?' });

    // Free text: the server reads it (the seat's page has no analyser here) and asks legal and the CEO to sign.
    expect(await sam.room.getState().submit({ inject: 'recall-decision', option: null, text: TEXT, channel: 'press-release', audience: [] })).toBeNull();
    await until(() => lee.team.getState().team.toSign.length === 1, 10_000, 'the draft to reach legal');
    await until(() => lee.team.getState().team.typing.length === 0, 10_000, 'typing to stop');
    const draft = lee.team.getState().team.toSign[0]!;
    expect(draft).toMatchObject({ seat: 'spokesperson', text: TEXT, answers: 'Recall call: what goes out first?' });
    expect(draft.waitingFor.map((w) => w.seat)).toEqual(['legal', 'executive']);
    expect(sam.room.getState().vm.open.find((c) => c.inject === 'recall-decision')?.status).toBe('awaiting-approval');
    const statement = team.seats['spokesperson']!.session.state.statements[0]!;
    expect(statement.analyser).not.toBeNull();

    // A sign-off for a statement that does not exist is refused with a code, shown in words, and changes nothing.
    const before = JSON.stringify(team.seats['legal']!.session.state.statements);
    const refused = await lee.team.getState().approve('s404');
    expect(refused?.code).toMatch(/^refusal\./);
    expect(lee.team.getState().error).toEqual(refused);
    expect(JSON.stringify(team.seats['legal']!.session.state.statements)).toBe(before);

    expect(await lee.team.getState().approve(draft.id)).toBeNull();
    await until(() => sam.team.getState().team.drafts[0]?.signedBy.length === 1, 10_000, 'legal\'s signature on the spokesperson screen');
    expect(sam.team.getState().team.drafts[0]?.waitingFor.map((w) => w.name)).toEqual(["CEO's office"]);
    expect(await eve.team.getState().approve(draft.id)).toBeNull();
    await until(() => sam.room.getState().vm.statements[0]?.status === 'published', 10_000, 'publication');
    expect(sam.room.getState().vm.cards.find((c) => c.inject === 'recall-decision')?.status).toBe('answered');

    await until(() => team.facilitator.lastSeq === team.seats['spokesperson']!.lastSeq);
    const seats = seatViews(team.facilitator.session, team.facilitator.members, team.facilitator.typing);
    expect(seats.find((v) => v.seat === 'spokesperson')).toMatchObject({ holders: ['Sam'], published: 1, drafts: [] });

    for (const r of [sam, lee, eve]) r.dispose();
    await team.leave();
  }, 60_000);
});
