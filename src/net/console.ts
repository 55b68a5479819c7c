/**
 * What the facilitator console shows, as pure functions of a team client's replica: every seat's
 * drafts and sign-offs, who is here and typing, and live scores per dimension and per seat. The
 * scorer runs on the replica (no server round trip); call `liveScores` on demand, not every frame.
 */
import { buildResult, type Session } from '../engine/index.ts';
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

/** The evaluator gave one cue of a statement other points than the scores proposed. */
export interface CueChange {
  readonly statement: string;
  /** The cue's position in the statement's cues. */
  readonly cue: number;
  readonly points: number;
}

export interface LiveScores {
  readonly overall: number;
  readonly dimensions: Readonly<Record<string, number>>;
  /** Per seat: the mean of its published statements' scores, per dimension they were scored on. */
  readonly seats: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /**
   * The same per-seat means with the evaluator's cue changes applied (a statement's score on a
   * dimension is the sum of its cues there, kept within 0–100): only the seats and dimensions a
   * change moved. The session's own dimension scores blend more than cues, so they are not
   * recomputed; `changedCues` says per dimension how many cues the evaluator changed.
   */
  readonly reviewed: {
    readonly seats: Readonly<Record<string, Readonly<Record<string, number>>>>;
    readonly changedCues: Readonly<Record<string, number>>;
  };
}

export function liveScores(session: Session, changes: readonly CueChange[] = []): LiveScores {
  const so = session.scoresSoFar();
  const result = buildResult(session.scenario, session.state);
  type Cell = { total: number; reviewed: number; n: number; moved: boolean };
  const sums = new Map<string, Map<string, Cell>>();
  const changedCues: Record<string, number> = {};
  for (const st of result.statements) {
    const bySeat = sums.get(st.seat) ?? new Map<string, Cell>();
    sums.set(st.seat, bySeat);
    // What the evaluator's changes add to each dimension of this statement.
    const delta = new Map<string, number>();
    for (const change of changes) {
      const cue = change.statement === st.id ? st.cues[change.cue] : undefined;
      if (!cue || cue.points === change.points) continue;
      delta.set(cue.dimension, (delta.get(cue.dimension) ?? 0) + change.points - cue.points);
      changedCues[cue.dimension] = (changedCues[cue.dimension] ?? 0) + 1;
    }
    for (const [dimension, score] of Object.entries(st.scores)) {
      if (typeof score !== 'number') continue;
      const cell = bySeat.get(dimension) ?? { total: 0, reviewed: 0, n: 0, moved: false };
      const d = delta.get(dimension) ?? 0;
      cell.total += score;
      cell.reviewed += Math.min(100, Math.max(0, score + d));
      cell.moved ||= d !== 0;
      cell.n += 1;
      bySeat.set(dimension, cell);
    }
  }
  const seats: Record<string, Record<string, number>> = {};
  const reviewedSeats: Record<string, Record<string, number>> = {};
  for (const [seat, dims] of sums) {
    seats[seat] = Object.fromEntries([...dims].map(([d, c]) => [d, Math.round(c.total / c.n)]));
    const moved = [...dims].filter(([, c]) => c.moved);
    if (moved.length > 0) reviewedSeats[seat] = Object.fromEntries(moved.map(([d, c]) => [d, Math.round(c.reviewed / c.n)]));
  }
  return { overall: so.overall, dimensions: so.dimensions, seats, reviewed: { seats: reviewedSeats, changedCues } };
}
