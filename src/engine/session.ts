/**
 * A running session, as hosts use it: the game, the session server, the CLI and the tests. It
 * validates every command (a malformed message gets a reason, never an exception), wraps the
 * XState actor, announces engine events, and saves and restores sessions exactly.
 */
import { createActor, type Actor } from 'xstate';
import { z } from 'zod';
import type { CompiledScenario } from '../format/compiled.ts';
import type { StatementAnnotator } from './annotation.ts';
import { Command } from './commands.ts';
import { buildSessionMachine, type SessionMachine } from './machine.ts';
import { EngineState, type LogEvent } from './state.ts';
import { initialState, refusal, type EngineDeps, type Phase } from './step.ts';

export const SAVE_KIND = 'crisis-room-session';
export const SAVE_VERSION = 1;

const PHASES = ['briefing', 'running', 'paused', 'ended'] as const;

export const SavedSession = z.object({
  kind: z.literal(SAVE_KIND),
  version: z.literal(SAVE_VERSION),
  scenario: z.string(),
  fingerprint: z.string(),
  phase: z.enum(PHASES),
  state: EngineState,
});
export type SavedSession = z.infer<typeof SavedSession>;

export type SendResult = { ok: true } | { ok: false; reason: string };

export interface SessionOptions {
  readonly scenario: CompiledScenario;
  readonly seed?: number;
  readonly mode?: 'solo' | 'team';
  readonly annotator?: StatementAnnotator | null;
}

export class SessionError extends Error {}

/** Building a machine formats every transition; a scenario's machine is built once and shared by its sessions. */
const machines = new WeakMap<CompiledScenario, Map<StatementAnnotator | null, SessionMachine>>();

function machineFor(deps: EngineDeps): SessionMachine {
  let byAnnotator = machines.get(deps.scenario);
  if (!byAnnotator) {
    byAnnotator = new Map();
    machines.set(deps.scenario, byAnnotator);
  }
  let machine = byAnnotator.get(deps.annotator);
  if (!machine) {
    machine = buildSessionMachine(deps);
    byAnnotator.set(deps.annotator, machine);
  }
  return machine;
}

/** FNV-1a over the scenario's validated content: a save only loads into the scenario it was made with. */
export function scenarioFingerprint(scenario: CompiledScenario): string {
  const text = JSON.stringify(scenario.doc);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

export class Session {
  readonly scenario: CompiledScenario;
  private readonly actor: Actor<SessionMachine>;
  private readonly deps: EngineDeps;

  private constructor(deps: EngineDeps, actor: Actor<SessionMachine>) {
    this.deps = deps;
    this.scenario = deps.scenario;
    this.actor = actor;
  }

  static create(options: SessionOptions): Session {
    const deps: EngineDeps = { scenario: options.scenario, annotator: options.annotator ?? null };
    const machine = machineFor(deps);
    const state = initialState(options.scenario, options.seed ?? 1, options.mode ?? 'solo');
    const actor = createActor(machine, { input: { state } });
    actor.start();
    return new Session(deps, actor);
  }

  /** Restores a saved session; refuses a save that is malformed or from another scenario. */
  static restore(options: SessionOptions, saved: unknown): Session {
    const parsed = SavedSession.safeParse(saved);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      throw new SessionError(`not a saved Crisis Room session: ${first ? `${first.path.join('.')}: ${first.message}` : 'unreadable'}`);
    }
    const save = parsed.data;
    if (save.scenario !== options.scenario.id) throw new SessionError(`this save is for scenario "${save.scenario}", not "${options.scenario.id}"`);
    if (save.fingerprint !== scenarioFingerprint(options.scenario)) {
      throw new SessionError(`scenario "${save.scenario}" has changed since this session was saved; it cannot be restored exactly`);
    }
    const deps: EngineDeps = { scenario: options.scenario, annotator: options.annotator ?? null };
    const machine = machineFor(deps);
    const resolved = machine.resolveState({ value: save.phase, context: { state: save.state } });
    const actor = createActor(machine, { snapshot: resolved, input: { state: save.state } });
    actor.start();
    return new Session(deps, actor);
  }

  get state(): EngineState {
    return this.actor.getSnapshot().context.state;
  }

  get phase(): Phase {
    return this.actor.getSnapshot().value;
  }

  private readonly listeners = new Set<(event: LogEvent) => void>();

  /** Validates and applies a command. Returns why it was refused, without changing anything. */
  send(input: unknown): SendResult {
    const parsed = Command.safeParse(input);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      return { ok: false, reason: `malformed command: ${first ? `${first.path.join('.') || 'command'}: ${first.message}` : 'unreadable'}` };
    }
    const why = refusal(this.deps, this.state, this.phase, parsed.data);
    if (why !== null) return { ok: false, reason: why };
    const before = this.state.log.length;
    this.actor.send(parsed.data);
    if (this.listeners.size > 0) {
      const log = this.state.log;
      for (let i = before; i < log.length; i++) {
        const event = log[i];
        if (event) for (const listener of this.listeners) listener(event);
      }
    }
    return { ok: true };
  }

  /** Real time passing in the host: advances scenario time by `realMs` × speed. */
  tick(realMs: number): SendResult {
    return this.send({ type: 'clock.advance', by: Math.max(0, Math.round(realMs * this.state.speed)) });
  }

  /** Every engine event (inject fired, statement published, trust changed, …), as it happens. */
  onEvent(listener: (event: LogEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  subscribe(listener: (state: EngineState, phase: Phase) => void): () => void {
    const sub = this.actor.subscribe((snap) => listener(snap.context.state, snap.value));
    return () => sub.unsubscribe();
  }

  save(): SavedSession {
    return {
      kind: SAVE_KIND,
      version: SAVE_VERSION,
      scenario: this.scenario.id,
      fingerprint: scenarioFingerprint(this.scenario),
      phase: this.phase,
      state: this.state,
    };
  }

  stop(): void {
    this.actor.stop();
  }
}
