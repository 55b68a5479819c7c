import { readFileSync, writeFileSync } from 'node:fs';
import { UsageError } from './args.ts';

/** Exit codes of the CLI contract. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

/** The outcome of a command: what to print, and how to exit. */
export interface CommandOutput {
  readonly stdout: string;
  readonly stderr?: string;
  readonly code: number;
}

export function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`no such file: ${path}`);
    if (code === 'EISDIR') throw new UsageError(`${path} is a folder, not a file`);
    throw new UsageError(`cannot read ${path}: ${(e as Error).message}`);
  }
}

export function writeText(path: string, text: string): void {
  try {
    writeFileSync(path, text);
  } catch (e) {
    throw new UsageError(`cannot write ${path}: ${(e as Error).message}`);
  }
}

/** One JSON document, keys in a stable order, ending with a newline. */
export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
