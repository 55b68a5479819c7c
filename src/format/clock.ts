/**
 * The scenario's wall clock: the calendar date and time players see at a moment of scenario time.
 *
 * Scenario time runs without gaps: deadlines, delays, approvals and rumours are all measured in it.
 * An exercise played in modules skips the calendar forward between them ("six weeks later"), as
 * HSEEP exercises do, so the wall clock is the start moved by every jump already passed. The jump
 * changes what the clock shows and how times named in statements are read ("at 9:00", "on Friday"),
 * never how long anyone has to answer.
 */

/** A jump of the calendar: from scenario time `atMs` on, the wall clock reads `toIso` plus the time since. */
export interface WallClockJump {
  readonly atMs: number;
  readonly toIso: string;
}

/** A moment on the wall clock: epoch milliseconds and the UTC offset (minutes east) it is shown in. */
export interface WallTime {
  readonly epochMs: number;
  readonly offsetMinutes: number;
}

const OFFSET = /(?:([+-])(\d\d):?(\d\d)|Z)$/;

/** The UTC offset written at the end of an ISO 8601 date-time, in minutes east (0 for Z or none). */
export function isoOffsetMinutes(iso: string): number {
  const m = OFFSET.exec(iso.trim());
  if (!m || m[2] === undefined) return 0;
  const sign = m[1] === '-' ? -1 : 1;
  return sign * (Number(m[2]) * 60 + Number(m[3] ?? '0'));
}

/** The jump in force at scenario time `ms` (the last one at or before it), or null before the first. */
export function jumpAt<J extends WallClockJump>(jumps: readonly J[], ms: number): J | null {
  let current: J | null = null;
  for (const j of jumps) if (j.atMs <= ms && (current === null || j.atMs >= current.atMs)) current = j;
  return current;
}

/**
 * The wall-clock time at scenario time `ms`, or null when a date-time cannot be read (a result
 * written by hand, say). Jumps must be in order and move the clock forward; lint checks that (SC310).
 */
export function wallClockAt(startIso: string, jumps: readonly WallClockJump[], ms: number): WallTime | null {
  const jump = jumpAt(jumps, ms);
  const baseIso = jump?.toIso ?? startIso;
  const base = Date.parse(baseIso);
  if (Number.isNaN(base)) return null;
  return { epochMs: base + (ms - (jump?.atMs ?? 0)), offsetMinutes: isoOffsetMinutes(baseIso) };
}
