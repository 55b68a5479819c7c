import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as format from '../../src/format/index.ts';
import { createTranslator, diagnosticLine, lintText } from '../../src/i18n/index.ts';
import { lint as enLint } from '../../src/i18n/messages/en/lint.ts';
import { run } from '../../src/cli/run.ts';
import { lintLines } from './lint-text.run.ts';
import { mselImportText } from './lint-text.msel.ts';

/**
 * Sentences the corpus cannot reach with a small file: the loader's internal-error path, the size
 * guards (tests/format/hostile-input.test.ts and the CLI's tests reach them), the YAML library's
 * duplicate-key report (the loader finds duplicates itself first), checks that an earlier one
 * pre-empts today (formatVersion, a number-then-letters duration, a union with no closer
 * alternative), and a playbook filed under another id, which the examples' resolver cannot produce
 * (tests/format/playbook.test.ts does).
 */
const NOT_IN_CORPUS = new Set<string>([
  'lint.SC002.yaml',
  'lint.SC008.unsupported',
  'lint.SC103.wrong-shape',
  'lint.condition.not-duration',
  'lint.SC502.wrong-playbook',
  'lint.SC003.expands',
  'lint.SC005.file-bytes',
  'lint.SC005.file-chars',
  'lint.SC005.too-many-values',
  'lint.SC006.unreadable',
  'lint.SC104.validator',
  'lint.SC107.invalid-key',
  'lint.SC109.fade',
  'lint.SC110.too-many-injects',
  'lint.SC110.too-many-items',
  'lint.SC110.too-many-variables',
  'lint.SC999.internal',
]);

describe('lint text', () => {
  /**
   * The words of every finding, as `crisis lint` prints them, recorded from the loader before lint
   * messages moved to the message catalogue: scripts and editors read these lines, so the English
   * must not drift. Regenerate only for a deliberate change of wording, and say so in the commit.
   */
  it('every catalogue example and corpus case says exactly what it said before', () => {
    const expected = readFileSync('tests/fixtures/lint-text/expected.txt', 'utf8').trimEnd().split('\n');
    const en = createTranslator('en');
    expect(lintLines(format, (d) => diagnosticLine(en, d))).toEqual(expected);
  });

  it('MSEL import problems that quote lint (a trigger that does not read, a scenario that does not lint) say what they said before', () => {
    expect(mselImportText(run, 'tests/fixtures/lint-text')).toBe(readFileSync('tests/fixtures/lint-text/msel-expected.txt', 'utf8'));
  });

  it('the corpus says every sentence of the lint catalogue at least once', () => {
    const said = new Set<string>();
    const note = (m: format.LintMessage): void => {
      said.add(m.key);
      if (m.key === 'lint.in-condition') note(m.params.problem);
    };
    lintLines(format, (d) => {
      note(d);
      return '';
    });
    const unsaid = Object.keys(enLint).filter((k) => !said.has(k) && !NOT_IN_CORPUS.has(k));
    expect(unsaid).toEqual([]);
  });

  it('a finding shown in the pseudo-locale has no untranslated English in it', () => {
    const pseudo = createTranslator('ar-XB');
    const found = format.loadScenario('formatVersion: 1\nid: x\n', 'x.yaml').diagnostics;
    expect(found.length).toBeGreaterThan(0);
    for (const d of found) expect(lintText(pseudo, d)).toMatch(/^\u202B.*\u202C$/su);
  });
});
