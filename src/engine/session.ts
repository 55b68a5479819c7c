/**
 * A running session, as hosts use it: the game, the session server, the CLI and the tests. Every
 * command is checked in four steps, each in one place (shape: commands.ts; sender: actors.ts;
 * phase: the statechart's LIFECYCLE; state: refusals.ts) and either applied, returning the events
 * it caused, or refused with a code, changing nothing. The session keeps the journal of accepted
 * commands, so a save both restores at once (from its state) and replays exactly (from its
 * journal), with no analyser: free text arrives already annotated by the host.
 */
import { createActor, type Actor as XActor } from 'xstate';
import { z } from 'zod';
import type { CompiledScenario } from '../format/index.ts';
import { Actor, maySend, SYSTEM } from './actors.ts';
import { Command } from './commands.ts';
import type { EngineEvent } from './events.ts';
import { buildSessionMachine, phaseAccepts, PHASES, type Phase, type SessionMachine } from './machine.ts';
import { stateRefusal, type Refusal } from './refusals.ts';
import * as select from './selectors.ts';
import { EngineState } from './state.ts';
import { initialState, type EngineDeps } from './core/reducer.ts';
import { checkSavedState, type InputProblem } from './untrusted.ts';

export const SAVE_KIND = 'crisis-room-session';
/** 2: typed events, coded causes, actors and the command journal (version 1 saves carried English reasons). */
export const SAVE_VERSION = 2;

/** One accepted command and who sent it, in the order they were applied. */
export const JournalEntry = z.object({ actor: Actor, command: Command });
export type JournalEntry = z.infer<typeof JournalEntry>;

export const SavedSession = z.object({
  kind: z.literal(SAVE_KIND),
  version: z.literal(SAVE_VERSION),
  scenario: z.string(),
  fingerprint: z.string(),
  seed: z.number().int(),
  mode: z.enum(['solo', 'team']),
  phase: z.enum(PHASES),
  state: EngineState,
  journal: z.array(JournalEntry),
});
export type SavedSession = z.infer<typeof SavedSession>;

export type SendResult = { readonly ok: true; readonly events: readonly EngineEvent[] } | { readonly ok: false; readonly refusal: Refusal };

/** What subscribers hear after each accepted command. */
export interface SessionUpdate {
  readonly events: readonly EngineEvent[];
  readonly state: EngineState;
  readonly phase: Phase;
}

export interface SessionOptions {
  readonly scenario: CompiledScenario;
  readonly seed?: number;
  readonly mode?: 'solo' | 'team';
}

/** Why a save cannot be loaded, as a code (`save.*` in the message catalogue) with parameters. */
export type LoadProblem =
  | { readonly code: 'save.malformed'; readonly params: { readonly path: string; readonly issue: string } }
  | { readonly code: 'save.version'; readonly params: { readonly version: number; readonly current: number } }
  | { readonly code: 'save.scenario'; readonly params: { readonly saved: string; readonly given: string } }
  | { readonly code: 'save.changed'; readonly params: { readonly scenario: string } }
  | { readonly code: 'save.replay'; readonly params: { readonly entry: number; readonly refusal: Refusal['code'] } }
  | { readonly code: 'save.invalid'; readonly params: InputProblem };

export class SessionError extends Error {
  readonly problem: LoadProblem;
  constructor(problem: LoadProblem) {
    super(`${problem.code} ${JSON.stringify(problem.params)}`);
    this.problem = problem;
  }
}

/**
 * Upgrades an older save's raw data, one version at a time. Version 1 saves carried English
 * reasons where the engine now keeps codes; words cannot be turned back into codes reliably, so
 * they are refused (replay the plan that made them instead).
 */
const SAVE_MIGRATIONS: Readonly<Record<number, (raw: Record<string, unknown>) => Record<string, unknown>>> = {};

export function migrateSave(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  let out = raw as Record<string, unknown>;
  if (out.kind !== SAVE_KIND || typeof out.version !== 'number') return out;
  for (let v = out.version; v < SAVE_VERSION; v++) {
    const step = SAVE_MIGRATIONS[v];
    if (!step) throw new SessionError({ code: 'save.version', params: { version: out.version as number, current: SAVE_VERSION } });
    out = { ...step(out), version: v + 1 };
  }
  return out;
}

