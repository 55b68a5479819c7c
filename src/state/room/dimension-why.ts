/**
 * Why a dimension scored what it did, for the debrief's score cards. Some dimensions are built from
 * session-wide cues (timeliness, proactivity); others are the mean of every statement's score
 * (empathy, accuracy), so their reasons live on the statements. A card with a score and no reasons
 * is the one thing a trainee cannot learn from, so both kinds are gathered here.
 */
import type { Cue, PlayResult } from '../../engine/index.ts';

type Dimension = keyof PlayResult['scores'] & Cue['dimension'];

export interface StatementWhy {
  readonly id: string;
  /** Scenario time, as the result writes it (e.g. "1h20m"). */
  readonly at: string;
  readonly text: string;
  readonly score: number;
  /** This statement's cues on the dimension, largest effect first. */
  readonly cues: readonly Cue[];
}

export interface DimensionWhy {
  readonly sessionCues: readonly Cue[];
  /** The statements whose scores make up the dimension, in the order they were made. */
  readonly statements: readonly StatementWhy[];
}

export function dimensionWhy(result: PlayResult, dimension: Dimension): DimensionWhy {
  const statements = result.statements.flatMap((s): StatementWhy[] => {
    const score = s.scores[dimension];
    if (score === undefined) return [];
    const cues = s.cues.filter((c) => c.dimension === dimension).sort((a, b) => Math.abs(b.points) - Math.abs(a.points));
    return [{ id: s.id, at: s.at, text: s.text, score, cues }];
  });
  return { sessionCues: result.sessionCues.filter((c) => c.dimension === dimension), statements };
}
