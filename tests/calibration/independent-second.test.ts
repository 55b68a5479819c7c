/**
 * The second, blind annotation (independent/second/README.md): it must label every statement of its
 * split once and nothing else, and the agreement measures it feeds must behave as measures.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LABELLED_ELEMENTS, LABELLED_PENALTIES, SPLITS, loadSplit, macroF1, perCode, rankingAgreement, type Judged } from './independent/evaluate.ts';
import { hasSecond, kappa, loadSecond, relabelled, secondAgainstWriters } from './independent/second.ts';

const CODES = [...LABELLED_ELEMENTS, ...LABELLED_PENALTIES];
/** Recorded when the second annotation was made (2026-11-30), before it was compared with anything. */
const RECORDED = {
  'test.yaml': '3a3380270aa8d2fb52eb9c362e5a74c6472ed64d84f9a32b2f900685ff55b660',
  'dev.yaml': '00f6ea0d4fcbe3df4538dabda5bac92133e7a5bb90b2ee070b7b7e5fbea5be16',
  'train.yaml': '6ed506305645c539dea30be771cd2696935dae7f01f250e76947a22cab5fcba6',
  'train2.yaml': '9bfb22cdc8b34d981e6bdad20062ebd53263db80a55d176d74766c3a3de9c536',
  'dev2.yaml': '1ba1c224025062e31883ded185b8fc48a02d70487bb3bcfdae6b3afda2bc4b10',
} as const;

describe('the second annotation', () => {
  it.each(Object.entries(RECORDED))('second/%s is byte for byte the annotation as recorded', (file, sha) => {
    expect(createHash('sha256').update(readFileSync(`tests/calibration/independent/second/${file}`)).digest('hex')).toBe(sha);
  });

  it.each(SPLITS.filter(hasSecond))('labels every statement of the %s split exactly once', (split) => {
    const situations = loadSplit(split);
    const second = loadSecond(split, situations);
    expect(second.size).toBe(situations.reduce((n, s) => n + s.statements.length, 0));
  });

  it('a second reader agrees with the writers far above chance on the train split', () => {
    const situations = loadSplit('train');
    const human = secondAgainstWriters(situations, loadSecond('train', situations));
    expect(macroF1(perCode(human, CODES))).toBeGreaterThan(0.85);
    for (const code of CODES) expect(kappa(human, code), code).toBeGreaterThan(0.5);
  });
});

describe('the agreement measures', () => {
  const situations = loadSplit('dev');
  const second = loadSecond('dev', situations);
  const writers: Judged[] = situations.flatMap((situation) =>
    situation.statements.map((statement) => ({ situation, statement, found: new Set<string>([...statement.elements, ...statement.penalties]), acts: new Set<string>(statement.internal ?? []) })),
  );

  it('kappa is 1 for a reader who agrees on every statement and below 0 for one who disagrees on every statement', () => {
    for (const code of ['concern', 'minimising']) {
      expect(kappa(writers, code)).toBe(1);
      const contrary = writers.map((r) => ({ ...r, found: new Set(r.found.has(code) ? [] : [code]) }));
      expect(kappa(contrary, code)).toBeLessThan(0);
    }
  });

  it('relabelling with the second reader makes the second reader the reference', () => {
    const human = secondAgainstWriters(situations, second);
    const swapped = human.map((r) => ({ ...r, statement: relabelled(r.statement, second) }));
    expect(macroF1(perCode(swapped, CODES))).toBe(1);
    expect(rankingAgreement(swapped, (r) => second.get(r.statement.id)?.empathy ?? 0).agreement).toBe(1);
  });
});
