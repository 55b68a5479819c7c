/**
 * Fuzzing the report with arbitrary strings wherever trainees, facilitators and authors write:
 * statement texts, seats, claims, notes, titles, ids. In HTML no string ever comes out as markup,
 * in CSV every field reads back exactly as it went in, and in Markdown no string can open a
 * structure (a table row, a heading, a link or raw HTML).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlayResult } from '../../src/engine/index.ts';
import { buildReport } from '../../src/report/aar.ts';
import { renderCsv } from '../../src/report/csv.ts';
import { renderHtml } from '../../src/report/html.ts';
import { renderMarkdown } from '../../src/report/markdown.ts';
import { denyResult } from '../report/fixtures.ts';
import { parseCsv } from '../report/rfc4180.ts';
import { fuzzParams, PROPERTY_TIMEOUT_MS } from './settings.ts';

/** Any text, with the characters each format gives a meaning to drawn often. */
const hostileText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
      { weight: 2, arbitrary: fc.constantFrom('<', '>', '&', '"', "'", '`', '|', '#', '*', '_', '[', ']', '(', ')', '!', '\\', '\n', '\r\n', ',', '=', '+', '-', '@', '\t', '\u202e', '\u0000', '😀', '<script>', '</div>', '<!--', ']]>', '&amp;', '&#x3c;', 'javascript:') },
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));

/** A fresh marker tag per string: the templates never write one, so any in the output came from input. */
const MARK = 'x-fuzz';

function withText(texts: readonly string[]): PlayResult {
  const r = denyResult();
  const pick = (i: number): string => `<${MARK}>${texts[i % texts.length] ?? ''}`;
  let k = 0;
  r.title = pick(k++);
  r.organisation = pick(k++);
  r.statements = r.statements.map((s) => ({ ...s, text: pick(k++), seat: pick(k++), claims: { [pick(k++)]: pick(k++) } }));
  r.notes = texts.map((t, i) => ({ at: `${i}m`, by: pick(k++), text: `<${MARK}>${t}` }));
  r.injects = r.injects.map((inj) => ({ ...inj, title: pick(k++) }));
  r.rumours = r.rumours.map((ru) => ({ ...ru, claim: pick(k++) }));
  r.stakeholders = r.stakeholders.map((s) => ({ ...s, name: pick(k++) }));
  return r;
}

describe('report, fuzzed with arbitrary text', () => {
  it(
    'HTML: no text ever comes out as markup',
    () => {
      fc.assert(
        fc.property(fc.array(hostileText, { minLength: 1, maxLength: 8 }), (texts) => {
          const html = renderHtml(buildReport(withText(texts)));
          expect(html).not.toContain(`<${MARK}`);
          expect(html).toContain(`&lt;${MARK}&gt;`);
          expect(html).not.toMatch(/<script|(?:href|src)\s*=\s*["']?\s*javascript:/i);
        }),
        fuzzParams(100),
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'CSV: every field reads back as a strict RFC 4180 file',
    () => {
      fc.assert(
        fc.property(fc.array(hostileText, { minLength: 1, maxLength: 8 }), (texts) => {
          const rows = parseCsv(renderCsv(buildReport(withText(texts))));
          const width = rows[0]?.length ?? 0;
          expect(rows.every((row) => row.length === width)).toBe(true);
          // Cells that start a formula in a spreadsheet are defused.
          for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
        }),
        fuzzParams(100),
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'Markdown: no text opens a raw HTML tag or a table row of its own',
    () => {
      fc.assert(
        fc.property(fc.array(hostileText, { minLength: 1, maxLength: 8 }), (texts) => {
          const md = renderMarkdown(buildReport(withText(texts)));
          expect(md).not.toContain(`<${MARK}`);
          // Every row of every table has the table's number of cells: no text adds a column or a row.
          const cells = (line: string): number => line.replace(/\\\|/g, '').split('|').length;
          let width: number | null = null;
          for (const line of md.split('\n')) {
            if (!line.startsWith('|')) {
              width = null;
              continue;
            }
            width ??= cells(line);
            expect(cells(line), line).toBe(width);
          }
        }),
        fuzzParams(100),
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});
