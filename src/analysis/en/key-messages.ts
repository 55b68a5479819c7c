/**
 * Key messages a statement carries, by meaning rather than by exact words.
 *
 * A message with concepts matches a sentence only when every concept has one of its synonyms in
 * that sentence (on stems, contractions expanded), each with the polarity the author used: "stop"
 * under a negation ("do not stop taking it") matches "Do not stop taking Calvexa …", "Stop taking
 * Calvexa" does not. A message without concepts matches when the sentence contains most of the
 * content stems of its text or of a paraphrase (recall ≥ 0.6 and at least two stems).
 *
 * `similarity` is the bag-of-stems overlap with the closest wording (text or paraphrase), lifted
 * for concept matches (0.6 + 0.4 × overlap) because all required concepts are present. The design
 * prefers misses to false matches: a trainee credited with a message they did not send learns the
 * wrong thing.
 */
import type { Doc, Sentence } from './document.ts';
import { sentenceQuote } from './document.ts';
import { isContent, isContentWord, stemOf, termsOfPhrase, wordsOf, type Term } from './tokens.ts';

export interface KeyMessageInput {
  readonly id: string;
  readonly text: string;
  readonly paraphrases: readonly string[];
  readonly concepts: readonly (readonly string[])[];
}

interface Wording {
  readonly stems: readonly string[];
  readonly content: ReadonlySet<string>;
}

interface Synonym {
  readonly stems: readonly string[];
  /** Whether the author wrote it under a negation (see expectedPolarity). */
  readonly negated: boolean;
}

interface CompiledMessage {
  readonly id: string;
  readonly wordings: readonly Wording[];
  /** Per concept, its synonyms as stem sequences with the polarity they must have. */
  readonly concepts: readonly (readonly Synonym[])[];
}

export interface KeyMessageMatch {
  readonly id: string;
  readonly quote: string;
  readonly similarity: number;
}

const NEGATORS = new Set(['not', 'no', 'never', 'without', 'nor', 'none']);
/** "do not", "don't", "should not", "must not" all mean "not" for matching. */
const NEGATION_AUXILIARIES = new Set(['do', 'does', 'did', 'should', 'must', 'shall', 'will', 'can', 'could', 'would']);
/** Negation reaches a few words ahead: "do not stop", "no need to stop", but not "without talking to your doctor". */
const NEGATION_WINDOW = 3;
const MIN_RECALL = 0.6;

function canonicalStems(terms: readonly Term[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i];
    if (t === undefined || (NEGATION_AUXILIARIES.has(t.word) && terms[i + 1]?.word === 'not')) continue;
    out.push(NEGATORS.has(t.word) ? 'not' : t.stem);
  }
  return out;
}

/**
 * canonicalStems and the content stems of a sentence in one pass over its words: every sentence of
 * every statement is read this way, and building a term object per word cost more than the matching.
 */
function sentenceStems(tokens: Sentence['tokens']): { stems: string[]; content: Set<string> } {
  const words = wordsOf(tokens);
  const stems: string[] = [];
  const content = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    const stem = stemOf(word);
    if (isContentWord(word)) content.add(stem);
    if (NEGATION_AUXILIARIES.has(word) && words[i + 1] === 'not') continue;
    stems.push(NEGATORS.has(word) ? 'not' : stem);
  }
  return { stems, content };
}

function phraseStems(phrase: string): string[] {
  return canonicalStems(termsOfPhrase(phrase));
}

export function compileKeyMessages(messages: readonly KeyMessageInput[]): CompiledMessage[] {
  return messages.map((m) => {
    const wordings = [m.text, ...m.paraphrases].map((w) => {
      const terms = termsOfPhrase(w);
      return { stems: canonicalStems(terms), content: new Set(terms.filter(isContent).map((t) => t.stem)) };
    });
    // The polarity depends only on the message, so it is settled here, not for every sentence read.
    const concepts = m.concepts.map((synonyms) => synonyms.map(phraseStems).filter((s) => s.length > 0));
    return {
      id: m.id,
      wordings,
      concepts: concepts.map((concept) => concept.map((stems) => ({ stems, negated: expectedPolarity(wordings, concept, stems) }))),
    };
  });
}

