import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'crisis-robust-'));
let n = 0;

/** Writes `text` to a fresh file in a temporary folder and returns its path. */
export function tempFile(name: string, text: string): string {
  n += 1;
  const path = join(dir, `${n}-${name}`);
  writeFileSync(path, text);
  return path;
}

export const TEMP_DIR = dir;
