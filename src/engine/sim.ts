/**
 * Synthetic trainees for `crisis sim`: authors use many simulated runs to see that every inject can
 * fire, every ending can be reached and scores spread sensibly.
 *
 *  random  answers most injects with a random option at a random time around the deadline
 *  silent  never answers
 *  first   answers every inject at once with its first option
 *  best    answers every inject at once with the option whose statement scores best
 */
import { DIMENSIONS, textIn, type CompiledInject, type CompiledScenario, type Dimension } from '../format/index.ts';
import { SYSTEM, trainee } from './actors.ts';
import { annotateOption } from './option-annotation.ts';
import { buildResult } from './result.ts';
import { createRng, type Rng } from './rng.ts';
import type { PlayResult } from './scoring/result.ts';
import { scoreSession } from './scoring/session.ts';
import { scoreStatement } from './scoring/statement.ts';
import { Session } from './session.ts';
import { claimVerdict } from './verdict.ts';

export const POLICIES = ['random', 'silent', 'first', 'best'] as const;
export type Policy = (typeof POLICIES)[number];

interface Planned {
  readonly at: number;
  readonly inject: string;
  readonly option: string;
  readonly firing: number;
}

/** Probability that the random trainee answers an inject at all. */
const RANDOM_ANSWER_RATE = 0.8;
const DEFAULT_WINDOW_MS = 30 * 60_000;

function answerable(inj: CompiledInject): boolean {
  return inj.options.length > 0;
}

function bestOption(s: CompiledScenario, inj: CompiledInject, at: number): string {
  let best = inj.options[0]?.id ?? '';
  let bestScore = -Infinity;
  for (const o of inj.options) {
    const a = annotateOption(o, textIn(o.text, s.language, s.language), at);
    const scores = scoreStatement(a, {
      cluster: s.cluster,
      severity: s.severity,
      compensationAllowed: s.compensation,
      channel: o.channel,
      first: false,
      expects: inj.expects ? { facts: inj.expects.facts, empathy: inj.expects.empathy } : null,
      verdict: (c) => claimVerdict(s, c, at),
      contradictions: [],
      previousPosture: null,
      confidential: new Set(s.facts.filter((f) => f.confidential).map((f) => f.id)),
    });
    const total = (['empathy', 'transparency', 'accuracy', 'consistency'] as const).reduce((sum, d) => sum + (scores[d].score ?? 50), 0);
    if (total > bestScore) {
      bestScore = total;
      best = o.id;
    }
  }
  return best;
}

function decide(policy: Policy, s: CompiledScenario, inj: CompiledInject, firedAt: number, deadlineAt: number | null, rng: Rng): { at: number; option: string } | null {
  if (policy === 'silent' || !answerable(inj)) return null;
  if (policy === 'first') return { at: firedAt, option: inj.options[0]?.id ?? '' };
  if (policy === 'best') return { at: firedAt, option: bestOption(s, inj, firedAt) };
  if (rng.next() >= RANDOM_ANSWER_RATE) return null;
  const window = deadlineAt === null ? DEFAULT_WINDOW_MS : deadlineAt - firedAt;
  const delay = Math.floor(rng.next() * window * 1.5);
  return { at: firedAt + delay, option: rng.pick(inj.options).id };
}

/** What a simulated run contributes to the summary: its ending, what fired, and the session scores. */
export interface RunOutcome {
  readonly ending: string | null;
  readonly fired: readonly string[];
  readonly scores: Readonly<Record<'overall' | Dimension, number>>;
}

/** One simulated session, summarised (the full play result is not needed to count endings and scores). */
export function simulateOutcome(s: CompiledScenario, policy: Policy, seed: number): RunOutcome {
  const session = runSession(s, policy, seed);
  const st = session.state;
  const scoring = scoreSession(s, st);
  session.stop();
  return { ending: st.ending?.id ?? null, fired: [...new Set(st.firings.map((f) => f.inject))], scores: { overall: scoring.overall, ...scoring.dimensions } };
}

