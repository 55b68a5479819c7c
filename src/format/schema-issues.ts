/**
 * Turns zod's validation issues into diagnostics an author can act on: a stable code, the exact
 * key or value at fault, and a suggestion where one is obvious ("chanel" → "channel").
 */
import type { z } from 'zod';
import { EFFECT_VERBS } from './schema.ts';
import { didYouMean } from './suggest.ts';
import type { PathSegment } from './yaml-source.ts';

export interface SchemaProblem {
  readonly code: string;
  readonly message: string;
  readonly path: readonly PathSegment[];
  /** Point at the key rather than its value (unknown keys). */
  readonly atKey: boolean;
}

type Issue = z.core.$ZodIssue;

/**
 * @param input the value that was validated (paths in issues are relative to it)
 * @param prefix where `input` sits in the file
 * @param schemaRoot the schema `input` was validated against, to suggest the right key names
 */
export function describeIssues(issues: readonly Issue[], input: unknown, prefix: readonly PathSegment[], schemaRoot: z.ZodType): SchemaProblem[] {
  const out: SchemaProblem[] = [];
  for (const issue of issues) out.push(...describeIssue(issue, input, prefix, schemaRoot));
  return out;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[seg];
  }
  return v;
}

function kindOf(v: unknown): string {
  if (v === null) return 'nothing (null)';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a map';
  if (typeof v === 'string') return `the text "${v.length > 40 ? `${v.slice(0, 40)}…` : v}"`;
  // YAML's .nan and .inf are numbers too; name them as the author wrote them.
  if (typeof v === 'number') return Number.isFinite(v) ? `the number ${v}` : `the value ${Number.isNaN(v) ? '.nan' : v > 0 ? '.inf' : '-.inf'}`;
  if (typeof v === 'boolean') return `${v}`;
  return typeof v;
}

const EXPECTED_NAMES: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a map of keys',
  record: 'a map of keys',
};

function label(path: readonly PathSegment[]): string {
  const last = path[path.length - 1];
  return last === undefined ? 'the file' : typeof last === 'number' ? `item ${last + 1}` : `"${last}"`;
}

function describeIssue(issue: Issue, input: unknown, prefix: readonly PathSegment[], schemaRoot: z.ZodType): SchemaProblem[] {
  const local = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const path = [...prefix, ...local];
  const value = valueAt(input, local);
  const at = (code: string, message: string, atKey = false): SchemaProblem[] => [{ code, message, path, atKey }];

  switch (issue.code) {
    case 'invalid_type': {
      if (value === undefined) {
        const parentPath = path.slice(0, -1);
        const last = path[path.length - 1];
        return [{ code: 'SC101', message: `missing required key "${String(last)}"`, path: parentPath, atKey: false }];
      }
      return at('SC103', `${label(path)} should be ${EXPECTED_NAMES[issue.expected] ?? issue.expected}, not ${kindOf(value)}`);
    }
    case 'unrecognized_keys': {
      const known = knownKeysAt(schemaRoot, local);
      // A key another form of this map accepts ("option" and "text" both answer a step, but not together).
      return issue.keys.map((key) => ({
        code: 'SC102',
        message: known.includes(key) ? `"${key}" cannot be used together with the other keys here` : `unknown key "${key}"${didYouMean(key, known)}`,
        path: [...path, key],
        atKey: true,
      }));
    }
    case 'invalid_value': {
      if (value === undefined) {
        return [{ code: 'SC101', message: `missing required key "${String(path[path.length - 1])}"`, path: path.slice(0, -1), atKey: false }];
      }
      const allowed = issue.values.map(String);
      if (path[path.length - 1] === 'formatVersion') {
        return at('SC008', `formatVersion ${JSON.stringify(value)} is not supported; this version of Crisis Room reads formatVersion ${allowed.join(', ')}`);
      }
      const shown = allowed.length > 14 ? `${allowed.slice(0, 14).join(', ')}, …` : allowed.join(', ');
      return at('SC104', `${kindOf(value)} is not allowed for ${label(path)}; use one of: ${shown}${typeof value === 'string' ? didYouMean(value, allowed) : ''}`);
    }
    case 'too_small':
    case 'too_big': {
      const isList = Array.isArray(value);
      const bound = String(issue.code === 'too_small' ? issue.minimum : issue.maximum);
      if (isList && issue.code === 'too_big') {
        return at('SC110', `${label(path)} has ${value.length} items; the format allows at most ${Number(bound).toLocaleString('en')}`);
      }
      if (typeof value === 'number' && path.includes('spread')) {
        const perHour = ['lambda', 'sigma', 'delta', 'kappa'].includes(String(path[path.length - 1])) ? ' per hour' : '';
        return at('SC109', `${label(path)} must be ${issue.code === 'too_small' ? `at least ${bound}` : `at most ${bound}`}${perHour}, not ${kindOf(value)}: the rumour model means nothing outside that range`);
      }
      if (isList) {
        return at('SC104', `${label(path)} needs ${issue.code === 'too_small' ? 'at least' : 'at most'} ${bound} item${bound === '1' ? '' : 's'}`);
      }
      if (typeof value === 'string') {
        return at('SC104', `${label(path)} must ${issue.code === 'too_small' ? 'not be empty' : `be at most ${bound} characters`}`);
      }
      return at('SC104', `${label(path)} must be ${issue.code === 'too_small' ? `at least ${bound}` : `at most ${bound}`}, not ${kindOf(value)}`);
    }
    case 'invalid_format':
    case 'custom': {
      const message = issue.message;
      if (/longest duration/.test(message)) return at('SC108', `${kindOf(value)} is too long: ${message}`);
      if (/duration/.test(message)) return at('SC105', `${kindOf(value)} is not a duration: ${message}`);
      if (/^an id /.test(message)) return at('SC107', `${kindOf(value)} is not a valid id: ${message}`);
      if (issue.code === 'invalid_format' && issue.format === 'datetime') {
        return at('SC104', `${kindOf(value)} is not an ISO date-time with an offset, like "2026-05-12T07:30:00+02:00"`);
      }
      return at('SC104', `${label(path)}: ${message}`);
    }
    case 'invalid_union':
      return describeUnion(issue, value, path, input, prefix, schemaRoot);
    default:
      return at('SC104', `${label(path)}: ${issue.message}`);
  }
}

