/**
 * Time: things scheduled after the scenario ends (SC305), fact timelines that contradict
 * themselves (SC306) and calendar jumps out of place (SC310).
 */
import { wallClockAt, type WallClockJump } from '../clock.ts';
import { parseAfter } from '../conditions.ts';
import { lint, type LintMessage } from '../diagnostics/messages.ts';
import { formatDuration, parseDuration } from '../duration.ts';
import type { FactDoc, FactValueDoc, ScenarioDoc } from '../schema.ts';
import type { PathSegment } from '../yaml-source.ts';
import type { Reporter } from './reporter.ts';
import { answerableSites } from './walk.ts';

/** Keys of a yes/no fact's predicate words (the analyser's TRUE_KEYS and FALSE_KEYS). */
const BOOLEAN_VALUE_KEYS: ReadonlySet<string> = new Set(['true', 'yes', 'false', 'no']);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

function ms(d: string | undefined): number | null {
  return d === undefined ? null : parseDuration(d);
}

/** Does `value` fit a fact of this kind? Returns the problem, or null. */
export function factValueProblem(fact: Pick<FactDoc, 'kind' | 'values'>, value: FactValueDoc): LintMessage | null {
  if (value === 'unknown') return null;
  const wrong = lint('lint.SC306.fact-value', { kind: fact.kind, value: JSON.stringify(value) });
  switch (fact.kind) {
    case 'number':
      return typeof value === 'number' ? null : wrong;
    case 'boolean':
      return typeof value === 'boolean' ? null : wrong;
    case 'date':
      return typeof value === 'string' && ISO_DATE.test(value) && !Number.isNaN(Date.parse(value)) ? null : wrong;
    case 'text':
      if (typeof value !== 'string') return wrong;
      if (fact.values && !(value in fact.values)) return lint('lint.SC306.not-a-fact-value', { value, values: Object.keys(fact.values) });
      return null;
  }
}

export function checkFactTimelines(doc: ScenarioDoc, lengthMs: number, r: Reporter): void {
  doc.facts.forEach((fact, fi) => {
    const base: PathSegment[] = ['facts', fi];
    let previous: number | null = null;
    let knownSince: number | null = null;
    for (const [ti, entry] of fact.truth.entries()) {
      const at = parseDuration(entry.from) ?? 0;
      const path = [...base, 'truth', ti];
      if (ti === 0 && at !== 0) {
        r.error('SC306', lint('lint.SC306.first-truth', { from: entry.from }), [...path, 'from']);
      }
      if (previous !== null && at <= previous) {
        r.error('SC306', lint('lint.SC306.truth-order', { from: entry.from, previous: formatDuration(previous) }), [...path, 'from']);
      }
      previous = at;
      const problem = factValueProblem(fact, entry.value);
      if (problem) r.error('SC306', problem, [...path, 'value']);
      if (entry.value === 'unknown' && knownSince !== null) {
        r.error('SC306', lint('lint.SC306.unknown-again', { fact: fact.id, from: entry.from, since: formatDuration(knownSince) }), [...path, 'value']);
      }
      if (entry.value !== 'unknown' && knownSince === null) knownSince = at;
      if (at > lengthMs) r.warning('SC305', lint('lint.SC305.truth-after-end', { from: entry.from, end: formatDuration(lengthMs) }), [...path, 'from']);
    }
    const disclose = ms(fact.discloseBy);
    if (disclose !== null) {
      if (fact.confidential) r.error('SC306', lint('lint.SC306.confidential-disclosed', { fact: fact.id, by: fact.discloseBy ?? '' }), [...base, 'discloseBy']);
      if (knownSince === null || knownSince > disclose) {
        r.error('SC306', lint('lint.SC306.disclosed-unknown', { fact: fact.id, by: fact.discloseBy ?? '', knownFrom: knownSince === null ? null : formatDuration(knownSince) }), [...base, 'discloseBy']);
      }
      if (disclose > lengthMs) r.error('SC305', lint('lint.SC305.disclosure-after-end', { by: fact.discloseBy ?? '', end: formatDuration(lengthMs) }), [...base, 'discloseBy']);
    }
    if (fact.tolerance !== undefined && fact.kind !== 'number') r.warning('SC306', lint('lint.SC306.tolerance', {}), [...base, 'tolerance'], 'key');
    if (fact.values !== undefined && fact.kind === 'boolean') {
      // Yes/no facts take predicate words (the analyser reads "the message is fake" as false only
      // through them); any other key would be silently ignored.
      for (const key of Object.keys(fact.values)) {
        if (!BOOLEAN_VALUE_KEYS.has(key)) r.warning('SC306', lint('lint.SC306.boolean-values-key', { key }), [...base, 'values', key], 'key');
      }
    } else if (fact.values !== undefined && fact.kind !== 'text') r.warning('SC306', lint('lint.SC306.values-kind', {}), [...base, 'values'], 'key');
  });

  const facts = new Map(doc.facts.map((f) => [f.id, f]));
  for (const site of answerableSites(doc)) {
    site.options.forEach((o, oi) => {
      for (const [factId, value] of Object.entries(o.asserts.facts)) {
        const fact = facts.get(factId);
        const problem = fact ? factValueProblem(fact, value) : null;
        if (problem) r.error('SC306', problem, [...site.path, 'options', oi, 'asserts', 'facts', factId]);
      }
    });
  }
}

