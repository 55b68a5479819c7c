/**
 * Engine benchmarks: full headless playthroughs per second with the random synthetic trainee on one
 * core, the cost of one engine step, and where a playthrough's time goes (the XState actor around
 * the reducer, the reducer itself, scoring), measured by replaying the same recorded runs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { Session, simulateOutcome, SYSTEM, type Actor, type Command, type EngineState } from '../src/engine/index.ts';
import { scoreSession } from '../src/engine/scoring/session.ts';
import { initialState, Step } from '../src/engine/step.ts';
import { loadScenario, type CompiledScenario } from '../src/format/index.ts';

export interface BenchResult {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly note?: string;
}

function bundledScenarios(): { file: string; scenario: CompiledScenario }[] {
  return readdirSync('scenarios')
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => {
      const file = `scenarios/${f}`;
      const loaded = loadScenario(readFileSync(file, 'utf8'), file);
      if (!loaded.scenario) throw new Error(`${file} does not load`);
      return { file, scenario: loaded.scenario };
    });
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

/** Runs `f` repeatedly for about `ms` and returns the mean milliseconds per call. */
function timePerCall(f: () => void, ms: number): number {
  for (let i = 0; i < 5; i++) f();
  let calls = 0;
  const start = performance.now();
  while (performance.now() - start < ms) {
    f();
    calls += 1;
  }
  return (performance.now() - start) / calls;
}

/** The commands of `runs` random playthroughs, recorded so the layers can be timed on the same work. */
function recordRuns(scenario: CompiledScenario, runs: number): [Command, Actor][][] {
  const streams: [Command, Actor][][] = [];
  // Recording wraps the method and calls the original with the right `this`; it is restored below.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const send = Session.prototype.send;
  let current: [Command, Actor][] = [];
  Session.prototype.send = function (this: Session, c: unknown, a: unknown) {
    current.push([c as Command, a as Actor]);
    return send.call(this, c, a);
  };
  try {
    for (let i = 0; i < runs; i++) {
      current = [];
      simulateOutcome(scenario, 'random', 5000 + i);
      streams.push(current);
    }
  } finally {
    Session.prototype.send = send;
  }
  return streams;
}

export function benchEngine(targetMs = 3000): BenchResult[] {
  const out: BenchResult[] = [];
  for (const { file, scenario } of bundledScenarios()) {
    for (let i = 0; i < 100; i++) simulateOutcome(scenario, 'random', i); // warm up the JIT
    let runs = 0;
    const start = performance.now();
    while (performance.now() - start < targetMs) {
      simulateOutcome(scenario, 'random', 1000 + runs);
      runs += 1;
    }
    const seconds = (performance.now() - start) / 1000;
    out.push({ name: `playthroughs/s (random policy, one core) ${file}`, value: Math.round(runs / seconds), unit: 'runs/s', note: `${runs} full runs, each scored` });

    // Where the time goes: the same 50 recorded runs, replayed through each layer.
    const streams = recordRuns(scenario, 50);
    const commands = streams.reduce((n, s) => n + s.length, 0) / streams.length;
    const deps = { scenario };
    const actorMs = timePerCall(() => {
      for (const cmds of streams) {
        const session = Session.create({ scenario, seed: 1 });
        for (const [c, a] of cmds) session.send(c, a);
      }
    }, targetMs / 3) / streams.length;
    const finals: EngineState[] = [];
    const reducerMs = timePerCall(() => {
      finals.length = 0;
      for (const cmds of streams) {
        let st = initialState(scenario, 1, 'solo');
        for (const [c, a] of cmds) st = new Step(deps, st).apply(c, a).state;
        finals.push(st);
      }
    }, targetMs / 3) / streams.length;
    const scoringMs = timePerCall(() => {
      for (const st of finals) scoreSession(scenario, st);
    }, targetMs / 3) / streams.length;
    const r = (x: number) => Math.round(x * 1000) / 1000;
    out.push({ name: `  per run: engine reducer (pure transitions) ${file}`, value: r(reducerMs), unit: 'ms', note: `${commands.toFixed(0)} commands a run` });
    out.push({ name: `  per run: XState actor + command validation around it ${file}`, value: r(actorMs - reducerMs), unit: 'ms' });
    out.push({ name: `  per run: scoring the session ${file}`, value: r(scoringMs), unit: 'ms' });

    // One engine step: a one-minute clock advance through the actor, over a whole session.
    const samples: number[] = [];
    for (let rep = 0; rep < 20; rep++) {
      const session = Session.create({ scenario, seed: rep });
      session.send({ type: 'session.start' }, SYSTEM);
      const t0 = performance.now();
      let steps = 0;
      while (session.phase === 'running') {
        session.send({ type: 'clock.advance', by: 60_000 }, SYSTEM);
        steps += 1;
      }
      samples.push(((performance.now() - t0) * 1000) / steps);
    }
    out.push({ name: `engine step (clock.advance 1m via the actor) ${file}`, value: Math.round(median(samples) * 10) / 10, unit: 'µs', note: 'median over 20 sessions' });
  }
  return out;
}
