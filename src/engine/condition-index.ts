/**
 * Which conditions can change while nothing happens. A condition that reads only event-driven state
 * (variables, inject flags, statements, trust, key messages) can only change when an event is
 * logged; one that reads time, a rumour or a fact's truth timeline changes as the clock runs. The
 * scheduler re-checks the first kind after events and the second kind on the one-minute grid, and
 * lets the clock jump straight to the next timer when there is nothing continuous to watch.
 */
import { operandsOf, type CompiledEnding, type CompiledInject, type CompiledScenario, type RExpr } from '../format/index.ts';

/** What makes a condition change while nothing happens: the clock itself, or rumours that are running. */
export interface Continuity {
  /** Reads time or a fact's truth timeline: changes with the clock, always. */
  readonly clock: boolean;
  /** Rumours it reads: it changes with the clock only once one of them is running. */
  readonly rumours: readonly string[];
}

export function continuityOf(expr: RExpr | null): Continuity {
  const refs = expr ? operandsOf(expr).flatMap((o) => (o.kind === 'ref' ? [o.ref] : [])) : [];
  return {
    clock: refs.some((ref) => ref.kind === 'time' || (ref.kind === 'fact' && ref.field === 'known')),
    rumours: [...new Set(refs.flatMap((ref) => (ref.kind === 'rumour' ? [ref.rumour] : [])))],
  };
}

function merge(a: Continuity, b: Continuity): Continuity {
  return { clock: a.clock || b.clock, rumours: [...new Set([...a.rumours, ...b.rumours])] };
}

/** Can this condition change now without an event? Only if it reads the clock or a running rumour. */
export function changesWithClock(c: Continuity, runningRumour: (id: string) => boolean): boolean {
  return c.clock || c.rumours.some(runningRumour);
}

export interface ConditionIndex {
  /** Injects with a `when` or `unless`, split by whether the condition runs with the clock. */
  readonly watchedInjects: readonly { readonly inject: CompiledInject; readonly continuity: Continuity }[];
  readonly earlyEndings: readonly { readonly ending: CompiledEnding; readonly continuity: Continuity }[];
}

const cache = new WeakMap<CompiledScenario, ConditionIndex>();

export function conditionIndex(s: CompiledScenario): ConditionIndex {
  const hit = cache.get(s);
  if (hit) return hit;
  const index: ConditionIndex = {
    watchedInjects: s.injects
      .filter((i) => i.trigger.kind === 'when' || i.cancelIf !== null)
      .map((inject) => ({ inject, continuity: merge(continuityOf(inject.trigger.kind === 'when' ? inject.trigger.condition : null), continuityOf(inject.cancelIf)) })),
    earlyEndings: s.endings.filter((e) => e.early && e.when !== null).map((ending) => ({ ending, continuity: continuityOf(ending.when) })),
  };
  cache.set(s, index);
  return index;
}
