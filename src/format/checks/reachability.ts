/**
 * Can each inject fire, and can each ending be reached? A fixpoint over an abstract picture of the
 * state: for every name a condition can read, the set of values it could possibly hold given the
 * injects that can fire so far. It over-approximates (two conditions that exclude each other both
 * count as possible), so it never reports a false "unreachable"; what it reports is certain:
 * SC301 can never fire, SC302 only a facilitator can fire it, SC303 ending unreachable,
 * SC304 asks for an answer with no way to give one, SC308 timing cycle, SC309 malformed endings.
 */
import type { CompiledEffect, CompiledInject, CompiledScenario } from '../compiled.ts';
import { operandsOf } from '../conditions.ts';
import { lint, type NeverFires } from '../diagnostics/messages.ts';
import type { RExpr, ROperand, RefSpec } from '../refs.ts';
import type { PathSegment } from '../yaml-source.ts';
import type { Reporter } from './reporter.ts';
import { answerableSites } from './walk.ts';

type Abs =
  | { readonly kind: 'num'; readonly lo: number; readonly hi: number }
  | { readonly kind: 'bool'; readonly canTrue: boolean; readonly canFalse: boolean }
  | { readonly kind: 'str'; readonly values: ReadonlySet<string> | 'any' };

const ANY_BOOL: Abs = { kind: 'bool', canTrue: true, canFalse: true };
const FALSE: Abs = { kind: 'bool', canTrue: false, canFalse: true };
const bool = (canTrue: boolean): Abs => (canTrue ? ANY_BOOL : FALSE);

interface Possibility {
  readonly canTrue: boolean;
  readonly canFalse: boolean;
}

/**
 * Everything that can happen once the injects in `fireable` can fire. Built up one inject at a
 * time (`add`), with the effects indexed by what they act on, so every question the fixpoint asks
 * costs the same however many injects the scenario has.
 */
class AbstractState {
  private readonly scenario: CompiledScenario;
  private readonly fireable = new Set<string>();
  private readonly timeRange: readonly [number, number];
  private readonly seeded = new Set<string>();
  private readonly countered = new Set<string>();
  private readonly revealed = new Set<string>();
  private readonly cancelled = new Set<string>();
  /** Injects a `fire` effect of a fireable inject names. */
  readonly firedByEffect = new Set<string>();
  /** Endings an `end` effect of a fireable inject names. */
  readonly endedBy = new Set<string>();
  private readonly setValues = new Map<string, (number | boolean | string)[]>();
  private readonly addsUp = new Set<string>();
  private readonly addsDown = new Set<string>();

  constructor(scenario: CompiledScenario, timeRange: readonly [number, number], fireable: Iterable<string> = []) {
    this.scenario = scenario;
    this.timeRange = timeRange;
    for (const id of fireable) {
      const inj = scenario.injectIndex.get(id);
      if (inj) this.add(inj);
    }
  }

  /** Records that `inj` can fire; returns the names whose abstract value may have changed. */
  add(inj: CompiledInject): string[] {
    if (this.fireable.has(inj.id)) return [];
    this.fireable.add(inj.id);
    const touched = [`inject:${inj.id}`];
    for (const fact of inj.reveals) {
      this.revealed.add(fact);
      touched.push(`fact:${fact}`);
    }
    for (const e of activeEffectsOf(inj)) {
      switch (e.kind) {
        case 'fire':
          this.firedByEffect.add(e.inject);
          touched.push(`inject:${e.inject}`);
          break;
        case 'cancel':
          this.cancelled.add(e.inject);
          touched.push(`inject:${e.inject}`);
          break;
        case 'seedRumour':
          this.seeded.add(e.rumour);
          touched.push(`rumour:${e.rumour}`);
          break;
        case 'counterRumour':
          this.countered.add(e.rumour);
          touched.push(`rumour:${e.rumour}`);
          break;
        case 'reveal':
          this.revealed.add(e.fact);
          touched.push(`fact:${e.fact}`);
          break;
        case 'end':
          this.endedBy.add(e.ending);
          break;
        case 'set':
          for (const [name, v] of e.values) {
            const list = this.setValues.get(name);
            if (list) list.push(v);
            else this.setValues.set(name, [v]);
            touched.push(`var:${name}`);
          }
          break;
        case 'add':
          for (const [name, v] of e.values) {
            if (v > 0) this.addsUp.add(name);
            if (v < 0) this.addsDown.add(name);
            touched.push(`var:${name}`);
          }
          break;
        default:
          break;
      }
    }
    return touched;
  }

