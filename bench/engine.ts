/**
 * Engine benchmarks: full headless playthroughs per second with the random synthetic trainee on one
 * core, and the cost of one engine step (one command through the XState actor and the reducer).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { Session } from '../src/engine/session.ts';
import { simulateRun } from '../src/engine/sim.ts';
import type { CompiledScenario } from '../src/format/compiled.ts';
import { loadScenario } from '../src/format/load-scenario.ts';

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

export function benchEngine(targetMs = 3000): BenchResult[] {
  const out: BenchResult[] = [];
  for (const { file, scenario } of bundledScenarios()) {
    for (let i = 0; i < 50; i++) simulateRun(scenario, 'random', i); // warm up the JIT
    let runs = 0;
    const start = performance.now();
    while (performance.now() - start < targetMs) {
      simulateRun(scenario, 'random', 1000 + runs);
      runs += 1;
    }
    const seconds = (performance.now() - start) / 1000;
    out.push({ name: `playthroughs/s (random policy, one core) ${file}`, value: Math.round(runs / seconds), unit: 'runs/s', note: `${runs} full runs incl. scoring` });

    // One engine step: a one-minute clock advance through the actor, over a whole session.
    const samples: number[] = [];
    for (let rep = 0; rep < 20; rep++) {
      const session = Session.create({ scenario, seed: rep });
      session.send({ type: 'session.start' });
      const t0 = performance.now();
      let steps = 0;
      while (session.phase === 'running') {
        session.send({ type: 'clock.advance', by: 60_000 });
        steps += 1;
      }
      samples.push(((performance.now() - t0) * 1000) / steps);
    }
    out.push({ name: `engine step (clock.advance 1m via the actor) ${file}`, value: Math.round(median(samples) * 10) / 10, unit: 'µs', note: 'median over 20 sessions' });
  }
  return out;
}
