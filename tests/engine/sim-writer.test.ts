/**
 * The writer policy of `crisis sim`: free-text answers written from the scenario's key messages and
 * fact cues, read by the analyser, so that paths only free text can take are shown to fire.
 */
import { describe, expect, it } from 'vitest';
import { annotatorFor } from '../../src/analysis/index.ts';
import { run } from '../../src/cli/run.ts';
import { SimWriter, simulate, WriterNeedsAnalyser, type SimSummary } from '../../src/engine/index.ts';
import { createRng } from '../../src/engine/rng.ts';
import { fixture } from '../helpers.ts';

const scenario = fixture('free-text-paths');
const FREE_TEXT_ONLY = ['refund-story', 'denial-story', 'figure-story', 'pc-batches-dodged', 'pc-batches-contradicted'];

function sim(policy: 'random' | 'silent' | 'first' | 'best' | 'writer', runs: number, seed = 1): SimSummary {
  return simulate(scenario, { runs, policy, seed, clock: () => 0, ...(policy === 'writer' ? { annotator: annotatorFor(scenario) } : {}) });
}

describe('sim --policy writer', () => {
  it('fires the follow-ups and branches only free text can reach, which the option policies never fire', () => {
    for (const policy of ['random', 'silent', 'first', 'best'] as const) {
      expect(sim(policy, policy === 'random' ? 200 : 3).neverFired.sort(), policy).toEqual([...FREE_TEXT_ONLY].sort());
    }
    const writer = sim('writer', 120);
    expect(writer.neverFired).toEqual([]);
    expect(Object.keys(writer.endings).sort()).toEqual(['figure-out', 'no-figure']);
  });

  it('gives the same summary for the same seed, and another for another seed', () => {
    const { runsPerSecond: _a, ...one } = sim('writer', 30, 5);
    const { runsPerSecond: _b, ...again } = sim('writer', 30, 5);
    const { runsPerSecond: _c, ...other } = sim('writer', 30, 6);
    expect(again).toEqual(one);
    expect(other).not.toEqual(one);
  });

  it('states each fact with its value at the moment it answers, through the scenario\'s own cues', () => {
    const writer = new SimWriter(scenario, annotatorFor(scenario));
    const call = scenario.injectIndex.get('call');
    if (!call) throw new Error('no call');
    const rng = createRng(1);
    const early = writer.write(call, 'full', 12 * 60_000, rng);
    expect(writer.annotate(early).claims.map((c) => [c.fact, c.value])).toEqual([['batches', 'unknown']]);
    expect(writer.annotate(early).keyMessages.map((k) => k.id)).toContain('safety');
    const late = writer.write(call, 'full', 25 * 60_000, rng);
    expect(writer.annotate(late).claims.map((c) => [c.fact, c.value])).toEqual([['batches', 3]]);
    const wrong = writer.write(call, 'wrong', 25 * 60_000, rng);
    const stated = writer.annotate(wrong).claims.find((c) => c.fact === 'batches')?.value;
    expect(typeof stated === 'number' && stated !== 3).toBe(true);
    const dodge = writer.write(call, 'dodge', 25 * 60_000, rng);
    expect(writer.annotate(dodge).penalties.map((p) => p.kind)).toContain('no-comment');
  });

  it('needs an analyser to read what it writes: without one it says so instead of answering nothing', () => {
    expect(() => simulate(scenario, { runs: 1, policy: 'writer', seed: 1, clock: () => 0 })).toThrow(WriterNeedsAnalyser);
  });

  it('is a policy of the command line, with the summary the contract gives', () => {
    const out = run(['sim', 'tests/fixtures/free-text-paths.yaml', '--runs', '40', '--policy', 'writer', '--json']);
    expect(out.code, out.stderr).toBe(0);
    const summary = JSON.parse(out.stdout) as SimSummary;
    expect(summary.policy).toBe('writer');
    expect(Object.keys(summary).sort()).toEqual(['endings', 'neverFired', 'policy', 'runs', 'runsPerSecond', 'scores']);
    const bad = run(['sim', 'tests/fixtures/free-text-paths.yaml', '--runs', '5', '--policy', 'writr']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--policy must be one of random, silent, first, best, writer, not "writr"/);
  });
});