/**
 * The earliest moment each inject could fire (a lower bound), for deadline checks. Each inject's
 * time depends only on its `after` parent, so the chains are followed once each, without recursion
 * (a chain can be thousands of injects long); injects on a cycle get no time (SC308 reports them).
 */
function earliestFireTimes(doc: ScenarioDoc): Map<string, number> {
  const byId = new Map<string, ScenarioDoc['injects'][number]>();
  for (const inj of doc.injects) if (!byId.has(inj.id)) byId.set(inj.id, inj);
  const earliest = new Map<string, number>();
  const onCycle = new Set<string>();
  const ownTime = (inj: ScenarioDoc['injects'][number], parentTime: number): number => {
    if (inj.at !== undefined) return ms(inj.at) ?? 0;
    if (inj.after === undefined) return 0;
    const a = parseAfter(inj.after);
    if (!a.ok) return 0;
    const parent = byId.get(a.after.inject);
    const wait = a.after.event === 'expired' && parent ? (ms(parent.deadline) ?? 0) : 0;
    return parentTime + wait + a.after.delayMs;
  };
  const parentOf = (inj: ScenarioDoc['injects'][number]): string | null => {
    if (inj.at !== undefined || inj.after === undefined) return null;
    const a = parseAfter(inj.after);
    return a.ok && byId.has(a.after.inject) ? a.after.inject : null;
  };
  for (const start of doc.injects) {
    if (earliest.has(start.id) || onCycle.has(start.id)) continue;
    // Walk up to an inject whose time is known (or that has no parent), then come back down.
    const chain: ScenarioDoc['injects'][number][] = [];
    const inChain = new Set<string>();
    let cur: ScenarioDoc['injects'][number] | undefined = start;
    let base = 0;
    let blocked = false;
    while (cur) {
      if (earliest.has(cur.id)) {
        base = earliest.get(cur.id) ?? 0;
        break;
      }
      if (onCycle.has(cur.id) || inChain.has(cur.id)) {
        blocked = true;
        break;
      }
      chain.push(cur);
      inChain.add(cur.id);
      const parent = parentOf(cur);
      cur = parent === null ? undefined : byId.get(parent);
    }
    if (blocked) {
      chain.forEach((inj) => onCycle.add(inj.id));
      continue;
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      const inj = chain[i];
      if (!inj) continue;
      base = ownTime(inj, parentOf(inj) === null ? 0 : base);
      earliest.set(inj.id, base);
    }
  }
  return earliest;
}

export function checkAgainstEnd(doc: ScenarioDoc, lengthMs: number, r: Reporter): void {
  const end = formatDuration(lengthMs);
  const earliest = earliestFireTimes(doc);
  doc.injects.forEach((inj, i) => {
    const base = ['injects', i];
    const at = ms(inj.at);
    if (at !== null && at > lengthMs) {
      r.error('SC305', lint('lint.SC305.inject-after-end', { inject: inj.id, at: inj.at ?? '', end }), [...base, 'at']);
      return;
    }
    const first = earliest.get(inj.id) ?? 0;
    const deadline = ms(inj.deadline);
    if (deadline !== null && first + deadline > lengthMs) {
      r.error('SC305', lint('lint.SC305.deadline-after-end', { inject: inj.id, at: formatDuration(first + deadline), end }), [...base, 'deadline']);
    }
    // A legal deadline of days (GDPR's 72 hours) in an exercise of hours is normal, not a mistake:
    // the result says whether each duty was met, started, missed or still open at the end.
  });
  doc.pressConferences.forEach((pc, i) => {
    const at = ms(pc.at);
    if (at !== null && at > lengthMs) r.error('SC305', lint('lint.SC305.conference-after-end', { conference: pc.id, at: pc.at ?? '', end }), ['pressConferences', i, 'at']);
  });
  doc.rumours.forEach((ru, i) => {
    const seed = ms(ru.seed);
    if (seed !== null && seed > lengthMs) r.error('SC305', lint('lint.SC305.rumour-after-end', { rumour: ru.id, seed: ru.seed ?? '', end }), ['rumours', i, 'seed']);
  });
}

/**
 * Calendar jumps (clock.jumps) fall inside the exercise, in time order, and move the calendar forward:
 * a jump backwards would make "yesterday" and "tomorrow" in statements mean nothing.
 */
export function checkClockJumps(doc: ScenarioDoc, lengthMs: number, r: Reporter): void {
  const end = formatDuration(lengthMs);
  const passed: WallClockJump[] = [];
  doc.clock.jumps.forEach((jump, i) => {
    const path: PathSegment[] = ['clock', 'jumps', i];
    const at = ms(jump.at);
    if (at === null) return;
    if (at <= 0 || at >= lengthMs) {
      r.error('SC310', lint('lint.SC310.jump-outside', { at: jump.at, end }), [...path, 'at']);
      return;
    }
    const previous = passed.at(-1);
    if (previous && at <= previous.atMs) {
      r.error('SC310', lint('lint.SC310.jump-order', { at: jump.at }), [...path, 'at']);
      return;
    }
    const before = wallClockAt(doc.clock.start, passed, at);
    const to = Date.parse(jump.to);
    if (before !== null && !Number.isNaN(to) && to <= before.epochMs) {
      r.error('SC310', lint('lint.SC310.jump-backwards', { at: jump.at, to: jump.to }), [...path, 'to']);
      return;
    }
    passed.push({ atMs: at, toIso: jump.to });
  });
}
