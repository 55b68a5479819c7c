import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOGUE, exampleOptions, exampleText, loadScenario } from '../../src/format/index.ts';
import { renderDiagnosticsDoc } from '../../scripts/diagnostics-doc.ts';
import { lintEn } from '../helpers.ts';

describe('diagnostic catalogue', () => {
  it('has unique codes in order', () => {
    const codes = CATALOGUE.map((e) => e.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect([...codes].sort()).toEqual(codes);
  });

  for (const entry of CATALOGUE) {
    describe(`${entry.code} ${entry.title}`, () => {
      it('the bad example reports it, with a position and the documented severity', () => {
        const result = loadScenario(exampleText(entry.bad), 'bad.yaml', exampleOptions());
        const hits = result.diagnostics.filter((d) => d.code === entry.code);
        expect(hits.length, JSON.stringify(result.diagnostics, null, 2)).toBeGreaterThan(0);
        for (const d of hits) {
          expect(d.severity).toBe(entry.severity);
          expect(d.line).toBeGreaterThan(0);
          expect(d.col).toBeGreaterThan(0);
          expect(lintEn(d).length).toBeGreaterThan(10);
        }
      });

      it('the good example is clean', () => {
        const result = loadScenario(exampleText(entry.good), 'good.yaml', exampleOptions());
        expect(result.diagnostics).toEqual([]);
        expect(result.scenario).not.toBeNull();
      });
    });
  }

  it('docs/diagnostics.md is generated from the catalogue and up to date (npm run docs:diagnostics)', () => {
    expect(readFileSync('docs/diagnostics.md', 'utf8')).toBe(renderDiagnosticsDoc());
  });
});
