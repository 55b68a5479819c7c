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
import { SYSTEM, trainee, type Actor } from './actors.ts';
import type { Command } from './commands.ts';
import { initialState, reduce } from './core/reducer.ts';
import { phaseAccepts, type Phase } from './machine.ts';
import { annotateOption } from './option-annotation.ts';
import { stateRefusal } from './refusals.ts';
import { buildResult } from './build-result.ts';
import { createRng, type Rng } from './rng.ts';
import { resolveAudience } from './scoring/audience.ts';
import { statementContext } from './scoring/context.ts';
import type { PlayResult } from './play-result.ts';
import { scoreSession } from './scoring/session-scores.ts';
import { scoreStatement } from './scoring/statement.ts';
import { Session } from './session.ts';
import type { EngineState } from './state.ts';

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
    const scores = scoreStatement(a, statementContext(s, { at, channel: o.channel, inject: inj, cues: false, audience: resolveAudience(s, o.channel, o.audience) }));
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

/** What a synthetic trainee plays against: a Session, or the reducer itself. */
export interface SimDriver {
  readonly state: EngineState;
  readonly ended: boolean;
  send(command: Command, actor: Actor): void;
}

/**
 * The reducer driven directly, for speed: no XState actor and no validation of the commands' shape,
 * which the simulated trainee builds correctly. The lifecycle table and the state's rules still
 * decide what is accepted, so a run plays exactly as it would through a Session (tested).
 */
export class DirectDriver implements SimDriver {
  state: EngineState;
  private phase: Phase = 'briefing';
  private readonly s: CompiledScenario;

  constructor(s: CompiledScenario, seed: number) {
    this.s = s;
    this.state = initialState(s, seed, 'solo');
  }

  get ended(): boolean {
    return this.phase === 'ended';
  }

  send(command: Command, actor: Actor): void {
    if (!phaseAccepts(this.phase, command.type) || stateRefusal(this.s, this.state, command, actor) !== null) return;
    this.state = reduce({ scenario: this.s }, this.state, command, actor);
    if (command.type === 'session.start') this.phase = 'running';
    if (this.state.ending !== null) this.phase = 'ended';
  }
}

/** A Session as a sim driver (the slower path the direct one must match). */
export function sessionDriver(s: CompiledScenario, seed: number): SimDriver & { readonly session: Session } {
  const session = Session.create({ scenario: s, seed });
  return {
    session,
    get state() {
      return session.state;
    },
    get ended() {
      return session.phase === 'ended';
    },
    send(command, actor) {
      session.send(command, actor);
    },
  };
}

/** Keeps the planned answers in time order (and firing order at a tie) as they are added. */
function insertPlanned(planned: Planned[], p: Planned): void {
  let i = planned.length;
  while (i > 0) {
    const prev = planned[i - 1];
    if (!prev || prev.at < p.at || (prev.at === p.at && prev.firing <= p.firing)) break;
    i -= 1;
  }
  planned.splice(i, 0, p);
}

/** Plays one session with a synthetic trainee on the given driver. */
export function playPolicy(s: CompiledScenario, policy: Policy, seed: number, driver: SimDriver): void {
  const rng = createRng(seed ^ 0x5eed);
  const me = trainee(s.soloSeat);
  driver.send({ type: 'session.start' }, SYSTEM);
  const planned: Planned[] = [];
  let head = 0;
  let decided = 0;
  const guard = 10_000;
  for (let i = 0; i < guard && !driver.ended; i++) {
    const st = driver.state;
    for (; decided < st.firings.length; decided++) {
      const f = st.firings[decided];
      const inj = f ? s.injectIndex.get(f.inject) : undefined;
      if (!f || !inj || f.closed) continue;
      const d = decide(policy, s, inj, f.firedAt, f.deadlineAt, rng);
      if (d) insertPlanned(planned, { at: d.at, inject: inj.id, option: d.option, firing: decided });
    }
    // Answers already played are dropped from the front now and then, not one by one.
    if (head > 64) {
      planned.splice(0, head);
      head = 0;
    }
    const next = planned[head];
    if (next && next.at <= st.now) {
      head += 1;
      // The inject may have closed or been answered meanwhile; a refusal is simply a missed chance.
      if (driver.state.firings[next.firing]?.respondedAt === null) driver.send({ type: 'statement.submit', inject: next.inject, option: next.option }, me);
      continue;
    }
    driver.send({ type: 'clock.skip', until: next ? next.at : s.lengthMs }, SYSTEM);
  }
}

/** What a simulated run contributes to the summary: its ending, what fired, and the session scores. */
export interface RunOutcome {
  readonly ending: string | null;
  readonly fired: readonly string[];
  readonly scores: Readonly<Record<'overall' | Dimension, number>>;
}

/** One simulated session, summarised: played on the reducer directly and scored for numbers only. */
export function simulateOutcome(s: CompiledScenario, policy: Policy, seed: number): RunOutcome {
  const driver = new DirectDriver(s, seed);
  playPolicy(s, policy, seed, driver);
  const st = driver.state;
  const scoring = scoreSession(s, st, { cues: false });
  return { ending: st.ending?.id ?? null, fired: [...new Set(st.firings.map((f) => f.inject))], scores: { overall: scoring.overall, ...scoring.dimensions } };
}

/** One simulated session, with the full play result. */
export function simulateRun(s: CompiledScenario, policy: Policy, seed: number): PlayResult {
  const driver = new DirectDriver(s, seed);
  playPolicy(s, policy, seed, driver);
  return buildResult(s, driver.state);
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
