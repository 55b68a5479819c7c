/**
 * The statement as the detectors see it: the original text (quotes are cut from it), a normalised
 * copy of exactly the same length (lower case, straight quotes, plain dashes) that the patterns run
 * on, and its sentences with their word tokens. Because both strings have the same length, an
 * offset found in the normalised copy is an offset in the original, so every quote is a true
 * substring of what the trainee wrote.
 */
import { clausesOf, type Clause } from './clauses.ts';
import { tagWords, type Word } from './nlp.ts';
import { splitSentences } from './sentences.ts';
import { tokenise, type Token } from './tokens.ts';

/** Longer input is cut here before analysis: a statement is never this long, a paste can be. */
export const MAX_ANALYSED_CHARS = 20_000;

export interface Sentence {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  /** The normalised text of the sentence (same offsets as the original, relative to `start`). */
  readonly norm: string;
  readonly tokens: readonly Token[];
  /** Tagged words (part of speech, lemma) and the clauses they form. */
  readonly words: readonly Word[];
  readonly clauses: readonly Clause[];
  readonly isQuestion: boolean;
}

export interface Doc {
  readonly original: string;
  readonly norm: string;
  readonly sentences: readonly Sentence[];
  /** True when the input was longer than MAX_ANALYSED_CHARS and only its start was read. */
  readonly truncated: boolean;
}

/** A match in absolute offsets of the document. */
export interface Hit {
  readonly start: number;
  readonly end: number;
}

const CHAR_MAP: Readonly<Record<string, string>> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u02bc': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u2212': '-',
  '\u00a0': ' ',
  '\u2009': ' ',
  '\u202f': ' ',
};
const MAPPED_CHARS = /[\u2018\u2019\u02bc\u201c\u201d\u2013\u2014\u2212\u00a0\u2009\u202f]/g;

/** Lower-cases and maps typographic characters without ever changing the string's length. */
export function normalise(text: string): string {
  const mapped = text.replace(MAPPED_CHARS, (c) => CHAR_MAP[c] ?? c);
  const lower = mapped.toLowerCase();
  if (lower.length === mapped.length) return lower;
  // A few characters (e.g. "İ") grow when lower-cased; keep those as they are so offsets hold.
  let out = '';
  for (const c of mapped) {
    const l = c.toLowerCase();
    out += l.length === c.length ? l : c;
  }
  return out;
}

export function readDocument(text: string): Doc {
  const truncated = text.length > MAX_ANALYSED_CHARS;
  const original = truncated ? cutAtWhitespace(text, MAX_ANALYSED_CHARS) : text;
  const norm = normalise(original);
  const words = tagWords(original, norm);
  let w = 0;
  const sentences = splitSentences(norm).map((span, index): Sentence => {
    const sentenceNorm = norm.slice(span.start, span.end);
    while (w < words.length && (words[w]?.start ?? 0) < span.start) w++;
    const first = w;
    while (w < words.length && (words[w]?.start ?? 0) < span.end) w++;
    const own = words.slice(first, w);
    return {
      index,
      start: span.start,
      end: span.end,
      norm: sentenceNorm,
      tokens: tokenise(sentenceNorm, span.start),
      words: own,
      clauses: clausesOf(own),
      isQuestion: sentenceNorm.trimEnd().endsWith('?'),
    };
  });
  return { original, norm, sentences, truncated };
}

function cutAtWhitespace(text: string, limit: number): string {
  const cut = text.lastIndexOf(' ', limit);
  // Never split a surrogate pair, even when there is no space to cut at.
  const end = cut > limit / 2 ? cut : limit;
  const code = text.charCodeAt(end - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? end - 1 : end);
}

/** The exact words of the original text between two absolute offsets, trimmed of spaces. */
export function quote(doc: Doc, start: number, end: number): string {
  return doc.original.slice(start, end).trim();
}

/** The whole sentence as the trainee wrote it. */
export function sentenceQuote(doc: Doc, sentence: Sentence): string {
  return quote(doc, sentence.start, sentence.end);
}

/**
 * All matches of a global pattern in one sentence, in absolute offsets. Patterns are run per
 * sentence, whose length is capped, so no pattern ever sees more than a sentence of text.
 */
export function findAll(pattern: RegExp, sentence: Sentence): Hit[] {
  // exec with lastIndex, not matchAll: matchAll clones the pattern on every call, and the
  // detectors run about a hundred patterns over every sentence.
  const hits: Hit[] = [];
  const text = sentence.norm;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    hits.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length });
  }
  pattern.lastIndex = 0;
  return hits;
}

export function findFirst(pattern: RegExp, sentence: Sentence): Hit | null {
  pattern.lastIndex = 0;
  const m = pattern.exec(sentence.norm);
  pattern.lastIndex = 0;
  if (m === null || m[0].length === 0) return null;
  return { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
}

export function test(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  const found = pattern.test(text);
  pattern.lastIndex = 0;
  return found;
}
