/**
 * The learning curve's subsets (train-model.ts --fraction, docs/analyser.md session 11): a
 * situation is in or out by its id alone, so a smaller share sits inside a larger one and the
 * figures in the docs come back on every run.
 */
import { describe, expect, it } from 'vitest';
import { loadSplit } from './independent/evaluate.ts';
import { situationShare, TRAINING_SPLITS } from './independent/train-model.ts';

describe('the learning curve subsets', () => {
  const ids = TRAINING_SPLITS.flatMap((split) => loadSplit(split).map((s) => s.id));

  it('places every situation in [0, 1), the same way each time', () => {
    for (const id of ids) {
      const share = situationShare(id);
      expect(share).toBeGreaterThanOrEqual(0);
      expect(share).toBeLessThan(1);
      expect(situationShare(id)).toBe(share);
    }
  });

  it('keeps about the share asked for, and each smaller set inside the larger', () => {
    const under = (f: number): Set<string> => new Set(ids.filter((id) => situationShare(id) < f));
    const quarter = under(0.25);
    const half = under(0.5);
    expect(quarter.size / ids.length).toBeGreaterThan(0.18);
    expect(quarter.size / ids.length).toBeLessThan(0.32);
    expect(half.size / ids.length).toBeGreaterThan(0.42);
    expect(half.size / ids.length).toBeLessThan(0.58);
    for (const id of quarter) expect(half.has(id)).toBe(true);
  });

  it('spreads situations whose ids differ by one character', () => {
    const shares = Array.from({ length: 40 }, (_, i) => situationShare(`w50-situation-${i}`));
    expect(shares.filter((s) => s < 0.5).length).toBeGreaterThan(10);
    expect(shares.filter((s) => s >= 0.5).length).toBeGreaterThan(10);
  });
});
