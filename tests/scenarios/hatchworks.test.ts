import { describe, expect, it } from 'vitest';
import { bundledScenario } from './bundled.ts';
import { simulate, type PlayResult } from '../../src/engine/index.ts';
import { DIMENSIONS } from '../../src/format/index.ts';

const { loaded, scenario, play } = bundledScenario('hatchworks-battery-fire');

describe('the Hatchworks innovation-platform scenario', () => {
  it('lints clean, with no warnings', () => {
    expect(loaded.diagnostics).toEqual([]);
  });

  it('is a full exercise: 25+ injects on 6+ channels over 3 hours, 3+ endings, facts that change, a false and a true rumour, a pre-emptable leak, sign-off', () => {
    expect(scenario.injects.length).toBeGreaterThanOrEqual(25);
    expect(new Set(scenario.injects.map((i) => i.channel)).size).toBeGreaterThanOrEqual(6);
    expect(scenario.lengthMs).toBe(3 * 3_600_000);
    expect(scenario.endings.length).toBeGreaterThanOrEqual(3);
    const changing = scenario.facts.filter((f) => new Set(f.truth.map((t) => String(t.value))).size >= 2).map((f) => f.id);
    expect(changing).toEqual(expect.arrayContaining(['injuries', 'kits-sold', 'market-sales', 'cause']));
    expect(scenario.rumours.map((r) => r.isTrue).sort()).toEqual([false, true]);
    expect(scenario.injects.some((i) => i.channel === 'leak' && i.cancelIf !== null && i.reveals.length > 0)).toBe(true);
    expect([...(scenario.approvals.get('press-release') ?? [])].sort()).toEqual(['executive', 'legal']);
    // The platform's audiences: its members (who are also its customers), the team, owners, investors, partners, the university, authorities, the press.
    for (const id of ['makers', 'kinetik', 'owners', 'investors', 'partners', 'university', 'trading-standards', 'media']) {
      expect(scenario.stakeholders.map((s) => s.id)).toContain(id);
    }
  });

  it('branches on choices and on silence: every inject fires and every ending is reached by simulated trainees', () => {
    const random = simulate(scenario, { runs: 150, policy: 'random', seed: 1, clock: () => 0 });
    expect(random.neverFired).toEqual([]);
    const reached = new Set(Object.keys(random.endings));
    for (const policy of ['silent', 'first', 'best'] as const) {
      for (const e of Object.keys(simulate(scenario, { runs: 3, policy, seed: 1, clock: () => 0 }).endings)) reached.add(e);
    }
    expect([...reached].sort()).toEqual(scenario.endings.map((e) => e.id).sort());
    const silent = Object.keys(simulate(scenario, { runs: 1, policy: 'silent', seed: 1, clock: () => 0 }).endings);
    const best = Object.keys(simulate(scenario, { runs: 1, policy: 'best', seed: 1, clock: () => 0 }).endings);
    expect(best).toEqual(['stood-together']);
    expect(silent).not.toEqual(best);
  });

  it('the strong plan beats the weak one on every dimension and ends with more trust from every stakeholder', () => {
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
    expect(strong.ending).toBe('stood-together');
    expect(weak.ending).not.toBe('stood-together');
  });

  it('telling the September story first cancels the leak; denying it lets the log come out and the true rumour run', () => {
    const strong = play('strong');
    const weak = play('weak');
    expect(strong.injects.some((i) => i.id === 'workshop-leak')).toBe(false);
    expect(weak.injects.some((i) => i.id === 'workshop-leak')).toBe(true);
    expect(strong.rumours.find((r) => r.id === 'knew-in-september')?.finalReach ?? 1).toBe(0);
    expect(weak.rumours.find((r) => r.id === 'knew-in-september')?.finalReach ?? 0).toBeGreaterThan(0.3);
  });

  it('the revised sales figures are published as updates by the strong team and change silently for the weak one', () => {
    const update = (r: PlayResult) => r.injects.find((i) => i.id === 'maker-fair-records');
    expect(update(play('strong'))?.scores.consistency).toBe(100);
    expect(update(play('weak'))?.scores.consistency ?? 100).toBeLessThan(100);
  });
});