/** One simulated session, with the full play result. */
export function simulateRun(s: CompiledScenario, policy: Policy, seed: number): PlayResult {
  const session = runSession(s, policy, seed);
  const result = buildResult(s, session.state);
  session.stop();
  return result;
}

function runSession(s: CompiledScenario, policy: Policy, seed: number): Session {
  const session = Session.create({ scenario: s, seed });
  const rng = createRng(seed ^ 0x5eed);
  const me = trainee(s.soloSeat);
  session.send({ type: 'session.start' }, SYSTEM);
  const planned: Planned[] = [];
  let decided = 0;
  const guard = 10_000;
  for (let i = 0; i < guard && session.phase !== 'ended'; i++) {
    const st = session.state;
    for (; decided < st.firings.length; decided++) {
      const f = st.firings[decided];
      const inj = f ? s.injectIndex.get(f.inject) : undefined;
      if (!f || !inj || f.closed) continue;
      const d = decide(policy, s, inj, f.firedAt, f.deadlineAt, rng);
      if (d) planned.push({ at: d.at, inject: inj.id, option: d.option, firing: decided });
    }
    planned.sort((a, b) => a.at - b.at || a.firing - b.firing);
    const next = planned[0];
    if (next && next.at <= st.now) {
      planned.shift();
      // The inject may have closed or been answered meanwhile; a refusal is simply a missed chance.
      if (session.state.firings[next.firing]?.respondedAt === null) session.send({ type: 'statement.submit', inject: next.inject, option: next.option }, me);
      continue;
    }
    session.send({ type: 'clock.skip', until: next ? next.at : s.lengthMs }, SYSTEM);
  }
  return session;
}

export interface SimSummary {
  readonly runs: number;
  readonly policy: Policy;
  readonly endings: Record<string, number>;
  readonly neverFired: string[];
  readonly scores: Record<'overall' | Dimension, { mean: number; p10: number; p50: number; p90: number }>;
  readonly runsPerSecond: number;
}

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))));
  return sorted[i] ?? 0;
}

/** Runs N sessions; `clock` measures wall time for runsPerSecond (the host supplies it: the engine never reads it). */
export function simulate(s: CompiledScenario, options: { runs: number; policy: Policy; seed: number; clock: () => number }): SimSummary {
  const endings: Record<string, number> = {};
  const fired = new Set<string>();
  const values: Record<'overall' | Dimension, number[]> = { overall: [], timeliness: [], accuracy: [], consistency: [], empathy: [], transparency: [], proactivity: [] };
  const started = options.clock();
  for (let run = 0; run < options.runs; run++) {
    const outcome = simulateOutcome(s, options.policy, (options.seed + run * 7919) >>> 0);
    const key = outcome.ending ?? '(none)';
    endings[key] = (endings[key] ?? 0) + 1;
    for (const id of outcome.fired) fired.add(id);
    values.overall.push(outcome.scores.overall);
    for (const d of DIMENSIONS) values[d].push(outcome.scores[d]);
  }
  const seconds = Math.max(1e-9, (options.clock() - started) / 1000);
  const summarise = (xs: number[]) => {
    const sorted = [...xs].sort((a, b) => a - b);
    const mean = xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length;
    return { mean: Math.round(mean * 10) / 10, p10: quantile(sorted, 0.1), p50: quantile(sorted, 0.5), p90: quantile(sorted, 0.9) };
  };
  const scores = Object.fromEntries((['overall', ...DIMENSIONS] as const).map((d) => [d, summarise(values[d])])) as SimSummary['scores'];
  return {
    runs: options.runs,
    policy: options.policy,
    endings: Object.fromEntries(Object.entries(endings).sort(([a], [b]) => a.localeCompare(b))),
    neverFired: s.injects.map((i) => i.id).filter((id) => !fired.has(id)),
    scores,
    runsPerSecond: Math.round((options.runs / seconds) * 10) / 10,
  };
}
