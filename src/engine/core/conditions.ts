/**
 * `when` and `unless` conditions of injects, and early endings. An inject whose `when` becomes true
 * fires (again, on each false → true change, if it may repeat); a pending inject whose `unless`
 * becomes true is cancelled; an early ending whose condition holds ends the session. Only the
 * conditions that could have changed are evaluated (tracker.ts), in the scenario's order.
 */
import { conditionIndex } from '../condition-index.ts';
import { finish } from './endings.ts';
import { cancel, fire } from './injects.ts';
import { movesWithClock } from './scheduler.ts';
import type { Work } from './work.ts';

export function checkConditions(w: Work): boolean {
  const index = conditionIndex(w.s);
  let changed = false;
  index.watchedInjects.forEach(({ inject: inj, continuity }, i) => {
    if (!w.tracker.injectStale(i) && !movesWithClock(w, continuity)) return;
    const rt = w.st.injects[inj.id];
    if (!rt) return;
    const rearms = inj.trigger.kind === 'when' && !inj.trigger.once;
    if (rt.status !== 'pending' && !rearms) return;
    w.tracker.injectChecked(i);
    if (rt.status === 'pending' && inj.cancelIf && w.test(inj.cancelIf)) {
      cancel(w, inj.id, { code: 'cause.unless', params: {} });
      changed = true;
      return;
    }
    if (inj.trigger.kind !== 'when') return;
    const now = w.test(inj.trigger.condition);
    const rising = now && !rt.lastCondition;
    const open = rt.status === 'active' || rt.status === 'overdue';
    if (now !== rt.lastCondition) w.setInject(inj.id, { ...rt, lastCondition: now });
    if (rt.status === 'pending' ? now : !inj.trigger.once && rising && !open && rt.status !== 'cancelled') {
      fire(w, inj.id, { code: 'cause.when', params: {} }, false);
      changed = true;
    }
  });
  for (const [i, { ending: e, continuity }] of index.earlyEndings.entries()) {
    if (!w.tracker.endingStale(i) && !movesWithClock(w, continuity)) continue;
    w.tracker.endingChecked(i);
    if (e.when && w.test(e.when)) {
      w.st.endRequested = e.id;
      finish(w, { code: 'end.early', params: { ending: e.id } });
      return true;
    }
  }
  return changed;
}
