import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as format from '../../src/format/index.ts';
import { lintLines } from './lint-text.run.ts';

/**
 * The words of every finding, as `crisis lint` prints them, recorded from the loader before lint
 * messages moved to the message catalogue: scripts and editors read these lines, so the English must
 * not drift. Regenerate only for a deliberate change of wording, and say so in the commit.
 */
describe('lint text', () => {
  it('every catalogue example and corpus case says exactly what it said before', () => {
    const expected = readFileSync('tests/fixtures/lint-text/expected.txt', 'utf8').trimEnd().split('\n');
    expect(lintLines(format, (d) => format.formatDiagnostic(d))).toEqual(expected);
  });
});
