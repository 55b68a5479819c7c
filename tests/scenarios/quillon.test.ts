import { describe, expect, it } from 'vitest';
import { bundledScenario } from './bundled.ts';
import { simulate, type PlayResult } from '../../src/engine/index.ts';
import { DIMENSIONS } from '../../src/format/index.ts';
import { buildReport } from '../../src/report/aar.ts';

const { loaded, scenario, play } = bundledScenario('quillon-data-breach');

const fired = (r: PlayResult, id: string) => r.injects.some((i) => i.id === id);
const HOUR = 3_600_000;

describe('the Quillon data-breach scenario', () => {
  it('lints clean', () => {
    // The GDPR deadline (72 hours from the notification prompt) runs past the exercise clock by
    // design; a legal deadline past the end is not an authoring mistake, so nothing may be reported.
    expect(loaded.diagnostics).toEqual([]);
  });

  it('is a full exercise in two parts: 25+ injects on 6+ channels, a post-crisis part, changing facts, three rumours, two pre-emptable leaks, a 72-hour filing, sign-off', () => {
    expect(scenario.injects.length).toBeGreaterThanOrEqual(25);
    expect(new Set(scenario.injects.map((i) => i.channel)).size).toBeGreaterThanOrEqual(6);
    expect(scenario.lengthMs).toBe(4.5 * HOUR);
    expect(scenario.endings.length).toBeGreaterThanOrEqual(3);
    // The count of accounts moves twice, the second time in the post-crisis part (from 3h).
    const accounts = scenario.facts.find((f) => f.id === 'accounts-affected');
    expect(accounts?.truth.map((t) => t.value)).toEqual(['unknown', 4_100_000, 6_300_000]);
    expect(accounts?.truth.at(-1)?.fromMs).toBe(3 * HOUR);
    // Part 2 is six weeks later on the calendar, from 3h of scenario time.
    expect(scenario.clockJumps.map((j) => [j.atMs, j.toIso])).toEqual([[3 * HOUR, '2026-07-14T10:00:00+01:00']]);
    const postCrisis = scenario.injects.filter((i) => i.trigger.kind === 'at' && i.trigger.atMs >= 3 * HOUR).map((i) => i.id);
    expect(postCrisis).toEqual(expect.arrayContaining(['final-count', 'lessons-report', 'uptake', 'webinar-anne', 'plan-update', 'open-letter']));
    expect(scenario.rumours.map((r) => r.isTrue).sort()).toEqual([false, false, true]);
    expect(scenario.injects.filter((i) => i.channel === 'leak' && i.cancelIf !== null && i.reveals.length > 0).map((i) => i.id).sort()).toEqual(['audit-leak', 'leak-site']);
    const gdpr = scenario.injects.find((i) => i.id === 'dpc-notification')?.regulator;
    expect(gdpr?.withinMs).toBe(72 * HOUR);
    expect(gdpr?.requires).toEqual(expect.arrayContaining(['accounts-affected', 'id-documents']));
    expect([...(scenario.approvals.get('press-release') ?? [])].sort()).toEqual(['executive', 'legal']);
    expect([...(scenario.approvals.get('regulator-letter') ?? [])].sort()).toEqual(['dpo', 'legal']);
  });

  it('branches on choices and on silence: every inject fires and every ending is reached by simulated trainees', () => {
    const random = simulate(scenario, { runs: 200, policy: 'random', seed: 1, clock: () => 0 });
    expect(random.neverFired).toEqual([]);
    const reached = new Set(Object.keys(random.endings));
    const byPolicy = (policy: 'silent' | 'first' | 'best') => Object.keys(simulate(scenario, { runs: 1, policy, seed: 1, clock: () => 0 }).endings);
    for (const policy of ['silent', 'first', 'best'] as const) for (const e of byPolicy(policy)) reached.add(e);
    expect([...reached].sort()).toEqual(scenario.endings.map((e) => e.id).sort());
    expect(byPolicy('silent')).toEqual(['exodus']);
    expect(byPolicy('best')).toEqual(['trust-rebuilt']);
  });

  it('the strong plan beats the weak one on every dimension, widely on timeliness, consistency and empathy, and with every stakeholder', () => {
    const strong = play('strong');
    const weak = play('weak');
    for (const d of DIMENSIONS) expect(strong.scores[d], d).toBeGreaterThan(weak.scores[d]);
    expect(strong.scores.timeliness - weak.scores.timeliness).toBeGreaterThanOrEqual(15);
    expect(strong.scores.consistency - weak.scores.consistency).toBeGreaterThanOrEqual(10);
    expect(strong.scores.empathy - weak.scores.empathy).toBeGreaterThanOrEqual(25);
    for (const sh of strong.stakeholders) {
      const other = weak.stakeholders.find((x) => x.id === sh.id);
      expect(sh.trust, sh.id).toBeGreaterThan(other?.trust ?? 1);
    }
    expect(strong.ending).toBe('trust-rebuilt');
    expect(weak.ending).toBe('cover-up');
    for (const r of [strong, weak]) expect(r.statements.some((s) => s.option === null)).toBe(true);
  });

  it('the strong plan tells the ransom demand and the audit first, so neither leak happens, and files with the regulator before it asks', () => {
    const strong = play('strong');
    const weak = play('weak');
    expect(fired(strong, 'leak-site')).toBe(false);
    expect(fired(strong, 'audit-leak')).toBe(false);
    expect(fired(weak, 'leak-site')).toBe(true);
    expect(fired(weak, 'audit-leak')).toBe(true);
    // Filed in phases before the Commission asks; the weak team is asked why it learned from the press.
    expect(fired(strong, 'dpc-ack')).toBe(true);
    expect(fired(strong, 'dpc-query')).toBe(false);
    expect(fired(weak, 'dpc-query')).toBe(true);
    const firstFiling = (r: PlayResult) => r.statements.find((s) => s.channel === 'regulator-letter')?.at;
    expect(firstFiling(strong)).toBe('51m');
  });

  it('plays part 2 on the post-crisis calendar: the result carries the jump and the report reads 14 July', () => {
    const strong = play('strong');
    expect(strong.clockJumps).toEqual([{ at: '3h', to: '2026-07-14T10:00:00+01:00', title: 'Part 2: six weeks later' }]);
    const report = buildReport(strong);
    expect(report.overview.jumps.map((j) => j.date)).toEqual(['Tuesday 14 July 2026, 10:00 (UTC+01:00)']);
    expect(report.timeline.find((e) => e.kind === 'inject' && e.id === 'final-count')?.time.clock).toBe('14 Jul 10:00');
  });

  it('the false password rumour, corrected at once, stays small; ignored, it reaches most customers', () => {
    const reach = (r: PlayResult) => r.rumours.find((x) => x.id === 'passwords-cards')?.finalReach ?? 1;
    expect(reach(play('strong'))).toBeLessThan(0.1);
    expect(reach(play('weak'))).toBeGreaterThan(0.5);
  });
});
