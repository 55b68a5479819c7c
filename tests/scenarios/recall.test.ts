import { playbookResolver } from '../../src/cli/load.ts';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.ts';
import { simulate, type PlayResult } from '../../src/engine/index.ts';
import { DIMENSIONS, loadScenario } from '../../src/format/index.ts';

const FILE = 'scenarios/global-foods-recall.yaml';
const loaded = loadScenario(readFileSync(FILE, 'utf8'), FILE, { playbook: playbookResolver(FILE) });
const scenario = loaded.scenario;
if (!scenario) throw new Error(`${FILE} does not load`);

function play(plan: string): PlayResult {
  const out = run(['play', FILE, '--plan', `scenarios/plans/global-foods-recall.${plan}.yaml`, '--json']);
  expect(out.code, out.stderr).toBe(0);
  return JSON.parse(out.stdout) as PlayResult;
}

describe('the Global Foods recall scenario', () => {
  it('lints clean, with no warnings', () => {
    expect(loaded.diagnostics).toEqual([]);
  });

  it('is a full exercise: 25+ injects over about 3 hours on 6+ channels, 3+ endings, changing facts, a rumour, a pre-emptable leak, CEO and legal sign-off', () => {
    expect(scenario.injects.length).toBeGreaterThanOrEqual(25);
    expect(new Set(scenario.injects.map((i) => i.channel)).size).toBeGreaterThanOrEqual(6);
    expect(scenario.lengthMs).toBeGreaterThanOrEqual(3 * 3_600_000 - 15 * 60_000);
    expect(scenario.endings.length).toBeGreaterThanOrEqual(3);
    expect(scenario.facts.some((f) => f.truth.filter((t) => t.value !== 'unknown').length >= 2)).toBe(true);
    expect(scenario.rumours.length).toBeGreaterThanOrEqual(1);
    expect(scenario.injects.some((i) => i.channel === 'leak' && i.cancelIf !== null && i.reveals.length > 0)).toBe(true);
    expect([...(scenario.approvals.get('press-release') ?? [])].sort()).toEqual(['executive', 'legal']);
  });

  it('branches on choices and on silence: every inject can fire and every ending is reached by simulated trainees', () => {
    const random = simulate(scenario, { runs: 300, policy: 'random', seed: 1, clock: () => 0 });
    expect(random.neverFired).toEqual([]);
    const reached = new Set(Object.keys(random.endings));
    for (const policy of ['silent', 'first', 'best'] as const) {
      for (const e of Object.keys(simulate(scenario, { runs: 3, policy, seed: 1, clock: () => 0 }).endings)) reached.add(e);
    }
    expect([...reached].sort()).toEqual(scenario.endings.map((e) => e.id).sort());
    expect(Object.keys(simulate(scenario, { runs: 1, policy: 'silent', seed: 1, clock: () => 0 }).endings)).not.toEqual(
      Object.keys(simulate(scenario, { runs: 1, policy: 'best', seed: 1, clock: () => 0 }).endings),
    );
  });

  it('the strong plan beats the weak one on every dimension, ends with more trust from every stakeholder and smaller rumours', () => {
    const strong = play('strong');
    const weak = play('weak');
    for (const d of DIMENSIONS) expect(strong.scores[d], d).toBeGreaterThan(weak.scores[d]);
    for (const sh of strong.stakeholders) {
      const other = weak.stakeholders.find((x) => x.id === sh.id);
      expect(sh.trust, sh.id).toBeGreaterThan(other?.trust ?? 1);
    }
    for (const r of strong.rumours) {
      const other = weak.rumours.find((x) => x.id === r.id);
      expect(r.finalReach, r.id).toBeLessThanOrEqual(other?.finalReach ?? 0);
      expect(r.finalBelieving, r.id).toBeLessThanOrEqual(other?.finalBelieving ?? 0);
    }
    expect(strong.rumours.reduce((n, r) => n + r.finalReach, 0)).toBeLessThan(weak.rumours.reduce((n, r) => n + r.finalReach, 0));
  });

  it('denying what is true costs more than it seems to save: the denial plan loses transparency against the strong plan', () => {
    expect(play('denial').scores.transparency).toBeLessThan(play('strong').scores.transparency);
  });

  it('its rumour, corrected at 30m, reaches fewer people than corrected at 3h', () => {
    const reach = (at: string) => {
      const out = run(['rumour', FILE, 'toddler-death', '--respond-at', at, '--json']);
      expect(out.code, out.stderr).toBe(0);
      return (JSON.parse(out.stdout) as { withResponse: { finalReach: number } }).withResponse.finalReach;
    };
    expect(reach('30m')).toBeLessThan(reach('3h'));
  });
});
