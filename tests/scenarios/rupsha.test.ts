import { describe, expect, it } from 'vitest';
import { bundledScenario } from './bundled.ts';
import { simulate, type PlayResult } from '../../src/engine/index.ts';
import { DIMENSIONS } from '../../src/format/index.ts';

const { loaded, scenario, play } = bundledScenario('rupsha-automation-rumour');

const fired = (r: PlayResult, id: string) => r.injects.some((i) => i.id === id);

describe('the Rupsha automation-rumour scenario', () => {
  it('lints clean, with no warnings', () => {
    expect(loaded.diagnostics).toEqual([]);
  });

  it('is a full exercise: 25+ injects on 6+ channels over 4 hours, 3+ endings, facts that change, a false and a true rumour, pre-emptable leaks, sign-off', () => {
    expect(scenario.injects.length).toBeGreaterThanOrEqual(25);
    expect(new Set(scenario.injects.map((i) => i.channel)).size).toBeGreaterThanOrEqual(6);
    expect(scenario.lengthMs).toBe(4 * 3_600_000);
    expect(scenario.endings.length).toBeGreaterThanOrEqual(3);
    const changing = scenario.facts.filter((f) => new Set(f.truth.map((t) => String(t.value))).size >= 2).map((f) => f.id);
    expect(changing).toEqual(expect.arrayContaining(['roles-changing', 'temp-contracts-ended', 'pay-protection']));
    // The number of jobs that change is revised twice: unknown, then 640, then 1,150.
    expect(scenario.facts.find((f) => f.id === 'roles-changing')?.truth.map((t) => t.value)).toEqual(['unknown', 640, 1150]);
    expect(scenario.rumours.filter((r) => !r.isTrue).length).toBeGreaterThanOrEqual(1);
    expect(scenario.rumours.filter((r) => r.isTrue).length).toBe(1);
    expect(scenario.injects.filter((i) => i.channel === 'leak' && i.cancelIf !== null && i.reveals.length > 0).length).toBe(2);
    expect([...(scenario.approvals.get('press-release') ?? [])]).toEqual(['executive']);
    expect([...(scenario.approvals.get('regulator-letter') ?? [])].sort()).toEqual(['executive', 'hr']);
    expect(scenario.stakeholders.find((s) => s.id === 'workers')?.victims.length).toBeGreaterThan(0);
  });

  it('branches on choices and on silence: every inject fires and every ending is reached by simulated trainees', () => {
    const random = simulate(scenario, { runs: 200, policy: 'random', seed: 1, clock: () => 0 });
    expect(random.neverFired).toEqual([]);
    const reached = new Set(Object.keys(random.endings));
    const byPolicy = (policy: 'silent' | 'first' | 'best') => Object.keys(simulate(scenario, { runs: 1, policy, seed: 1, clock: () => 0 }).endings);
    for (const policy of ['silent', 'first', 'best'] as const) for (const e of byPolicy(policy)) reached.add(e);
    expect([...reached].sort()).toEqual(scenario.endings.map((e) => e.id).sort());
    // Silence at the gate ends in a closure; the best answers end in a transition the workers can check.
    expect(byPolicy('silent')).toEqual(['gates-shut']);
    expect(byPolicy('best')).toEqual(['transition-trusted']);
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
    expect(strong.ending).toBe('transition-trusted');
    expect(weak.ending).not.toBe('transition-trusted');
    // Both plans answer with free text as well as options.
    for (const r of [strong, weak]) expect(r.statements.some((s) => s.option === null)).toBe(true);
  });

  it('workers hear it first in the strong plan, and the layoff rumour it answers within minutes stays small', () => {
    const strong = play('strong');
    const weak = play('weak');
    const firstTo = (r: PlayResult, id: string) => r.statements.find((s) => s.audience.includes(id))?.at;
    expect(firstTo(strong, 'workers')).toBe('2m');
    expect(strong.statements[0]?.audience).toEqual(['workers']);
    const reach = (r: PlayResult) => r.rumours.find((x) => x.id === 'mass-layoffs')?.finalReach ?? 1;
    expect(reach(strong)).toBeLessThan(0.15);
    expect(reach(strong)).toBeLessThan(reach(weak));
  });

  it('telling the hiring freeze and the board paper first keeps both leaks from happening; denying the freeze is exposed by the circular', () => {
    const strong = play('strong');
    const weak = play('weak');
    expect(fired(strong, 'circular-leak')).toBe(false);
    expect(fired(strong, 'workforce-leak')).toBe(false);
    expect(fired(weak, 'circular-leak')).toBe(true);
    expect(fired(weak, 'workforce-leak')).toBe(true);
    expect(weak.statements.find((s) => s.inject === 'helper-post')?.claims).toMatchObject({ 'hiring-freeze': false });
    expect(weak.sessionCues.some((c) => 'rumour' in c.params && c.params.rumour === 'quiet-layoffs' && c.tone === 'negative')).toBe(true);
    // The inspector who was told "recruitment continues as normal" comes back with the circular.
    expect(fired(weak, 'dife-confronts')).toBe(true);
    expect(fired(strong, 'dife-visit')).toBe(true);
  });
});
