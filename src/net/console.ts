/**
 * What the facilitator console shows, as pure functions of a team client's replica: every seat's
 * drafts and sign-offs, who is here and typing, and live scores per dimension and per seat. The
 * scorer runs on the replica (no server round trip); call `liveScores` on demand, not every frame.
 */
import { buildResult, type CueChange, type PlayResult, type Session } from '../engine/index.ts';
import type { Member } from './team-client.ts';

export interface SeatView {
  readonly seat: string;
  /** Who is connected in it (names as they gave them). */
  readonly holders: readonly string[];
  /** The inject this seat is typing an answer to (null: typing something else), or undefined when not typing. */
  readonly typing: string | null | undefined;
  /** Statements this seat drafted that wait for sign-off, with the seats still to sign. */
  readonly drafts: readonly { readonly statement: string; readonly channel: string; readonly inject: string | null; readonly waitingFor: readonly string[] }[];
  /** Statements waiting for this seat's sign-off. */
  readonly toApprove: readonly string[];
  readonly published: number;
  readonly rejected: number;
}

export function seatViews(session: Session, members: readonly Member[], typing: ReadonlyMap<string, string | null>): SeatView[] {
  const statements = session.state.statements;
  return session.scenario.seats.map((seat) => ({
    seat,
    holders: members.filter((m) => m.seat === seat).map((m) => m.name ?? seat),
    typing: typing.has(seat) ? (typing.get(seat) ?? null) : undefined,
    drafts: statements
      .filter((s) => s.seat === seat && s.status === 'awaiting-approval')
      .map((s) => ({ statement: s.id, channel: s.channel, inject: s.inject, waitingFor: s.needs.filter((n) => s.approvals[n] === undefined) })),
    toApprove: statements.filter((s) => s.status === 'awaiting-approval' && s.needs.includes(seat) && s.approvals[seat] === undefined).map((s) => s.id),
    published: statements.filter((s) => s.seat === seat && s.status === 'published').length,
    rejected: statements.filter((s) => s.seat === seat && s.status === 'rejected').length,
  }));
}

export type { CueChange };

export interface LiveScores {
  readonly overall: number;
  readonly dimensions: Readonly<Record<string, number>>;
  /** Dimensions nothing so far gave anything to judge (their figure is 0 and means nothing yet). */
  readonly unjudged: readonly string[];
  /** Per seat: the mean of its published statements' scores, per dimension they were scored on. */
  readonly seats: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /**
   * The same scores with the evaluator's cue changes applied, worked out by the scorer itself (a
   * changed cue moves its statement's score on that dimension, kept within 0–100, and the team's
   * dimension follows through the scorer's own means and blends). `dimensions` and `overall` are the
   * whole team's; per seat only the dimensions a change touched; `changedCues` counts, per dimension,
   * the cues the evaluator changed.
   */
  readonly reviewed: {
    readonly overall: number;
    readonly dimensions: Readonly<Record<string, number>>;
    readonly seats: Readonly<Record<string, Readonly<Record<string, number>>>>;
    readonly changedCues: Readonly<Record<string, number>>;
  };
}

/** Per seat, the rounded mean of its statements' scores per dimension. */
function seatMeans(statements: PlayResult['statements']): Record<string, Record<string, number>> {
  const sums = new Map<string, Map<string, { total: number; n: number }>>();
  for (const st of statements) {
    const bySeat = sums.get(st.seat) ?? new Map<string, { total: number; n: number }>();
    sums.set(st.seat, bySeat);
    for (const [dimension, score] of Object.entries(st.scores)) {
      if (typeof score !== 'number') continue;
      const cell = bySeat.get(dimension) ?? { total: 0, n: 0 };
      cell.total += score;
      cell.n += 1;
      bySeat.set(dimension, cell);
    }
  }
  return Object.fromEntries([...sums].map(([seat, dims]) => [seat, Object.fromEntries([...dims].map(([d, c]) => [d, Math.round(c.total / c.n)]))]));
}

export function liveScores(session: Session, changes: readonly CueChange[] = []): LiveScores {
  const result = buildResult(session.scenario, session.state);
  const after = changes.length > 0 ? buildResult(session.scenario, session.state, [], { cueChanges: changes }) : result;
  const changedCues: Record<string, number> = {};
  const touched = new Map<string, Set<string>>();
  for (const change of changes) {
    const st = result.statements.find((x) => x.id === change.statement);
    const cue = st?.cues[change.cue];
    if (!st || !cue || cue.points === change.points) continue;
    changedCues[cue.dimension] = (changedCues[cue.dimension] ?? 0) + 1;
    touched.set(st.seat, (touched.get(st.seat) ?? new Set()).add(cue.dimension));
  }
  const afterSeats = seatMeans(after.statements);
  const reviewedSeats: Record<string, Record<string, number>> = {};
  for (const [seat, dims] of touched) {
    const moved = [...dims].filter((d) => afterSeats[seat]?.[d] !== undefined);
    if (moved.length > 0) reviewedSeats[seat] = Object.fromEntries(moved.map((d) => [d, afterSeats[seat]?.[d] ?? 0]));
  }
  const { overall: scoredOverall, ...scored } = result.scores;
  const { overall: reviewedOverall, ...reviewed } = after.scores;
  return {
    overall: scoredOverall,
    dimensions: scored,
    unjudged: result.unjudged,
    seats: seatMeans(result.statements),
    reviewed: { overall: reviewedOverall, dimensions: reviewed, seats: reviewedSeats, changedCues },
  };
}
