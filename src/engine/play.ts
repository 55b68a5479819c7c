/**
 * Plays a scenario headless with a scripted trainee (a plan): `crisis play`, the golden tests and
 * the benchmarks. Same seed, same plan → the same events and the same result, byte for byte.
 */
import { parseDuration, type CompiledScenario, type Plan, type PlanStep } from '../format/index.ts';
import { SYSTEM, trainee } from './actors.ts';
import { annotateSubmit, type StatementAnnotator } from './annotation.ts';
import type { Command, StatementSubmit } from './commands.ts';

type PressPick = Extract<Command, { type: 'press.pick' }>;
import type { Refusal } from './refusals.ts';
import { buildResult } from './build-result.ts';
import type { PlayResult } from './play-result.ts';
import { Session, type SendResult } from './session.ts';

/** A plan step the engine refused: which step, when and what it tried, and the refusal. */
export class PlanError extends Error {
  readonly step: number;
  readonly at: string;
  readonly refusal: Refusal;
  constructor(step: number, at: string, refusal: Refusal) {
    super(`step ${step} (at ${at}): ${refusal.code} ${JSON.stringify(refusal.params)}`);
    this.step = step;
    this.at = at;
    this.refusal = refusal;
  }
}

export interface PlayOptions {
  readonly seed?: number;
  /** Reads free-text steps before they are sent (the host's analyser); without one, free text counts only its words. */
  readonly annotator?: StatementAnnotator | null;
}

function stepCommand(step: PlanStep): Omit<StatementSubmit, 'annotation' | 'analyser'> | PressPick {
  const audience = (a: string | string[] | undefined): string[] | undefined => (a === undefined ? undefined : Array.isArray(a) ? a : [a]);
  if ('respond' in step) {
    const r = step.respond;
    if ('option' in r) return { type: 'statement.submit', inject: r.inject, option: r.option };
    const aud = audience(r.audience);
    return {
      type: 'statement.submit',
      inject: r.inject,
      text: r.text,
      ...(r.channel ? { channel: r.channel } : {}),
      ...(aud ? { audience: aud } : {}),
    };
  }
  if ('pick' in step) return { type: 'press.pick', conference: step.pick.conference, journalist: step.pick.journalist };
  const aud = audience(step.publish.audience);
  return { type: 'statement.submit', channel: step.publish.channel, text: step.publish.text, ...(aud ? { audience: aud } : {}) };
}

/** Runs the plan; throws PlanError naming the step when a step cannot be played (unless the plan is lenient). */
export function playPlan(scenario: CompiledScenario, plan: Plan, options: PlayOptions = {}): { result: PlayResult; session: Session } {
  const seed = options.seed ?? plan.seed ?? 1;
  const session = Session.create({ scenario, seed });
  const annotator = options.annotator ?? null;
  const skipped: PlayResult['skipped'] = [];
  // The plan runner drives the clock as the host's system; its own commands are never refused.
  const must = (r: SendResult): void => {
    if (!r.ok) throw new Error(`the plan runner was refused: ${r.refusal.code} ${JSON.stringify(r.refusal.params)}`);
  };
  // A getter re-read after each command: TypeScript would otherwise keep its first narrowing.
  const ended = (): boolean => session.phase === 'ended';
  must(session.send({ type: 'session.start' }, SYSTEM));
  plan.steps.forEach((step, i) => {
    const at = parseDuration(step.at) ?? 0;
    if (!ended() && at > session.state.now) must(session.send({ type: 'clock.advanceTo', to: at }, SYSTEM));
    const command = stepCommand(step);
    const sent = session.send(annotator && command.type === 'statement.submit' ? annotateSubmit(command, annotator, session.now, scenario) : command, trainee(step.seat ?? scenario.soloSeat));
    if (!sent.ok) {
      if (!plan.lenient) throw new PlanError(i + 1, step.at, sent.refusal);
      skipped.push({ step: i + 1, at: step.at, refusal: sent.refusal });
    }
  });
  if (!ended()) {
    const until = plan.until === undefined ? scenario.lengthMs : Math.min(scenario.lengthMs, parseDuration(plan.until) ?? scenario.lengthMs);
    if (session.state.now < until) must(session.send({ type: 'clock.advanceTo', to: until }, SYSTEM));
    if (!ended()) must(session.send({ type: 'session.end' }, SYSTEM));
  }
  return { result: buildResult(scenario, session.state, skipped), session };
}
