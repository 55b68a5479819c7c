/**
 * What the learned judge reads in a statement: its words as the tagger gives them (lemmas, pairs of
 * neighbouring lemmas, the word before each verb, each word's cluster of words used alike), the
 * words of each sentence a frame quoted, tied to the frame's code, what the frames found (one
 * feature per element or penalty a frame gave a cue for) and the crisis cluster. Features are plain
 * strings, so the model file names them and a reader can see what each weight is for.
 *
 * The word features count for the statement as a whole, each scaled by one over the square root of
 * how many there are: a one-line answer's few words weigh as much together as a long release's many,
 * so "We take full responsibility." is read as taking responsibility on its own, not only inside a
 * long, warm release. The quoted sentences' words are scaled the same way, as a group of their own.
 */
import type { Doc, Sentence } from '../document.ts';
import { clusterOf } from './clusters.ts';
import { averageVector } from './vectors.ts';

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

/** A sentence's words as the judge reads them: lemma and cluster of each word that is not punctuation. */
interface ReadWords {
  readonly lemmas: readonly string[];
  readonly clusters: readonly (number | undefined)[];
}

function readWords(sentence: Sentence): ReadWords {
  const lemmas: string[] = [];
  const clusters: (number | undefined)[] = [];
  for (const w of sentence.words) {
    if (w.pos === 'PUNCT') continue;
    lemmas.push(w.lemma);
    clusters.push(clusterOf(w.text) ?? clusterOf(w.lemma));
  }
  return { lemmas, clusters };
}

/**
 * A feature string made once per prefix and word and kept (up to FEATURE_CACHE_LIMIT of them): a
 * string met again comes with its hash already computed, so the statement's set of features and the
 * weights' lookup cost less (the judge's share of the 2 ms budget, docs/performance.md).
 */
const FEATURE_CACHE_LIMIT = 50_000;
const featureCache = new Map<string, Map<string, string>>();
function cachedFeature(prefix: string, word: string): string {
  let byWord = featureCache.get(prefix);
  if (byWord === undefined) {
    byWord = new Map();
    featureCache.set(prefix, byWord);
  }
  let feature = byWord.get(word);
  if (feature === undefined) {
    feature = prefix + word;
    if (byWord.size < FEATURE_CACHE_LIMIT) byWord.set(word, feature);
  }
  return feature;
}

/** Features of one sentence's words: lemmas, neighbouring lemma pairs, the lemma before each verb, and each word's cluster (clusters.ts). */
export function wordFeatures(sentence: Sentence, read: ReadWords = readWords(sentence)): string[] {
  const out: string[] = [];
  const words = sentence.words;
  for (let i = 1; i < words.length; i++) {
    const w = words[i];
    if (w !== undefined && (w.pos === 'VERB' || w.pos === 'AUX')) out.push(`pv:${words[i - 1]?.lemma ?? ''}_${w.lemma}`);
  }
  const { lemmas, clusters } = read;
  for (let i = 0; i < lemmas.length; i++) {
    out.push(cachedFeature('u:', lemmas[i] ?? ''));
    if (i + 1 < lemmas.length) out.push(`b:${lemmas[i] ?? ''}_${lemmas[i + 1] ?? ''}`);
    const here = clusters[i];
    if (here !== undefined) out.push(clusterFeature(here));
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
export function quotedFeatures(sentence: Sentence, code: string, read: ReadWords = readWords(sentence)): string[] {
  const out: string[] = [];
  const prefix = `q:${code}_`;
  for (const lemma of read.lemmas) out.push(cachedFeature(prefix, lemma));
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
  /** The statement's average word vector, of length one (vectors.ts). */
  readonly vector: Float64Array;
}

export function statementFeatures(doc: Doc, cues: readonly FramedCue[], cluster: string | null): StatementFeatures {
  const read = doc.sentences.map((s) => readWords(s));
  const sentences = doc.sentences.map((s, i) => wordFeatures(s, read[i]));
  const distinct = new Set<string>();
  for (const features of sentences) for (const f of features) distinct.add(f);
  const words = Array.from(distinct);
  const fixed = [...new Set(cues.map((c) => frameFeature(c.code)))];
  if (cluster !== null) fixed.push(`cl:${cluster}`);
  const quoted = new Set<string>();
  const seen = new Set<string>();
  for (const cue of cues) {
    const at = sentenceOf(doc, cue.quote);
    const sentence = doc.sentences[at];
    const target = sentences[at];
    if (sentence === undefined || target === undefined) continue;
    const feature = frameFeature(cue.code);
    if (!target.includes(feature)) target.push(feature);
    // Several cues of one code from one sentence add the same words once.
    const key = `${cue.code} ${at}`;
    if (seen.has(key)) continue;
    seen.add(key);
    for (const f of quotedFeatures(sentence, cue.code, read[at])) quoted.add(f);
  }
  const vector = averageVector(doc.sentences.map((s) => s.words));
  return { words, quoted: [...quoted], fixed, sentences, vector };
}
