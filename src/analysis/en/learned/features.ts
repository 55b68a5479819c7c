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
import { clusterOf } from './clusters.ts';

const CLUSTER_FEATURES: string[] = [];
/** `c:<cluster>`, made once per cluster: a statement asks for one per word. */
function clusterFeature(cluster: number): string {
  let feature = CLUSTER_FEATURES[cluster];
  if (feature === undefined) {
    feature = `c:${cluster}`;
    CLUSTER_FEATURES[cluster] = feature;
  }
  return feature;
}

/** Features of one sentence's words: lemmas, neighbouring lemma pairs, the lemma before each verb, and each word's cluster (clusters.ts). */
export function wordFeatures(sentence: Sentence): string[] {
  const out: string[] = [];
  const lemmas: string[] = [];
  const clusters: (number | undefined)[] = [];
  const words = sentence.words;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w === undefined || w.pos === 'PUNCT') continue;
    lemmas.push(w.lemma);
    const cluster = clusterOf(w.text) ?? clusterOf(w.lemma);
    clusters.push(cluster);
    if (cluster !== undefined) out.push(clusterFeature(cluster));
    if ((w.pos === 'VERB' || w.pos === 'AUX') && i > 0) out.push(`pv:${words[i - 1]?.lemma ?? ''}_${w.lemma}`);
  }
  for (let i = 0; i < lemmas.length; i++) {
    out.push(`u:${lemmas[i] ?? ''}`);
    if (i + 1 < lemmas.length) out.push(`b:${lemmas[i] ?? ''}_${lemmas[i + 1] ?? ''}`);
    const here = clusters[i];
    const after = clusters[i + 1];
    if (here !== undefined && after !== undefined) out.push(`cb:${here}_${after}`);
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

/**
 * The words of the sentence a frame quoted for a code, each tied to the code (`q:<code>_<lemma>`):
 * they let the judge weigh the frame's own sentence, not only the statement around it ("because
 * the valve had not been serviced" keeps an explanation; "because passengers were standing in the
 * vestibules" is blame, however causal it sounds).
 */
export function quotedFeatures(sentence: Sentence, code: string): string[] {
  const out: string[] = [];
  for (const w of sentence.words) {
    if (w.pos === 'PUNCT') continue;
    out.push(`q:${code}_${w.lemma}`);
    const cluster = clusterOf(w.text) ?? clusterOf(w.lemma);
    if (cluster !== undefined) out.push(`q:${code}_c${cluster}`);
  }
  return out;
}

export interface StatementFeatures {
  /** The statement's distinct word features (scaled together by 1/√count). */
  readonly words: readonly string[];
  /** The distinct words of the sentences the frames quoted, per code (scaled together by 1/√count): `quotedFeatures`. */
  readonly quoted: readonly string[];
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
  const quoted = new Set<string>();
  for (const cue of cues) {
    const at = sentenceOf(doc, cue.quote);
    const target = sentences[at];
    if (target !== undefined && !target.includes(frameFeature(cue.code))) target.push(frameFeature(cue.code));
    const sentence = doc.sentences[at];
    if (sentence !== undefined) for (const f of quotedFeatures(sentence, cue.code)) quoted.add(f);
  }
  return { words, quoted: [...quoted], fixed, sentences };
}
