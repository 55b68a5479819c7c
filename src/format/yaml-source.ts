/**
 * Reads scenario YAML into plain data while keeping where every value came from, and refuses the
 * classic YAML hazards before they cost anything: alias bombs, prototype keys, huge or deeply
 * nested input. A scenario is content written by non-programmers and shared by email; the loader
 * must never crash, hang or pollute objects, whatever it is given.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Document, Node as YamlNode } from 'yaml';
import { lint, type LintMessage } from './diagnostics/messages.ts';

export const LIMITS = {
  maxBytes: 1_048_576,
  maxScalarChars: 20_000,
  maxDepth: 32,
  maxNodes: 200_000,
  maxAliases: 64,
} as const;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type PathSegment = string | number;

export interface SourcePosition {
  readonly line: number;
  readonly col: number;
}

export interface YamlProblem {
  readonly code: string;
  readonly message: LintMessage;
  readonly pos: SourcePosition;
}

export interface LoadedYaml {
  readonly value: unknown;
  /** Position of the value at `path` (or of its key), falling back to the nearest ancestor that exists. */
  locate(path: readonly PathSegment[], which?: 'key' | 'value'): SourcePosition;
  /** Position of a character offset inside the scalar at `path` (for errors inside a condition string). */
  locateInScalar(path: readonly PathSegment[], offset: number): SourcePosition;
}

export type LoadResult = { ok: true; yaml: LoadedYaml } | { ok: false; problems: YamlProblem[] };

export function loadYaml(text: string): LoadResult {
  const start: SourcePosition = { line: 1, col: 1 };
  if (text.length > LIMITS.maxBytes) {
    return fail('SC005', lint('lint.SC005.file-chars', { chars: text.length, max: LIMITS.maxBytes }), start);
  }
  const lineCounter = new LineCounter();
  let doc: Document.Parsed;
  try {
    // The library's own duplicate-key check compares each key with every earlier one (quadratic in
    // the keys of a map); scanForHazards does it with a set instead.
    doc = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false, strict: true });
  } catch (e) {
    // The parser recurses on nesting; a pathological file can exhaust the stack before it reports.
    return fail('SC006', lint('lint.SC006.unreadable', { detail: e instanceof Error ? e.message : String(e) }), start);
  }
  const at = (offset: number): SourcePosition => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, col: p.col };
  };
  const problems: YamlProblem[] = [];
  for (const err of doc.errors) {
    const code = err.code === 'DUPLICATE_KEY' ? 'SC002' : 'SC001';
    // The YAML library's own words: it has no codes finer than these two.
    const detail = firstLine(err.message).replace(/ at line \d+, column \d+:?$/, '');
    problems.push({ code, message: lint(code === 'SC002' ? 'lint.SC002.yaml' : 'lint.SC001.yaml', { detail }), pos: at(err.pos[0]) });
  }
  if (problems.length > 0) return { ok: false, problems };

  const hazards = scanForHazards(doc.contents, at);
  if (hazards.length > 0) return { ok: false, problems: hazards };

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: LIMITS.maxAliases });
  } catch (e) {
    return fail('SC003', lint('lint.SC003.expands', { detail: e instanceof Error ? e.message : String(e) }), start);
  }
  return { ok: true, yaml: makeLocator(doc, value, at) };
}

function fail(code: string, message: LintMessage, pos: SourcePosition): LoadResult {
  return { ok: false, problems: [{ code, message, pos }] };
}

function firstLine(s: string): string {
  return s.split('\n')[0] ?? s;
}

/** Key problems reported in one file at most; past that the file is clearly not hand-written. */
const MAX_KEY_REPORTS = 100;

/**
 * Walks the syntax tree without recursion, so depth is checked before anything can overflow.
 * A size or depth hazard stops the walk and is the only problem returned; bad keys (forbidden,
 * duplicate, not a plain word) are all reported, in file order, up to a cap.
 */
