import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.ts';
import type { PlayResult } from '../../src/engine/index.ts';
import { dimensionWhy } from '../../src/state/room/dimension-why.ts';

function play(plan: string): PlayResult {
  const out = run(['play', 'scenarios/global-foods-recall.yaml', '--plan', `scenarios/plans/global-foods-recall.${plan}.yaml`, '--json']);
  expect(out.code, out.stderr).toBe(0);
  return JSON.parse(out.stdout) as PlayResult;
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe("the debrief's 'Why' for each score", () => {
  const strong = play('strong');
  const weak = play('weak');

  it('explains empathy by the statements whose mean it is, each with its own cues', () => {
    for (const result of [strong, weak]) {
      const why = dimensionWhy(result, 'empathy');
      expect(why.statements.length).toBeGreaterThan(0);
      expect(Math.round(mean(why.statements.map((s) => s.score)))).toBe(result.scores.empathy);
      expect(why.statements.some((s) => s.cues.length > 0)).toBe(true);
      for (const s of why.statements) for (const c of s.cues) expect(c.dimension).toBe('empathy');
    }
  });

  it('lists the largest effect first, so the reason that mattered is read first', () => {
    for (const s of dimensionWhy(weak, 'empathy').statements) {
      const sizes = s.cues.map((c) => Math.abs(c.points));
      expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    }
  });

  it('still says why a perfect accuracy is perfect: the statements that asserted facts', () => {
    expect(strong.scores.accuracy).toBe(100);
    const why = dimensionWhy(strong, 'accuracy');
    expect(why.statements.length).toBeGreaterThan(0);
    expect(why.statements.every((s) => s.score === 100)).toBe(true);
  });

  it('keeps session-wide reasons where the dimension has them (timeliness)', () => {
    const why = dimensionWhy(weak, 'timeliness');
    expect(why.sessionCues.length).toBeGreaterThan(0);
    expect(why.sessionCues.every((c) => c.dimension === 'timeliness')).toBe(true);
  });
});
