/**
 * Scenario time: the clock moves only on `clock.*` commands, from event to event. Within a moment,
 * due timers run in (time, creation) order, then the conditions that could have changed, repeated
 * until nothing changes; the scenario ends when its clock runs out or an effect asks for it. While a
 * condition moves with the clock (it reads time, or a running rumour), the clock stops every scenario
 * minute; a running rumour alone needs only its five-minute history points. Either way a rumour is
 * integrated on the same one-minute grid, so how often the host ticks never changes a result.
 */
import { changesWithClock, conditionIndex, type Continuity } from '../condition-index.ts';
import { HISTORY_EVERY_MS, RUMOUR_STEP_MS } from '../rumours.ts';
import type { Timer } from '../state.ts';
import { checkConditions } from './conditions.ts';
import { finish } from './endings.ts';
import { deadline, fire } from './injects.ts';
import { pickTimeUp } from './press-conferences.ts';
import { seed, syncRumours } from './rumours.ts';
import { approve } from './statements.ts';
import { takeFirst } from './timers.ts';
import type { Work } from './work.ts';

/** Guard against a scenario whose conditions and effects keep re-triggering each other. */
const MAX_SETTLE_PASSES = 64;

export function advanceTo(w: Work, target: number): void {
  const end = w.s.lengthMs;
  const stopAt = Math.min(target, end);
  settle(w);
  while (!w.isEnded()) {
    const nextTimer = w.st.timers[0]?.at ?? Infinity;
    // Stop every minute while a condition moves with the clock; otherwise a running rumour only
    // needs the five-minute points where its history is sampled and silence is booked (it is
    // integrated on the same one-minute grid either way, so the result is identical).
    const every = needsGridChecks(w) ? RUMOUR_STEP_MS : hasSeededRumour(w) ? HISTORY_EVERY_MS : Infinity;
    const grid = every === Infinity ? Infinity : (Math.floor(w.st.now / every) + 1) * every;
    const t = Math.min(nextTimer, grid, stopAt);
    if (t > w.st.now) {
      w.st.now = t;
      // Only on the grid and at timer moments: never at the host's frame times (see rumours.ts).
      if (t === grid || t === nextTimer) syncRumours(w, t);
    }
    // Where the host stops the clock (before the end), answers given now come before deadlines now.
    const hold = w.st.now === stopAt && stopAt < end;
    settle(w, hold);
    if (w.isEnded()) break;
    if (w.st.now >= end) {
      finish(w, { code: 'end.clock', params: {} });
      break;
    }
    if (w.st.now >= stopAt && !dueNow(w, hold)) break;
  }
}

/** Solo practice: jump to the moment the next inject fires, but no further than `limit` (or the end). */
export function skipToNextInject(w: Work, limit: number): void {
  const fired = w.st.firings.length;
  while (!w.isEnded() && w.st.firings.length === fired && w.st.now < limit) {
    // Any timer may fire an inject: a moderator's pick, a press question's deadline (the next
    // question is put when time runs out), an approval an `after` waits on. Stopping at each one
    // keeps the jump from running past the first firing, which advanceTo would not notice.
    const nextFire = w.st.timers[0]?.at ?? Infinity;
    const nextGrid = (Math.floor(w.st.now / RUMOUR_STEP_MS) + 1) * RUMOUR_STEP_MS;
    const target = needsGridChecks(w) ? Math.min(nextFire, nextGrid) : nextFire;
    advanceTo(w, Math.min(target, limit, w.s.lengthMs));
  }
}

function hasSeededRumour(w: Work): boolean {
  for (const r of w.s.rumours) if (w.st.rumours[r.id]?.model) return true;
  return false;
}

export function movesWithClock(w: Work, c: Continuity): boolean {
  return changesWithClock(c, (id) => w.st.rumours[id]?.model != null);
}

/**
 * Whether any condition moves with the clock now (it reads time, a rumour or a truth timeline, and
 * its inject can still fire). It changes only when such an inject or rumour changes, so the answer
 * is kept until then.
 */
export function needsGridChecks(w: Work): boolean {
  w.tracker.gridNeed ??= computeGridNeed(w);
  return w.tracker.gridNeed;
}

function computeGridNeed(w: Work): boolean {
  const index = conditionIndex(w.s);
  for (const c of index.watchedInjects) {
    if (!movesWithClock(w, c.continuity)) continue;
    const status = w.st.injects[c.inject.id]?.status;
    if (status === 'pending' || (c.inject.trigger.kind === 'when' && !c.inject.trigger.once)) return true;
  }
  return index.earlyEndings.some((e) => movesWithClock(w, e.continuity));
}

/**
 * Is the next timer due now? With `holdDeadlines`, a deadline falling exactly now waits, with
 * everything after it at this moment: "answer within 15 minutes" includes minute 15, so an answer
 * given at that moment comes first. Holding the rest too keeps the order of what happens at this
 * moment the same whether the host stops here or jumps past it.
 */
function dueNow(w: Work, holdDeadlines: boolean): boolean {
  const t = w.st.timers[0];
  if (!t || t.at > w.st.now) return false;
  return !(holdDeadlines && holding(w));
}

/** Is a deadline due at this moment? Only the timers of this moment are looked at (the list is sorted). */
function holding(w: Work): boolean {
  for (const t of w.st.timers) {
    if (t.at !== w.st.now) return false;
    if (t.kind === 'deadline') return true;
  }
  return false;
}

/** Runs everything due now, then conditions, until nothing changes. */
export function settle(w: Work, holdDeadlines = false): void {
  for (let pass = 0; pass < MAX_SETTLE_PASSES && !w.isEnded(); pass++) {
    let changed = false;
    while (!w.isEnded()) {
      const timer = w.st.timers[0];
      if (!timer || timer.at > w.st.now) break;
      if (holdDeadlines && timer.kind === 'deadline' && timer.at === w.st.now) return;
      takeFirst(w);
      runTimer(w, timer);
      changed = true;
    }
    // Conditions run after every timer of this moment; while a deadline is held, so are they.
    if (holdDeadlines && holding(w)) return;
    if (w.isEnded()) return;
    changed = checkConditions(w) || changed;
    if (w.st.endRequested !== null) {
      finish(w, { code: 'end.effect', params: {} });
      return;
    }
    if (!changed) return;
  }
  if (!w.isEnded()) w.log('engine.loop-stopped', { passes: MAX_SETTLE_PASSES });
}

function runTimer(w: Work, t: Timer): void {
  switch (t.kind) {
    case 'fire':
      fire(w, t.inject, t.cause, false);
      break;
    case 'deadline':
      deadline(w, t.firing);
      break;
    case 'approval':
      approve(w, t.statement, t.seat);
      break;
    case 'seed':
      seed(w, t.rumour, null, { code: 'cause.scheduled', params: {} });
      break;
    case 'press-pick':
      pickTimeUp(w, t.conference);
      break;
  }
}
