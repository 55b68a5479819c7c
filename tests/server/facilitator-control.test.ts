/**
 * The facilitator skips and delays injects over real WebSockets: every seat's replica applies the
 * same change at the same moment as the server, and a seat cannot do it.
 */
import { describe, expect, it } from 'vitest';
import type { TeamClient } from '../../src/net/team-client.ts';
import { joinTeam, serverForFile, until } from './harness.ts';

const server = serverForFile('control', 50);

describe('skipping and delaying injects from the console', () => {
  it('the seats hear the skip and the delay, their replicas agree with the server, and a seat cannot do either', async () => {
    const team = await joinTeam(server.url(), { spokesperson: 'Sam' });
    const { facilitator } = team;
    const sam = team.seats['spokesperson']!;

    expect(await facilitator.command({ type: 'session.start' })).toMatchObject({ ok: true });
    expect(await facilitator.command({ type: 'session.pause' })).toMatchObject({ ok: true });
    const upcoming = facilitator.session.upcomingInjects();
    const press = upcoming.find((u) => u.inject === 'first-press-call');
    expect(press?.dueAt).toBe(10 * 60_000);
    expect(upcoming.map((u) => u.inject)).toContain('retailer-email');

    // A seat may not: the engine refuses the actor, and nothing changes.
    expect(await sam.command({ type: 'inject.skip', inject: 'retailer-email' })).toEqual({
      ok: false,
      error: { code: 'error.refused', params: { refusal: { code: 'refusal.actor', params: { command: 'inject.skip', actor: 'trainee' } } } },
    });
    expect(await sam.command({ type: 'inject.delay', inject: 'first-press-call', by: 60_000 })).toMatchObject({ ok: false, error: { params: { refusal: { code: 'refusal.actor' } } } });

    expect(await facilitator.command({ type: 'inject.skip', inject: 'retailer-email' })).toMatchObject({ ok: true });
    expect(await facilitator.command({ type: 'inject.delay', inject: 'first-press-call', by: 5 * 60_000 })).toMatchObject({ ok: true });
    await until(() => sam.session.state.log.some((e) => e.type === 'inject.delayed'));
    expect(sam.session.upcomingInjects().find((u) => u.inject === 'first-press-call')?.dueAt).toBe(15 * 60_000);
    expect(sam.session.state.injects['retailer-email']?.status).toBe('cancelled');

    // Coded refusals the console shows: already happened, already skipped, no such inject.
    const refusal = async (command: Parameters<TeamClient['command']>[0]) => {
      const r = await facilitator.command(command);
      return r.ok ? null : (r.error.params as { refusal?: { code: string } }).refusal?.code;
    };
    expect(await refusal({ type: 'inject.skip', inject: 'recall-decision' })).toBe('refusal.already-fired');
    expect(await refusal({ type: 'inject.skip', inject: 'retailer-email' })).toBe('refusal.not-coming');
    expect(await refusal({ type: 'inject.delay', inject: 'nope', by: 60_000 })).toBe('refusal.unknown-inject');
    expect(await facilitator.command({ type: 'inject.delay', inject: 'first-press-call', by: 0 })).toMatchObject({ ok: false, error: { code: 'error.malformed' } });

    // Jump the clock from inject to inject past both times: the press call comes at 15 minutes, the retailer email never.
    expect(await facilitator.command({ type: 'session.resume' })).toMatchObject({ ok: true });
    while (facilitator.session.now < 16 * 60_000) expect(await facilitator.command({ type: 'clock.skip' })).toMatchObject({ ok: true });
    expect(await facilitator.command({ type: 'session.pause' })).toMatchObject({ ok: true });
    await until(() => sam.session.phase === 'paused' && sam.lastSeq === facilitator.lastSeq);
    const fired = sam.session.state.firings.map((f) => [f.inject, f.firedAt]);
    expect(fired).toContainEqual(['first-press-call', 15 * 60_000]);
    expect(fired.map(([i]) => i)).not.toContain('retailer-email');
    expect(JSON.stringify(sam.session.state)).toBe(JSON.stringify(facilitator.session.state));

    await team.leave();
  }, 60_000);
});
