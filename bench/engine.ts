/**
 * Engine benchmarks (`npm run bench`): full headless playthroughs per second with the random
 * synthetic trainee on one core, on the recall scenario and on the same scenario scaled ×2, ×4 and
 * ×8 (bench/scale.ts), so that how the cost grows with the scenario is measured, not guessed:
 *
 *  - playthroughs/s: `sim`'s path (the reducer driven directly, numbers-only scoring);
 *  - cost per inject firing: the play alone (no scoring) divided by the injects fired;
 *  - the same play through a Session (XState actor, command validation), and full scoring with cues;
 *  - the size of a save at the end, and the heap a live session holds mid-way.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { DirectDriver, playPolicy, sessionDriver, simulateOutcome, SYSTEM } from '../src/engine/index.ts';
import { scoreSession } from '../src/engine/scoring/session-scores.ts';
import { playbookResolver } from '../src/cli/load.ts';
import { loadScenario, type CompiledScenario } from '../src/format/index.ts';
import { diagnosticLine } from '../src/i18n/index.ts';
import { words } from '../src/cli/words.ts';
import { scaleScenario } from './scale.ts';

export interface BenchResult {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly note?: string;
}

export const RECALL = 'scenarios/global-foods-recall.yaml';
/** 0: the scenario as shipped; 1–8: its scaled versions, which play to the end (bench/scale.ts). */
export const SCALES = [0, 1, 2, 4, 8] as const;

