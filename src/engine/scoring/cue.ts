import { z } from 'zod';
import { DIMENSIONS } from '../../format/vocabulary.ts';

/** One reason a score moved: the dimension, how many points, why, the words, and the research behind it. */
export const Cue = z.object({
  dimension: z.enum(DIMENSIONS),
  points: z.number(),
  reason: z.string(),
  quote: z.string(),
  anchor: z.string(),
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

  constructor(dimension: Cue['dimension'], start = 0, startReason = '', anchor = '') {
    this.dimension = dimension;
    if (start !== 0) this.add(start, startReason, '', anchor);
  }

  add(points: number, reason: string, quote: string, anchor: string): void {
    const p = Math.round(points * 10) / 10;
    if (p === 0) return;
    this.points += p;
    this.cues.push({ dimension: this.dimension, points: p, reason, quote: clip(quote), anchor });
  }

  /** Clamps to 0–100 with a cue for the part cut off, so the cues still add up. */
  result(): DimensionScore {
    const clamped = Math.min(100, Math.max(0, this.points));
    const cut = Math.round((clamped - this.points) * 10) / 10;
    if (cut !== 0) {
      this.cues.push({ dimension: this.dimension, points: cut, reason: cut > 0 ? 'a score cannot go below 0' : 'a score cannot go above 100', quote: '', anchor: '' });
    }
    return { score: Math.round(clamped), cues: this.cues };
  }
}

const MAX_QUOTE = 240;
function clip(q: string): string {
  return q.length > MAX_QUOTE ? `${q.slice(0, MAX_QUOTE - 1)}…` : q;
}
