/**
 * `npm run bench`: prints every benchmark with the machine it ran on. Figures go into
 * docs/performance.md with the command that made them; tests never assert on timings.
 */
import { cpus } from 'node:os';
import { benchEngine, type BenchResult } from './engine.ts';
import { benchRumour } from './rumour.ts';

async function optional(path: string, fn: string): Promise<BenchResult[]> {
  try {
    const mod = (await import(path)) as Record<string, unknown>;
    const f = mod[fn];
    return typeof f === 'function' ? ((f as () => BenchResult[] | Promise<BenchResult[]>)()) : [];
  } catch (e) {
    return [{ name: `${path} (not run)`, value: 0, unit: '', note: e instanceof Error ? e.message : String(e) }];
  }
}

const results: BenchResult[] = [...benchEngine(), ...benchRumour(), ...(await optional('./analysis.ts', 'benchAnalysis'))];
const cpu = cpus()[0]?.model ?? 'unknown CPU';
process.stdout.write(`Crisis Room benchmarks — node ${process.version}, ${cpus().length} × ${cpu}\n\n`);
const width = Math.max(...results.map((r) => r.name.length));
for (const r of results) {
  process.stdout.write(`${r.name.padEnd(width)}  ${String(r.value).padStart(10)} ${r.unit}${r.note ? `   (${r.note})` : ''}\n`);
}
