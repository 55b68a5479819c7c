/**
 * Builds the regular expressions the detectors run, from word lists written by people (scenario
 * cues, victim terms, avoid terms) and from the analyser's own lexicons. Compiled once per
 * scenario context. Every pattern built here is a plain alternation of literal phrases between
 * word boundaries, so it runs in time linear in the sentence: no user-written regex syntax ever
 * reaches the engine.
 */
import { normalise } from './document.ts';

// Word boundaries. `\b` is ASCII-only but several times faster than a Unicode lookbehind in V8,
// so it is used whenever a phrase starts and ends with an ASCII letter or digit; phrases that start
// or end with another character (an author's "école") get the Unicode lookarounds.
const BEFORE = '(?<![\\p{L}\\p{N}])';
const AFTER = '(?![\\p{L}\\p{N}])';
const ASCII_EDGES = /^[a-z0-9].*[a-z0-9]$|^[a-z0-9]$/s;

/** Escapes regex syntax characters; only those may be escaped under the `u` flag. */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * The regex source for one literal phrase: spaces match any run of spaces, and with `inflect` the
 * last word also matches its plural or singular ("batch" ↔ "batches", "passwords" ↔ "password").
 */
export function phraseSource(phrase: string, inflect: boolean): string {
  const words = normalise(phrase.trim()).split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return '';
  const last = words[words.length - 1] ?? '';
  const head = words.slice(0, -1).map(escapeRegex);
  const lastSource = inflect ? inflectedSource(last) : escapeRegex(last);
  return [...head, lastSource].join('\\s+');
}

function inflectedSource(word: string): string {
  if (!/^[a-z]+$/.test(word) || word.length < 3) return escapeRegex(word);
  const forms = new Set<string>([word]);
  if (word.endsWith('ies')) forms.add(`${word.slice(0, -3)}y`);
  else if (/(?:ches|shes|sses|xes)$/.test(word)) forms.add(word.slice(0, -2));
  else if (word.endsWith('s') && !/(?:ss|us|is)$/.test(word)) forms.add(word.slice(0, -1));
  if (word.endsWith('y') && !/[aeiou]y$/.test(word)) forms.add(`${word.slice(0, -1)}ies`);
  else if (/(?:ch|sh|ss|x)$/.test(word)) forms.add(`${word}es`);
  else if (!word.endsWith('s')) forms.add(`${word}s`);
  return `(?:${[...forms].sort((a, b) => b.length - a.length).map(escapeRegex).join('|')})`;
}

/** One global pattern matching any of the phrases as whole words; null when the list is empty. */
export function phrasesRegex(phrases: readonly string[], options: { readonly inflect?: boolean } = {}): RegExp | null {
  const sources = [...new Set(phrases.map((p) => phraseSource(p, options.inflect ?? false)).filter((s) => s !== ''))];
  if (sources.length === 0) return null;
  // Longest first, so "listeria monocytogenes" wins over "listeria".
  sources.sort((a, b) => b.length - a.length);
  const ascii = phrases.every((p) => ASCII_EDGES.test(normalise(p.trim())));
  return ascii ? new RegExp(`\\b(?:${sources.join('|')})\\b`, 'gu') : new RegExp(`${BEFORE}(?:${sources.join('|')})${AFTER}`, 'gu');
}

/**
 * A pattern from hand-written regex source (the analyser's own English lexicons, whose words all
 * start and end with ASCII letters or digits), between word boundaries.
 */
export function lexicon(source: string): RegExp {
  return new RegExp(`\\b(?:${source})\\b`, 'gu');
}

/**
 * Regex source for the usual forms of regular English verbs ("recall" → recall, recalls,
 * recalled, recalling), plus any irregular forms given. Multi-word verbs inflect their first word
 * ("set up" → sets up, setting up).
 */
export function verbForms(verbs: readonly string[], irregular: Readonly<Record<string, readonly string[]>> = {}): string {
  return [...verbFormSet(verbs, irregular)]
    .sort((a, b) => b.length - a.length)
    .map((f) => f.split(' ').map(escapeRegex).join('\\s+'))
    .join('|');
}

/** The same forms as a set of strings (words joined by single spaces), for lookups in code. */
export function verbFormSet(verbs: readonly string[], irregular: Readonly<Record<string, readonly string[]>> = {}): Set<string> {
  const forms = new Set<string>();
  for (const verb of verbs) {
    const [head = '', ...rest] = verb.split(' ');
    const tail = rest.length > 0 ? ` ${rest.join(' ')}` : '';
    const heads = new Set<string>([head, ...(irregular[head] ?? [])]);
    if (head.endsWith('e')) heads.add(`${head}s`).add(`${head}d`).add(`${head.slice(0, -1)}ing`);
    else if (/[^aeiou]y$/.test(head)) heads.add(`${head.slice(0, -1)}ies`).add(`${head.slice(0, -1)}ied`).add(`${head}ing`);
    else if (/(?:ch|sh|ss|x)$/.test(head)) heads.add(`${head}es`).add(`${head}ed`).add(`${head}ing`);
    else heads.add(`${head}s`).add(`${head}ed`).add(`${head}ing`);
    for (const h of heads) forms.add(`${h}${tail}`);
  }
  return forms;
}