/** The keys the schema allows at a path, for "did you mean". */
function knownKeysAt(schema: z.ZodType | undefined, path: readonly PropertyKey[]): string[] {
  let nodes: z.ZodType[] = schema ? [schema] : [];
  for (const seg of path) {
    nodes = nodes.flatMap((n) => childSchemas(unwrap(n), seg));
  }
  return [...new Set(nodes.flatMap((n) => unwrapAll(n).flatMap((u) => (isObject(u) ? Object.keys(u.shape) : []))))];
}

type Def = { type: string; innerType?: z.ZodType; element?: z.ZodType; options?: z.ZodType[]; valueType?: z.ZodType };

function def(s: z.ZodType): Def {
  return (s as unknown as { _zod: { def: Def } })._zod.def;
}

function unwrap(s: z.ZodType): z.ZodType {
  let cur = s;
  for (let d = def(cur); (d.type === 'default' || d.type === 'optional' || d.type === 'nullable' || d.type === 'prefault') && d.innerType; d = def(cur)) {
    cur = d.innerType;
  }
  return cur;
}

function unwrapAll(s: z.ZodType): z.ZodType[] {
  const u = unwrap(s);
  const d = def(u);
  return d.type === 'union' && d.options ? d.options.flatMap(unwrapAll) : [u];
}

function isObject(s: z.ZodType): s is z.ZodObject {
  return def(s).type === 'object';
}

function childSchemas(s: z.ZodType, seg: PropertyKey): z.ZodType[] {
  return unwrapAll(s).flatMap((u) => {
    const d = def(u);
    if (d.type === 'object' && typeof seg === 'string') {
      const child: z.ZodType | undefined = (u as z.ZodObject).shape[seg] as z.ZodType | undefined;
      return child ? [child] : [];
    }
    if (d.type === 'array' && typeof seg === 'number' && d.element) return [d.element];
    if (d.type === 'record' && d.valueType) return [d.valueType];
    return [];
  });
}

function describeUnion(
  issue: Extract<Issue, { code: 'invalid_union' }>,
  value: unknown,
  path: readonly PathSegment[],
  input: unknown,
  prefix: readonly PathSegment[],
  schemaRoot: z.ZodType,
): SchemaProblem[] {
  const isEffect = path.some((p) => p === 'effects' || p === 'onTimeout' || p === 'onResponse');
  if (isEffect && value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const keys = Object.keys(value);
    const verbs = keys.filter((k) => (EFFECT_VERBS as readonly string[]).includes(k));
    if (verbs.length === 0) {
      const first = keys[0] ?? '';
      return [
        {
          code: 'SC106',
          message: `"${first}" is not an effect${didYouMean(first, EFFECT_VERBS)}; effects are ${EFFECT_VERBS.join(', ')}`,
          path: first ? [...path, first] : path,
          atKey: first !== '',
        },
      ];
    }
    if (verbs.length > 1) {
      return [{ code: 'SC106', message: `one effect per list item: split ${verbs.map((v) => `"${v}"`).join(' and ')} into separate items`, path, atKey: false }];
    }
    // The verb is right but its arguments are not: explain the alternative for that verb. The
    // Effect union lists its alternatives in EFFECT_VERBS order.
    const chosen = issue.errors[EFFECT_VERBS.indexOf(verbs[0] as (typeof EFFECT_VERBS)[number])];
    if (chosen) {
      const nested = chosen.map((e) => ({ ...e, path: [...issue.path, ...e.path] })) as Issue[];
      return describeIssues(nested, input, prefix, schemaRoot).map((p) => ({ ...p, code: p.code === 'SC102' ? 'SC106' : p.code }));
    }
  }
  if (typeof value === 'number' && path[path.length - 1] !== 'value') {
    return [{ code: 'SC103', message: `${label(path)} should be a text (or a map of language → text), not ${kindOf(value)}`, path, atKey: false }];
  }
  // Pick the alternative that got furthest (fewest issues, deepest paths) to explain the failure.
  const best = [...issue.errors].sort((a, b) => score(b) - score(a))[0];
  if (best && best.length > 0) {
    return describeIssues(best.map((e) => ({ ...e, path: [...issue.path, ...e.path] })), input, prefix, schemaRoot);
  }
  return [{ code: 'SC103', message: `${label(path)} has the wrong shape (${kindOf(value)})`, path, atKey: false }];
}

function score(errs: readonly Issue[]): number {
  const depth = Math.max(0, ...errs.map((e) => e.path.length));
  return depth * 10 - errs.length;
}
