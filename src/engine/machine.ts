/**
 * The session lifecycle as an XState machine: briefing → running ⇄ paused → ended. What each phase
 * accepts is the machine's structure; what a command does is the pure reducer in step.ts, called
 * through named actions. Scenario time lives in the context and advances only on `clock.*`
 * commands from the host, so pausing is structural and a saved snapshot restores exactly (XState
 * does not restore `after` timers from snapshots; we use none).
 */
import { assign, setup } from 'xstate';
import type { Command } from './commands.ts';
import type { EngineState } from './state.ts';
import { refusal, Step, type EngineDeps, type Phase } from './step.ts';

export interface SessionContext {
  readonly state: EngineState;
}

export function buildSessionMachine(deps: EngineDeps) {
  const accepted = (phase: Phase) => ({ type: 'accepted' as const, params: { phase } });
  // Engine events reach listeners through the Session, which reads the append-only log after each
  // command: emitting each one through XState cost about 4 µs an event, as much as the whole reducer
  // in a simulation.
  const run = ['reduce'] as const;

  return setup({
    types: {
      context: {} as SessionContext,
      events: {} as Command,
      input: {} as { state: EngineState },
    },
    guards: {
      accepted: ({ context, event }, params: { phase: Phase }) => refusal(deps, context.state, params.phase, event) === null,
      sessionOver: ({ context }) => context.state.ending !== null,
    },
    actions: {
      reduce: assign(({ context, event }) => ({ state: new Step(deps, context.state).apply(event).state })),
    },
  }).createMachine({
    id: 'crisis-session',
    context: ({ input }) => ({ state: input.state }),
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
