/**
 * Statement analyser benchmarks: median time to annotate a 200-word public statement in a
 * realistic scenario context on one core (and the same statement with no channel given), the one-off cost of compiling a context, and the gzipped size the
 * analyser adds to a browser bundle (bundled and minified by esbuild, gzipped at level 9 in
 * process). zod and the scenario format are left out of the size: the engine already ships them,
 * and the analyser only reaches them through the engine's annotation contract (annotation.ts).
 *
 *   npx tsx -e "import('./bench/analysis.ts').then((m) => console.table(m.benchAnalysis()))"
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { createAnalyser } from '../src/analysis/en/analyser.ts';
import { analysisContextOf, momentOf, readCalibrationFile } from '../tests/calibration/contexts.ts';

export interface BenchResult {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly note?: string;
}

/** 200 words, the length of a full first statement, touching most detectors. */
export const STATEMENT_200_WORDS = [
  'We are deeply sorry. Earlier this morning our own tests found listeria at our Leeds plant, and we have recalled four batches of',
  'Northwind strawberry yoghurt, batch codes B2141 to B2144, made on 8 May. Two children who ate the yoghurt are being treated in',
  'hospital, and our thoughts are with them and their families. This was our failure and we take full responsibility. If you have',
  'any of these pots, do not eat them: check the batch code on the lid and return the pots to any store for a full refund. We do',
  'not know yet how many pots were sold, and we will not guess. We have stopped production on the line and called in independent',
  'inspectors so that this never happens again. We will pay the medical costs of every family affected, and we will stay with them',
  'for as long as they need us. Our hotline, 0800 555 0199, is open now, and you can find the full list of products at',
  'northwind.example/recall. We will give our next update at 12:00 today. Earlier we said three batches; further laboratory tests',
  'found listeria in one more batch, so the total number is now four in all.',
].join(' ');

/** Windows of `words` words over all calibration statements run together. */
export function rotatingTexts(words: number): string[] {
  const all = readCalibrationFile()
    .statements.map((s) => s.text)
    .join(' ')
    .split(/\s+/);
  const out: string[] = [];
  for (let i = 0; i + words <= all.length; i += Math.floor(words / 4)) out.push(all.slice(i, i + words).join(' '));
  return out;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

function foodRecallContext(): { ctx: ReturnType<typeof analysisContextOf>; now: number } {
  const entry = readCalibrationFile().contexts['food-recall'];
  if (entry === undefined) throw new Error('calibration context food-recall is missing');
  return { ctx: analysisContextOf(entry), now: momentOf(entry) };
}

function bundleGzipBytes(external: readonly string[]): number {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const esbuild = `${root}node_modules/.bin/esbuild`;
  if (!existsSync(esbuild)) throw new Error('esbuild not found in node_modules/.bin (it ships with vite and tsx)');
  const js = execFileSync(
    esbuild,
    ['src/analysis/en/analyser.ts', '--bundle', '--minify', '--format=esm', '--platform=browser', '--target=es2022', ...external.map((e) => `--external:${e}`)],
    { cwd: root, maxBuffer: 64 * 1024 * 1024 },
  );
  return gzipSync(js, { level: 9 }).length;
}

export function benchAnalysis(samples = 2000): BenchResult[] {
  const { ctx, now } = foodRecallContext();
  const words = STATEMENT_200_WORDS.split(/\s+/).length;

  const compileTimes: number[] = [];
  for (let i = 0; i < 50; i++) {
    const t0 = performance.now();
    createAnalyser(ctx);
    compileTimes.push(performance.now() - t0);
  }

  const analyser = createAnalyser(ctx);
  // Hosts tell the analyser the channel a statement goes out on; these statements are public (a
  // press release), which spares the internal-act frames. The last timing reads one without it.
  const channel = 'press-release';
  for (let i = 0; i < 200; i++) analyser.annotate(STATEMENT_200_WORDS, { now }, channel); // warm up the JIT
  // Wall time, and the process's CPU time for the same calls: on a machine shared with other work
  // the wall time includes the time the process waited for a core; the CPU time does not.
  const times: number[] = [];
  const cpuTimes: number[] = [];
  for (let i = 0; i < samples; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    analyser.annotate(STATEMENT_200_WORDS, { now: now + i }, channel);
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpuTimes.push((c.user + c.system) / 1000);
  }

  // The same, over a rotation of different 200-word texts (the calibration statements of every
  // context run together), so no measurement sees the exact text of the one before.
  const rotation = rotatingTexts(words);
  const rotatingTimes: number[] = [];
  const rotatingCpu: number[] = [];
  for (let i = 0; i < samples; i++) {
    const text = rotation[i % rotation.length] ?? STATEMENT_200_WORDS;
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    analyser.annotate(text, { now }, channel);
    rotatingTimes.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    rotatingCpu.push((c.user + c.system) / 1000);
  }

  // The bench statement with no channel given (the CLI's score without --channel): read in full.
  const unknownCpu: number[] = [];
  for (let i = 0; i < samples; i++) {
    const c0 = process.cpuUsage();
    analyser.annotate(STATEMENT_200_WORDS, { now: now + i });
    const c = process.cpuUsage(c0);
    unknownCpu.push((c.user + c.system) / 1000);
  }

  // What the analyser adds beside the engine, which already ships zod and the scenario format (the
  // analyser reads the engine's annotation contract through src/engine/index.ts, like every layer).
  const withoutZod = bundleGzipBytes(['zod', '*/format/index.ts', '*/engine/index.ts']);
  const withZod = bundleGzipBytes([]);
  return [
    { name: `analyser: annotate a ${words}-word statement (median, one core)`, value: round(median(times), 3), unit: 'ms', note: `${samples} runs after warm-up; budget 2 ms` },
    { name: `analyser: annotate a ${words}-word statement (median CPU time, one core)`, value: round(median(cpuTimes), 3), unit: 'ms', note: 'process CPU time of the same runs; budget 2 ms' },
    { name: `analyser: annotate ${rotation.length} different ${words}-word texts (median, one core)`, value: round(median(rotatingTimes), 3), unit: 'ms', note: 'calibration statements run together' },
    { name: `analyser: annotate ${rotation.length} different ${words}-word texts (median CPU time, one core)`, value: round(median(rotatingCpu), 3), unit: 'ms', note: 'process CPU time of the same runs' },
    { name: `analyser: annotate a ${words}-word statement, channel not given (median CPU time, one core)`, value: round(median(unknownCpu), 3), unit: 'ms', note: 'read in full, internal acts included' },
    { name: 'analyser: compile a scenario context (median)', value: round(median(compileTimes), 3), unit: 'ms', note: 'once per scenario' },
    { name: 'analyser: bundle size added, gzipped (zod, the format and the engine already ship with the game)', value: round(withoutZod / 1024, 1), unit: 'KB', note: 'esbuild --bundle --minify, gzip -9; loaded lazily (the 150 KB budget ended with issue 9)' },
    { name: 'analyser: bundle size standalone incl. zod and the engine, gzipped', value: round(withZod / 1024, 1), unit: 'KB' },
  ];
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
