import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/engine/rng.ts';
import { AgentRumour, NODE_STATE, type NodeState, type SavedAgentRumour } from '../../src/engine/rumour/agent-based.ts';
import { compareCorrection, type RumourParams } from '../../src/engine/index.ts';
import { barabasiAlbert, completeGraph } from '../../src/engine/rumour/network.ts';
import { CLASSIC, DEFAULTS, HOUR, MINUTE } from './fixtures.ts';

const WELL_MIXED = completeGraph(2000);
const SEEDS = Array.from({ length: 20 }, (_, j) => j + 1);

function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

function runToSilence(run: AgentRumour, limitMs = 500 * HOUR): AgentRumour {
  while (run.count(NODE_STATE.spreader) > 0 && run.tMs < limitMs) run.step();
  return run;
}

function countStates(states: Uint8Array): number[] {
  const counts = [0, 0, 0, 0, 0, 0];
  for (const s of states) counts[s]!++;
  return counts;
}

const ALL_STATES = Object.values(NODE_STATE);

describe('agent-based rumour on a well-mixed network', () => {
  // 2000 people, 5 initial spreaders (s0 = 0.0025). The never-heard share of one run has a
  // standard deviation of about 0.53/√n ≈ 0.012 (measured over 40 seeds; Pittel's central limit
  // for the Maki–Thompson rumour has the same 1/√n form), so the mean of 20 runs has a standard
  // error near 0.0026. ±0.01 is about four standard errors: it fails for a modelling error of the
  // size of the 0.285 double-counting bug, or a wrong rate scaling, and not by bad luck.
  const s0 = 0.0025;

  it('leaves about 20.3 % never hearing it with λ = σ = 1, δ = 0, like the mean field', () => {
    const params: RumourParams = { ...CLASSIC, s0 };
    const theta = mean(
      SEEDS.map((seed) => {
        const run = new AgentRumour(WELL_MIXED, params, { seed });
        run.seedRandom();
        return runToSilence(run).count(NODE_STATE.ignorant) / WELL_MIXED.nodeCount;
      }),
    );
    expect(Math.abs(theta - 0.203)).toBeLessThan(0.01);
  });

  it('matches the mean-field final reach with forgetting (δ = 0.05)', () => {
    const params: RumourParams = { ...DEFAULTS, s0 };
    const meanField = compareCorrection(params, { respondAtMs: null, horizonMs: 48 * HOUR, stepMs: MINUTE, credibility: 1, sampleEveryMs: HOUR });
    const reached = mean(
      SEEDS.map((seed) => {
        const run = new AgentRumour(WELL_MIXED, params, { seed });
        run.seedRandom();
        run.runUntil(48 * HOUR);
        return run.reach();
      }),
    );
    // Per-run sd ≈ 0.011 (measured), so ±0.01 is again about four standard errors of the mean.
    expect(Math.abs(reached - meanField.noResponse.finalReach)).toBeLessThan(0.01);
  });

  it('follows the mean field with a correction, within the wider spread the correction timing causes', () => {
    // How far the rumour has got when a fixed-time correction lands varies a lot from run to run
    // (the early phase is a few people and pure chance): per-run sd ≈ 0.09 in reach and 0.03 in
    // believing (measured). Means of 20 runs: standard errors ≈ 0.02 and 0.0065; allow 3.
    const params: RumourParams = { ...DEFAULTS, s0 };
    const meanField = compareCorrection(params, { respondAtMs: 5 * HOUR, horizonMs: 48 * HOUR, stepMs: MINUTE, credibility: 1, sampleEveryMs: HOUR }).withResponse!;
    const runs = SEEDS.map((seed) => {
      const run = new AgentRumour(WELL_MIXED, params, { seed });
      run.seedRandom();
      run.addCorrection({ at: 5 * HOUR, strength: 1, credibility: 1 });
      run.runUntil(48 * HOUR);
      return run;
    });
    expect(Math.abs(mean(runs.map((r) => r.reach())) - meanField.finalReach)).toBeLessThan(0.06);
    expect(Math.abs(mean(runs.map((r) => r.believing())) - meanField.finalBelieving)).toBeLessThan(0.02);
  });

  it('leaves a share 1 − ε of the believers it reaches still believing', () => {
    const run = new AgentRumour(WELL_MIXED, { ...DEFAULTS, kappa: 20 }, { seed: 9 });
    run.seedRandom(0.5);
    run.addCorrection({ at: 0, strength: 1, credibility: 1 });
    run.runUntil(4 * HOUR);
    const corrected = run.count(NODE_STATE.corrected);
    const resisting = run.count(NODE_STATE.resistant);
    // About 1000 believers reached; the accepted share is binomial with sd ≈ 0.015.
    expect(corrected + resisting).toBeGreaterThan(900);
    expect(Math.abs(corrected / (corrected + resisting) - 0.7)).toBeLessThan(0.06);
  });
});

