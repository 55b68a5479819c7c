/**
 * The independent set's evaluation (tests/calibration/independent/evaluate.ts) on the train and
 * dev splits of both batches. The frozen test split is only read by the report command, to publish figures.
 * Floors sit below the figures in docs/analyser.md so that a change to a detector that loses
 * recall or precision on wording nobody anticipated fails here.
 */
import { describe, expect, it } from 'vitest';
import { LABELLED_ELEMENTS, LABELLED_PENALTIES, empathyOf, evaluateSplit, internalAgreement, loadSplit, macroF1, perCode, rankingAgreement, type Evaluated } from './independent/evaluate.ts';

const FLOORS = {
  train: { macroF1: 0.75, ranking: 0.8 },
  dev: { macroF1: 0.4, ranking: 0.74 },
  train2: { macroF1: 0.6, ranking: 0.8 },
  dev2: { macroF1: 0.55, ranking: 0.75 },
} as const;

describe.each(['train', 'dev', 'train2', 'dev2'] as const)('independent calibration, %s split', (split) => {
  const situations = loadSplit(split);
  const results = evaluateSplit(situations);

  it('reads every statement of the split', () => {
    expect(results.length).toBeGreaterThanOrEqual(90);
    expect(results.length).toBe(situations.reduce((n, s) => n + s.statements.length, 0));
    expect(new Set(results.map((r) => r.situation.id)).size).toBe(situations.length);
  });

  it('macro-F1 over the 16 labelled elements and penalties stays above its floor', () => {
    expect(macroF1(perCode(results, [...LABELLED_ELEMENTS, ...LABELLED_PENALTIES]))).toBeGreaterThanOrEqual(FLOORS[split].macroF1);
  });

  it('empathy ranking within situations stays above its floor', () => {
    expect(rankingAgreement(results, empathyOf).agreement).toBeGreaterThanOrEqual(FLOORS[split].ranking);
  });
});

describe('the measures themselves', () => {
  const results = evaluateSplit(loadSplit('dev'));
  const asLabelled = (r: Evaluated): Evaluated => ({
    ...r,
    found: new Set([...r.statement.elements, ...r.statement.penalties]),
    acts: new Set(r.statement.internal ?? []),
  });

  it('labels read back as detections score F1 1 and internal acts agree exactly', () => {
    const perfect = results.map(asLabelled);
    expect(macroF1(perCode(perfect, [...LABELLED_ELEMENTS, ...LABELLED_PENALTIES]))).toBe(1);
    expect(internalAgreement(perfect).exact).toBe(1);
  });

  it('finding nothing scores recall 0 on every labelled code', () => {
    const none = results.map((r) => ({ ...r, found: new Set<string>() }));
    for (const row of perCode(none, LABELLED_ELEMENTS)) expect(row.recall).toBe(0);
  });

  it('ranking by the labels agrees fully, by the reversed labels not at all', () => {
    expect(rankingAgreement(results, (r) => r.statement.empathy).agreement).toBe(1);
    expect(rankingAgreement(results, (r) => -r.statement.empathy).agreement).toBe(0);
  });
});
