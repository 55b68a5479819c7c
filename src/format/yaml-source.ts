/**
 * Reads scenario YAML into plain data while keeping where every value came from, and refuses the
 * classic YAML hazards before they cost anything: alias bombs, prototype keys, huge or deeply
 * nested input. A scenario is content written by non-programmers and shared by email; the loader
 * must never crash, hang or pollute objects, whatever it is given.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Document, Node as YamlNode } from 'yaml';

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
  readonly message: string;
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
    return fail('SC005', `the file is ${text.length} characters; scenario and plan files are limited to ${LIMITS.maxBytes}`, start);
  }
  const lineCounter = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  } catch (e) {
    // The parser recurses on nesting; a pathological file can exhaust the stack before it reports.
    return fail('SC006', `the file could not be read: ${e instanceof Error ? e.message : String(e)}`, start);
  }
  const at = (offset: number): SourcePosition => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, col: p.col };
  };
  const problems: YamlProblem[] = [];
  for (const err of doc.errors) {
    const code = err.code === 'DUPLICATE_KEY' ? 'SC002' : 'SC001';
    const message = firstLine(err.message).replace(/ at line \d+, column \d+:?$/, '');
    problems.push({ code, message: code === 'SC002' ? `duplicate key: ${message}` : message, pos: at(err.pos[0]) });
  }
  if (problems.length > 0) return { ok: false, problems };

  const hazard = scanForHazards(doc.contents, at);
  if (hazard) return { ok: false, problems: [hazard] };

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: LIMITS.maxAliases });
  } catch (e) {
    return fail('SC003', `the file expands too much through aliases (*name): ${e instanceof Error ? e.message : String(e)}`, start);
  }
  return { ok: true, yaml: makeLocator(doc, value, at) };
}

function fail(code: string, message: string, pos: SourcePosition): LoadResult {
  return { ok: false, problems: [{ code, message, pos }] };
}

function firstLine(s: string): string {
  return s.split('\n')[0] ?? s;
}

/** Walks the syntax tree without recursion, so depth is checked before anything can overflow. */
function scanForHazards(root: unknown, at: (offset: number) => SourcePosition): YamlProblem | null {
  const stack: { node: unknown; depth: number }[] = [{ node: root, depth: 0 }];
  let count = 0;
  let aliases = 0;
  while (stack.length > 0) {
    const item = stack.pop();
    if (!item) break;
    const { node, depth } = item;
    if (node === null || node === undefined) continue;
    count += 1;
    if (count > LIMITS.maxNodes) return { code: 'SC005', message: `the file has more than ${LIMITS.maxNodes} values`, pos: posOf(node, at) };
    if (depth > LIMITS.maxDepth) {
      return { code: 'SC006', message: `values are nested more than ${LIMITS.maxDepth} levels deep`, pos: posOf(node, at) };
    }
    if (isAlias(node)) {
      aliases += 1;
      if (aliases > LIMITS.maxAliases) return { code: 'SC003', message: `the file uses more than ${LIMITS.maxAliases} aliases (*name)`, pos: posOf(node, at) };
      continue;
    }
    if (isScalar(node)) {
      if (typeof node.value === 'string' && node.value.length > LIMITS.maxScalarChars) {
        return {
          code: 'SC005',
          message: `a text of ${node.value.length} characters is longer than the ${LIMITS.maxScalarChars} allowed`,
          pos: posOf(node, at),
        };
      }
      continue;
    }
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? pair.key.value : pair.key;
        if (typeof key === 'string' && FORBIDDEN_KEYS.has(key)) {
          return { code: 'SC004', message: `the key "${key}" is not allowed`, pos: posOf(pair.key, at) };
        }
        if (pair.key !== null && !isScalar(pair.key)) {
          return { code: 'SC001', message: 'keys must be plain words, not lists or maps', pos: posOf(pair.key, at) };
        }
        stack.push({ node: pair.value, depth: depth + 1 });
      }
      continue;
    }
    if (isSeq(node)) {
      for (const child of node.items) stack.push({ node: child, depth: depth + 1 });
    }
  }
  return null;
}

function posOf(node: unknown, at: (offset: number) => SourcePosition): SourcePosition {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  return range ? at(range[0]) : { line: 1, col: 1 };
}

function makeLocator(doc: Document.Parsed, value: unknown, at: (offset: number) => SourcePosition): LoadedYaml {
  const find = (path: readonly PathSegment[]): { node: YamlNode | null; key: YamlNode | null; exact: boolean } => {
    let node: unknown = doc.contents;
    let key: YamlNode | null = null;
    for (const seg of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
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
