/**
 * Agreement between the labels of the calibration set and the statement scorer fed by the
 * analyser: pairwise ranking accuracy per dimension (over all pairs of statements in the same
 * context whose labels differ, the share the scorer orders the same way; ties count one half).
 *
 * Thresholds (docs/analyser.md): chance is 0.5; 0.75 on the whole set means the scorer orders at
 * least three pairs in four the way a practitioner does, and leaves room below the measured
 * figures (0.85–0.88) for the scorer's weights to move without this test flapping. The held-out
 * quarter, never inspected while tuning, has about 80 pairs per dimension, so its bar is lower.
 */
import { describe, expect, it } from 'vitest';
import { LABELLED_DIMENSIONS, loadCalibration, pairwiseAgreement, scoreAll } from './calibration.ts';

const WHOLE_SET_THRESHOLD = 0.75;
const HOLDOUT_THRESHOLD = 0.7;

const scored = scoreAll(loadCalibration());

describe('calibration agreement', () => {
  it('has at least 120 labelled statements in at least four contexts', () => {
    expect(scored.length).toBeGreaterThanOrEqual(120);
    expect(new Set(scored.map((s) => s.statement.context)).size).toBeGreaterThanOrEqual(4);
  });

  it.each(LABELLED_DIMENSIONS)('%s: pairwise ranking accuracy on the whole set', (dimension) => {
    const a = pairwiseAgreement(scored, dimension);
    expect(a.pairs).toBeGreaterThan(1000);
    expect(a.accuracy).toBeGreaterThanOrEqual(WHOLE_SET_THRESHOLD);
  });

  it.each(LABELLED_DIMENSIONS)('%s: pairwise ranking accuracy on the held-out statements', (dimension) => {
    const a = pairwiseAgreement(
      scored.filter((s) => s.statement.holdout),
      dimension,
    );
    expect(a.pairs).toBeGreaterThan(50);
    expect(a.accuracy).toBeGreaterThanOrEqual(HOLDOUT_THRESHOLD);
  });

  it('the agreement measure itself orders pairs the way the labels do', () => {
    // A scorer that returned the labels would agree perfectly; one that returned them reversed, not at all.
    const asLabels = scored.map((s) => ({ ...s, scores: { ...s.scores, empathy: { score: s.statement.labels.empathy * 20, cues: [] } } }));
    const reversed = scored.map((s) => ({ ...s, scores: { ...s.scores, empathy: { score: 100 - s.statement.labels.empathy * 20, cues: [] } } }));
    expect(pairwiseAgreement(asLabels, 'empathy').accuracy).toBe(1);
    expect(pairwiseAgreement(reversed, 'empathy').accuracy).toBe(0);
  });
});
