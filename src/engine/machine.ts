/**
 * The session lifecycle as an XState machine: briefing → running ⇄ paused → ended. What each phase
 * accepts is the machine's structure; what a command does is the pure reducer in step.ts, called
 * through named actions. Scenario time lives in the context and advances only on `clock.*`
 * commands from the host, so pausing is structural and a saved snapshot restores exactly (XState
 * does not restore `after` timers from snapshots; we use none).
 */
import { assign, enqueueActions, setup } from 'xstate';
import type { Command } from './commands.ts';
import type { EngineState, LogEvent } from './state.ts';
import { refusal, Step, type EngineDeps, type Phase } from './step.ts';

export interface SessionContext {
  readonly state: EngineState;
  /** How many log events have been announced to listeners. */
  readonly announced: number;
}

export interface EngineEmitted {
  readonly type: 'engine.event';
  readonly event: LogEvent;
}

export function buildSessionMachine(deps: EngineDeps) {
  const accepted = (phase: Phase) => ({ type: 'accepted' as const, params: { phase } });
  const run = ['reduce', 'announce'] as const;

  return setup({
    types: {
      context: {} as SessionContext,
      events: {} as Command,
      input: {} as { state: EngineState },
      emitted: {} as EngineEmitted,
    },
    guards: {
      accepted: ({ context, event }, params: { phase: Phase }) => refusal(deps, context.state, params.phase, event) === null,
      sessionOver: ({ context }) => context.state.ending !== null,
    },
    actions: {
      reduce: assign(({ context, event }) => ({ state: new Step(deps, context.state).apply(event).state })),
      announce: enqueueActions(({ context, enqueue }) => {
        const log = context.state.log;
        for (let i = context.announced; i < log.length; i++) {
          const event = log[i];
          if (event) enqueue.emit({ type: 'engine.event', event });
        }
        enqueue.assign({ announced: log.length });
      }),
    },
  }).createMachine({
    id: 'crisis-session',
    context: ({ input }) => ({ state: input.state, announced: input.state.log.length }),
    initial: 'briefing',
    states: {
      briefing: {
        on: {
          'session.start': { guard: accepted('briefing'), target: 'running', actions: run },
          'speed.set': { guard: accepted('briefing'), actions: run },
          'note.add': { guard: accepted('briefing'), actions: run },
          'session.end': { guard: accepted('briefing'), target: 'ended', actions: run },
        },
      },
      running: {
        always: { guard: 'sessionOver', target: 'ended' },
        on: {
          'session.pause': { guard: accepted('running'), target: 'paused', actions: run },
          'session.end': { guard: accepted('running'), target: 'ended', actions: run },
          'clock.advance': { guard: accepted('running'), actions: run },
          'clock.advanceTo': { guard: accepted('running'), actions: run },
          'clock.skip': { guard: accepted('running'), actions: run },
          'speed.set': { guard: accepted('running'), actions: run },
          'statement.submit': { guard: accepted('running'), actions: run },
          'statement.approve': { guard: accepted('running'), actions: run },
          'statement.reject': { guard: accepted('running'), actions: run },
          'inject.fire': { guard: accepted('running'), actions: run },
          'note.add': { guard: accepted('running'), actions: run },
        },
      },
      paused: {
        always: { guard: 'sessionOver', target: 'ended' },
        on: {
          'session.resume': { guard: accepted('paused'), target: 'running', actions: run },
          'session.end': { guard: accepted('paused'), target: 'ended', actions: run },
          'speed.set': { guard: accepted('paused'), actions: run },
          'statement.approve': { guard: accepted('paused'), actions: run },
          'statement.reject': { guard: accepted('paused'), actions: run },
          'inject.fire': { guard: accepted('paused'), actions: run },
          'note.add': { guard: accepted('paused'), actions: run },
        },
      },
      // Not final: the hot wash adds notes after the clock has stopped.
      ended: {
        on: {
          'note.add': { guard: accepted('ended'), actions: run },
        },
      },
    },
  });
}

export type SessionMachine = ReturnType<typeof buildSessionMachine>;
