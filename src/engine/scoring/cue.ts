import { z } from 'zod';
import { DIMENSIONS } from '../../format/index.ts';

/** One reason a score moved: the dimension, how many points, why, the words, and the research behind it. */
export const Cue = z.object({
  dimension: z.enum(DIMENSIONS),
  points: z.number(),
  reason: z.string(),
  quote: z.string(),
  anchor: z.string(),
  /**
   * For session-level findings that carry no points of their own (their weight is in the summary
   * cue of their dimension): whether the finding is a strength or something to improve.
   * `omitted`: something the moment called for that the statement left out; it has no words to
   * quote, and its cost is the part of the shortfall that no penalty explains.
   */
  tone: z.enum(['positive', 'negative', 'omitted']).optional(),
});
export type Cue = z.infer<typeof Cue>;

export interface DimensionScore {
  /** 0–100, or null when there is nothing to judge. */
  readonly score: number | null;
  readonly cues: readonly Cue[];
}

/** Keeps a score and its cues in step: the cue points always add up to the score. */
export class Tally {
  private points = 0;
  readonly cues: Cue[] = [];
  private readonly dimension: Cue['dimension'];

  constructor(dimension: Cue['dimension']) {
    this.dimension = dimension;
  }

  /**
   * `tone: 'negative'` marks a shortcoming that still earns some points (partial credit: a late
   * answer, a speculative figure) or none at all (never answered): such a cue is kept even at 0
   * points, so the trainee sees what cost them; so is `tone: 'omitted'`. Other zero-point cues carry
   * nothing and are dropped.
   */
  add(points: number, reason: string, quote: string, anchor: string, tone?: 'negative' | 'omitted'): void {
    const p = Math.round(points * 10) / 10;
    if (p === 0 && tone === undefined) return;
    this.points += p;
    this.cues.push({ dimension: this.dimension, points: p, reason, quote: clipQuote(quote), anchor, ...(tone ? { tone } : {}) });
  }

  /**
   * Clamps to 0–100. The cues on the side that overshot are scaled down in proportion, so they
   * still add up to the score and each still quotes the words it came from.
   */
  result(): DimensionScore {
    const clamped = Math.min(100, Math.max(0, this.points));
    const excess = this.points - clamped;
    if (excess !== 0) {
      const side = excess < 0 ? (c: Cue) => c.points < 0 : (c: Cue) => c.points > 0;
      const total = this.cues.filter(side).reduce((sum, c) => sum + c.points, 0);
      const keep = (total - excess) / total;
      for (const [i, c] of this.cues.entries()) {
        if (!side(c)) continue;
        this.cues[i] = { ...c, points: Math.round(c.points * keep * 10) / 10, reason: `${c.reason} (scaled: a score stays within 0–100)` };
      }
    }
    return { score: Math.round(clamped), cues: this.cues };
  }
}

const MAX_QUOTE = 240;

/** Quotes in cues stay short enough to read in a list; the full statement is in the timeline. */
export function clipQuote(q: string): string {
  return q.length > MAX_QUOTE ? `${q.slice(0, MAX_QUOTE - 1)}…` : q;
}
