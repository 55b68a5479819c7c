/**
 * Time: things scheduled after the scenario ends (SC305), fact timelines that contradict
 * themselves (SC306) and calendar jumps out of place (SC310).
 */
import { wallClockAt, type WallClockJump } from '../clock.ts';
import { parseAfter } from '../conditions.ts';
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
export function factValueProblem(fact: Pick<FactDoc, 'kind' | 'values'>, value: FactValueDoc): string | null {
  if (value === 'unknown') return null;
  switch (fact.kind) {
    case 'number':
      return typeof value === 'number' ? null : `a number fact needs a number (or "unknown"), not ${JSON.stringify(value)}`;
    case 'boolean':
      return typeof value === 'boolean' ? null : `a yes/no fact needs true or false (or "unknown"), not ${JSON.stringify(value)}`;
    case 'date':
      return typeof value === 'string' && ISO_DATE.test(value) && !Number.isNaN(Date.parse(value))
        ? null
        : `a date fact needs an ISO date or date-time such as 2026-05-12 or 2026-05-12T06:00:00+02:00, not ${JSON.stringify(value)}`;
    case 'text':
      if (typeof value !== 'string') return `a text fact needs a text value, not ${JSON.stringify(value)}`;
      if (fact.values && !(value in fact.values)) return `"${value}" is not one of this fact's values (${Object.keys(fact.values).join(', ')})`;
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
        r.error('SC306', `the first truth entry must start at 0m (write value: unknown until it is known), not at ${entry.from}`, [...path, 'from']);
      }
      if (previous !== null && at <= previous) {
        r.error('SC306', `truth entries must be in time order: ${entry.from} is not after ${formatDuration(previous)}`, [...path, 'from']);
      }
      previous = at;
      const problem = factValueProblem(fact, entry.value);
      if (problem) r.error('SC306', problem, [...path, 'value']);
      if (entry.value === 'unknown' && knownSince !== null) {
        r.error('SC306', `"${fact.id}" goes back to unknown at ${entry.from} after being known since ${formatDuration(knownSince)}`, [...path, 'value']);
      }
      if (entry.value !== 'unknown' && knownSince === null) knownSince = at;
      if (at > lengthMs) r.warning('SC305', `this truth starts at ${entry.from}, after the scenario ends at ${formatDuration(lengthMs)}`, [...path, 'from']);
    }
    const disclose = ms(fact.discloseBy);
    if (disclose !== null) {
      if (fact.confidential) r.error('SC306', `"${fact.id}" is confidential and must also be disclosed by ${fact.discloseBy ?? ''}: choose one`, [...base, 'discloseBy']);
      if (knownSince === null || knownSince > disclose) {
        r.error(
          'SC306',
          `"${fact.id}" must be disclosed by ${fact.discloseBy ?? ''} but is unknown until ${knownSince === null ? 'the end' : formatDuration(knownSince)}`,
          [...base, 'discloseBy'],
        );
      }
      if (disclose > lengthMs) r.error('SC305', `disclosure deadline ${fact.discloseBy ?? ''} is after the scenario ends at ${formatDuration(lengthMs)}`, [...base, 'discloseBy']);
    }
    if (fact.tolerance !== undefined && fact.kind !== 'number') r.warning('SC306', 'tolerance only applies to number facts', [...base, 'tolerance'], 'key');
    if (fact.values !== undefined && fact.kind === 'boolean') {
      // Yes/no facts take predicate words (the analyser reads "the message is fake" as false only
      // through them); any other key would be silently ignored.
      for (const key of Object.keys(fact.values)) {
        if (!BOOLEAN_VALUE_KEYS.has(key)) r.warning('SC306', `a yes/no fact lists its predicate words under "true" and "false", not "${key}"`, [...base, 'values', key], 'key');
      }
    } else if (fact.values !== undefined && fact.kind !== 'text') r.warning('SC306', 'values only apply to text and yes/no facts', [...base, 'values'], 'key');
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
      r.error('SC305', `"${inj.id}" fires at ${inj.at ?? ''}, after the scenario ends at ${end}`, [...base, 'at']);
      return;
    }
    const first = earliest.get(inj.id) ?? 0;
    const deadline = ms(inj.deadline);
    if (deadline !== null && first + deadline > lengthMs) {
      r.error(
        'SC305',
        `the deadline of "${inj.id}" passes at ${formatDuration(first + deadline)} at the earliest, after the scenario ends at ${end}`,
        [...base, 'deadline'],
      );
    }
    // A regulator's legal deadline (GDPR's 72 hours) often runs past a short exercise: that is normal,
    // not an authoring mistake, so it gets no diagnostic; the result says where the filing stood at the end.
  });
  doc.pressConferences.forEach((pc, i) => {
    const at = ms(pc.at);
    if (at !== null && at > lengthMs) r.error('SC305', `"${pc.id}" starts at ${pc.at ?? ''}, after the scenario ends at ${end}`, ['pressConferences', i, 'at']);
  });
  doc.rumours.forEach((ru, i) => {
    const seed = ms(ru.seed);
    if (seed !== null && seed > lengthMs) r.error('SC305', `"${ru.id}" is seeded at ${ru.seed ?? ''}, after the scenario ends at ${end}`, ['rumours', i, 'seed']);
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
      r.error('SC310', `the calendar jump at ${jump.at} is outside the exercise (after 0m and before the end at ${end})`, [...path, 'at']);
      return;
    }
    const previous = passed.at(-1);
    if (previous && at <= previous.atMs) {
      r.error('SC310', `the calendar jump at ${jump.at} comes before or with the jump above it: list jumps in time order`, [...path, 'at']);
      return;
    }
    const before = wallClockAt(doc.clock.start, passed, at);
    const to = Date.parse(jump.to);
    if (before !== null && !Number.isNaN(to) && to <= before.epochMs) {
      r.error('SC310', `the calendar jump at ${jump.at} goes to ${jump.to}, which is not later than the clock already shows then: a jump moves the calendar forward`, [...path, 'to']);
      return;
    }
    passed.push({ atMs: at, toIso: jump.to });
  });
}