  has(id: string): boolean {
    return this.fireable.has(id);
  }

  value(ref: RefSpec): Abs {
    const s = this.scenario;
    switch (ref.kind) {
      case 'time':
        return { kind: 'num', lo: this.timeRange[0], hi: this.timeRange[1] };
      case 'trust':
        return { kind: 'num', lo: 0, hi: 1 };
      case 'rumour': {
        const rumour = s.rumourIndex.get(ref.rumour);
        const seeded = (rumour?.seedMs ?? Infinity) <= s.lengthMs || this.seeded.has(ref.rumour);
        if (ref.field === 'seeded') return bool(seeded);
        if (ref.field === 'countered') {
          const counterable = (rumour && (rumour.counteredBy.facts.length > 0 || rumour.counteredBy.keyMessages.length > 0)) ?? false;
          return bool(seeded && (counterable || this.countered.has(ref.rumour)));
        }
        return { kind: 'num', lo: 0, hi: seeded ? 1 : 0 };
      }
      case 'var':
        return this.variable(ref.name);
      case 'fact': {
        if (ref.field === 'revealed') {
          return bool(this.revealed.has(ref.fact));
        }
        if (ref.field === 'known') {
          const truth = s.factIndex.get(ref.fact)?.truth ?? [];
          const canTrue = truth.some((t) => t.value !== 'unknown' && t.fromMs <= this.timeRange[1]);
          const canFalse = truth.some((t) => t.value === 'unknown' && t.fromMs <= this.timeRange[1]);
          return { kind: 'bool', canTrue, canFalse: canFalse || truth.length === 0 };
        }
        // Trainees can always publish unprompted, so any fact can be stated or disclosed.
        return ANY_BOOL;
      }
      case 'inject':
        return this.injectFlag(ref.inject, ref.field);
      case 'keyMessage':
        return ANY_BOOL;
      case 'statements':
        return { kind: 'num', lo: 0, hi: Infinity };
      case 'reply':
      case 'replyFact':
        return ref.kind === 'reply' && (ref.field === 'dodged' || ref.field === 'contradicted' || ref.field === 'instructions')
          ? ANY_BOOL
          : ref.kind === 'reply' && ref.field === 'words'
            ? { kind: 'num', lo: 0, hi: Infinity }
            : { kind: 'str', values: 'any' };
      case 'replyKeyMessage':
      case 'replyEmpathy':
      case 'replyPenalty':
        return ANY_BOOL;
    }
  }

