/**
 * A small argument parser: each command declares its flags, and anything else is a usage error
 * (exit 2) with a hint, never a stack trace.
 */
export class UsageError extends Error {}

export type FlagKind = 'string' | 'number' | 'boolean';

export interface CommandSpec {
  readonly flags: Readonly<Record<string, FlagKind>>;
  readonly minPositionals: number;
  readonly maxPositionals: number;
}

export interface ParsedArgs {
  readonly positionals: readonly string[];
  readonly strings: ReadonlyMap<string, string>;
  readonly numbers: ReadonlyMap<string, number>;
  readonly booleans: ReadonlySet<string>;
}

/** A number as people write one: 12, -3, 0.5, 1e-4. Not "", "0x1f", "1_000" or "Infinity". */
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

export function parseArgs(argv: readonly string[], spec: CommandSpec, command: string): ParsedArgs {
  const positionals: string[] = [];
  const strings = new Map<string, string>();
  const numbers = new Map<string, number>();
  const booleans = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (!arg.startsWith('--') || arg === '--') {
      if (arg !== '--') positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    const kind = Object.hasOwn(spec.flags, name) ? spec.flags[name] : undefined;
    if (!kind) {
      const known = Object.keys(spec.flags).map((f) => `--${f}`).join(', ');
      throw new UsageError(`unknown flag --${name} for "${command}"${known ? `; it takes ${known}` : ''}`);
    }
    // The last of two values would win silently: say so instead.
    if (strings.has(name) || numbers.has(name) || booleans.has(name)) throw new UsageError(`--${name} is given twice; give it once`);
    if (kind === 'boolean') {
      if (eq >= 0) throw new UsageError(`--${name} takes no value`);
      booleans.add(name);
      continue;
    }
    const value: string | undefined = eq >= 0 ? arg.slice(eq + 1) : argv[i + 1];
    if (eq < 0) i += 1;
    if (value === undefined || (eq < 0 && value.startsWith('--'))) throw new UsageError(`--${name} needs a value`);
    if (kind === 'number') {
      const n = DECIMAL.test(value.trim()) ? Number(value) : NaN;
      if (!Number.isFinite(n)) throw new UsageError(`--${name} needs a number, not "${value}"`);
      numbers.set(name, n);
    } else {
      strings.set(name, value);
    }
  }
  if (positionals.length < spec.minPositionals) throw new UsageError(`"${command}" needs ${spec.minPositionals === 1 ? 'a file' : `${spec.minPositionals} arguments`}`);
  if (positionals.length > spec.maxPositionals) throw new UsageError(`"${command}" takes at most ${spec.maxPositionals} argument${spec.maxPositionals === 1 ? '' : 's'}; got "${positionals.slice(spec.maxPositionals).join(' ')}"`);
  return { positionals, strings, numbers, booleans };
}
