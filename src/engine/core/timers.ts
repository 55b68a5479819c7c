/**
 * Timers: scheduled inject firings, deadlines, simulated approvals and rumour seedings, kept in the
 * state sorted by (time, creation), so they run in a replayable order and a save restores them
 * exactly (they are data, not XState `after` timers, which are not restored from snapshots).
 */
import type { Timer } from '../state.ts';
import type { Work } from './work.ts';

/** A timer before it gets its sequence number (distributes Omit over the union). */
export type TimerInput = Timer extends infer T ? (T extends Timer ? Omit<T, 'seq'> : never) : never;

/**
 * How many pending `fire` timers each inject has, kept beside the session's timer list, so firing an
 * inject does not scan every timer to remove its other fire timers (there are almost never any).
 */
const fireCounts = new WeakMap<Timer[], Map<string, number>>();

function counts(timers: Timer[]): Map<string, number> {
  let c = fireCounts.get(timers);
  if (!c) {
    c = new Map();
    for (const t of timers) if (t.kind === 'fire') c.set(t.inject, (c.get(t.inject) ?? 0) + 1);
    fireCounts.set(timers, c);
  }
  return c;
}

function counted(timers: Timer[], t: Timer, delta: number): void {
  if (t.kind !== 'fire') return;
  const c = counts(timers);
  c.set(t.inject, (c.get(t.inject) ?? 0) + delta);
}

export function addTimer(w: Work, t: TimerInput): void {
  const timers = w.st.timers;
  const timer = { ...t, seq: w.st.seq++ };
  // Keep timers sorted by (time, creation order) so they fire in a replayable order.
  let i = timers.length;
  while (i > 0) {
    const prev = timers[i - 1];
    if (!prev || prev.at <= timer.at) break;
    i -= 1;
  }
  timers.splice(i, 0, timer);
  counted(timers, timer, 1);
}

/** Many timers at once (the session start): appended, then sorted stably, instead of one insertion each. */
export function addTimers(w: Work, list: readonly TimerInput[]): void {
  const timers = w.st.timers;
  for (const t of list) {
    const timer = { ...t, seq: w.st.seq++ };
    timers.push(timer);
    counted(timers, timer, 1);
  }
  timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
}

/** The earliest timer, taken off the list. */
export function takeFirst(w: Work): Timer | undefined {
  const t = w.st.timers.shift();
  if (t) counted(w.st.timers, t, -1);
  return t;
}

export function removeFireTimers(w: Work, inject: string): void {
  if ((counts(w.st.timers).get(inject) ?? 0) === 0) return;
  removeTimers(w, (t) => t.kind === 'fire' && t.inject === inject);
}

/** A firing's deadline timer: found by its time (the list is sorted), not by a scan. */
export function removeDeadline(w: Work, firing: number, at: number | null): void {
  const timers = w.st.timers;
  if (at === null) return;
  let lo = 0;
  let hi = timers.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((timers[mid]?.at ?? Infinity) < at) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < timers.length && timers[i]?.at === at; i++) {
    const t = timers[i];
    if (t?.kind === 'deadline' && t.firing === firing) {
      timers.splice(i, 1);
      return;
    }
  }
}

export function removeTimers(w: Work, match: (t: Timer) => boolean): void {
  const timers = w.st.timers;
  let kept = 0;
  for (const t of timers) {
    if (match(t)) counted(timers, t, -1);
    else timers[kept++] = t;
  }
  timers.length = kept;
}
