/**
 * Saved sessions and play results come from files and networks: untrusted input. Their schemas
 * (state.ts, play-result.ts) check shapes; these checks add what a schema cannot say and the
 * engine and the report rely on: every id names something in the scenario (or the result), every
 * time lies within the session, every share is a share, and every list is no longer than a session
 * can make it. They run before anything is computed from the input, in loops bounded by its size,
 * so a tampered `now` of 1e15, a rumour seeded at −1e13 or a 200,000-point series is refused in
 * milliseconds instead of driving a loop for hours. The first problem found is returned, as a code
 * with its path, the rule it breaks and the offending value.
 */
import { MAX_DURATION_MS, MAX_ITEMS, MAX_PLAN_STEPS, parseDuration, type CompiledScenario } from '../format/index.ts';
import { MAX_ANNOTATION_ITEMS } from './annotation.ts';
import type { EngineState } from './state.ts';
import type { PlayResult } from './play-result.ts';

export const INPUT_RULES = ['unknown-id', 'missing-id', 'time-out-of-range', 'too-many', 'out-of-range', 'out-of-order', 'inconsistent'] as const;
export type InputRule = (typeof INPUT_RULES)[number];

export interface InputProblem {
  readonly path: string;
  readonly rule: InputRule;
  /** The offending value, shortened (for the message; never parsed back). */
  readonly value: string;
}

/** The most statements one session may hold: a trainee writes far fewer (a plan holds 2,000 steps). */
export const MAX_STATEMENTS = 2_000;
/**
 * Firings: every inject once, plus repeats of `when` injects that may fire again. No real session
 * comes near it (a save holding this many is far beyond the 32 MB the CLI reads); it only keeps a
 * tampered file from claiming billions.
 */
export const MAX_FIRINGS = 1_000_000;
/** Events in the log, notes in a result, points in a trust series. */
export const MAX_EVENTS = 10_000_000;
/** Corrections issued against one rumour (one per statement at most, plus effects). */
export const MAX_CORRECTIONS = 10_000;
/** Cues attached to one inject, statement or the session. */
export const MAX_CUES = 10_000;
/** Commands in a saved session's journal. */
export const MAX_JOURNAL = 1_000_000;
/** A rumour's history: one sample every five minutes over the longest scenario, and the seeding. */
export const MAX_HISTORY = Math.ceil(MAX_DURATION_MS / (5 * 60_000)) + 2;
/** A deadline may fall after the end; no time in a session or result lies beyond this. */
export const MAX_TIME_MS = 2 * MAX_DURATION_MS;

class Refused extends Error {
  readonly problem: InputProblem;
  constructor(problem: InputProblem) {
    super(problem.path);
    this.problem = problem;
  }
}

