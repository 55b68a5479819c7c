/**
 * The session lifecycle as an XState machine: briefing → running ⇄ paused → ended. `LIFECYCLE` is
 * the one place that says which command each phase accepts and where it leads; the machine is
 * built from it, and the Session's refusals and "what may I do now" read the same table, so phase
 * rules are never written twice. What a command does is the reducer (core/reducer.ts), called
 * through the named action `reduce`. Scenario time lives in the context and advances only on
 * `clock.*` commands from the host, so pausing is structural and a saved snapshot restores exactly
 * (XState does not restore `after` timers from snapshots; we use none).
 */
import { assign, setup } from 'xstate';
import type { Actor } from './actors.ts';
import type { Command, CommandType } from './commands.ts';
import { reduce, type EngineDeps } from './core/reducer.ts';
import type { EngineState } from './state.ts';

export const PHASES = ['briefing', 'running', 'paused', 'ended'] as const;
export type Phase = (typeof PHASES)[number];

/** For each phase, the commands it accepts and the phase each leads to (null: stays). */
export const LIFECYCLE: Readonly<Record<Phase, Partial<Readonly<Record<CommandType, Phase | null>>>>> = {
  briefing: { 'session.start': 'running', 'speed.set': null, 'note.add': null, 'inject.skip': null, 'session.end': 'ended' },
  running: {
    'session.pause': 'paused',
    'session.end': 'ended',
    'clock.advance': null,
    'clock.advanceTo': null,
    'clock.skip': null,
    'speed.set': null,
    'statement.submit': null,
    'statement.approve': null,
    'statement.reject': null,
    'inject.fire': null,
    'inject.skip': null,
    'inject.delay': null,
    'note.add': null,
    'press.pick': null,
  },
  paused: {
    'session.resume': 'running',
    'session.end': 'ended',
    'speed.set': null,
    'statement.approve': null,
    'statement.reject': null,
    'inject.fire': null,
    'inject.skip': null,
    'inject.delay': null,
    'note.add': null,
  },
  // Not final: the hot wash adds notes after the clock has stopped.
  ended: { 'note.add': null },
};

export function phaseAccepts(phase: Phase, type: CommandType): boolean {
  return Object.hasOwn(LIFECYCLE[phase], type);
}

export interface SessionContext {
  readonly state: EngineState;
}

/** A command as the machine receives it, with the actor that sent it (both checked by the Session). */
export type MachineEvent = Command & { readonly actor: Actor };

export function buildSessionMachine(deps: EngineDeps) {
  // Engine events reach listeners through the Session, which reads the append-only log after each
  // command: emitting each one through XState cost about 4 µs an event, as much as the whole reducer
  // in a simulation.
  const on = (phase: Phase) =>
    Object.fromEntries(
      Object.entries(LIFECYCLE[phase]).map(([type, target]) => [type, target === null ? { actions: 'reduce' as const } : { target, actions: 'reduce' as const }]),
    );

  return setup({
    types: {
      context: {} as SessionContext,
      events: {} as MachineEvent,
      input: {} as { state: EngineState },
    },
    guards: {
      sessionOver: ({ context }) => context.state.ending !== null,
    },
    actions: {
      reduce: assign(({ context, event }) => ({ state: reduce(deps, context.state, event, event.actor) })),
    },
  }).createMachine({
    id: 'crisis-session',
    context: ({ input }) => ({ state: input.state }),
    initial: 'briefing',
    states: {
      briefing: { on: on('briefing') },
      running: { always: { guard: 'sessionOver', target: 'ended' }, on: on('running') },
      paused: { always: { guard: 'sessionOver', target: 'ended' }, on: on('paused') },
      ended: { on: on('ended') },
    },
  });
}

export type SessionMachine = ReturnType<typeof buildSessionMachine>;
