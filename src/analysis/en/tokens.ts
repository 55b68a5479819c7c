/**
 * Word tokens and the terms the similarity and concept matchers compare: contractions expanded
 * ("don't" → do + not) so "do not" and "don't" match, and Porter stems (the `stemmer` package) so
 * "contacting" matches "contact".
 */
import { stemmer } from 'stemmer';

export interface Token {
  /** Absolute offsets in the document. */
  readonly start: number;
  readonly end: number;
  /** The normalised (lower-case) text. */
  readonly text: string;
}

export interface Term {
  readonly word: string;
  readonly stem: string;
  readonly start: number;
  readonly end: number;
}

// Letters or digits, joined by an apostrophe, dot, comma, colon, hyphen, slash or at-sign when a
// letter or digit follows: keeps "don't", "1.2", "1,200", "9:00", "e-mail", "dpo@x.example" whole.
// The rule of the pattern [\p{L}\p{N}]+(?:['.,:\-/@][\p{L}\p{N}]+)*, scanned by hand: the
// pattern with its Unicode classes cost more per statement than the detectors that use its tokens.
const ALNUM = /^[\p{L}\p{N}]$/u;

function isAlnum(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  return ALNUM.test(String.fromCodePoint(code));
}

/** The joiners of the rule above; the curly apostrophe too when the text was not normalised. */
function isJoiner(code: number, curly: boolean): boolean {
  return code === 39 || code === 46 || code === 44 || code === 58 || code === 45 || code === 47 || code === 64 || (curly && code === 0x2019);
}

/**
 * Calls `onWord(start, end)` for every word of `text` by the rule above, in order: the same spans
 * a global match of the pattern gives, code point by code point as under its `u` flag.
 */
export function scanWords(text: string, curly: boolean, onWord: (start: number, end: number) => void): void {
  const n = text.length;
  let start = -1;
  let end = -1;
  let i = 0;
  while (i < n) {
    const code = text.codePointAt(i) ?? 0;
    const width = code > 0xffff ? 2 : 1;
    if (isAlnum(code)) {
      if (start < 0) start = i;
      end = i + width;
    } else if (start >= 0) {
      // A joiner continues the word only when a letter or digit follows it at once.
      const next = i + width < n ? (text.codePointAt(i + width) ?? 0) : -1;
      if (!(end === i && isJoiner(code, curly) && next >= 0 && isAlnum(next))) {
        onWord(start, end);
        start = -1;
      }
    }
    i += width;
  }
  if (start >= 0) onWord(start, end);
}

export function tokenise(sentenceNorm: string, offset: number): Token[] {
  const tokens: Token[] = [];
  scanWords(sentenceNorm, false, (start, end) => tokens.push({ start: offset + start, end: offset + end, text: sentenceNorm.slice(start, end) }));
  return tokens;
}

// A Map, not an object literal: "constructor" must not be found on the prototype.
const IRREGULAR_NOT: ReadonlyMap<string, string> = new Map([["won't", 'will'], ["can't", 'can'], ["shan't", 'shall'], ['cannot', 'can']]);
const CLITICS = new Set(["'s", "'re", "'ve", "'ll", "'d", "'m"]);

/** Splits contractions into the words they stand for and stems each word. */
export function termsOf(tokens: readonly Token[]): Term[] {
  const out: Term[] = [];
  for (const t of tokens) expand(t.text, (word) => out.push(term(word, t)));
  return out;
}

/**
 * The words of `tokens` with contractions expanded, as termsOf gives them, without their offsets:
 * for readers that need only the words and their stems (key messages read every sentence).
 */
export function wordsOf(tokens: readonly Token[]): string[] {
  const out: string[] = [];
  for (const t of tokens) expand(t.text, (word) => out.push(word));
  return out;
}

function expand(text: string, push: (word: string) => void): void {
  const irregular = IRREGULAR_NOT.get(text);
  if (irregular !== undefined) {
    push(irregular);
    push('not');
    return;
  }
  if (text.endsWith("n't")) {
    push(text.slice(0, -3));
    push('not');
    return;
  }
  const apostrophe = text.lastIndexOf("'");
  if (apostrophe > 0 && CLITICS.has(text.slice(apostrophe))) {
    push(text.slice(0, apostrophe));
    return;
  }
  push(text);
}

/** Terms of a short phrase written by a scenario author (a key message, a concept synonym). */
export function termsOfPhrase(phrase: string): Term[] {
  return termsOf(tokenise(phrase.toLowerCase().replace(/[\u2018\u2019]/g, "'"), 0));
}

function term(word: string, t: Token): Term {
  return { word, stem: stemOf(word), start: t.start, end: t.end };
}

const stemCache = new Map<string, string>();
const STEM_CACHE_LIMIT = 20_000;

export function stemOf(word: string): string {
  const cached = stemCache.get(word);
  if (cached !== undefined) return cached;
  const stem = /^[a-z]+$/.test(word) ? stemmer(word) : word;
  // Bounded so a hostile paste of random words cannot grow memory without limit.
  if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
  stemCache.set(word, stem);
  return stem;
}

/**
 * Function words left out of similarity. Negators are deliberately NOT here: "do not eat" and
 * "eat" must not look alike.
 */
export const STOPWORDS: ReadonlySet<string> = new Set([
  'a', 'about', 'above', 'after', 'again', 'all', 'also', 'am', 'an', 'and', 'any', 'are', 'as', 'at', 'be',
  'because', 'been', 'before', 'being', 'below', 'between', 'both', 'but', 'by', 'can', 'could', 'did', 'do',
  'does', 'doing', 'down', 'during', 'each', 'few', 'for', 'from', 'further', 'had', 'has', 'have', 'having',
  'he', 'her', 'here', 'hers', 'herself', 'him', 'himself', 'his', 'how', 'i', 'if', 'in', 'into', 'is', 'it',
  'its', 'itself', 'just', 'me', 'more', 'most', 'my', 'myself', 'now', 'of', 'off', 'on', 'once', 'only', 'or',
  'other', 'our', 'ours', 'ourselves', 'out', 'over', 'own', 'please', 'same', 'shall', 'she', 'should', 'so',
  'some', 'such', 'than', 'that', 'the', 'their', 'theirs', 'them', 'themselves', 'then', 'there', 'these',
  'they', 'this', 'those', 'through', 'to', 'too', 'under', 'until', 'up', 'very', 'was', 'we', 'were', 'what',
  'when', 'where', 'which', 'while', 'who', 'whom', 'why', 'will', 'with', 'would', 'you', 'your', 'yours',
  'yourself', 'yourselves', 'us', 'may', 'might', 'must', 'also', 'yet', 'still', 'today', 'get', 'got',
]);

// Hoisted: a literal in the function would build a new RegExp object on every call.
const LETTER = /\p{L}/u;

export function isContent(t: Term): boolean {
  return isContentWord(t.word);
}

export function isContentWord(word: string): boolean {
  return !STOPWORDS.has(word) && LETTER.test(word);
}
