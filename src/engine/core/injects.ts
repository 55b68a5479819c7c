/**
 * The inject lifecycle: pending → fired (active, or delivered when it needs no answer) → answered,
 * overdue or expired at its deadline; or skipped (its `if` was false when due) or cancelled. Firing
 * sets its deadline, reveals the facts it makes public and schedules the injects that come `after`
 * it. Answering is statements.ts's (`respond`); what a press-conference question leads to is
 * press-conferences.ts's.
 */
import type { Cause } from '../causes.ts';
import type { Firing } from '../state.ts';
import { applyEffects, reveal } from './effects.ts';
import { announce, conferenceNext, conferenceSkipped } from './press-conferences.ts';
import { addTimer, removeFireTimers } from './timers.ts';
import type { Work } from './work.ts';

export type InjectEvent = 'fired' | 'responded' | 'expired' | 'resolved';

/** Fires an inject now, unless it cannot (it is open, or fired and not repeatable, or cancelled; a facilitator may refire). */
export function fire(w: Work, id: string, cause: Cause, manual: boolean): void {
  const inj = w.s.injectIndex.get(id);
  const rt = w.st.injects[id];
  if (!inj || !rt || w.isEnded()) return;
  const repeatable = inj.trigger.kind === 'when' && !inj.trigger.once;
  if (rt.status === 'cancelled' && !manual) return;
  if (rt.fireCount > 0 && !repeatable && !manual) return;
  if (rt.status === 'active' || rt.status === 'overdue') return;
  if (inj.guard && !manual && !w.test(inj.guard)) {
    w.setInject(id, { ...rt, status: 'skipped' });
    w.log('inject.skipped', { inject: id, cause: { code: 'cause.guard', params: {} } });
    removeFireTimers(w, id);
    // A conference goes on without the question whose turn has passed.
    if (inj.conference) conferenceSkipped(w, inj);
    return;
  }
  const answerable = inj.options.length > 0 || inj.freeText !== null;
  const firing: Firing = {
    inject: id,
    firedAt: w.st.now,
    deadlineAt: inj.deadlineMs === null || !answerable ? null : w.st.now + inj.deadlineMs,
    respondedAt: null,
    pendingStatement: null,
    statement: null,
    option: null,
    timedOut: false,
    closed: !answerable,
    dodged: false,
    contradicted: false,
    cause,
  };
  const index = w.addFiring(firing);
  w.setInject(id, { ...rt, status: answerable ? 'active' : 'delivered', firing: index, fireCount: rt.fireCount + 1 });
  removeFireTimers(w, id);
  if (firing.deadlineAt !== null) addTimer(w, { kind: 'deadline', at: firing.deadlineAt, firing: index });
  w.log('inject.fired', {
    inject: id,
    firing: index,
    channel: inj.channel,
    from: inj.from,
    to: inj.to === null ? null : [...inj.to],
    deadlineAt: firing.deadlineAt,
    cause,
  });
  if (inj.conference) announce(w, inj, cause);
  for (const fact of inj.reveals) reveal(w, fact, { code: 'cause.reveal', params: { inject: id } });
  notifyDependents(w, id, 'fired');
  if (!answerable) notifyDependents(w, id, 'resolved');
}

export function cancel(w: Work, id: string, cause: Cause): void {
  const rt = w.st.injects[id];
  if (!rt || rt.status !== 'pending') return;
  w.setInject(id, { ...rt, status: 'cancelled' });
  removeFireTimers(w, id);
  w.log('inject.cancelled', { inject: id, cause });
}

/** Moves an inject's scheduled firing later; its cause stays (it is still the `at` or `after` that set it). */
export function delay(w: Work, id: string, by: number): void {
  const due = w.st.timers.filter((t) => t.kind === 'fire' && t.inject === id);
  if (due.length === 0) return;
  removeFireTimers(w, id);
  for (const t of due) if (t.kind === 'fire') addTimer(w, { kind: 'fire', at: t.at + by, inject: id, cause: t.cause });
  w.log('inject.delayed', { inject: id, by, at: Math.min(...due.map((t) => t.at)) + by });
}

/** Schedules the injects that come `after` this one's event. */
export function notifyDependents(w: Work, id: string, event: InjectEvent): void {
  for (const dep of w.s.dependents.get(id) ?? []) {
    if (dep.trigger.kind !== 'after' || dep.trigger.event !== event) continue;
    if (w.st.injects[dep.id]?.status !== 'pending') continue;
    addTimer(w, {
      kind: 'fire',
      at: w.st.now + dep.trigger.delayMs,
      inject: dep.id,
      cause: { code: 'cause.after', params: { inject: id, event, delay: dep.trigger.delayMs } },
    });
  }
}

/** A firing's deadline passed: it is overdue (or closed, for press-conference questions), and its `onTimeout` runs. */
export function deadline(w: Work, index: number): void {
  const firing = w.st.firings[index];
  if (!firing || firing.respondedAt !== null || firing.timedOut) return;
  const inj = w.s.injectIndex.get(firing.inject);
  const rt = w.st.injects[firing.inject];
  if (!inj || !rt) return;
  const closed = inj.closesAtDeadline;
  w.setFiring(index, { ...firing, timedOut: true, closed });
  if (rt.firing === index) w.setInject(firing.inject, { ...rt, status: closed ? 'expired' : 'overdue' });
  w.log('inject.deadline', { inject: firing.inject, firing: index, closed });
  applyEffects(w, inj.onTimeout, { code: 'cause.timeout', params: { inject: firing.inject } });
  notifyDependents(w, firing.inject, 'expired');
  notifyDependents(w, firing.inject, 'resolved');
  if (closed) conferenceNext(w, inj, index);
}
