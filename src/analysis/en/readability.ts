/**
 * Flesch–Kincaid grade level, with syllables counted by the `syllable` package (a rule set plus an
 * exception list, far better on English than a vowel-group count). Covello: aim for grade 8 or
 * below. Tokens without letters (numbers, codes) count as words of two syllables, roughly what a
 * number sounds like read aloud.
 */
import { syllable } from 'syllable';
import type { Doc } from './document.ts';

/** Below this many words a grade level says more about the formula than about the text. */
export const MIN_WORDS_FOR_GRADE = 10;

// Hoisted: a literal inside the loop builds a new RegExp object for every word.
const LETTER = /\p{L}/u;

export function readability(doc: Doc): { grade: number; words: number; sentences: number } | null {
  let words = 0;
  let syllables = 0;
  let sentences = 0;
  for (const s of doc.sentences) {
    if (s.tokens.length === 0) continue;
    sentences++;
    for (const t of s.tokens) {
      words++;
      syllables += LETTER.test(t.text) ? syllablesOf(t.text) : 2;
    }
  }
  if (words < MIN_WORDS_FOR_GRADE || sentences === 0) return null;
  const grade = 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
  return { grade: Math.round(grade * 10) / 10, words, sentences };
}

const syllableCache = new Map<string, number>();
const SYLLABLE_CACHE_LIMIT = 20_000;

/**
 * `syllable` is the costliest step of the analyser (it singularises each word first), so counts
 * are cached, and words of three letters or fewer count one syllable without asking it ("the",
 * "we", "are": the few exceptions, like "ago", move a grade level by hundredths).
 */
function syllablesOf(word: string): number {
  if (word.length <= 3) return 1;
  const cached = syllableCache.get(word);
  if (cached !== undefined) return cached;
  const n = Math.max(1, syllable(word));
  // Bounded so a hostile paste of random words cannot grow memory without limit.
  if (syllableCache.size >= SYLLABLE_CACHE_LIMIT) syllableCache.clear();
  syllableCache.set(word, n);
  return n;
}
