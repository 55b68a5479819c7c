/**
 * Which conditions could have changed. Each `when`/`unless` condition and early ending reads some
 * parts of the state (a variable, an audience's trust, an inject's flags, a fact, a rumour, the
 * published statements); the working state notes every change to those parts with a rising version
 * number, and a condition is evaluated again only if something it reads changed since it was last
 * evaluated (or it moves with the clock, which the scheduler handles). A skipped condition would
 * have given the same value, so the result is the same as checking every condition after every
 * event, at a cost that does not grow with the number of injects.
 *
 * The tracker belongs to the session's state (it is kept beside its injects record, which commands
 * change in place) and is rebuilt, with everything to check, for a restored state.
 */
import { operandsOf, type CompiledScenario, type RExpr } from '../../format/index.ts';
import { conditionIndex } from '../condition-index.ts';
import type { EngineState } from '../state.ts';

/** The parts of the state a condition reads, as change keys. */
export function dependencies(expr: RExpr | null): string[] {
  if (!expr) return [];
  const keys = new Set<string>();
  for (const o of operandsOf(expr)) {
    if (o.kind !== 'ref') continue;
    const ref = o.ref;
    switch (ref.kind) {
      case 'trust':
        keys.add(ref.stakeholder === null ? 'trust:*' : `trust:${ref.stakeholder}`);
        break;
      case 'rumour':
        keys.add(`rumour:${ref.rumour}`);
        break;
      case 'var':
        keys.add(`var:${ref.name}`);
        break;
      case 'fact':
        keys.add(`fact:${ref.fact}`);
        break;
      case 'inject':
        keys.add(`inject:${ref.inject}`);
        break;
      case 'keyMessage':
        keys.add(`km:${ref.keyMessage}`);
        break;
      case 'statements':
        keys.add('statements');
        break;
      default:
        // Time and a fact's truth timeline move with the clock (condition-index.ts); replies are not watched.
        break;
    }
  }
  return [...keys];
}

interface DependencyIndex {
  /** For each change key, the watched injects (by position in conditionIndex) and early endings that read it. */
  readonly injectsByKey: ReadonlyMap<string, readonly number[]>;
  readonly endingsByKey: ReadonlyMap<string, readonly number[]>;
  readonly injects: number;
  readonly endings: number;
  /** Keys whose change can change whether any condition moves with the clock. */
  readonly grid: ReadonlySet<string>;
}

const indexes = new WeakMap<CompiledScenario, DependencyIndex>();

function byKey(lists: readonly (readonly string[])[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  lists.forEach((keys, i) => {
    for (const k of keys) {
      const list = out.get(k);
      if (list) list.push(i);
      else out.set(k, [i]);
    }
  });
  return out;
}

function dependencyIndex(s: CompiledScenario): DependencyIndex {
  const hit = indexes.get(s);
  if (hit) return hit;
  const ci = conditionIndex(s);
  const grid = new Set<string>();
  const injects = ci.watchedInjects.map(({ inject, continuity }) => {
    if (continuity.clock || continuity.rumours.length > 0) grid.add(`inject:${inject.id}`);
    for (const r of continuity.rumours) grid.add(`rumour:${r}`);
    return [...new Set([...dependencies(inject.trigger.kind === 'when' ? inject.trigger.condition : null), ...dependencies(inject.cancelIf), `inject:${inject.id}`])];
  });
  const endings = ci.earlyEndings.map(({ ending, continuity }) => {
    for (const r of continuity.rumours) grid.add(`rumour:${r}`);
    return dependencies(ending.when);
  });
  const index = { injectsByKey: byKey(injects), endingsByKey: byKey(endings), injects: injects.length, endings: endings.length, grid };
  indexes.set(s, index);
  return index;
}

export class ConditionTracker {
  private readonly deps: DependencyIndex;
  /** 1 where something the condition reads changed since it was last evaluated (all, at first). */
  private readonly injects: Uint8Array;
  private readonly endings: Uint8Array;
  /** Whether conditions move with the clock, kept while nothing it depends on changes. */
  gridNeed: boolean | null = null;

  constructor(s: CompiledScenario) {
    this.deps = dependencyIndex(s);
    this.injects = new Uint8Array(this.deps.injects).fill(1);
    this.endings = new Uint8Array(this.deps.endings).fill(1);
  }

  changed(key: string): void {
    const injects = this.deps.injectsByKey.get(key);
    if (injects) for (const i of injects) this.injects[i] = 1;
    const endings = this.deps.endingsByKey.get(key);
    if (endings) for (const i of endings) this.endings[i] = 1;
    if (this.gridNeed !== null && this.deps.grid.has(key)) this.gridNeed = null;
  }

  injectStale(i: number): boolean {
    return this.injects[i] === 1;
  }

  endingStale(i: number): boolean {
    return this.endings[i] === 1;
  }

  /** Call just before evaluating: a change the evaluation itself makes marks it again. */
  injectChecked(i: number): void {
    this.injects[i] = 0;
  }

  endingChecked(i: number): void {
    this.endings[i] = 0;
  }
}

const trackers = new WeakMap<EngineState['injects'], ConditionTracker>();

export function trackerFor(s: CompiledScenario, st: EngineState): ConditionTracker {
  let t = trackers.get(st.injects);
  if (!t) {
    t = new ConditionTracker(s);
    trackers.set(st.injects, t);
  }
  return t;
}