/** Building a machine formats every transition; a scenario's machine is built once and shared by its sessions. */
const machines = new WeakMap<CompiledScenario, SessionMachine>();

function machineFor(scenario: CompiledScenario): SessionMachine {
  let machine = machines.get(scenario);
  if (!machine) {
    machine = buildSessionMachine({ scenario });
    machines.set(scenario, machine);
  }
  return machine;
}

/** FNV-1a over the scenario's validated content: a save only loads into the scenario it was made with. */
export function scenarioFingerprint(scenario: CompiledScenario): string {
  // The playbook's contents are part of the doc; its id is not. A scenario compiled with its playbook
  // resolved (CLI, Node) and the same scenario with the playbook written in (the browser, a server
  // session) are one scenario, so a save made in one must load in the other.
  const { playbook: _playbook, ...content } = scenario.doc;
  const text = JSON.stringify(content);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

function firstIssue(error: z.ZodError): { path: string; issue: string } {
  const first = error.issues[0];
  return { path: first ? first.path.join('.') : '', issue: first ? first.message : 'unreadable' };
}

export class Session {
  readonly scenario: CompiledScenario;
  private readonly deps: EngineDeps;
  private readonly actor: XActor<SessionMachine>;
  private readonly journal: JournalEntry[];
  private readonly listeners = new Set<(update: SessionUpdate) => void>();

  private constructor(deps: EngineDeps, actor: XActor<SessionMachine>, journal: JournalEntry[]) {
    this.deps = deps;
    this.scenario = deps.scenario;
    this.actor = actor;
    this.journal = journal;
  }

  static create(options: SessionOptions): Session {
    const machine = machineFor(options.scenario);
    const state = initialState(options.scenario, options.seed ?? 1, options.mode ?? 'solo');
    const actor = createActor(machine, { input: { state } });
    actor.start();
    return new Session({ scenario: options.scenario }, actor, []);
  }

  /** Restores a save from its state at once; refuses one that is malformed, too new or old, or from another scenario. */
  static load(scenario: CompiledScenario, saved: unknown): Session {
    const save = Session.readSave(scenario, saved);
    const machine = machineFor(scenario);
    const resolved = machine.resolveState({ value: save.phase, context: { state: save.state } });
    const actor = createActor(machine, { snapshot: resolved, input: { state: save.state } });
    actor.start();
    return new Session({ scenario }, actor, [...save.journal]);
  }

  /**
   * Rebuilds a session by replaying a save's journal command by command, from a fresh start with
   * its seed and mode: what a client does with a server's command stream. Needs no analyser.
   */
  static replay(scenario: CompiledScenario, saved: unknown): Session {
    const save = Session.readSave(scenario, saved);
    const session = Session.create({ scenario, seed: save.seed, mode: save.mode });
    save.journal.forEach((entry, i) => {
      const sent = session.send(entry.command, entry.actor);
      if (!sent.ok) throw new SessionError({ code: 'save.replay', params: { entry: i, refusal: sent.refusal.code } });
    });
    return session;
  }

  private static readSave(scenario: CompiledScenario, saved: unknown): SavedSession {
    const parsed = SavedSession.safeParse(migrateSave(saved));
    if (!parsed.success) throw new SessionError({ code: 'save.malformed', params: firstIssue(parsed.error) });
    const save = parsed.data;
    if (save.scenario !== scenario.id) throw new SessionError({ code: 'save.scenario', params: { saved: save.scenario, given: scenario.id } });
    if (save.fingerprint !== scenarioFingerprint(scenario)) throw new SessionError({ code: 'save.changed', params: { scenario: save.scenario } });
    // A save is a file someone may have edited: its state must be one this scenario can be in
    // before the engine computes anything from it (untrusted.ts).
    if (save.seed !== save.state.seed || save.mode !== save.state.mode) {
      throw new SessionError({ code: 'save.invalid', params: { path: 'state.seed', rule: 'inconsistent', value: String(save.state.seed) } });
    }
    const problem = checkSavedState(scenario, save.state, save.journal.length, save.phase === 'ended');
    if (problem) throw new SessionError({ code: 'save.invalid', params: problem });
    return save;
  }

  get state(): EngineState {
    return this.actor.getSnapshot().context.state;
  }

  get phase(): Phase {
    return this.actor.getSnapshot().value;
  }

  get now(): number {
    return this.state.now;
  }

  get mode(): 'solo' | 'team' {
    return this.state.mode;
  }

  /** The session as the selectors (selectors.ts) read it. */
  view(): select.SessionView {
    return { scenario: this.scenario, state: this.state, phase: this.phase };
  }

  openInjects(): select.OpenInject[] {
    return select.openInjects(this.view());
  }

  upcomingInjects(): select.UpcomingInject[] {
    return select.upcomingInjects(this.view());
  }

  statements(): select.StatementView[] {
    return select.statements(this.view());
  }

  feed(sample?: number): ReturnType<typeof select.feed> {
    return select.feed(this.view(), sample);
  }

  trust(): select.TrustView[] {
    return select.trust(this.view());
  }

  rumours(): select.RumourView[] {
    return select.rumours(this.view());
  }

  scoresSoFar(): select.ScoresSoFar {
    return select.scoresSoFar(this.view());
  }

  /** What this actor may do now: the commands, the injects it can answer, the statements it can approve. */
  allowed(actor: Actor): select.Allowed {
    return select.allowed(this.view(), actor);
  }

  /** Why a command from this actor would be refused now, or null if it would be accepted. Changes nothing. */
  check(input: unknown, from: unknown): Refusal | null {
    return this.validate(input, from).refusal;
  }

  private validate(input: unknown, from: unknown): { refusal: Refusal; command?: undefined; actor?: undefined } | { refusal: null; command: Command; actor: Actor } {
    const parsed = Command.safeParse(input);
    if (!parsed.success) return { refusal: { code: 'refusal.malformed', params: firstIssue(parsed.error) } };
    const who = Actor.safeParse(from);
    if (!who.success) {
      const issue = firstIssue(who.error);
      return { refusal: { code: 'refusal.malformed', params: { path: `actor${issue.path === '' ? '' : `.${issue.path}`}`, issue: issue.issue } } };
    }
    const command = parsed.data;
    const actor = who.data;
    if (!maySend(actor, command.type, this.state.mode)) return { refusal: { code: 'refusal.actor', params: { command: command.type, actor: actor.kind } } };
    const phase = this.phase;
    if (!phaseAccepts(phase, command.type)) return { refusal: { code: 'refusal.phase', params: { command: command.type, phase } } };
    const refusal = stateRefusal(this.deps.scenario, this.state, command, actor);
    return refusal ? { refusal } : { refusal: null, command, actor };
  }

  /** Checks and applies a command sent by an actor: the events it caused, or why it was refused (nothing changes then). */
  send(input: unknown, from: unknown): SendResult {
    const checked = this.validate(input, from);
    if (checked.refusal !== null) return { ok: false, refusal: checked.refusal };
    const before = this.state.log.length;
    this.actor.send({ ...checked.command, actor: checked.actor });
    this.journal.push({ actor: checked.actor, command: checked.command });
    const events = this.state.log.slice(before);
    if (this.listeners.size > 0) {
      const update: SessionUpdate = { events, state: this.state, phase: this.phase };
      for (const listener of this.listeners) listener(update);
    }
    return { ok: true, events };
  }

  /** Real time passing in the host: advances scenario time by `realMs` × speed, sent by the system. */
  tick(realMs: number): SendResult {
    return this.send({ type: 'clock.advance', by: Math.max(0, Math.round(realMs * this.state.speed)) }, SYSTEM);
  }

  /** Hears every accepted command's events with the state and phase after it. Returns the unsubscribe. */
  subscribe(listener: (update: SessionUpdate) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  save(): SavedSession {
    return {
      kind: SAVE_KIND,
      version: SAVE_VERSION,
      scenario: this.scenario.id,
      fingerprint: scenarioFingerprint(this.scenario),
      seed: this.state.seed,
      mode: this.state.mode,
      phase: this.phase,
      // A copy: commands change the session's state in place (core/work.ts), and a save must not move with it.
      state: JSON.parse(JSON.stringify(this.state)) as EngineState,
      journal: [...this.journal],
    };
  }

  stop(): void {
    this.actor.stop();
    this.listeners.clear();
  }
}
