/**
 * `npm run bench`: prints every benchmark with the machine it ran on. Figures go into
 * docs/performance.md with the command that made them; tests never assert on timings.
 */
import { cpus } from 'node:os';
import { benchAnalysis } from './analysis.ts';
import { benchEngine, type BenchResult } from './engine.ts';
import { benchRumour } from './rumour.ts';

const results: BenchResult[] = [...benchEngine(), ...benchRumour(), ...benchAnalysis()];
const cpu = cpus()[0]?.model ?? 'unknown CPU';
process.stdout.write(`Crisis Room benchmarks — node ${process.version}, ${cpus().length} × ${cpu}\n\n`);
const width = Math.max(...results.map((r) => r.name.length));
for (const r of results) {
  process.stdout.write(`${r.name.padEnd(width)}  ${String(r.value).padStart(10)} ${r.unit}${r.note ? `   (${r.note})` : ''}\n`);
}