function scanForHazards(root: unknown, at: (offset: number) => SourcePosition): YamlProblem[] {
  const stack: { node: unknown; depth: number }[] = [{ node: root, depth: 0 }];
  const keyProblems: YamlProblem[] = [];
  const report = (problem: YamlProblem): void => {
    if (keyProblems.length < MAX_KEY_REPORTS) keyProblems.push(problem);
  };
  let count = 0;
  let aliases = 0;
  const one = (problem: YamlProblem): YamlProblem[] => [problem];
  while (stack.length > 0) {
    const item = stack.pop();
    if (!item) break;
    const { node, depth } = item;
    if (node === null || node === undefined) continue;
    count += 1;
    if (count > LIMITS.maxNodes) return one({ code: 'SC005', message: lint('lint.SC005.too-many-values', { max: LIMITS.maxNodes }), pos: posOf(node, at) });
    if (depth > LIMITS.maxDepth) {
      return one({ code: 'SC006', message: lint('lint.SC006.too-deep', { max: LIMITS.maxDepth }), pos: posOf(node, at) });
    }
    if (isAlias(node)) {
      aliases += 1;
      if (aliases > LIMITS.maxAliases) return one({ code: 'SC003', message: lint('lint.SC003.too-many-aliases', { max: LIMITS.maxAliases }), pos: posOf(node, at) });
      continue;
    }
    if (isScalar(node)) {
      if (typeof node.value === 'string' && node.value.length > LIMITS.maxScalarChars) {
        return one({
          code: 'SC005',
          message: lint('lint.SC005.text-too-long', { chars: node.value.length, max: LIMITS.maxScalarChars }),
          pos: posOf(node, at),
        });
      }
      continue;
    }
    if (isMap(node)) {
      const seen = new Set<string>();
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? pair.key.value : pair.key;
        if (typeof key === 'string' && FORBIDDEN_KEYS.has(key)) {
          // Reported, and not looked into: nothing under a refused key is worth a second message.
          report({ code: 'SC004', message: lint('lint.SC004.reserved-key', { key, proto: key === '__proto__' }), pos: posOf(pair.key, at) });
          continue;
        }
        if (pair.key !== null && !isScalar(pair.key)) {
          report({ code: 'SC001', message: lint('lint.SC001.key-not-plain', {}), pos: posOf(pair.key, at) });
          continue;
        }
        // Keys of different types never collide (1 and "1" are two keys), as in the YAML library.
        const identity = `${typeof key}:${String(key)}`;
        if (seen.has(identity)) {
          report({ code: 'SC002', message: lint('lint.SC002.duplicate-key', { key: String(key) }), pos: posOf(pair.key, at) });
        } else {
          seen.add(identity);
        }
        stack.push({ node: pair.value, depth: depth + 1 });
      }
      continue;
    }
    if (isSeq(node)) {
      for (const child of node.items) stack.push({ node: child, depth: depth + 1 });
    }
  }
  return keyProblems.sort((a, b) => a.pos.line - b.pos.line || a.pos.col - b.pos.col);
}

function posOf(node: unknown, at: (offset: number) => SourcePosition): SourcePosition {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  return range ? at(range[0]) : { line: 1, col: 1 };
}

function makeLocator(doc: Document.Parsed, value: unknown, at: (offset: number) => SourcePosition): LoadedYaml {
  // Each map's keys are indexed the first time a path goes through it, so placing n diagnostics in a
  // map of n keys costs n lookups instead of n scans. The first of equal keys wins, as in `find`.
  const keyIndex = new WeakMap<object, Map<string, { key: unknown; value: unknown }>>();
  const pairIn = (map: { items: readonly unknown[] }, seg: PathSegment): { key: unknown; value: unknown } | undefined => {
    let index = keyIndex.get(map);
    if (!index) {
      index = new Map();
      for (const p of map.items) {
        if (!isPair(p) || !isScalar(p.key)) continue;
        const name = String(p.key.value);
        if (!index.has(name)) index.set(name, p);
      }
      keyIndex.set(map, index);
    }
    return index.get(String(seg));
  };
  const find = (path: readonly PathSegment[]): { node: YamlNode | null; key: YamlNode | null; exact: boolean } => {
    let node: unknown = doc.contents;
    let key: YamlNode | null = null;
    for (const seg of path) {
      if (isMap(node)) {
        const pair = pairIn(node, seg);
        if (!pair) return { node: node, key, exact: false };
        key = pair.key as YamlNode;
        node = pair.value;
      } else if (isSeq(node) && typeof seg === 'number') {
        const child: unknown = node.items[seg];
        if (child === undefined) return { node: node, key, exact: false };
        key = null;
        node = child;
      } else {
        return { node: (node ?? null) as YamlNode | null, key, exact: false };
      }
    }
    return { node: (node ?? null) as YamlNode | null, key, exact: true };
  };
  return {
    value,
    locate(path, which = 'value') {
      const { node, key, exact } = find(path);
      if (exact && which === 'key' && key) return posOf(key, at);
      if (node) return posOf(node, at);
      if (key) return posOf(key, at);
      return { line: 1, col: 1 };
    },
    locateInScalar(path, offset) {
      const { node, exact } = find(path);
      if (!exact || !isScalar(node) || !node.range) return this.locate(path);
      // Quoted scalars start one character before their content.
      const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
      const isBlock = node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED';
      if (isBlock) return posOf(node, at);
      return at(node.range[0] + offset + (quoted ? 1 : 0));
    },
  };
}
