/**
 * Fuzzing the engine with random command sequences from random actors, well-formed or not. The
 * session never throws; a refused command changes nothing; after every accepted one the state
 * keeps its invariants; and saving, loading and continuing gives exactly what continuing gives.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annotatorFor } from '../../src/analysis/index.ts';
import { annotateSubmit, approver, FACILITATOR, Session, SYSTEM, trainee, type Actor, type EngineState } from '../../src/engine/index.ts';
import { CHANNELS, type CompiledScenario } from '../../src/format/index.ts';
import { fixture } from '../helpers.ts';
import { fuzzParams, PROPERTY_TIMEOUT_MS } from './settings.ts';

const SCENARIOS: readonly CompiledScenario[] = [fixture('cold-chain'), fixture('engine-lab'), fixture('scenarios/global-foods-recall.yaml')];

const TEXTS = [
  'We are deeply sorry. Do not eat the yoghurt from the affected batches; return it for a refund. We will update you by 10:00.',
  'No comment.',
  'Our products are perfectly safe. This is an isolated incident.',
  'Four batches are affected. We do not yet know how many people are ill.',
  'The rumour is false: nobody has died. We are checking every batch and will update within the hour.',
];

interface Step {
  readonly command: unknown;
  readonly actor: Actor;
}

/** Commands a host could send for this scenario: mostly sensible, some malformed, some from the wrong actor. */
function steps(s: CompiledScenario): fc.Arbitrary<Step[]> {
  const injects = s.injects.map((i) => i.id);
  const options = s.injects.flatMap((i) => i.options.map((o) => [i.id, o.id] as const));
  const seats = [...s.seats, 'nobody'];
  const ms = fc.oneof(fc.integer({ min: 0, max: 20 * 60_000 }), fc.integer({ min: 0, max: s.lengthMs + 60 * 60_000 }), fc.constant(366 * 24 * 3_600_000));
  const statementId = fc.oneof(fc.integer({ min: 1, max: 12 }).map((n) => `s${n}`), fc.string({ maxLength: 6 }));
  const command: fc.Arbitrary<unknown> = fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom({ type: 'session.start' }, { type: 'session.pause' }, { type: 'session.resume' }) },
    { weight: 6, arbitrary: ms.map((by) => ({ type: 'clock.advance', by })) },
    { weight: 2, arbitrary: ms.map((to) => ({ type: 'clock.advanceTo', to })) },
    { weight: 2, arbitrary: fc.option(ms, { nil: undefined }).map((until) => (until === undefined ? { type: 'clock.skip' } : { type: 'clock.skip', until })) },
    { weight: 1, arbitrary: fc.double({ min: 0.5, max: 60, noNaN: true }).map((speed) => ({ type: 'speed.set', speed })) },
    { weight: 2, arbitrary: fc.constantFrom(...injects, 'no-such-inject').map((inject) => ({ type: 'inject.fire', inject })) },
    {
      weight: 6,
      arbitrary: options.length === 0 ? fc.constant({ type: 'session.pause' }) : fc.constantFrom(...options).map(([inject, option]) => ({ type: 'statement.submit', inject, option })),
    },
    {
      weight: 6,
      arbitrary: fc
        .record({
          inject: fc.option(fc.constantFrom(...injects), { nil: undefined }),
          text: fc.oneof(fc.constantFrom(...TEXTS), fc.string({ minLength: 1, maxLength: 200 })),
          channel: fc.option(fc.constantFrom(...CHANNELS), { nil: undefined }),
        })
        .map((r) => ({ type: 'statement.submit', ...Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)) })),
    },
    { weight: 2, arbitrary: statementId.map((statement) => ({ type: 'statement.approve', statement })) },
    { weight: 1, arbitrary: fc.tuple(statementId, fc.string({ maxLength: 40 })).map(([statement, reason]) => ({ type: 'statement.reject', statement, reason })) },
    { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 80 }).map((text) => ({ type: 'note.add', text })) },
    { weight: 1, arbitrary: fc.constant({ type: 'session.end' }) },
    { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) },
  );
  const actor: fc.Arbitrary<Actor> = fc.oneof(
    { weight: 4, arbitrary: fc.constant(FACILITATOR) },
    { weight: 4, arbitrary: fc.constantFrom(...seats).map(trainee) },
    { weight: 2, arbitrary: fc.constantFrom(...seats).map(approver) },
    { weight: 1, arbitrary: fc.constant(SYSTEM) },
  );
  // Statements go out as a trainee most of the time, so that they get somewhere.
  const step = fc.tuple(command, actor, fc.boolean()).map(([c, a, natural]): Step => {
    const type = (c as { type?: unknown } | null)?.type;
    if (!natural) return { command: c, actor: a };
    if (type === 'statement.submit') return { command: c, actor: trainee(s.soloSeat) };
    if (type === 'statement.approve' || type === 'statement.reject') return { command: c, actor: approver(s.seats[1] ?? s.soloSeat) };
    return { command: c, actor: FACILITATOR };
  });
  return fc.array(step, { minLength: 1, maxLength: 40 }).map((list) => [{ command: { type: 'session.start' }, actor: FACILITATOR }, ...list]);
}

