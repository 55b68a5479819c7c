import { closeSync, constants, fstatSync, openSync, readSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { UsageError } from './args.ts';

/** Exit codes of the CLI contract. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

/** The outcome of a command: what to print, and how to exit. */
export interface CommandOutput {
  readonly stdout: string;
  readonly stderr?: string;
  readonly code: number;
}

/** The most any command reads from one file: scenarios and plans (the format's own limit, 1 MB). */
export const MAX_INPUT_BYTES = 1_048_576;
/** Play results and saved sessions: a month-long scenario's result stays well under this. */
export const MAX_JSON_INPUT_BYTES = 32 * 1_048_576;
/** Standard input (`score`): the same as a file; a statement itself is far shorter. */
export const MAX_STDIN_BYTES = MAX_INPUT_BYTES;

/** A file (or standard input) holds more than a command reads: a clear error, never an exhausted heap. */
export class InputTooLarge extends Error {
  readonly limit: number;
  constructor(what: string, limit: number) {
    super(`${what} is larger than ${formatBytes(limit)}, the most this command reads`);
    this.limit = limit;
  }
}

export function formatBytes(n: number): string {
  return n >= 1_048_576 ? `${n / 1_048_576} MB` : `${n.toLocaleString('en')} bytes`;
}

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a pipe (FIFO)';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

/**
 * Reads a regular file, at most `limit` bytes of it. Anything else is refused by its type before a
 * byte is read: a FIFO would block forever, /dev/zero never ends, a folder has no text. The size is
 * checked while reading, not after, so an endless or growing file costs at most `limit` bytes.
 */
export function readText(path: string, limit: number = MAX_INPUT_BYTES): string {
  let fd: number;
  try {
    // Refused by type before opening: opening a FIFO for reading waits for a writer.
    const stats = statSync(path);
    if (!stats.isFile()) throw new UsageError(`${path} is ${kindOf(stats)}; give a file`);
    // Non-blocking, and checked again on the open descriptor, in case the path changed in between.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`no such file: ${path}`);
    if (code === 'EACCES') throw new UsageError(`cannot read ${path}: permission denied`);
    throw new UsageError(`cannot read ${path}: ${(e as Error).message.split('\n')[0] ?? ''}`);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new UsageError(`${path} is ${kindOf(stats)}; give a file`);
    return readBounded(fd, limit, () => new InputTooLarge(path, limit));
  } catch (e) {
    if (e instanceof UsageError || e instanceof InputTooLarge) throw e;
    throw new UsageError(`cannot read ${path}: ${(e as Error).message.split('\n')[0] ?? ''}`);
  } finally {
    closeSync(fd);
  }
}

/** Standard input, at most MAX_STDIN_BYTES; a terminal or pipe that is not ready yet is waited for. */
export function readStdin(limit: number = MAX_STDIN_BYTES): string {
  return readBounded(0, limit, () => new InputTooLarge('standard input', limit));
}

const CHUNK = 65_536;

function readBounded(fd: number, limit: number, tooLarge: () => Error): string {
  const chunks: Buffer[] = [];
  let total = 0;
  const buffer = Buffer.alloc(CHUNK);
  for (;;) {
    let n: number;
    try {
      n = readSync(fd, buffer, 0, CHUNK, null);
    } catch (e) {
      // A non-blocking pipe with nothing in it yet: wait a little rather than spin.
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
        continue;
      }
      if ((e as NodeJS.ErrnoException).code === 'EOF') break;
      throw e;
    }
    if (n === 0) break;
    total += n;
    if (total > limit) throw tooLarge();
    chunks.push(Buffer.from(buffer.subarray(0, n)));
  }
  return Buffer.concat(chunks, total).toString('utf8');
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
