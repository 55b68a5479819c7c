/**
 * The sentence a reporter would lift from an answer for the headline. Pure and language-light: it
 * reads sentence boundaries, figures, length and the loaded words the question handed over, never
 * the meaning of the words, so it works for any scenario language the sentence splitter handles.
 *
 * Why these signals: a sentence that repeats the question's loaded words ("we did not cover anything
 * up") is the one that runs, negation and all (Lakoff 2004; Nixon's "I am not a crook"); a figure is
 * news; a short sentence stands on its own; ties go to the earlier sentence, which reporters hear
 * first.
 */
import { PRESS } from '../scoring/weights.ts';

export interface Headline {
  /** The sentence quoted, as the trainee said it. */
  readonly sentence: string;
  /** Its place in the answer, from 1. */
  readonly index: number;
  readonly sentences: number;
  /** Words in the whole answer. */
  readonly words: number;
  /** The answer ran past a quotable length, so the reporter chose what to quote. */
  readonly outOfContext: boolean;
}

export interface HeadlineHints {
  /** Words the question loaded the answer with; a sentence repeating them makes the headline. */
  readonly loaded?: readonly string[];
  /** Longest answer that is quoted as a whole (default PRESS.quotableWords). */
  readonly quotableWords?: number;
}

/** Splits text into sentences: at ., ! or ? (and their CJK forms) followed by a space or the end, keeping decimals ("1.5") and initials ("U.S.") together. */
export function sentencesOf(text: string): string[] {
  const out: string[] = [];
  // Code points are enough: only the punctuation is looked at, and it is never part of a cluster.
  const chars = Array.from(text);
  let start = 0;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] ?? '';
    if (!'.!?。！？'.includes(c)) continue;
    let end = i + 1;
    while (end < chars.length && '.!?。！？"\'”’)]'.includes(chars[end] ?? '')) end++;
    const cjk = '。！？'.includes(c);
    if (!cjk && end < chars.length && !/\s/u.test(chars[end] ?? '')) continue;
    const piece = chars.slice(start, end).join('').trim();
    // "U.S." or "Dr." followed by a capital would still split; a lone initial before the stop does not.
    if (c === '.' && /(?:^|\s)(?:\p{Lu}\.)+$/u.test(piece)) continue;
    if (piece !== '') out.push(piece);
    start = end;
    i = end - 1;
  }
  const rest = chars.slice(start).join('').trim();
  if (rest !== '') out.push(rest);
  return out;
}

export function wordCount(text: string): number {
  return text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Does the text contain the phrase as whole words (any case)? The author's words, matched as written: no stemming. */
export function mentions(text: string, phrase: string): boolean {
  const p = phrase.trim().toLowerCase();
  if (p === '') return false;
  const escaped = p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(text.toLowerCase());
}

/** The headline a reporter would take from this answer, or null for an empty answer. */
export function headline(text: string, hints: HeadlineHints = {}): Headline | null {
  const sentences = sentencesOf(text);
  if (sentences.length === 0) return null;
  const loaded = hints.loaded ?? [];
  const limit = hints.quotableWords ?? PRESS.quotableWords;
  let best = 0;
  let bestScore = -Infinity;
  sentences.forEach((s, i) => {
    const words = wordCount(s);
    let score = 0;
    if (loaded.some((w) => mentions(s, w))) score += 4;
    if (/\p{N}/u.test(s)) score += 2;
    if (words <= 20) score += 1;
    if (words > 30) score -= 1;
    if (i === 0) score += 1;
    // "No." or "Good evening." opens an answer but is not what a reporter quotes.
    if (words < 3 && sentences.length > 1) score -= 3;
    if (words === 0) score -= 10;
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  });
  const words = wordCount(text);
  return { sentence: sentences[best] ?? '', index: best + 1, sentences: sentences.length, words, outOfContext: words > limit && sentences.length > 1 };
}

/**
 * The sentence of a longer text that carries a value (a figure the trainee gave), for quoting them
 * back: the one with the value as written ("7"), else the one naming the fact (its cues: "ill"),
 * else the first.
 */
export function sentenceWith(text: string, value: number | boolean | string, cues: readonly string[] = []): string {
  const sentences = sentencesOf(text);
  if (sentences.length <= 1) return text.trim();
  const needle = String(value).toLowerCase();
  return (
    sentences.find((s) => mentions(s, needle)) ??
    sentences.find((s) => cues.some((c) => mentions(s, c))) ??
    sentences[0] ??
    text.trim()
  );
}