describe('agent-based rumour on a scale-free network', () => {
  const graph = barabasiAlbert(createRng(7), 5000, 3);

  function scriptedRun(seed: number): AgentRumour {
    const run = new AgentRumour(graph, DEFAULTS, { seed });
    run.seedRandom(0.002);
    run.addCorrection({ at: 4 * HOUR, strength: 0.8, credibility: 0.7 });
    return run;
  }

  it('replays exactly for the same seed and differs for another', () => {
    const a = scriptedRun(3);
    const b = scriptedRun(3);
    const c = scriptedRun(4);
    for (const run of [a, b, c]) run.runUntil(12 * HOUR);
    expect(a.states).toEqual(b.states);
    expect(a.peak).toEqual(b.peak);
    expect(a.states).not.toEqual(c.states);
  });

  it('keeps its O(1) counts equal to the node states at every step', () => {
    const run = scriptedRun(5);
    for (let n = 0; n < 12 * 60; n++) {
      run.step();
      const counts = countStates(run.states);
      expect(ALL_STATES.map((s: NodeState) => run.count(s))).toEqual(counts);
    }
    expect(run.reach()).toBeCloseTo(1 - (run.count(NODE_STATE.ignorant) + run.count(NODE_STATE.prebunked)) / 5000, 12);
    expect(run.count(NODE_STATE.prebunked)).toBeGreaterThan(0);
  });

  it('continues identically after a JSON save and restore', () => {
    const uninterrupted = scriptedRun(6);
    uninterrupted.runUntil(10 * HOUR);
    const first = scriptedRun(6);
    first.runUntil(5 * HOUR);
    const saved = JSON.parse(JSON.stringify(first.save())) as SavedAgentRumour;
    const resumed = AgentRumour.restore(graph, DEFAULTS, saved);
    resumed.runUntil(10 * HOUR);
    expect(resumed.states).toEqual(uninterrupted.states);
    expect(resumed.save()).toEqual(uninterrupted.save());
  });

  it('spreads from chosen nodes and refuses nodes that do not exist', () => {
    const run = new AgentRumour(graph, DEFAULTS, { seed: 1 });
    run.seedNodes([0, 1, 2]);
    expect(run.count(NODE_STATE.spreader)).toBe(3);
    expect(run.seededAtMs).toBe(0);
    expect(() => {
      run.seedNodes([5000]);
    }).toThrow(RangeError);
  });

  it('reaches fewer people when corrected early', () => {
    const reachWith = (correctAt: number | null): number =>
      mean(
        [1, 2, 3, 4, 5].map((seed) => {
          const run = new AgentRumour(graph, DEFAULTS, { seed });
          run.seedRandom(0.002);
          if (correctAt !== null) run.addCorrection({ at: correctAt, strength: 1, credibility: 1 });
          run.runUntil(48 * HOUR);
          return run.reach();
        }),
      );
    expect(reachWith(HOUR)).toBeLessThan(0.5 * reachWith(null));
  });
});
