/**
 * Every detector on its minimal pairs (tests/calibration/minimal-pairs.yaml): two statements that
 * differ only in the element the detector is about; it must fire on one and not on the other.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { MINIMAL_PAIRS_FILE } from '../calibration/contexts.ts';
import { annotateIn, detectorFires } from './helpers.ts';

const Pairs = z.strictObject({
  pairs: z.array(z.strictObject({ detector: z.string(), context: z.string(), fires: z.string(), silent: z.string() })).min(1),
});
const { pairs } = Pairs.parse(parse(readFileSync(MINIMAL_PAIRS_FILE, 'utf8')));

describe('minimal pairs', () => {
  it.each(pairs.map((p) => [p.detector, p.fires, p.silent, p.context] as const))('%s fires on "%s", not on "%s"', (detector, fires, silent, context) => {
    expect(detectorFires(annotateIn(context, fires), detector), `should fire: ${fires}`).toBe(true);
    expect(detectorFires(annotateIn(context, silent), detector), `should stay silent: ${silent}`).toBe(false);
  });

  it('covers every empathy element, penalty and posture', async () => {
    const { EMPATHY_ELEMENTS, PENALTIES, POSTURES } = await import('../../src/format/vocabulary.ts');
    const names = new Set(pairs.map((p) => p.detector));
    for (const e of EMPATHY_ELEMENTS) expect(names.has(`empathy:${e}`) || names.has(`empathy-full:${e}`), e).toBe(true);
    for (const p of PENALTIES) expect(names.has(`penalty:${p}`), p).toBe(true);
    for (const p of POSTURES) expect(names.has(`posture:${p}`), p).toBe(true);
    for (const d of ['instructions', 'unknowns', 'next-update', 'contact', 'commitment', 'hedge']) expect(names.has(d), d).toBe(true);
  });
});