function show(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

function fail(path: string, rule: InputRule, value: unknown): never {
  throw new Refused({ path, rule, value: show(value) });
}

function count(path: string, list: { readonly length: number }, max: number): void {
  if (list.length > max) throw new Refused({ path, rule: 'too-many', value: `${list.length} items, at most ${max}` });
}

function time(path: string, t: number | null, from: number, to: number): void {
  if (t === null) return;
  if (!Number.isSafeInteger(t) || t < from || t > to) fail(path, 'time-out-of-range', t);
}

function share(path: string, x: number | null): void {
  if (x === null) return;
  if (!(x >= 0 && x <= 1)) fail(path, 'out-of-range', x);
}

function within(path: string, x: number, min: number, max: number): void {
  if (!(x >= min && x <= max)) fail(path, 'out-of-range', x);
}

function known(path: string, id: string | null, ids: { has(id: string): boolean }): void {
  if (id !== null && !ids.has(id)) fail(path, 'unknown-id', id);
}

/** The record has exactly these keys: none missing, none unknown. */
function sameKeys(path: string, record: object, ids: readonly string[]): void {
  const expected = new Set(ids);
  for (const key of Object.keys(record)) known(`${path}.${key}`, key, expected);
  for (const id of ids) if (!Object.hasOwn(record, id)) fail(`${path}.${id}`, 'missing-id', id);
}

function run(check: () => void): InputProblem | null {
  try {
    check();
    return null;
  } catch (e) {
    if (e instanceof Refused) return e.problem;
    throw e;
  }
}

// ---------------------------------------------------------------------------------------------
// Saved sessions

/** Why a saved engine state cannot be this scenario's, or null. `ended` says whether the save's phase is "ended". */
export function checkSavedState(s: CompiledScenario, st: EngineState, journalLength: number, ended: boolean): InputProblem | null {
  return run(() => {
    count('journal', { length: journalLength }, MAX_JOURNAL);
    time('state.now', st.now, 0, s.lengthMs);
    const now = st.now;
    within('state.speed', st.speed, 0.5, 60);
    if (st.scenario !== s.id) fail('state.scenario', 'inconsistent', st.scenario);
    if (!Number.isSafeInteger(st.seq) || st.seq < 0) fail('state.seq', 'out-of-range', st.seq);

    count('state.statements', st.statements, MAX_STATEMENTS);
    const statementIds = new Set<string>();
    const seats = new Set(s.seats);
    const stakeholders = new Set(s.stakeholders.map((x) => x.id));
    st.statements.forEach((x, i) => {
      const path = `state.statements[${i}]`;
      if (statementIds.has(x.id)) fail(`${path}.id`, 'inconsistent', x.id);
      for (const c of x.contradicts) known(`${path}.contradicts`, c, statementIds);
      statementIds.add(x.id);
      known(`${path}.seat`, x.seat, seats);
      time(`${path}.submittedAt`, x.submittedAt, 0, now);
      time(`${path}.publishedAt`, x.publishedAt, x.submittedAt, now);
      count(`${path}.audience`, x.audience, MAX_ITEMS.list);
      for (const a of x.audience) known(`${path}.audience`, a, stakeholders);
      const inj = x.inject === null ? null : s.injectIndex.get(x.inject);
      if (x.inject !== null && !inj) fail(`${path}.inject`, 'unknown-id', x.inject);
      if (x.firing !== null && !(x.firing >= 0 && x.firing < st.firings.length)) fail(`${path}.firing`, 'inconsistent', x.firing);
      if (x.option !== null && !inj?.options.some((o) => o.id === x.option)) fail(`${path}.option`, 'unknown-id', x.option);
      for (const [seat, at] of Object.entries(x.approvals)) {
        known(`${path}.approvals`, seat, seats);
        time(`${path}.approvals.${seat}`, at, 0, now);
      }
      for (const seat of x.needs) known(`${path}.needs`, seat, seats);
    });

    count('state.firings', st.firings, MAX_FIRINGS);
    st.firings.forEach((f, i) => {
      const path = `state.firings[${i}]`;
      known(`${path}.inject`, f.inject, s.injectIndex);
      time(`${path}.firedAt`, f.firedAt, 0, now);
      time(`${path}.deadlineAt`, f.deadlineAt, f.firedAt, f.firedAt + MAX_DURATION_MS);
      time(`${path}.respondedAt`, f.respondedAt, f.firedAt, now);
      known(`${path}.statement`, f.statement, statementIds);
      known(`${path}.pendingStatement`, f.pendingStatement, statementIds);
      if (f.option !== null && !s.injectIndex.get(f.inject)?.options.some((o) => o.id === f.option)) fail(`${path}.option`, 'unknown-id', f.option);
    });

    const injectIds = s.injects.map((i) => i.id);
    sameKeys('state.injects', st.injects, injectIds);
    for (const [id, rt] of Object.entries(st.injects)) {
      if (rt.firing !== null) {
        if (!(rt.firing >= 0 && rt.firing < st.firings.length) || st.firings[rt.firing]?.inject !== id) fail(`state.injects.${id}.firing`, 'inconsistent', rt.firing);
      }
      within(`state.injects.${id}.fireCount`, rt.fireCount, 0, st.firings.length);
    }

    const rumourIds = new Set(s.rumours.map((r) => r.id));
    count('state.timers', st.timers, MAX_FIRINGS + s.injects.length + MAX_STATEMENTS * Math.max(1, s.seats.length));
    st.timers.forEach((t, i) => {
      const path = `state.timers[${i}]`;
      time(`${path}.at`, t.at, 0, MAX_TIME_MS);
      if (!(t.seq >= 0 && t.seq < st.seq)) fail(`${path}.seq`, 'inconsistent', t.seq);
      if (t.kind === 'fire') known(`${path}.inject`, t.inject, s.injectIndex);
      else if (t.kind === 'deadline' && !(t.firing >= 0 && t.firing < st.firings.length)) fail(`${path}.firing`, 'inconsistent', t.firing);
      else if (t.kind === 'approval') {
        known(`${path}.statement`, t.statement, statementIds);
        known(`${path}.seat`, t.seat, seats);
      } else if (t.kind === 'seed') known(`${path}.rumour`, t.rumour, rumourIds);
    });

    for (const [name, value] of Object.entries(st.vars)) {
      const declared = Object.hasOwn(s.variables, name) ? s.variables[name] : undefined;
      if (declared === undefined) fail(`state.vars.${name}`, 'unknown-id', name);
      if (typeof value !== typeof declared) fail(`state.vars.${name}`, 'inconsistent', value);
    }
    sameKeys('state.trust', st.trust, [...stakeholders]);
    for (const [id, t] of Object.entries(st.trust)) share(`state.trust.${id}`, t);

    sameKeys('state.rumours', st.rumours, [...rumourIds]);
    for (const [id, rt] of Object.entries(st.rumours)) {
      const path = `state.rumours.${id}`;
      for (const key of ['seededAt', 'counteredAt', 'wrongDenialAt', 'exposedAt'] as const) time(`${path}.${key}`, rt[key], 0, now);
      within(`${path}.silenceDebt`, rt.silenceDebt, 0, 1);
      count(`${path}.history`, rt.history, MAX_HISTORY);
      let previous = -1;
      rt.history.forEach(([t, reach, spreaders, believing], i) => {
        time(`${path}.history[${i}]`, t, Math.max(0, previous), now);
        previous = t;
        share(`${path}.history[${i}]`, reach);
        share(`${path}.history[${i}]`, spreaders);
        share(`${path}.history[${i}]`, believing);
      });
      const m = rt.model;
      if (!m) continue;
      time(`${path}.model.tMs`, m.tMs, 0, now);
      const f = m.fractions;
      for (const key of ['i', 's', 'r', 'k', 'b', 'p'] as const) share(`${path}.model.fractions.${key}`, f[key]);
      if (Math.abs(f.i + f.s + f.r + f.k + f.b + f.p - 1) > 1e-6) fail(`${path}.model.fractions`, 'inconsistent', f.i + f.s + f.r + f.k + f.b + f.p);
      count(`${path}.model.corrections`, m.corrections, MAX_CORRECTIONS);
      let last = 0;
      m.corrections.forEach((c, i) => {
        time(`${path}.model.corrections[${i}].at`, c.at, last, now);
        last = c.at;
        share(`${path}.model.corrections[${i}].strength`, c.strength);
        share(`${path}.model.corrections[${i}].credibility`, c.credibility);
      });
      time(`${path}.model.seededAtMs`, m.seededAtMs, 0, now);
      if (m.peak) {
        time(`${path}.model.peak.atMs`, m.peak.atMs, 0, now);
        share(`${path}.model.peak.spreaders`, m.peak.spreaders);
        share(`${path}.model.peak.reach`, m.peak.reach);
      }
    }

    sameKeys('state.facts', st.facts, s.facts.map((f) => f.id));
    for (const [id, f] of Object.entries(st.facts)) {
      for (const key of ['revealedAt', 'disclosedAt', 'statedAt'] as const) time(`state.facts.${id}.${key}`, f[key], 0, now);
    }
    sameKeys('state.keyMessages', st.keyMessages, s.keyMessages.map((k) => k.id));
    for (const [id, n] of Object.entries(st.keyMessages)) within(`state.keyMessages.${id}`, n, 0, MAX_STATEMENTS);

    count('state.promises', st.promises, MAX_STATEMENTS);
    st.promises.forEach((p, i) => {
      known(`state.promises[${i}].statement`, p.statement, statementIds);
      // A promise may name a time well after the session ("we will update you next week"): any exact time will do.
      time(`state.promises[${i}].due`, p.due, Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
      time(`state.promises[${i}].keptAt`, p.keptAt, 0, now);
    });

    const endings = new Set(s.endings.map((e) => e.id));
    if (st.ending !== null) {
      known('state.ending.id', st.ending.id, endings);
      time('state.ending.at', st.ending.at, 0, now);
    }
    if ((st.ending !== null) !== ended) fail('state.ending', 'inconsistent', st.ending === null ? 'null' : 'set');
    known('state.endRequested', st.endRequested, endings);

    count('state.log', st.log, MAX_EVENTS);
    let seq = -1;
    let at = 0;
    st.log.forEach((e, i) => {
      if (!(e.seq > seq && e.seq < st.seq)) fail(`state.log[${i}].seq`, 'out-of-order', e.seq);
      time(`state.log[${i}].at`, e.at, at, now);
      seq = e.seq;
      at = e.at;
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Play results

/** A time in a result: a duration as the engine writes them ("2h10m", "45s"), within the session. */
function resultTime(path: string, text: string | null, max = MAX_TIME_MS): number | null {
  if (text === null) return null;
  const ms = parseDuration(text);
  if (ms === null || ms > max) fail(path, 'time-out-of-range', text);
  return ms;
}

/** Why a play result (already valid against its schema) cannot be reported, or null. */
export function checkPlayResult(r: PlayResult): InputProblem | null {
  return run(() => {
    if (!Number.isFinite(Date.parse(r.clockStart))) fail('clockStart', 'out-of-range', r.clockStart);
    const end = resultTime('endedAt', r.endedAt, MAX_DURATION_MS) ?? 0;
    count('clockJumps', r.clockJumps ?? [], MAX_ITEMS.list);
    (r.clockJumps ?? []).forEach((j, i) => {
      resultTime(`clockJumps[${i}].at`, j.at, end);
      if (!Number.isFinite(Date.parse(j.to))) fail(`clockJumps[${i}].to`, 'out-of-range', j.to);
    });
    count('sessionCues', r.sessionCues, MAX_CUES);

    count('statements', r.statements, MAX_STATEMENTS);
    const statementIds = new Set<string>();
    r.statements.forEach((x, i) => {
      if (statementIds.has(x.id)) fail(`statements[${i}].id`, 'inconsistent', x.id);
      statementIds.add(x.id);
      resultTime(`statements[${i}].at`, x.at, end);
      count(`statements[${i}].audience`, x.audience, MAX_ITEMS.list);
      count(`statements[${i}].claims`, Object.keys(x.claims), MAX_ANNOTATION_ITEMS);
      count(`statements[${i}].cues`, x.cues, MAX_CUES);
    });

    count('injects', r.injects, MAX_FIRINGS);
    const injectIds = new Set<string>();
    r.injects.forEach((x, i) => {
      injectIds.add(x.id);
      const fired = resultTime(`injects[${i}].firedAt`, x.firedAt, end) ?? 0;
      const responded = resultTime(`injects[${i}].respondedAt`, x.respondedAt, end);
      if (responded !== null && responded < fired) fail(`injects[${i}].respondedAt`, 'out-of-order', x.respondedAt);
      const deadline = resultTime(`injects[${i}].deadline`, x.deadline);
      if (deadline !== null && deadline < fired) fail(`injects[${i}].deadline`, 'out-of-order', x.deadline);
      known(`injects[${i}].statement`, x.statement, statementIds);
      count(`injects[${i}].cues`, x.cues, MAX_CUES);
    });
    r.statements.forEach((x, i) => known(`statements[${i}].inject`, x.inject, injectIds));

    count('rumours', r.rumours, MAX_ITEMS.rumours);
    r.rumours.forEach((x, i) => {
      const path = `rumours[${i}]`;
      resultTime(`${path}.seededAt`, x.seededAt, end);
      resultTime(`${path}.counteredAt`, x.counteredAt, end);
      for (const key of ['peakReach', 'finalReach', 'finalBelieving', 'reachIfSilent'] as const) share(`${path}.${key}`, x[key]);
      count(`${path}.series`, x.series, MAX_HISTORY);
      let previous = 0;
      x.series.forEach((p, k) => {
        const t = resultTime(`${path}.series[${k}].t`, p.t, end) ?? 0;
        if (t < previous) fail(`${path}.series[${k}].t`, 'out-of-order', p.t);
        previous = t;
        share(`${path}.series[${k}].reach`, p.reach);
        share(`${path}.series[${k}].spreaders`, p.spreaders);
        share(`${path}.series[${k}].believing`, p.believing);
        within(`${path}.series[${k}].posts`, p.posts, 0, 1e6);
      });
      if (x.feed) {
        within(`${path}.feed.postsPerMinute`, x.feed.postsPerMinute, 0, 1e6);
        count(`${path}.feed.posts`, x.feed.posts, MAX_ITEMS.list);
      }
    });

    count('stakeholders', r.stakeholders, MAX_ITEMS.stakeholders);
    r.stakeholders.forEach((x, i) => {
      const path = `stakeholders[${i}]`;
      share(`${path}.initialTrust`, x.initialTrust);
      share(`${path}.trust`, x.trust);
      count(`${path}.series`, x.series, MAX_EVENTS);
      let previous = 0;
      x.series.forEach((p, k) => {
        const t = resultTime(`${path}.series[${k}].t`, p.t, end) ?? 0;
        if (t < previous) fail(`${path}.series[${k}].t`, 'out-of-order', p.t);
        previous = t;
        share(`${path}.series[${k}].trust`, p.trust);
      });
    });

    count('notes', r.notes, MAX_EVENTS);
    r.notes.forEach((n, i) => resultTime(`notes[${i}].at`, n.at, end));
    count('skipped', r.skipped, MAX_PLAN_STEPS);
    r.skipped.forEach((x, i) => resultTime(`skipped[${i}].at`, x.at));
  });
}