/** Offsets in `stems` where `needle` occurs as a contiguous run. */
function occurrences(stems: readonly string[], needle: readonly string[]): number[] {
  const out: number[] = [];
  for (let i = 0; i + needle.length <= stems.length; i++) {
    let ok = true;
    for (let k = 0; k < needle.length && ok; k++) ok = stems[i + k] === needle[k];
    if (ok) out.push(i);
  }
  return out;
}

function negatedAt(stems: readonly string[], at: number): boolean {
  for (let k = Math.max(0, at - NEGATION_WINDOW); k < at; k++) if (stems[k] === 'not') return true;
  return false;
}

/**
 * The polarity the author gave a synonym: as it stands in the message text; if the text does not
 * use it, as it stands in the first paraphrase that does; else as the concept's words stand in the
 * text. A paraphrase may use the same word the other way round ("… unless your doctor tells you
 * to stop"), so the text decides first.
 */
function expectedPolarity(wordings: readonly Wording[], concept: readonly (readonly string[])[], synonym: readonly string[]): boolean {
  for (const w of wordings) {
    const at = occurrences(w.stems, synonym)[0];
    if (at !== undefined) return negatedAt(w.stems, at);
  }
  const text = wordings[0];
  if (text !== undefined) {
    for (const sibling of concept) {
      const at = occurrences(text.stems, sibling)[0];
      if (at !== undefined) return negatedAt(text.stems, at);
    }
  }
  return false;
}

function conceptsPresent(message: CompiledMessage, stems: readonly string[]): boolean {
  return message.concepts.every((concept) => concept.some((synonym) => occursWith(stems, synonym.stems, synonym.negated)));
}

/** `needle` occurs in `stems` with the given polarity (occurrences, without building the list). */
function occursWith(stems: readonly string[], needle: readonly string[], negated: boolean): boolean {
  const first = needle[0];
  for (let i = 0; i + needle.length <= stems.length; i++) {
    if (stems[i] !== first) continue;
    let ok = true;
    for (let k = 1; k < needle.length && ok; k++) ok = stems[i + k] === needle[k];
    if (ok && negatedAt(stems, i) === negated) return true;
  }
  return false;
}

function overlap(message: CompiledMessage, content: ReadonlySet<string>): { recall: number; shared: number } {
  let best = { recall: 0, shared: 0 };
  for (const w of message.wordings) {
    if (w.content.size === 0) continue;
    let shared = 0;
    for (const s of w.content) if (content.has(s)) shared++;
    const recall = shared / w.content.size;
    if (recall > best.recall) best = { recall, shared };
  }
  return best;
}

export function matchKeyMessages(doc: Doc, messages: readonly CompiledMessage[]): KeyMessageMatch[] {
  if (messages.length === 0) return [];
  const perSentence = doc.sentences.map((s: Sentence) => ({ sentence: s, ...sentenceStems(s.tokens) }));
  const out: KeyMessageMatch[] = [];
  for (const message of messages) {
    let best: KeyMessageMatch | null = null;
    for (const { sentence, stems, content } of perSentence) {
      const { recall, shared } = overlap(message, content);
      let similarity: number | null = null;
      if (message.concepts.length > 0) {
        if (conceptsPresent(message, stems)) similarity = 0.6 + 0.4 * recall;
      } else if (recall >= MIN_RECALL && shared >= 2) similarity = recall;
      if (similarity !== null && (best === null || similarity > best.similarity)) {
        best = { id: message.id, quote: sentenceQuote(doc, sentence), similarity: round(similarity) };
      }
    }
    if (best !== null) out.push(best);
  }
  return out;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