function checkInvariants(s: CompiledScenario, st: EngineState): void {
  if (!(st.now >= 0 && st.now <= s.lengthMs)) throw new Error(`now ${st.now} is outside 0–${s.lengthMs}`);
  for (const [id, t] of Object.entries(st.trust)) if (!(t >= 0 && t <= 1)) throw new Error(`trust.${id} = ${t}`);
  for (const [id, r] of Object.entries(st.rumours)) {
    const f = r.model?.fractions;
    if (!f) continue;
    const parts = [f.i, f.s, f.r, f.k, f.b, f.p];
    if (!parts.every((x) => x >= 0 && x <= 1)) throw new Error(`rumour ${id} has a compartment outside [0, 1]`);
    if (Math.abs(parts.reduce((a, b) => a + b, 0) - 1) > 1e-9) throw new Error(`rumour ${id} does not sum to 1`);
    if ((r.model?.tMs ?? 0) > st.now) throw new Error(`rumour ${id} is ahead of the clock`);
  }
  let seq = -1;
  for (const e of st.log) {
    if (!(e.seq > seq)) throw new Error(`log sequence goes back at ${e.seq}`);
    if (!(e.at >= 0 && e.at <= st.now)) throw new Error(`event at ${e.at} outside 0–${st.now}`);
    seq = e.seq;
  }
  if (st.ending !== null && !(st.ending.at >= 0 && st.ending.at <= s.lengthMs)) throw new Error(`ending at ${st.ending.at}`);
  assertFinite(st);
}

function assertFinite(value: unknown, path = '$'): void {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`${path} is ${value}`);
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => assertFinite(v, `${path}[${i}]`));
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) assertFinite(v, `${path}.${k}`);
  }
}

/** Sends as a host does: free text is annotated first. */
function send(session: Session, step: Step, annotate: boolean): boolean {
  const c = step.command as { type?: unknown; text?: unknown; option?: unknown } | null;
  const command =
    annotate && c?.type === 'statement.submit' && typeof c.text === 'string' && c.option === undefined
      ? annotateSubmit(c as { type: 'statement.submit'; text: string }, annotatorFor(session.scenario), session.now)
      : step.command;
  const before = JSON.stringify(session.state);
  const phase = session.phase;
  const sent = session.send(command, step.actor);
  if (!sent.ok) {
    if (JSON.stringify(session.state) !== before || session.phase !== phase) throw new Error(`a refused command (${sent.refusal.code}) changed the state`);
    return false;
  }
  checkInvariants(session.scenario, session.state);
  return true;
}

const cases = fc.nat({ max: SCENARIOS.length - 1 }).chain((i) => {
  const s = SCENARIOS[i] as CompiledScenario;
  return fc.tuple(fc.constant(s), steps(s), fc.nat());
});

describe('engine, fuzzed with random command sequences', () => {
  it(
    'never throws, changes nothing on refusal, and keeps its invariants',
    () => {
      fc.assert(
        fc.property(cases, ([scenario, list]) => {
          const session = Session.create({ scenario, seed: 3 });
          for (const step of list) send(session, step, true);
        }),
        fuzzParams(40),
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'save → load → continue gives exactly what continuing gives, and so does replaying the journal',
    () => {
      fc.assert(
        fc.property(cases, ([scenario, list, at]) => {
          const split = at % list.length;
          const session = Session.create({ scenario, seed: 5, mode: at % 2 === 0 ? 'solo' : 'team' });
          list.slice(0, split).forEach((step) => send(session, step, true));
          const saved: unknown = JSON.parse(JSON.stringify(session.save()));
          const loaded = Session.load(scenario, saved);
          const replayed = Session.replay(scenario, saved);
          expect(JSON.stringify(loaded.state)).toBe(JSON.stringify(session.state));
          // Annotations travel in the journal: the copies need no analyser to continue identically.
          for (const step of list.slice(split)) {
            const annotated = annotateIfText(session, step);
            const a = session.send(annotated, step.actor).ok;
            expect(loaded.send(annotated, step.actor).ok).toBe(a);
            expect(replayed.send(annotated, step.actor).ok).toBe(a);
          }
          expect(loaded.phase).toBe(session.phase);
          expect(JSON.stringify(loaded.state)).toBe(JSON.stringify(session.state));
          expect(JSON.stringify(replayed.state)).toBe(JSON.stringify(session.state));
        }),
        fuzzParams(25),
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});

function annotateIfText(session: Session, step: Step): unknown {
  const c = step.command as { type?: unknown; text?: unknown; option?: unknown } | null;
  return c?.type === 'statement.submit' && typeof c.text === 'string' && c.option === undefined
    ? annotateSubmit(c as { type: 'statement.submit'; text: string }, annotatorFor(session.scenario), session.now)
    : step.command;
}
