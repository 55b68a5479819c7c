/**
 * The evaluator's review: HSEEP evaluators confirm or change the ratings an exercise proposes, and
 * here also any single cue a statement was scored on. What was proposed is worked out from the
 * session's own scores at the moment of the review (never taken from the client), so the report can
 * show both, side by side, with the evaluator's reason. Pure data: the session server stores it and
 * the report and the console lay it out.
 */
import { z } from 'zod';
import { Cue, type PlayResult } from '../engine/index.ts';
import { DIMENSIONS } from '../format/index.ts';
import { RATING_CODES, ratingFor } from './aar.ts';

/** Ratings an evaluator may give (N/A is what a score gives when there is nothing to judge). */
export const EVALUATOR_RATINGS = ['P', 'S', 'M', 'U'] as const;

const Id = z.string().min(1).max(64);

/** What is reviewed: a capability's rating, or one cue of one statement (by its position in the statement's cues). */
export const ReviewTarget = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('rating'), dimension: z.enum(DIMENSIONS) }),
  z.object({ kind: z.literal('cue'), statement: Id, cue: z.number().int().min(0).max(999) }),
]);
export type ReviewTarget = z.infer<typeof ReviewTarget>;

/** What the scores proposed when the evaluator looked. */
export const Proposed = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('rating'), dimension: z.enum(DIMENSIONS), score: z.number().nullable(), rating: z.enum(RATING_CODES) }),
  z.object({ kind: z.literal('cue'), statement: z.string(), seat: z.string(), cue: Cue }),
]);
export type Proposed = z.infer<typeof Proposed>;

/** The evaluator's value: a rating, or the points the cue should carry (the proposed points: confirmed; 0: struck out). */
export const Decided = z.union([z.object({ rating: z.enum(EVALUATOR_RATINGS) }), z.object({ points: z.number().min(-100).max(100) })]);
export type Decided = z.infer<typeof Decided>;

export const Review = z.object({ key: z.string(), proposed: Proposed, decided: Decided, reason: z.string(), by: z.string(), at: z.number() });
export type Review = z.infer<typeof Review>;

/** One review per target: a second review of the same thing replaces the first. */
export function reviewKey(target: ReviewTarget): string {
  return target.kind === 'rating' ? `rating:${target.dimension}` : `cue:${target.statement}:${String(target.cue)}`;
}

/** What the session's scores propose for a target, or null when it names nothing there (no such statement or cue). */
export function proposedFor(result: PlayResult, target: ReviewTarget): Proposed | null {
  if (target.kind === 'rating') {
    const score = result.unjudged.includes(target.dimension) ? null : result.scores[target.dimension];
    return { kind: 'rating', dimension: target.dimension, score, rating: ratingFor(score).code };
  }
  const statement = result.statements.find((s) => s.id === target.statement);
  const cue = statement?.cues[target.cue];
  if (!statement || !cue) return null;
  return { kind: 'cue', statement: statement.id, seat: statement.seat, cue };
}

/** Whether the evaluator kept what was proposed. */
export function confirms(review: Pick<Review, 'proposed' | 'decided'>): boolean {
  const { proposed, decided } = review;
  if (proposed.kind === 'rating') return 'rating' in decided && decided.rating === proposed.rating;
  return 'points' in decided && decided.points === proposed.cue.points;
}

/**
 * Reads a stored review back (its parts are stored as JSON text). A review stored before reviews
 * had this shape, or damaged, is skipped rather than shown wrong.
 */
export function readReview(stored: { readonly target: string; readonly proposed: string; readonly decided: string; readonly reason: string; readonly by: string; readonly at: number }): Review | null {
  try {
    const proposed = JSON.parse(stored.proposed) as unknown;
    const decided = JSON.parse(stored.decided) as unknown;
    const parsed = Review.safeParse({ key: stored.target, proposed, decided, reason: stored.reason, by: stored.by, at: stored.at });
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The cues the evaluator gave other points than proposed (confirmations change nothing). */
export function changedCues(reviews: Iterable<Review>): { statement: string; cue: number; points: number }[] {
  const out: { statement: string; cue: number; points: number }[] = [];
  for (const r of reviews) {
    const position = /^cue:.+:(\d+)$/.exec(r.key)?.[1];
    if (r.proposed.kind !== 'cue' || !('points' in r.decided) || position === undefined || confirms(r)) continue;
    out.push({ statement: r.proposed.statement, cue: Number(position), points: r.decided.points });
  }
  return out;
}

/** The same, among reviews as storage keeps them. */
export function cueChanges(stored: Iterable<Parameters<typeof readReview>[0]>): { statement: string; cue: number; points: number }[] {
  return changedCues([...stored].map(readReview).filter((r): r is Review => r !== null));
}
