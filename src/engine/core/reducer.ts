/**
 * One command, applied: state + command + actor → the next state. The session machine calls this
 * through its named action; `sim` calls it directly. The rules live in the modules beside this one,
 * each named after what it decides (scheduler, conditions, injects, press conferences, statements,
 * promises, rumours, trust, effects, endings); this file only dispatches.
 *
 * Order within a moment: due timers in (time, creation) order → conditions (when/unless/early
 * endings), repeated until nothing changes → the end of the scenario if it was reached or asked for.
 */
import type { CompiledScenario } from '../../format/index.ts';
import { actorName, type Actor } from '../actors.ts';
import type { Command } from '../commands.ts';
import { emptyRumour } from '../rumours.ts';
import type { EngineState, InjectRuntime } from '../state.ts';
import { finish } from './endings.ts';
import { cancel, delay, fire } from './injects.ts';
import { pick } from './press-conferences.ts';
import { advanceTo, settle, skipToNextInject } from './scheduler.ts';
import { approve, reject, submit } from './statements.ts';
import { addTimers, type TimerInput } from './timers.ts';
import { Work, type EngineDeps } from './work.ts';

export type { EngineDeps } from './work.ts';

export function initialState(scenario: CompiledScenario, seed: number, mode: 'solo' | 'team'): EngineState {
  const injects: Record<string, InjectRuntime> = {};
  for (const inj of scenario.injects) injects[inj.id] = { status: 'pending', firing: null, fireCount: 0, lastCondition: false };
  const trust: Record<string, number> = {};
  for (const sh of scenario.stakeholders) trust[sh.id] = sh.trust;
  const rumours: EngineState['rumours'] = {};
  for (const r of scenario.rumours) rumours[r.id] = emptyRumour();
  const facts: EngineState['facts'] = {};
  for (const f of scenario.facts) facts[f.id] = { revealedAt: null, disclosedAt: null, statedAt: null };
  const keyMessages: Record<string, number> = {};
  for (const k of scenario.keyMessages) keyMessages[k.id] = 0;
  return {
    scenario: scenario.id,
    seed,
    now: 0,
    speed: scenario.defaultSpeed,
    mode,
    seq: 0,
    injects,
    firings: [],
    timers: [],
    vars: { ...scenario.variables },
    trust,
    rumours,
    facts,
    keyMessages,
    statements: [],
    promises: [],
    ending: null,
    endRequested: null,
    log: [],
  };
}

/** Applies a command the session has accepted (its shape, sender, phase and state were checked). */
export function reduce(deps: EngineDeps, state: EngineState, cmd: Command, actor: Actor): EngineState {
  const w = new Work(deps, state);
  switch (cmd.type) {
    case 'session.start':
      start(w);
      break;
    case 'session.pause':
      w.log('session.paused', {});
      break;
    case 'session.resume':
      w.log('session.resumed', {});
      break;
    case 'session.end':
      finish(w, { code: 'end.requested', params: { by: actor.kind } }, cmd.note ?? null);
      break;
    case 'clock.advance':
      advanceTo(w, w.st.now + cmd.by);
      break;
    case 'clock.advanceTo':
      advanceTo(w, Math.max(w.st.now, cmd.to));
      break;
    case 'clock.skip':
      skipToNextInject(w, cmd.until ?? w.s.lengthMs);
      break;
    case 'speed.set':
      w.st.speed = cmd.speed;
      w.log('speed.changed', { speed: cmd.speed });
      break;
    case 'note.add':
      w.log('note.added', { text: cmd.text, by: actorName(actor) });
      break;
    case 'inject.fire':
      fire(w, cmd.inject, { code: 'cause.facilitator', params: {} }, true);
      settle(w);
      break;
    case 'inject.skip':
      cancel(w, cmd.inject, { code: 'cause.facilitator-skip', params: {} });
      // A condition may read `inject.<id>.cancelled`.
      settle(w);
      break;
    case 'inject.delay':
      delay(w, cmd.inject, cmd.by);
      break;
    case 'statement.submit':
      submit(w, cmd, actorName(actor));
      settle(w);
      break;
    case 'statement.approve':
      approve(w, cmd.statement, actorName(actor));
      settle(w);
      break;
    case 'statement.reject':
      reject(w, cmd.statement, actorName(actor), cmd.reason);
      break;
    case 'press.pick':
      pick(w, cmd.conference, cmd.journalist);
      settle(w);
      break;
  }
  return w.st;
}

function start(w: Work): void {
  w.log('session.started', { scenario: w.s.id, seed: w.st.seed, mode: w.st.mode });
  // All at once, then sorted: inserting thousands of timers one by one into a sorted list is quadratic.
  const timers: TimerInput[] = [];
  for (const inj of w.s.injects) {
    // Skipped in the briefing: never scheduled.
    if (w.st.injects[inj.id]?.status === 'cancelled') continue;
    if (inj.trigger.kind === 'at') timers.push({ kind: 'fire', at: inj.trigger.atMs, inject: inj.id, cause: { code: 'cause.at', params: { at: inj.trigger.atMs } } });
  }
  for (const r of w.s.rumours) if (r.seedMs !== null) timers.push({ kind: 'seed', at: r.seedMs, rumour: r.id });
  addTimers(w, timers);
  settle(w);
}