  private variable(name: string): Abs {
    const initial = Object.hasOwn(this.scenario.variables, name) ? this.scenario.variables[name] : undefined;
    const sets = this.setValues.get(name) ?? [];
    if (typeof initial === 'number') {
      // A loop, not Math.min(...values): a scenario may set one variable in thousands of places.
      let lo = initial;
      let hi = initial;
      for (const v of sets) {
        if (typeof v !== 'number') continue;
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
      return { kind: 'num', lo: this.addsDown.has(name) ? -Infinity : lo, hi: this.addsUp.has(name) ? Infinity : hi };
    }
    if (typeof initial === 'boolean') {
      const all = [initial, ...sets];
      return { kind: 'bool', canTrue: all.includes(true), canFalse: all.includes(false) };
    }
    return { kind: 'str', values: new Set([initial ?? '', ...sets.map(String)]) };
  }

  private injectFlag(id: string, field: Extract<RefSpec, { kind: 'inject' }>['field']): Abs {
    const inj = this.scenario.injectIndex.get(id);
    const fires = this.fireable.has(id);
    if (!inj) return FALSE;
    const answerable = fires && (inj.options.length > 0 || inj.freeText !== null);
    switch (field) {
      case 'option':
        return { kind: 'str', values: new Set(['', ...(fires ? inj.options.map((o) => o.id) : [])]) };
      case 'fired':
      case 'active':
        return bool(fires);
      case 'resolved':
        return bool(answerable || (fires && inj.deadlineMs !== null));
      case 'responded':
      case 'late':
      case 'dodged':
      case 'contradicted':
        return bool(answerable);
      case 'overdue':
      case 'expired':
        return bool(fires && inj.deadlineMs !== null);
      case 'skipped':
        return bool(inj.guard !== null);
      case 'cancelled':
        return bool(inj.cancelIf !== null || this.cancelled.has(id));
    }
  }

  possible(expr: RExpr): Possibility {
    switch (expr.kind) {
      case 'and': {
        const parts = expr.items.map((e) => this.possible(e));
        return { canTrue: parts.every((p) => p.canTrue), canFalse: parts.some((p) => p.canFalse) };
      }
      case 'or': {
        const parts = expr.items.map((e) => this.possible(e));
        return { canTrue: parts.some((p) => p.canTrue), canFalse: parts.every((p) => p.canFalse) };
      }
      case 'not': {
        const p = this.possible(expr.expr);
        return { canTrue: p.canFalse, canFalse: p.canTrue };
      }
      case 'test': {
        const v = this.operand(expr.operand);
        return v.kind === 'bool' ? { canTrue: v.canTrue, canFalse: v.canFalse } : { canTrue: true, canFalse: true };
      }
      case 'compare':
        return compareAbs(this.operand(expr.left), expr.op, this.operand(expr.right));
    }
  }

  private operand(o: ROperand): Abs {
    if (o.kind === 'ref') return this.value(o.ref);
    if (typeof o.value === 'number') return { kind: 'num', lo: o.value, hi: o.value };
    if (typeof o.value === 'boolean') return { kind: 'bool', canTrue: o.value, canFalse: !o.value };
    return { kind: 'str', values: new Set([o.value]) };
  }
}

function compareAbs(a: Abs, op: string, b: Abs): Possibility {
  if (a.kind === 'num' && b.kind === 'num') {
    switch (op) {
      case '<':
        return { canTrue: a.lo < b.hi, canFalse: a.hi >= b.lo };
      case '<=':
        return { canTrue: a.lo <= b.hi, canFalse: a.hi > b.lo };
      case '>':
        return { canTrue: a.hi > b.lo, canFalse: a.lo <= b.hi };
      case '>=':
        return { canTrue: a.hi >= b.lo, canFalse: a.lo < b.hi };
      default: {
        const overlap = a.lo <= b.hi && b.lo <= a.hi;
        const single = a.lo === a.hi && b.lo === b.hi && a.lo === b.lo;
        return op === '==' ? { canTrue: overlap, canFalse: !single } : { canTrue: !single, canFalse: overlap };
      }
    }
  }
  if (a.kind === 'bool' && b.kind === 'bool') {
    const eqTrue = (a.canTrue && b.canTrue) || (a.canFalse && b.canFalse);
    const eqFalse = (a.canTrue && b.canFalse) || (a.canFalse && b.canTrue);
    return op === '==' ? { canTrue: eqTrue, canFalse: eqFalse } : { canTrue: eqFalse, canFalse: eqTrue };
  }
  if (a.kind === 'str' && b.kind === 'str') {
    if (a.values === 'any' || b.values === 'any') return { canTrue: true, canFalse: true };
    const bv = b.values;
    const overlap = [...a.values].some((v) => bv.has(v));
    const single = a.values.size === 1 && b.values.size === 1 && overlap;
    return op === '==' ? { canTrue: overlap, canFalse: !single } : { canTrue: !single, canFalse: overlap };
  }
  return { canTrue: true, canFalse: true };
}

/** Effects that can run once an inject has fired (its options, answers, timeout). */
function activeEffectsOf(inj: CompiledInject): CompiledEffect[] {
  const out: CompiledEffect[] = [];
  const answerable = inj.options.length > 0 || inj.freeText !== null;
  for (const o of inj.options) out.push(...o.effects);
  if (inj.freeText) {
    out.push(...inj.freeText.effects);
    for (const b of inj.freeText.branches) out.push(...b.effects);
  }
  if (answerable) out.push(...inj.onResponse);
  if (inj.deadlineMs !== null) out.push(...inj.onTimeout);
  return out;
}

/** Questions each press-conference question follows (the previous question and its follow-ups). */
function previousQuestions(s: CompiledScenario): Map<string, string[]> {
  const before = new Map<string, string[]>();
  for (const q of s.injects) {
    const next = q.conference?.next;
    if (next === null || next === undefined) continue;
    const list = before.get(next);
    if (list) list.push(q.id);
    else before.set(next, [q.id]);
  }
  return before;
}

function canFire(inj: CompiledInject, s: CompiledScenario, state: AbstractState, before: ReadonlyMap<string, readonly string[]>): boolean {
  if (inj.guard && !state.possible(inj.guard).canTrue) return false;
  const t = inj.trigger;
  switch (t.kind) {
    case 'at':
      return t.atMs <= s.lengthMs;
    case 'after': {
      const parent = s.injectIndex.get(t.inject);
      if (!parent || !state.has(parent.id)) return false;
      const answerable = parent.options.length > 0 || parent.freeText !== null;
      if (t.event === 'responded') return answerable;
      if (t.event === 'expired') return parent.deadlineMs !== null;
      if (t.event === 'resolved') return answerable || parent.deadlineMs !== null;
      return true;
    }
    case 'when':
      return state.possible(t.condition).canTrue;
    case 'manual': {
      if (state.firedByEffect.has(inj.id)) return true;
      const conf = inj.conference;
      if (!conf) return false;
      if (conf.followUpOf !== null) return state.has(conf.followUpOf);
      // A later question follows the previous question (or one of its follow-ups) in the same conference.
      return (before.get(inj.id) ?? []).some((q) => state.has(q));
    }
  }
}

/** The names whose abstract value decides whether `inj` can fire (see AbstractState.add). */
function watchedNames(inj: CompiledInject, before: ReadonlyMap<string, readonly string[]>): string[] {
  const names = [`inject:${inj.id}`];
  const t = inj.trigger;
  if (t.kind === 'after') names.push(`inject:${t.inject}`);
  if (t.kind === 'manual' && inj.conference) {
    if (inj.conference.followUpOf !== null) names.push(`inject:${inj.conference.followUpOf}`);
    for (const q of before.get(inj.id) ?? []) names.push(`inject:${q}`);
  }
  const conditions = [inj.guard, t.kind === 'when' ? t.condition : null];
  for (const c of conditions) {
    if (!c) continue;
    for (const o of operandsOf(c)) {
      if (o.kind !== 'ref') continue;
      const ref = o.ref;
      if (ref.kind === 'inject') names.push(`inject:${ref.inject}`);
      else if (ref.kind === 'var') names.push(`var:${ref.name}`);
      else if (ref.kind === 'rumour') names.push(`rumour:${ref.rumour}`);
      else if (ref.kind === 'fact') names.push(`fact:${ref.fact}`);
    }
  }
  return names;
}

/**
 * Injects that can fire: the least fixpoint, computed with a worklist. Whether an inject can fire
 * only grows as more injects can (the abstract values only widen), so each inject is looked at
 * again only when something it watches changes: linear in the size of the scenario, where
 * re-checking every inject until nothing changes is quadratic on a chain of `fire` effects.
 */
export function fireableInjects(s: CompiledScenario): Set<string> {
  const before = previousQuestions(s);
  const state = new AbstractState(s, [0, s.lengthMs]);
  const watchers = new Map<string, CompiledInject[]>();
  for (const inj of s.injects) {
    for (const name of watchedNames(inj, before)) {
      const list = watchers.get(name);
      if (list) list.push(inj);
      else watchers.set(name, [inj]);
    }
  }
  const fireable = new Set<string>();
  const queue: CompiledInject[] = [...s.injects];
  const queued = new Set<CompiledInject>(queue);
  for (let head = 0; head < queue.length; head++) {
    const inj = queue[head];
    if (!inj) continue;
    queued.delete(inj);
    if (fireable.has(inj.id) || !canFire(inj, s, state, before)) continue;
    fireable.add(inj.id);
    for (const name of state.add(inj)) {
      for (const w of watchers.get(name) ?? []) {
        if (fireable.has(w.id) || queued.has(w)) continue;
        queued.add(w);
        queue.push(w);
      }
    }
  }
  return fireable;
}

/**
 * `after` cycles, each as the list of its injects starting with the one written first. Every inject
 * has at most one `after` parent, so following the parents from each inject once finds them all.
 */
function afterCycles(s: CompiledScenario): string[][] {
  const order = new Map(s.injects.map((inj, i) => [inj.id, i]));
  const done = new Set<string>();
  const cycles: string[][] = [];
  for (const start of s.injects) {
    const walk: string[] = [];
    const position = new Map<string, number>();
    let cur: string | undefined = start.id;
    while (cur !== undefined && !done.has(cur)) {
      const seenAt = position.get(cur);
      if (seenAt !== undefined) {
        const cycle = walk.slice(seenAt);
        let first = 0;
        cycle.forEach((id, i) => {
          if ((order.get(id) ?? 0) < (order.get(cycle[first] ?? '') ?? 0)) first = i;
        });
        cycles.push([...cycle.slice(first), ...cycle.slice(0, first)]);
        break;
      }
      position.set(cur, walk.length);
      walk.push(cur);
      const trigger: CompiledInject['trigger'] | undefined = s.injectIndex.get(cur)?.trigger;
      cur = trigger?.kind === 'after' ? trigger.inject : undefined;
    }
    walk.forEach((id) => done.add(id));
  }
  return cycles;
}

export function checkReachability(s: CompiledScenario, r: Reporter): void {
  const paths = new Map<string, readonly PathSegment[]>(answerableSites(s.doc).map((site) => [site.id, site.path]));
  const pathOf = (id: string): readonly PathSegment[] => paths.get(id) ?? [];

  const cyclic = new Set<string>();
  for (const cycle of afterCycles(s)) {
    const first = cycle[0] ?? '';
    cycle.forEach((id) => cyclic.add(id));
    r.error('SC308', lint('lint.SC308.after-cycle', { cycle: [...cycle, first] }), [...pathOf(first), 'after']);
  }

  const fireable = fireableInjects(s);
  const finalState = new AbstractState(s, [0, s.lengthMs], fireable);
  for (const inj of s.injects) {
    const path = pathOf(inj.id);
    const answerable = inj.options.length > 0 || inj.freeText !== null;
    if ((inj.deadlineMs !== null || inj.expects !== null || inj.regulator !== null) && !answerable) {
      r.error('SC304', lint('lint.SC304.no-way-to-answer', { inject: inj.id }), [...path, 'id']);
    }
    if (inj.onResponse.length > 0 && !answerable) {
      r.error('SC304', lint('lint.SC304.response-never-runs', { inject: inj.id }), [...path, 'onResponse'], 'key');
    }
    if (inj.onTimeout.length > 0 && (inj.deadlineMs === null || !answerable)) {
      r.error('SC304', lint('lint.SC304.timeout-never-runs', { inject: inj.id }), [...path, 'onTimeout'], 'key');
    }
    if (fireable.has(inj.id) || cyclic.has(inj.id)) continue;
    const t = inj.trigger;
    if (t.kind === 'manual' && !inj.conference) {
      if (!inj.tags.includes('facilitator-only')) {
        r.warning('SC302', lint('lint.SC302.nothing-fires', { inject: inj.id }), [...path, 'id']);
      }
      continue;
    }
    r.error('SC301', lint('lint.SC301.never-fires', { inject: inj.id, ...whyNot(inj, s, fireable, finalState) }), [...path, triggerKey(inj)]);
  }

  checkEndings(s, fireable, r);
}

function triggerKey(inj: CompiledInject): string {
  if (inj.guard) return 'if';
  return inj.trigger.kind === 'manual' ? 'id' : inj.trigger.kind;
}

function whyNot(inj: CompiledInject, s: CompiledScenario, fireable: ReadonlySet<string>, state: AbstractState): { why: NeverFires; parent?: string } {
  if (inj.guard && !state.possible(inj.guard).canTrue) return { why: 'if-false' };
  const t = inj.trigger;
  if (t.kind === 'after') {
    const parent = s.injectIndex.get(t.inject);
    if (parent && !fireable.has(parent.id)) return { why: 'parent-never-fires', parent: t.inject };
    if (t.event === 'responded') return { why: 'parent-unanswerable', parent: t.inject };
    if (t.event === 'expired') return { why: 'parent-no-deadline', parent: t.inject };
  }
  if (t.kind === 'when') return { why: 'when-false' };
  if (inj.conference) return { why: 'conference-never-starts' };
  return { why: 'no-trigger' };
}

function checkEndings(s: CompiledScenario, fireable: ReadonlySet<string>, r: Reporter): void {
  const atEnd = new AbstractState(s, [s.lengthMs, s.lengthMs], fireable);
  const anyTime = new AbstractState(s, [0, s.lengthMs], fireable);
  const endedBy = atEnd.endedBy;
  const allEndTargets = new Set(s.injects.flatMap((i) => activeEffectsOf(i)).filter((e) => e.kind === 'end').map((e) => e.ending));
  let otherwise: string | null = null;
  for (const [i, doc] of s.doc.endings.entries()) {
    const ending = s.endings[i];
    if (!ending) continue;
    const path: PathSegment[] = ['endings', i];
    if (doc.when === undefined && doc.otherwise !== true) {
      if (!allEndTargets.has(ending.id)) r.error('SC309', lint('lint.SC309.no-trigger', { ending: ending.id }), [...path, 'id']);
      else if (!endedBy.has(ending.id)) r.error('SC303', lint('lint.SC303.unreachable-ending', { ending: ending.id }), [...path, 'id']);
      continue;
    }
    if (doc.when !== undefined && doc.otherwise === true) {
      r.error('SC309', lint('lint.SC309.when-and-otherwise', { ending: ending.id }), [...path, 'otherwise'], 'key');
      continue;
    }
    if (doc.early && doc.when === undefined) {
      r.error('SC309', lint('lint.SC309.early-without-when', {}), [...path, 'early'], 'key');
      continue;
    }
    if (otherwise !== null && !endedBy.has(ending.id)) {
      r.error('SC303', lint('lint.SC303.after-otherwise', { ending: ending.id, otherwise }), [...path, 'id']);
      continue;
    }
    if (ending.otherwise) {
      if (otherwise !== null) r.error('SC309', lint('lint.SC309.two-otherwise', { otherwise }), [...path, 'otherwise'], 'key');
      otherwise = ending.id;
      continue;
    }
    if (ending.when && !endedBy.has(ending.id)) {
      const state = ending.early ? anyTime : atEnd;
      if (!state.possible(ending.when).canTrue) r.error('SC303', lint('lint.SC303.condition-never-true', { ending: ending.id }), [...path, 'when']);
    }
  }
  if (otherwise === null) {
    r.warning('SC307', lint('lint.SC307.no-otherwise', {}), ['endings']);
  }
}
