/**
 * Plays a scenario headless with a scripted trainee (a plan): `crisis play`, the golden tests and
 * the benchmarks. Same seed, same plan → the same events and the same result, byte for byte.
 */
import type { CompiledScenario } from '../format/compiled.ts';
import { parseDuration } from '../format/duration.ts';
import type { Plan, PlanStep } from '../format/plan.ts';
import type { StatementAnnotator } from './annotation.ts';
import type { Command } from './commands.ts';
import { buildResult } from './result.ts';
import type { PlayResult } from './scoring/result.ts';
import { Session } from './session.ts';

export class PlanError extends Error {
  readonly step: number;
  constructor(step: number, message: string) {
    super(message);
    this.step = step;
  }
}

export interface PlayOptions {
  readonly seed?: number;
  readonly annotator?: StatementAnnotator | null;
}

function stepCommand(step: PlanStep): Command {
  const audience = (a: string | string[] | undefined): string[] | undefined => (a === undefined ? undefined : Array.isArray(a) ? a : [a]);
  if ('respond' in step) {
    const r = step.respond;
    if ('option' in r) return { type: 'statement.submit', inject: r.inject, option: r.option, ...(step.seat ? { seat: step.seat } : {}) };
    const aud = audience(r.audience);
    return {
      type: 'statement.submit',
      inject: r.inject,
      text: r.text,
      ...(r.channel ? { channel: r.channel } : {}),
      ...(aud ? { audience: aud } : {}),
      ...(step.seat ? { seat: step.seat } : {}),
    };
  }
  const aud = audience(step.publish.audience);
  return { type: 'statement.submit', channel: step.publish.channel, text: step.publish.text, ...(aud ? { audience: aud } : {}), ...(step.seat ? { seat: step.seat } : {}) };
}

function describe(step: PlanStep): string {
  if ('respond' in step) return `respond to "${step.respond.inject}"${'option' in step.respond ? ` with "${step.respond.option}"` : ''}`;
  return `publish on ${step.publish.channel}`;
}

/** Runs the plan; throws PlanError naming the step when a step cannot be played (unless the plan is lenient). */
export function playPlan(scenario: CompiledScenario, plan: Plan, options: PlayOptions = {}): { result: PlayResult; session: Session } {
  const seed = options.seed ?? plan.seed ?? 1;
  const session = Session.create({ scenario, seed, annotator: options.annotator ?? null });
  const skipped: PlayResult['skipped'] = [];
  const must = (r: { ok: true } | { ok: false; reason: string }, what: string): void => {
    if (!r.ok) throw new Error(`${what}: ${r.reason}`);
  };
  // A getter re-read after each command: TypeScript would otherwise keep its first narrowing.
  const ended = (): boolean => session.phase === 'ended';
  must(session.send({ type: 'session.start' }), 'start');
  plan.steps.forEach((step, i) => {
    const at = parseDuration(step.at) ?? 0;
    const label = `step ${i + 1} (at ${step.at}, ${describe(step)})`;
    if (ended()) {
      const reason = `${label}: the scenario had already ended at ${session.state.ending ? String(session.state.ending.at / 60_000) : '?'}m`;
      if (!plan.lenient) throw new PlanError(i + 1, reason);
      skipped.push({ step: i + 1, reason });
      return;
    }
    if (at > session.state.now) must(session.send({ type: 'clock.advanceTo', to: at }), label);
    const sent = ended() ? { ok: false as const, reason: 'the scenario ended before this step' } : session.send(stepCommand(step));
    if (!sent.ok) {
      if (!plan.lenient) throw new PlanError(i + 1, `${label}: ${sent.reason}`);
      skipped.push({ step: i + 1, reason: `${label}: ${sent.reason}` });
    }
  });
  if (!ended()) {
    const until = plan.until === undefined ? scenario.lengthMs : Math.min(scenario.lengthMs, parseDuration(plan.until) ?? scenario.lengthMs);
    if (session.state.now < until) must(session.send({ type: 'clock.advanceTo', to: until }), 'run to the end');
    if (!ended()) must(session.send({ type: 'session.end', reason: `the plan stops at ${plan.until ?? 'the end'}` }), 'end');
  }
  return { result: buildResult(scenario, session.state, skipped), session };
}
