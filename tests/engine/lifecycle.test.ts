import { describe, expect, it } from 'vitest';
import { FACILITATOR, Session, trainee } from '../../src/engine/index.ts';
import { fixture, Harness, ms } from '../helpers.ts';

describe('session lifecycle: briefing → running ⇄ paused → ended', () => {
  it('starts in briefing, where the clock does not run', () => {
    const s = Session.create({ scenario: fixture('engine-lab') });
    expect(s.phase).toBe('briefing');
    expect(s.send({ type: 'clock.advance', by: 60_000 }, FACILITATOR)).toEqual({ ok: false, refusal: { code: 'refusal.phase', params: { command: 'clock.advance', phase: 'briefing' } } });
    expect(s.state.now).toBe(0);
  });

  it('pauses and resumes; a paused clock does not move and statements wait', () => {
    const h = Harness.start('engine-lab').to('11m');
    h.ok({ type: 'session.pause' });
    expect(h.session.phase).toBe('paused');
    expect(h.send({ type: 'clock.advance', by: ms('10m') }).ok).toBe(false);
    expect(h.send({ type: 'statement.submit', inject: 'call', option: 'hold' }).ok).toBe(false);
    expect(h.state.now).toBe(ms('11m'));
    h.ok({ type: 'session.resume' });
    h.answer('call', 'hold');
    expect(h.status('call')).toBe('responded');
  });

  it('a facilitator can still fire injects and take notes while paused', () => {
    const h = Harness.start('engine-lab').to('5m');
    h.ok({ type: 'session.pause' });
    h.ok({ type: 'inject.fire', inject: 'manual-only' });
    h.ok({ type: 'note.add', text: 'Discussed the holding line' });
    expect(h.fired('manual-only')).toBe(true);
    expect(h.events('note.added')[0]?.data).toEqual({ text: 'Discussed the holding line', by: 'facilitator' });
  });

  it('ends when the clock runs out, chooses an ending, and keeps taking hot-wash notes', () => {
    const h = Harness.start('engine-lab').to('3h');
    expect(h.session.phase).toBe('ended');
    expect(h.state.ending?.at).toBe(ms('3h'));
    expect(h.state.ending?.id).not.toBeNull();
    h.ok({ type: 'note.add', text: 'Hot wash: slow approvals' }, trainee('legal'));
    expect(h.events('note.added').at(-1)?.data.by).toBe('legal');
    expect(h.send({ type: 'clock.advance', by: 1000 }).ok).toBe(false);
  });

  it('the facilitator can end the session early', () => {
    const h = Harness.start('engine-lab').to('30m');
    h.ok({ type: 'session.end', note: 'out of time' });
    expect(h.session.phase).toBe('ended');
    expect(h.state.ending?.cause).toEqual({ code: 'end.requested', params: { by: 'facilitator' } });
    expect(h.state.ending?.note).toBe('out of time');
    expect(h.send({ type: 'session.end' })).toEqual({ ok: false, refusal: { code: 'refusal.phase', params: { command: 'session.end', phase: 'ended' } } });
  });

  it('speed is kept between 0.5× and 60×, and host ticks advance scenario time by real time × speed', () => {
    const h = Harness.start('engine-lab');
    expect(h.state.speed).toBe(10);
    expect(h.send({ type: 'speed.set', speed: 61 }).ok).toBe(false);
    expect(h.send({ type: 'speed.set', speed: 0.4 }).ok).toBe(false);
    h.ok({ type: 'speed.set', speed: 60 });
    h.session.tick(1000);
    expect(h.state.now).toBe(60_000);
    h.ok({ type: 'speed.set', speed: 0.5 });
    h.session.tick(2000);
    expect(h.state.now).toBe(61_000);
  });

  it('jumps to the next inject for solo practice', () => {
    const h = Harness.start('engine-lab');
    h.ok({ type: 'clock.skip' });
    expect(h.state.now).toBe(ms('10m'));
    expect(h.status('call')).toBe('active');
    h.ok({ type: 'clock.skip' });
    expect(h.state.now).toBe(ms('20m'));
    expect(h.status('regulator')).toBe('active');
  });

  it('refuses malformed commands with a code and changes nothing', () => {
    const h = Harness.start('engine-lab').to('10m');
    const before = JSON.stringify(h.state);
    for (const bad of [null, 42, 'start', { type: 'nope' }, { type: 'clock.advance', by: -1 }, { type: 'clock.advance', by: 'soon' }, { type: 'statement.submit', text: 'x'.repeat(20_001), channel: 'social' }, { type: 'statement.submit', inject: 'call', option: 'hold', text: 'both' }, { type: 'statement.submit', inject: 'ghost', option: 'x' }, { type: 'statement.submit', channel: 'news', text: 'we publish news?' }]) {
      const r = h.send(bad);
      expect(r.ok, JSON.stringify(bad)).toBe(false);
      if (!r.ok) expect(r.refusal.code).toMatch(/^refusal\./);
    }
    expect(JSON.stringify(h.state)).toBe(before);
  });
});
