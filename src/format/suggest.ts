/** "did you mean …?" for misspelt keys and ids: the closest candidate within a small edit distance. */
export function closest(word: string, candidates: Iterable<string>): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  const limit = Math.max(2, Math.floor(word.length / 3));
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase(), limit);
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  return bestDistance <= limit ? best : null;
}

/**
 * "did you mean" against the ids of one file, with a budget: each suggestion compares the word with
 * every id, so a file with thousands of unknown names among thousands of ids would take quadratic
 * time for hints nobody reads. Once the budget of comparisons is spent, names are reported without
 * a suggestion. Fixed vocabularies (keys, channels) are small and use `closest` directly.
 */
export class Suggester {
  private remaining: number;

  constructor(comparisons = 200_000) {
    this.remaining = comparisons;
  }

  closest(word: string, candidates: ReadonlySet<string> | ReadonlyMap<string, unknown>): string | null {
    if (candidates.size > this.remaining) {
      this.remaining = 0;
      return null;
    }
    this.remaining -= candidates.size;
    return closest(word, candidates.keys());
  }
}

/** Levenshtein distance with an early exit once it exceeds `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      row.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > limit) return limit + 1;
    prev = row;
  }
  return prev[b.length] ?? limit + 1;
}
