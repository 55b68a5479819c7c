import { describe, expect, it } from 'vitest';
import { loadScenario, type Diagnostic } from '../../src/format/index.ts';
import { createTranslator, lintText } from '../../src/i18n/index.ts';
import { lintItems, type LintFinding } from '../../src/view/team/lint-list.ts';

/** A broken upload's findings as the server's 422 reply carries them (JSON over HTTP). */
function overTheWire(text: string): { found: readonly Diagnostic[]; sent: readonly LintFinding[] } {
  const found = loadScenario(text, 'broken.yaml').diagnostics;
  return { found, sent: JSON.parse(JSON.stringify(found)) as LintFinding[] };
}

const BROKEN = 'formatVersion: 1\nid: broken\ninjects:\n  - id: x\n    at: soon\n';

describe("the facilitator's list of an upload's lint findings", () => {
  it('reads in English as crisis lint prints it, without the file name', () => {
    const en = createTranslator('en');
    const { found, sent } = overTheWire(BROKEN);
    expect(found.length).toBeGreaterThan(1);
    expect(lintItems(en, sent).map((i) => i.text)).toEqual(found.map((d) => `${d.line}:${d.col} ${d.severity} ${d.code} ${lintText(en, d)}`));
  });

  it('in the pseudo-locale every finding is in the catalogue\'s words, none in raw English', () => {
    const pseudo = createTranslator('ar-XB');
    const en = createTranslator('en');
    const { found, sent } = overTheWire(BROKEN);
    const items = lintItems(pseudo, sent);
    found.forEach((d, i) => {
      const text = items[i]?.text ?? '';
      // The message itself went through the translator (the pseudo-locale marks what it rendered)…
      expect(text).toContain(lintText(pseudo, d));
      expect(text).toContain(pseudo.t(`lint.severity.${d.severity}`));
      // …and nothing of the English sentence or severity word is left as it was.
      expect(text).not.toContain(lintText(en, d));
      expect(text).not.toMatch(/\berror\b|\bwarning\b/);
    });
  });

  it('a finding this version has no words for shows its code and where to look, and breaks nothing', () => {
    const en = createTranslator('en');
    const items = lintItems(en, [
      { line: 3, col: 5, severity: 'error', code: 'SC777', key: 'lint.SC777.from-the-future', params: {} },
      { line: 4, col: 1, severity: 'warning', code: 'SC202', key: 'lint.SC202.unknown', params: null },
      { line: 5, col: 1, severity: 'error', code: 'SC202', key: 'lint.SC104.not-allowed', params: { at: { key: 'x' } } },
    ]);
    expect(items.map((i) => i.text)).toEqual([
      '3:5 error SC777 run "crisis lint" on the file for the details',
      '4:1 warning SC202 run "crisis lint" on the file for the details',
      '5:1 error SC202 run "crisis lint" on the file for the details',
    ]);
  });
});
