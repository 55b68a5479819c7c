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
const TOKEN = /[\p{L}\p{N}]+(?:['.,:\-/@][\p{L}\p{N}]+)*/gu;

export function tokenise(sentenceNorm: string, offset: number): Token[] {
  // exec with lastIndex, not matchAll, which clones the pattern on every call. TOKEN never
  // matches the empty string, so the loop always advances.
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(sentenceNorm); m !== null; m = TOKEN.exec(sentenceNorm)) {
    tokens.push({ start: offset + m.index, end: offset + m.index + m[0].length, text: m[0] });
  }
  TOKEN.lastIndex = 0;
  return tokens;
}

// A Map, not an object literal: "constructor" must not be found on the prototype.
const IRREGULAR_NOT: ReadonlyMap<string, string> = new Map([["won't", 'will'], ["can't", 'can'], ["shan't", 'shall'], ['cannot', 'can']]);
const CLITICS = new Set(["'s", "'re", "'ve", "'ll", "'d", "'m"]);

/** Splits contractions into the words they stand for and stems each word. */
export function termsOf(tokens: readonly Token[]): Term[] {
  const out: Term[] = [];
  for (const t of tokens) {
    const irregular = IRREGULAR_NOT.get(t.text);
    if (irregular !== undefined) {
      out.push(term(irregular, t), term('not', t));
      continue;
    }
    if (t.text.endsWith("n't")) {
      out.push(term(t.text.slice(0, -3), t), term('not', t));
      continue;
    }
    const apostrophe = t.text.lastIndexOf("'");
    if (apostrophe > 0 && CLITICS.has(t.text.slice(apostrophe))) {
      out.push(term(t.text.slice(0, apostrophe), t));
      continue;
    }
    out.push(term(t.text, t));
  }
  return out;
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
  return !STOPWORDS.has(t.word) && LETTER.test(t.word);
}
