import { describe, expect, it } from 'vitest';
import { buildResult, FACILITATOR, Session, SYSTEM, trainee } from '../../src/engine/index.ts';
import { buildReport } from '../../src/report/aar.ts';
import { renderHtml } from '../../src/report/html.ts';
import { renderMarkdown } from '../../src/report/markdown.ts';
import { fixture, Harness, ms } from '../helpers.ts';

const refused = (code: string, inject: string) => ({ ok: false, refusal: { code, params: { inject } } });

describe('the facilitator skips an inject still to come', () => {
  it('a skipped inject never arrives, and the log says the facilitator skipped it', () => {
    const h = Harness.start('engine-lab', { mode: 'team' }).to('10m');
    const sent = h.send({ type: 'inject.skip', inject: 'regulator' });
    expect(sent.ok && sent.events.map((e) => ({ type: e.type, data: e.data }))).toEqual([
      { type: 'inject.cancelled', data: { inject: 'regulator', cause: { code: 'cause.facilitator-skip', params: {} } } },
    ]);
    h.to('1h');
    expect(h.fired('regulator')).toBe(false);
    expect(h.status('regulator')).toBe('cancelled');
    expect(h.session.openInjects().map((o) => o.inject)).not.toContain('regulator');
  });

  it('what waits for a skipped inject waits for ever: its `after` dependents are not scheduled', () => {
    const h = Harness.start('engine-lab', { mode: 'team' }).to('5m');
    h.ok({ type: 'inject.skip', inject: 'call' });
    h.to('1h');
    expect(h.fired('call')).toBe(false);
    expect(h.fired('after-expiry')).toBe(false);
    expect(h.fired('silence-story')).toBe(false);
  });

  it('can be decided in the briefing, before the clock starts', () => {
    const h = new Harness(fixture('engine-lab'), { mode: 'team' });
    h.ok({ type: 'inject.skip', inject: 'call' });
    h.ok({ type: 'session.start' }).to('30m');
    expect(h.fired('call')).toBe(false);
    expect(h.fired('regulator')).toBe(true);
  });

  it('the facilitator can still fire a skipped inject by hand (changing their mind)', () => {
    const h = Harness.start('engine-lab', { mode: 'team' }).to('5m');
    h.ok({ type: 'inject.skip', inject: 'call' });
    h.ok({ type: 'inject.fire', inject: 'call' });
    expect(h.session.openInjects().map((o) => o.inject)).toEqual(['call']);
  });

  it('refuses with a code: an inject that already happened, one already skipped, an unknown one', () => {
    const h = Harness.start('engine-lab', { mode: 'team' }).to('12m');
    const before = JSON.stringify(h.state);
    expect(h.send({ type: 'inject.skip', inject: 'call' })).toEqual(refused('refusal.already-fired', 'call'));
    expect(h.send({ type: 'inject.skip', inject: 'no-such-inject' })).toEqual(refused('refusal.unknown-inject', 'no-such-inject'));
    expect(JSON.stringify(h.state)).toBe(before);
    h.ok({ type: 'inject.skip', inject: 'regulator' });
    expect(h.send({ type: 'inject.skip', inject: 'regulator' })).toEqual(refused('refusal.not-coming', 'regulator'));
    expect(h.send({ type: 'inject.delay', inject: 'regulator', by: 60_000 })).toEqual(refused('refusal.not-coming', 'regulator'));
  });

  it('only the facilitator may skip or delay, in a team drill and in solo practice', () => {
    for (const mode of ['team', 'solo'] as const) {
      const h = Harness.start('engine-lab', { mode }).to('5m');
      for (const actor of [trainee('spokesperson'), SYSTEM]) {
        expect(h.send({ type: 'inject.skip', inject: 'regulator' }, actor)).toEqual({ ok: false, refusal: { code: 'refusal.actor', params: { command: 'inject.skip', actor: actor.kind } } });
        expect(h.send({ type: 'inject.delay', inject: 'regulator', by: 60_000 }, actor)).toEqual({ ok: false, refusal: { code: 'refusal.actor', params: { command: 'inject.delay', actor: actor.kind } } });
      }
    }
  });
});

