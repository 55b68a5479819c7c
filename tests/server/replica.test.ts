/**
 * Every client keeps a replica of the session from the server's command stream: after a drill with
 * free text (read by the server's analyser), approvals and the clock running, each replica's engine
 * state is the server's, byte for byte, and a session reloaded from storage is too.
 */
import { describe, expect, it } from 'vitest';
import { SessionHost } from '../../src/server/host.ts';
import { TeamClient } from '../../src/net/team-client.ts';
import { joinTeam, serverForFile, until } from './harness.ts';

const server = serverForFile('replica', 50);

describe('client replicas', () => {
  it('match the server exactly after a drill, with no analyser in the client', async () => {
    const base = server.url();
    const team = await joinTeam(base, { spokesperson: 'spokesperson', legal: 'legal', executive: 'executive' });
    const { created, facilitator, seats } = team;
    expect(facilitator.code).toBe(created.code.replace('-', ''));
    expect(seats['legal']!.code).toBeNull();

    await facilitator.command({ type: 'session.start' });
    await facilitator.command({ type: 'speed.set', speed: 60 });
    await new Promise((r) => setTimeout(r, 700));
    const text =
      'We are recalling Fresh Table ravioli today. Four people are ill; we are deeply sorry. Do not eat it; return it for a full refund. Call 1-800-555-0142. Next update by 10:00.';
    expect(await seats['spokesperson']!.command({ type: 'statement.submit', channel: 'press-release', text })).toMatchObject({ ok: true });
    const sp = seats['spokesperson']!;
    await until(() => sp.session.state.statements.length === 1);
    const statement = sp.session.state.statements[0]!;
    expect(statement.annotation.keyMessages.length + Object.keys(statement.annotation.claims).length).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 400));
    await seats['legal']!.command({ type: 'statement.approve', statement: statement.id });
    await new Promise((r) => setTimeout(r, 400));
    await seats['executive']!.command({ type: 'statement.approve', statement: statement.id });
    await facilitator.say('well done');
    await facilitator.command({ type: 'session.pause' });

    const latest = await TeamClient.join(base, { sessionId: created.sessionId, facilitator: created.facilitatorKey });
    const truth = JSON.stringify(latest.session.state);
    for (const c of [facilitator, ...Object.values(seats)]) {
      await until(() => c.lastSeq === latest.lastSeq);
      expect(JSON.stringify(c.session.state)).toBe(truth);
      expect(c.session.phase).toBe('paused');
      expect(c.chat.map((l) => l.text)).toEqual(['well done']);
    }
    expect(latest.session.state.statements[0]?.status).toBe('published');

    // The log alone rebuilds the same state (what a restart does).
    const reloaded = await SessionHost.open(server.server().storage, created.sessionId);
    expect(JSON.stringify(reloaded.session.state)).toBe(truth);

    await latest.leave();
    await team.leave();
  }, 60_000);
});
