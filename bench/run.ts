/**
 * `npm run bench`: prints every benchmark with the machine it ran on. Figures go into
 * docs/performance.md with the command that made them; tests never assert on timings.
 * `npm run bench -- scaling` prints only the table of lint and play time against input size; the
 * game's budget in headless Chromium (bench/ui.ts, also `npm run bench:ui`) runs after the rest.
 */
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { benchAnalysis } from './analysis.ts';
import { benchEngine, type BenchResult } from './engine.ts';
import { benchRumour } from './rumour.ts';
import { scalingTable } from './scaling.ts';

const only = process.argv[2];
const cpu = cpus()[0]?.model ?? 'unknown CPU';
process.stdout.write(`Crisis Room benchmarks — node ${process.version}, ${cpus().length} × ${cpu}\n\n`);
if (only !== 'scaling') {
  const results: BenchResult[] = [...benchEngine(), ...benchRumour(), ...benchAnalysis()];
  let width = 0;
  for (const r of results) width = Math.max(width, r.name.length);
  for (const r of results) {
    process.stdout.write(`${r.name.padEnd(width)}  ${String(r.value).padStart(10)} ${r.unit}${r.note ? `   (${r.note})` : ''}\n`);
  }
  process.stdout.write('\n');
}
process.stdout.write(`Lint and play time against input size (in-process, best of 3):\n\n${scalingTable()}\n`);
if (only === undefined) {
  // The browser budget runs in its own process: it builds the game and drives Chromium.
  const ui = spawnSync(process.execPath, [...process.execArgv, 'bench/ui.ts'], { stdio: 'inherit' });
  process.exitCode = ui.status ?? 1;
}