describe('the facilitator delays an inject still to come', () => {
  it('a scheduled inject arrives later by exactly the delay', () => {
    const h = Harness.start('engine-lab', { mode: 'team' }).to('15m');
    const sent = h.send({ type: 'inject.delay', inject: 'regulator', by: ms('10m') });
    expect(sent.ok && sent.events.map((e) => ({ type: e.type, data: e.data }))).toEqual([{ type: 'inject.delayed', data: { inject: 'regulator', by: ms('10m'), at: ms('30m') } }]);
    h.to('29m');
    expect(h.fired('regulator')).toBe(false);
    h.to('30m');
    expect(h.firedAt('regulator')).toBe(ms('30m'));
    // Its deadline runs from when it arrived, not from when it was first due.
    expect(h.session.openInjects().find((o) => o.inject === 'regulator')?.deadlineAt).toBe(ms('1h30m'));
  });

  it('delays add up, and work while the clock is paused', () => {
    const h = Harness.start('engine-lab', { mode: 'team' }).to('15m');
    h.ok({ type: 'session.pause' });
    h.ok({ type: 'inject.delay', inject: 'regulator', by: ms('5m') });
    h.ok({ type: 'inject.delay', inject: 'regulator', by: ms('5m') });
    h.ok({ type: 'session.resume' }).to('1h');
    expect(h.firedAt('regulator')).toBe(ms('30m'));
  });

  it('the result and the report say the facilitator delayed it, and by how much; others are not marked', () => {
    const h = Harness.start('engine-lab', { mode: 'team' }).to('15m');
    h.ok({ type: 'inject.delay', inject: 'regulator', by: ms('5m') });
    h.ok({ type: 'inject.delay', inject: 'regulator', by: ms('5m') });
    h.to('1h');
    const result = buildResult(h.session.scenario, h.session.state);
    expect(result.injects.find((i) => i.id === 'regulator')?.delayedBy).toBe('10m');
    expect(result.injects.filter((i) => i.delayedBy !== undefined).map((i) => i.id)).toEqual(['regulator']);
    const report = buildReport(result);
    const row = report.timeline.find((e) => e.kind === 'inject' && e.id === 'regulator');
    expect(row).toMatchObject({ delayedBy: '10m' });
    expect(renderMarkdown(report)).toContain('delayed 10m by the facilitator');
    expect(renderHtml(report)).toContain('delayed 10m by the facilitator');
  });

  it('an `after` inject can be delayed once the inject it follows has happened, not before', () => {
    const h = Harness.start('engine-lab', { mode: 'team' }).to('11m');
    expect(h.send({ type: 'inject.delay', inject: 'follow-up', by: ms('5m') })).toEqual(refused('refusal.not-scheduled', 'follow-up'));
    h.answer('call', 'hold');
    h.ok({ type: 'inject.delay', inject: 'follow-up', by: ms('5m') });
    h.to('1h');
    expect(h.firedAt('follow-up')).toBe(ms('26m'));
  });

  it('an inject waiting for a condition has no time to move', () => {
    const h = Harness.start('engine-lab', { mode: 'team' }).to('5m');
    expect(h.send({ type: 'inject.delay', inject: 'heat-story', by: ms('5m') })).toEqual(refused('refusal.not-scheduled', 'heat-story'));
    expect(h.send({ type: 'inject.delay', inject: 'manual-only', by: ms('5m') })).toEqual(refused('refusal.not-scheduled', 'manual-only'));
  });

  it('a delay of nothing or a negative delay is malformed', () => {
    const h = Harness.start('engine-lab', { mode: 'team' }).to('5m');
    expect(h.send({ type: 'inject.delay', inject: 'regulator', by: 0 })).toMatchObject({ ok: false, refusal: { code: 'refusal.malformed', params: { path: 'by' } } });
    expect(h.send({ type: 'inject.delay', inject: 'regulator', by: -60_000 })).toMatchObject({ ok: false, refusal: { code: 'refusal.malformed' } });
  });

  it('skips and delays replay exactly: a replica rebuilt from the journal has the same state', () => {
    const h = Harness.start('engine-lab', { mode: 'team' }).to('5m');
    h.ok({ type: 'inject.skip', inject: 'call' });
    h.ok({ type: 'inject.delay', inject: 'regulator', by: ms('7m') });
    h.to('1h');
    const saved = JSON.parse(JSON.stringify(h.session.save())) as unknown;
    const replayed = Session.replay(fixture('engine-lab'), saved);
    expect(JSON.stringify(replayed.state)).toBe(JSON.stringify(h.state));
    expect(replayed.state.firings.find((f) => f.inject === 'regulator')?.firedAt).toBe(ms('27m'));
    expect(h.session.check({ type: 'inject.skip', inject: 'leak' }, FACILITATOR)).toEqual({ code: 'refusal.already-fired', params: { inject: 'leak' } });
  });
});

describe('what the facilitator sees coming', () => {
  it('lists injects still to come in the order they are due, with the moved time after a delay and without the skipped', () => {
    const h = Harness.start('engine-lab', { mode: 'team' }).to('5m');
    const due = () => h.session.upcomingInjects().filter((u) => u.dueAt !== null).map((u) => [u.inject, u.dueAt]);
    expect(due().slice(0, 3)).toEqual([['call', ms('10m')], ['regulator', ms('20m')], ['skipped-one', ms('30m')]]);
    h.ok({ type: 'inject.delay', inject: 'call', by: ms('15m') });
    h.ok({ type: 'inject.skip', inject: 'regulator' });
    expect(due().slice(0, 2)).toEqual([['call', ms('25m')], ['skipped-one', ms('30m')]]);
    const waiting = h.session.upcomingInjects().filter((u) => u.dueAt === null);
    expect(waiting.find((u) => u.inject === 'heat-story')?.trigger).toBe('when');
    expect(waiting.find((u) => u.inject === 'manual-only')?.trigger).toBe('manual');
    h.to('26m');
    expect(h.session.upcomingInjects().map((u) => u.inject)).not.toContain('call');
  });
});
