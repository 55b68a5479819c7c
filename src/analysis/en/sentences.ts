/**
 * Sentence boundaries. A small rule-based splitter: statements are short, written English, and
 * the things that trip naive splitters here are decimals ("1.2 million"), times ("9.30"), web
 * addresses ("northwind.example/recall"), initials and titles ("Dr Reyes", "Dr. Reyes"). A line
 * break also ends a sentence, so bullet lists split per line.
 */

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A sentence longer than this is cut at a space: it keeps every pattern's input bounded. */
export const MAX_SENTENCE_CHARS = 600;

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'no', 'vs', 'etc', 'e.g', 'i.e', 'approx', 'inc', 'ltd', 'co', 'corp',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'u.k', 'fig', 'ref',
]);

// Hoisted: a literal in a loop builds a new RegExp object on every pass.
const CLOSERS = /[.!?"')\]]/;
const SPACE = /\s/;
const WORD_OR_DOT = /[a-z.]/;

/** Splits the normalised text; case is not used, so all-lower-case chat messages split too. */
export function splitSentences(norm: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const n = norm.length;
  for (let i = 0; i < n; i++) {
    const c = norm.charCodeAt(i);
    if (c === 10 /* \n */) {
      push(spans, norm, start, i);
      start = i + 1;
      continue;
    }
    if (c !== 46 /* . */ && c !== 33 /* ! */ && c !== 63 /* ? */) continue;
    // Runs of terminators ("?!", "...") end together.
    let end = i + 1;
    while (end < n && CLOSERS.test(norm.charAt(end))) end++;
    if (end < n && !SPACE.test(norm.charAt(end))) continue; // "1.2", "example.com/x", "e.g."
    if (c === 46 && isAbbreviation(norm, i, end)) continue;
    push(spans, norm, start, end);
    start = end;
    i = end - 1;
  }
  push(spans, norm, start, n);
  return spans;
}

function push(spans: Span[], norm: string, from: number, to: number): void {
  let s = from;
  let e = to;
  while (s < e && SPACE.test(norm.charAt(s))) s++;
  while (e > s && SPACE.test(norm.charAt(e - 1))) e--;
  // Cut over-long runs (a paste without punctuation) at spaces.
  while (e - s > MAX_SENTENCE_CHARS) {
    let cut = norm.lastIndexOf(' ', s + MAX_SENTENCE_CHARS);
    if (cut <= s) cut = s + MAX_SENTENCE_CHARS;
    const code = norm.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
    spans.push({ start: s, end: cut });
    s = cut;
    while (s < e && SPACE.test(norm.charAt(s))) s++;
  }
  if (e > s) spans.push({ start: s, end: e });
}

function isAbbreviation(norm: string, dot: number, next: number): boolean {
  let k = dot;
  while (k > 0 && WORD_OR_DOT.test(norm.charAt(k - 1))) k--;
  const word = norm.slice(k, dot);
  if (word.length === 1) return true; // an initial: "J. Smith"
  // "No. 3" is an abbreviation; "No. The passwords …" is an answer.
  if (word === 'no') return /^\s*\d/.test(norm.slice(next, next + 4));
  return ABBREVIATIONS.has(word);
}
