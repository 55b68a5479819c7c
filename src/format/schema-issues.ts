/**
 * Turns zod's validation issues into diagnostics an author can act on: a stable code, the exact
 * key or value at fault, and a suggestion where one is obvious ("chanel" → "channel").
 */
import type { z } from 'zod';
import { lint, type Found, type KeyRule, type LintMessage, type Place, type Rule } from './diagnostics/messages.ts';
import { MAX_DURATION_TEXT } from './limits.ts';
import { EFFECT_VERBS, ID_MAX, ID_PATTERN, LANGUAGE_PATTERN, TOLERANCE_PATTERN } from './schema.ts';
import { closest } from './suggest.ts';
import type { PathSegment } from './yaml-source.ts';

export interface SchemaProblem {
  readonly code: string;
  readonly message: LintMessage;
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

function kindOf(v: unknown): Found {
  if (v === null) return { kind: 'null' };
  if (Array.isArray(v)) return { kind: 'list' };
  if (typeof v === 'object') return { kind: 'map' };
  if (typeof v === 'string') return { kind: 'text', text: v };
  // YAML's .nan and .inf are numbers too; they are named as the author wrote them.
  if (typeof v === 'number') return Number.isFinite(v) ? { kind: 'number', value: v } : { kind: Number.isNaN(v) ? 'nan' : v > 0 ? 'inf' : '-inf' };
  if (typeof v === 'boolean') return { kind: 'boolean', value: v };
  return { kind: 'other', type: typeof v };
}

function label(path: readonly PathSegment[]): Place {
  const last = path[path.length - 1];
  return last === undefined ? { file: true } : typeof last === 'number' ? { item: last } : { key: last };
}

/**
 * Which of the schema's own rules an issue is about: a pattern is known by its source, a refinement
 * by the rule it carries (schema.ts passes `params: { rule }`). Null for the validator's own checks.
 */
function ruleOf(issue: Issue): Rule | 'duration' | 'duration-max' | null {
  if (issue.code === 'invalid_format' && issue.format === 'regex') {
    if (issue.pattern === ID_PATTERN.toString()) return 'id-chars';
    if (issue.pattern === LANGUAGE_PATTERN.toString()) return 'language-code';
    if (issue.pattern === TOLERANCE_PATTERN.toString()) return 'tolerance';
  }
  if (issue.code === 'too_big' && issue.origin === 'string' && issue.maximum === ID_MAX) return 'id-length';
  if (issue.code === 'custom') {
    const rule: unknown = issue.params?.rule;
    if (rule === 'id-reserved' || rule === 'duration' || rule === 'duration-max') return rule;
  }
  return null;
}

function describeIssue(issue: Issue, input: unknown, prefix: readonly PathSegment[], schemaRoot: z.ZodType): SchemaProblem[] {
  const local = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const path = [...prefix, ...local];
  const value = valueAt(input, local);
  const at = (code: string, message: LintMessage, atKey = false): SchemaProblem[] => [{ code, message, path, atKey }];

  switch (issue.code) {
    case 'invalid_type': {
      if (value === undefined) {
        const parentPath = path.slice(0, -1);
        const last = path[path.length - 1];
        return [{ code: 'SC101', message: lint('lint.SC101.missing-key', { key: String(last) }), path: parentPath, atKey: false }];
      }
      return at('SC103', lint('lint.SC103.wrong-type', { at: label(path), expected: issue.expected, found: kindOf(value) }));
    }
    case 'unrecognized_keys': {
      const known = knownKeysAt(schemaRoot, local);
      // A key another form of this map accepts ("option" and "text" both answer a step, but not together).
      return issue.keys.map((key) => ({
        code: 'SC102',
        message: known.includes(key) ? lint('lint.SC102.not-together', { key }) : lint('lint.SC102.unknown-key', { key, suggestion: closest(key, known) }),
        path: [...path, key],
        atKey: true,
      }));
    }
    case 'invalid_value': {
      if (value === undefined) {
        return [{ code: 'SC101', message: lint('lint.SC101.missing-key', { key: String(path[path.length - 1]) }), path: path.slice(0, -1), atKey: false }];
      }
      const allowed = issue.values.map(String);
      if (path[path.length - 1] === 'formatVersion') {
        return at('SC008', lint('lint.SC008.unsupported', { given: JSON.stringify(value), allowed }));
      }
      return at('SC104', lint('lint.SC104.not-allowed', { at: label(path), found: kindOf(value), allowed, suggestion: typeof value === 'string' ? closest(value, allowed) : null }));
    }
    case 'too_small':
    case 'too_big': {
      const isList = Array.isArray(value);
      const bound = String(issue.code === 'too_small' ? issue.minimum : issue.maximum);
      if (isList && issue.code === 'too_big') {
        return at('SC110', lint('lint.SC110.too-many-items', { at: label(path), count: value.length, max: Number(bound) }));
      }
      if (typeof value === 'number' && path.includes('spread')) {
        const perHour = ['lambda', 'sigma', 'delta', 'kappa'].includes(String(path[path.length - 1]));
        return at('SC109', lint('lint.SC109.out-of-range', { at: label(path), bound: issue.code === 'too_small' ? 'min' : 'max', limit: bound, perHour, found: kindOf(value) }));
      }
      if (isList) {
        return at('SC104', lint('lint.SC104.list-size', { at: label(path), bound: issue.code === 'too_small' ? 'min' : 'max', limit: bound }));
      }
      if (typeof value === 'string') {
        return at('SC104', lint('lint.SC104.text-size', { at: label(path), bound: issue.code === 'too_small' ? 'min' : 'max', limit: bound }));
      }
      return at('SC104', lint('lint.SC104.number-range', { at: label(path), bound: issue.code === 'too_small' ? 'min' : 'max', limit: bound, found: kindOf(value) }));
    }
    case 'invalid_format':
    case 'custom': {
      const rule = ruleOf(issue);
      if (rule === 'duration-max') return at('SC108', lint('lint.SC108.duration-too-long', { found: kindOf(value), max: MAX_DURATION_TEXT }));
      if (rule === 'duration') return at('SC105', lint('lint.SC105.not-duration', { found: kindOf(value) }));
      if (rule === 'id-chars' || rule === 'id-reserved') return at('SC107', lint('lint.SC107.invalid-id', { found: kindOf(value), rule }));
      if (issue.code === 'invalid_format' && issue.format === 'datetime') {
        return at('SC104', lint('lint.SC104.not-datetime', { found: kindOf(value) }));
      }
      return at('SC104', rule === null ? lint('lint.SC104.validator', { at: label(path), detail: issue.message }) : lint('lint.SC104.rule', { at: label(path), rule }));
    }
    case 'invalid_union':
      return describeUnion(issue, value, path, input, prefix, schemaRoot);
    case 'invalid_key':
      return describeKey(issue, path);
    default:
      return at('SC104', lint('lint.SC104.validator', { at: label(path), detail: issue.message }));
  }
}

/**
 * A map key that must be an id (a variable's name, a stakeholder in a trust effect): zod reports
 * only "Invalid key in record", so the rule comes from the key's own issues, with the key written
 * as an id when that is obvious ("Media Heat" → "media-heat").
 */
function describeKey(issue: Extract<Issue, { code: 'invalid_key' }>, path: readonly PathSegment[]): SchemaProblem[] {
  const key = String(path[path.length - 1] ?? '');
  const variable = path[path.length - 2] === 'variables';
  const rules = [
    ...new Map(
      issue.issues.map((i): [string, KeyRule] => {
        const rule = ruleOf(i);
        // A rule with no words of ours (the validator's own check) is shown in the validator's words.
        return rule === null || rule === 'duration' || rule === 'duration-max' ? [i.message, { detail: i.message }] : [rule, rule];
      }),
    ).values(),
  ];
  const asId = key
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^[-_]+|-+$/g, '')
    .slice(0, 64);
  const hint = asId !== '' && asId !== key && asId !== 'constructor' && asId !== 'prototype' ? asId : null;
  return [{ code: 'SC107', message: lint('lint.SC107.invalid-key', { key, variable, rules, asId: hint }), path, atKey: true }];
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
          message: lint('lint.SC106.not-effect', { key: first, suggestion: closest(first, EFFECT_VERBS), verbs: EFFECT_VERBS }),
          path: first ? [...path, first] : path,
          atKey: first !== '',
        },
      ];
    }
    if (verbs.length > 1) {
      return [{ code: 'SC106', message: lint('lint.SC106.one-per-item', { verbs }), path, atKey: false }];
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
    return [{ code: 'SC103', message: lint('lint.SC103.text-expected', { at: label(path), found: kindOf(value) }), path, atKey: false }];
  }
  // Pick the alternative that got furthest (fewest issues, deepest paths) to explain the failure.
  const best = [...issue.errors].sort((a, b) => score(b) - score(a))[0];
  if (best && best.length > 0) {
    return describeIssues(best.map((e) => ({ ...e, path: [...issue.path, ...e.path] })), input, prefix, schemaRoot);
  }
  return [{ code: 'SC103', message: lint('lint.SC103.wrong-shape', { at: label(path), found: kindOf(value) }), path, atKey: false }];
}

function score(errs: readonly Issue[]): number {
  const depth = Math.max(0, ...errs.map((e) => e.path.length));
  return depth * 10 - errs.length;
}
