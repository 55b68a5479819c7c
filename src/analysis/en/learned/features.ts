/**
 * What the learned judge reads in a statement: its words as the tagger gives them (lemmas, pairs of
 * neighbouring lemmas, the word before each verb), what the frames found (one feature per element or
 * penalty a frame gave a cue for) and the crisis cluster. Features are plain strings, so the model
 * file names them and a reader can see what each weight is for.
 *
 * The word features count for the statement as a whole, each scaled by one over the square root of
 * how many there are: a one-line answer's few words weigh as much together as a long release's many,
 * so "We take full responsibility." is read as taking responsibility on its own, not only inside a
 * long, warm release.
 */
import type { Doc, Sentence } from '../document.ts';

/** Features of one sentence's words: lemmas, neighbouring lemma pairs, and the lemma before each verb. */
export function wordFeatures(sentence: Sentence): string[] {
  const out: string[] = [];
  const lemmas: string[] = [];
  const words = sentence.words;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w === undefined || w.pos === 'PUNCT') continue;
    lemmas.push(w.lemma);
    if ((w.pos === 'VERB' || w.pos === 'AUX') && i > 0) out.push(`pv:${words[i - 1]?.lemma ?? ''}_${w.lemma}`);
  }
  for (let i = 0; i < lemmas.length; i++) {
    out.push(`u:${lemmas[i] ?? ''}`);
    if (i + 1 < lemmas.length) out.push(`b:${lemmas[i] ?? ''}_${lemmas[i + 1] ?? ''}`);
  }
  return out;
}

/** The feature for a code a frame quoted from the sentence. */
export function frameFeature(code: string): string {
  return `rule:${code}`;
}

export interface FramedCue {
  readonly code: string;
  readonly quote: string;
}

/** The index of the sentence a cue's quote starts in (the first place the quote occurs), or -1. */
function sentenceOf(doc: Doc, quote: string): number {
  const at = quote === '' ? -1 : doc.original.indexOf(quote);
  if (at < 0) return -1;
  return doc.sentences.findIndex((s) => at >= s.start && at < s.end);
}

export interface StatementFeatures {
  /** The statement's distinct word features (scaled together by 1/√count). */
  readonly words: readonly string[];
  /** What the frames found and the cluster (each counts fully). */
  readonly fixed: readonly string[];
  /** Each sentence's word features and the frames' cues quoted from it: where a code's quote is taken from. */
  readonly sentences: readonly (readonly string[])[];
}

export function statementFeatures(doc: Doc, cues: readonly FramedCue[], cluster: string | null): StatementFeatures {
  const sentences = doc.sentences.map((s) => wordFeatures(s));
  const words = [...new Set(sentences.flat())];
  const fixed = [...new Set(cues.map((c) => frameFeature(c.code)))];
  if (cluster !== null) fixed.push(`cl:${cluster}`);
  for (const cue of cues) {
    const target = sentences[sentenceOf(doc, cue.quote)];
    if (target !== undefined && !target.includes(frameFeature(cue.code))) target.push(frameFeature(cue.code));
  }
  return { words, fixed, sentences };
}