/** The recall scenario as shipped (k = 0), or its scaled version ×k (bench/scale.ts: no early end). */
export function scaledRecall(k: number): CompiledScenario {
  const text = k === 0 ? readFileSync(RECALL, 'utf8') : scaleScenario(readFileSync(RECALL, 'utf8'), k);
  const loaded = loadScenario(text, `${RECALL} ×${k}`, { playbook: playbookResolver(RECALL) });
  if (!loaded.scenario) throw new Error(`${RECALL} ×${k} does not load: ${loaded.diagnostics.map((d) => diagnosticLine(words, d)).join('; ')}`);
  return loaded.scenario;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

/** Runs `f` repeatedly for about `ms` (after a warm-up) and returns the mean milliseconds per call. */
function timePerCall(f: (i: number) => void, ms: number): number {
  for (let i = 0; i < 5; i++) f(i);
  let calls = 0;
  const start = performance.now();
  while (performance.now() - start < ms) {
    f(calls);
    calls += 1;
  }
  return (performance.now() - start) / calls;
}

function collectGarbage(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

const r3 = (x: number): number => Math.round(x * 1000) / 1000;

const labelOf = (k: number): string => (k === 0 ? 'recall (as shipped)' : `recall ×${k}`);

/**
 * Cost per inject firing at each scale, measured in interleaved rounds (every scale once per round,
 * median over the rounds), so a change in the machine's load during the run does not fall on one
 * scale only: the machine is shared, and these figures are compared with each other.
 */
export function benchFiringCost(scales: readonly number[], rounds: number, msPerRound: number): BenchResult[] {
  const scenarios = scales.map((k) => scaledRecall(k));
  for (const s of scenarios) for (let i = 0; i < 20; i++) playPolicy(s, 'random', i, new DirectDriver(s, i));
  const perFiring: number[][] = scales.map(() => []);
  const firings: number[] = scales.map(() => 0);
  for (let r = 0; r < rounds; r++) {
    scenarios.forEach((scenario, j) => {
      let fired = 0;
      let plays = 0;
      const ms = timePerCall((i) => {
        const d = new DirectDriver(scenario, 2000 + r * 1000 + i);
        playPolicy(scenario, 'random', 2000 + r * 1000 + i, d);
        fired += d.state.firings.length;
        plays += 1;
      }, msPerRound);
      firings[j] = fired / plays;
      perFiring[j]?.push((ms * 1000 * plays) / fired);
    });
  }
  return scales.map((k, j) => ({
    name: `cost per inject firing ${labelOf(k)}`,
    value: Math.round(median(perFiring[j] ?? []) * 10) / 10,
    unit: 'µs',
    note: `${(firings[j] ?? 0).toFixed(0)} firings a run; median of ${rounds} interleaved rounds, play only (reducer)`,
  }));
}

/** One scale of the recall scenario: every figure of the table in docs/performance.md. */
export function benchScale(k: number, targetMs: number): BenchResult[] {
  const scenario = scaledRecall(k);
  const label = labelOf(k);
  const out: BenchResult[] = [];
  for (let i = 0; i < 30; i++) simulateOutcome(scenario, 'random', i); // warm up the JIT

  let runs = 0;
  const start = performance.now();
  while (performance.now() - start < targetMs) {
    simulateOutcome(scenario, 'random', 1000 + runs);
    runs += 1;
  }
  out.push({ name: `playthroughs/s ${label}`, value: Math.round(runs / ((performance.now() - start) / 1000)), unit: 'runs/s', note: `${runs} runs: sim's path, scored (numbers only)` });

  // The play alone, on the reducer.
  const playMs = timePerCall((i) => playPolicy(scenario, 'random', 2000 + i, new DirectDriver(scenario, 2000 + i)), targetMs / 3);
  out.push({ name: `  play per run (reducer) ${label}`, value: r3(playMs), unit: 'ms' });

  // The same play through a Session: the XState actor and zod validation around the reducer.
  const sessionMs = timePerCall((i) => {
    const d = sessionDriver(scenario, 2000 + i);
    playPolicy(scenario, 'random', 2000 + i, d);
    d.session.stop();
  }, targetMs / 3);
  out.push({ name: `  play per run via a Session ${label}`, value: r3(sessionMs), unit: 'ms' });

  // Scoring the final states: numbers only (sim), and with every cue (results, the report).
  const finals = Array.from({ length: 10 }, (_, i) => {
    const d = new DirectDriver(scenario, 3000 + i);
    playPolicy(scenario, 'random', 3000 + i, d);
    return d.state;
  });
  const numbersMs = timePerCall((i) => scoreSession(scenario, finals[i % finals.length]!, { cues: false }), targetMs / 4);
  const cuesMs = timePerCall((i) => scoreSession(scenario, finals[i % finals.length]!), targetMs / 4);
  out.push({ name: `  scoring numbers only ${label}`, value: r3(numbersMs), unit: 'ms' });
  out.push({ name: `  scoring with cues ${label}`, value: r3(cuesMs), unit: 'ms' });

  // A save at the end of a run: plain JSON and gzipped.
  const ended = sessionDriver(scenario, 77);
  playPolicy(scenario, 'random', 77, ended);
  const save = JSON.stringify(ended.session.save());
  out.push({ name: `  save at the end ${label}`, value: Math.round(save.length / 1024), unit: 'KB', note: `${Math.round(gzipSync(save).length / 1024)} KB gzipped, ${ended.state.log.length} events` });

  // Heap per live session, half-way through: what a server holding many sessions pays for each.
  const gc = collectGarbage();
  const live = 40;
  gc();
  const before = process.memoryUsage().heapUsed;
  const sessions = Array.from({ length: live }, (_, i) => {
    const d = sessionDriver(scenario, 500 + i);
    d.send({ type: 'session.start' }, SYSTEM);
    d.send({ type: 'clock.advanceTo', to: Math.floor(scenario.lengthMs / 2) }, SYSTEM);
    return d;
  });
  gc();
  const heap = (process.memoryUsage().heapUsed - before) / live;
  out.push({ name: `  heap per live session, half-way ${label}`, value: Math.round(heap / 1024), unit: 'KB', note: `${live} sessions (no answers: events from injects, rumours and trust)` });
  for (const s of sessions) s.session.stop();

  return out;
}

export function benchEngine(targetMs = 3000): BenchResult[] {
  const out: BenchResult[] = [];
  for (const k of SCALES) out.push(...benchScale(k, targetMs));
  out.push(...benchFiringCost(SCALES, 5, targetMs / 4));

  // One engine step through the actor, as a host ticking a live session pays it.
  const scenario = scaledRecall(0);
  const samples: number[] = [];
  for (let rep = 0; rep < 20; rep++) {
    const d = sessionDriver(scenario, rep);
    d.send({ type: 'session.start' }, SYSTEM);
    const t0 = performance.now();
    let steps = 0;
    while (!d.ended) {
      d.send({ type: 'clock.advance', by: 60_000 }, SYSTEM);
      steps += 1;
    }
    samples.push(((performance.now() - t0) * 1000) / steps);
    d.session.stop();
  }
  out.push({ name: 'engine step (clock.advance 1m via a Session) recall', value: Math.round(median(samples) * 10) / 10, unit: 'µs', note: 'median over 20 sessions' });
  return out;
}
