import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledPlans, playJson } from '../../scripts/update-golden.ts';
import { readPlayResult, RESULT_KIND, RESULT_VERSION } from '../../src/engine/index.ts';
import { createTranslator } from '../../src/i18n/index.ts';

describe('golden results of the bundled plans (npm run golden regenerates them after a reviewed change)', () => {
  for (const p of bundledPlans()) {
    it(`${p.plan} plays exactly as recorded in ${p.golden}`, () => {
      const first = playJson(p.scenario, p.plan);
      expect(playJson(p.scenario, p.plan)).toBe(first);
      expect(first).toBe(readFileSync(p.golden, 'utf8'));
    });
  }
});

describe('golden results are data: every cue and refusal carries a code from the catalogue', () => {
  const en = createTranslator('en');
  for (const p of bundledPlans()) {
    it(`${p.golden} reads back as a current result whose codes all have words`, () => {
      const read = readPlayResult(JSON.parse(readFileSync(p.golden, 'utf8')));
      expect(read.ok).toBe(true);
      if (!read.ok) return;
      expect([read.result.kind, read.result.version]).toEqual([RESULT_KIND, RESULT_VERSION]);
      const cues = [...read.result.sessionCues, ...read.result.injects.flatMap((i) => i.cues), ...read.result.statements.flatMap((s) => s.cues)];
      expect(cues.length).toBeGreaterThan(100);
      for (const c of cues) {
        expect(en.has(c.code), c.code).toBe(true);
        expect(c.anchor === null || en.has(`anchor.${c.anchor}`), String(c.anchor)).toBe(true);
      }
      for (const s of read.result.skipped) expect(en.has(s.refusal.code)).toBe(true);
      expect(JSON.stringify(read.result)).not.toMatch(/"reason"/);
    });
  }
});
