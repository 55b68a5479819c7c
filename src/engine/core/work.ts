/**
 * The working state of one command, and the only way the rules change it. A command gets a fresh
 * top-level state object whose collections are the session's own, changed in place: no command
 * copies the injects, the firings, the statements or the log, so what a command costs does not grow
 * with the size of the scenario or the length of the session. (An earlier state object therefore
 * shares those collections and is not a snapshot: `Session.save()` copies the state it returns.)
 *
 * Every change to something a condition can read goes through a setter here, which notes what
 * changed (`conditions.ts` re-checks only the conditions that read it).
 */
import type { CompiledScenario, RExpr } from '../../format/index.ts';
import type { EventData, EventType } from '../events.ts';
import { evaluate, type ReplyScope } from '../evaluate.ts';
import type { EngineState, FactRuntime, Firing, InjectRuntime, Statement } from '../state.ts';
import type { RumourRuntime } from '../rumour-runtime.ts';
import { trackerFor, type ConditionTracker } from './tracker.ts';

export interface EngineDeps {
  readonly scenario: CompiledScenario;
}

export class Work {
  readonly s: CompiledScenario;
  readonly st: EngineState;
  readonly tracker: ConditionTracker;

  constructor(deps: EngineDeps, state: EngineState) {
    this.s = deps.scenario;
    this.st = { ...state };
    this.tracker = trackerFor(this.s, this.st);
  }

  /** A method, not a getter: the end can arrive in the middle of a loop, and TypeScript would narrow a getter. */
  isEnded(): boolean {
    return this.st.ending !== null;
  }

  log<T extends EventType>(type: T, data: EventData<T>): void {
    // The mapped union cannot pair a generic `type` with its payload; each call site is checked by the signature.
    this.st.log.push({ seq: this.st.seq++, at: this.st.now, type, data } as EngineState['log'][number]);
  }

  test(expr: RExpr, reply: ReplyScope | null = null): boolean {
    return evaluate(expr, this.s, this.st, reply);
  }

  setInject(id: string, rt: InjectRuntime): void {
    this.st.injects[id] = rt;
    this.tracker.changed(`inject:${id}`);
  }

  setFiring(index: number, firing: Firing): void {
    this.st.firings[index] = firing;
    this.tracker.changed(`inject:${firing.inject}`);
  }

  addFiring(firing: Firing): number {
    this.st.firings.push(firing);
    this.tracker.changed(`inject:${firing.inject}`);
    return this.st.firings.length - 1;
  }

  setFact(id: string, fact: FactRuntime): void {
    this.st.facts[id] = fact;
    this.tracker.changed(`fact:${id}`);
  }

  setRumour(id: string, rt: RumourRuntime): void {
    this.st.rumours[id] = rt;
    this.tracker.changed(`rumour:${id}`);
  }

  setVar(name: string, value: number | boolean | string): void {
    this.st.vars[name] = value;
    this.tracker.changed(`var:${name}`);
  }

  setTrust(stakeholder: string, value: number): void {
    this.st.trust[stakeholder] = value;
    this.tracker.changed(`trust:${stakeholder}`);
    this.tracker.changed('trust:*');
  }

  countKeyMessage(id: string): void {
    this.st.keyMessages[id] = (this.st.keyMessages[id] ?? 0) + 1;
    this.tracker.changed(`km:${id}`);
  }

  setStatement(index: number, statement: Statement): void {
    const before = this.st.statements[index];
    this.st.statements[index] = statement;
    if (before?.status !== statement.status && statement.status === 'published') this.tracker.changed('statements');
  }
}

export function round(v: number): number {
  return Math.round(v * 1000) / 1000;
}
