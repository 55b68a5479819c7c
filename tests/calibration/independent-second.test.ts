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
/** Recorded when each second annotation was made, before it was compared with anything. */
const RECORDED = {
  'test.yaml': '3a3380270aa8d2fb52eb9c362e5a74c6472ed64d84f9a32b2f900685ff55b660',
  'dev.yaml': '00f6ea0d4fcbe3df4538dabda5bac92133e7a5bb90b2ee070b7b7e5fbea5be16',
  'train.yaml': '6ed506305645c539dea30be771cd2696935dae7f01f250e76947a22cab5fcba6',
  'train2.yaml': '9bfb22cdc8b34d981e6bdad20062ebd53263db80a55d176d74766c3a3de9c536',
  'dev2.yaml': '1ba1c224025062e31883ded185b8fc48a02d70487bb3bcfdae6b3afda2bc4b10',
  // Recorded when train3-train23 were read a second time (2026-11-30, session 9), before any comparison.
  'train3.yaml': '372e763f7b07be41b52c38b006fd54cd56a5cca0deb4f958f8ea5f13f55acb8b',
  'train4.yaml': 'ffefb35cf535be5b0e1d51e6b765e0e841a9fcb8ae7664803acb772283a562b9',
  'train5.yaml': 'cc092e4794e04dbe59063872bcbd9a84d18bec19a183c20980eb3af1f03d42bd',
  'train6.yaml': 'e425d2bd547e5fee137fb8d57d76ae5bee6e98e983386159cbd45ce8a446a36b',
  'train7.yaml': '7185ec64e579d106e8138551110d6b71d849d08d401753829cb4dc78b1c5c57a',
  'train8.yaml': 'baa67f43eb5eccf3b4829dc863a11c98f1e89eb46e39dbaf1d380f136a3f4b47',
  'train9.yaml': '304e21325c042e8e155ac50a2a01f81dba38736d8d7e289e9dc990825f1e9277',
  'train10.yaml': 'fef35bb2c44650fd4a357c2956f844a7583abbe99ab57bd21759f4c4c92f630c',
  'train11.yaml': 'f7cc241fad15f6577a63cd471c2b0d01c68a71762ac563f3e23053d53ac9a8b0',
  'train12.yaml': 'c05eb46e5b99b6107212ca102ae1fcf3377ddfcb78fe9a28c2db0cc4e16809b6',
  'train13.yaml': '6aff01f23bbe64312ab650166c8354abc13cd243e1540c653f2e410d4b01bd4e',
  'train14.yaml': '2646af6be1e41a2000171cee6dc6edd2f08e91b6ee4f166829315e35fb707680',
  'train15.yaml': '7a5e821a40286386321a7ec7a3ce44f2fb84a8ec61280b9d9782f941f46ca4eb',
  'train16.yaml': '654328ee7f57169821cc9b462590e5f89d5acd3f362cb38d8d6806854695b504',
  'train17.yaml': '3c9b352e1ed13580474914b597eee584bd68c29e37c19196a4a77b53e187e937',
  'train18.yaml': '7c9c6ea0183a7bd1dd66c94fb26fa4f1c2510a4b9bfff5dc5522583c5e6591b6',
  'train19.yaml': 'e870275012f91ec73217fcf447c51bfd43df4ba0ff6336c0d51083d1671b2d69',
  'train20.yaml': '455f27ddcfc0eef86bf7ae25f8fd30c281ab5e631e77c4471e5aaec1dd5139d4',
  'train21.yaml': '37f1d2c2a2572deb29ef3a86e5bf20ecc865feddaa84ef9a0545800f1ec36f8a',
  'train22.yaml': '73bd27cb7a8149b4077d2637b9a1ea405a5c64712b46889268a7fd2d85807f4c',
  'train23.yaml': '606f575865e9ac5f4aab1aa903a58cd4f276d3740731b4747845386edb21491e',
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
