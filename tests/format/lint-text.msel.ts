import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * `crisis msel import` on two sheets whose problems quote lint's words (a trigger that does not
 * read, an imported scenario that does not lint), with the temporary folder written as <dir>.
 */
export function mselImportText(run: (argv: string[]) => { stdout: string; stderr?: string }, fixtures: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'msel-words-'));
  try {
    const out: string[] = [];
    for (const sheet of ['msel-triggers.csv', 'msel-lint.csv']) {
      const r = run(['msel', 'import', join(fixtures, sheet), '--out', join(dir, `${sheet}.yaml`)]);
      out.push(r.stdout, r.stderr ?? '');
    }
    return out.join('').split(dir).join('<dir>').split(fixtures).join('<fixtures>');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
