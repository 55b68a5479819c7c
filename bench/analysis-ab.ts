/**
 * Two versions of the analyser in one process, alternated run by run on the same inputs, so a
 * loaded machine slows both alike: the way to tell whether a change made it faster when separate
 * bench runs differ by more than the change. Give it two checkouts (each with node_modules, or a
 * link to one):
 *
 *   npx tsx bench/analysis-ab.ts /path/to/main-checkout /path/to/branch-checkout [runs]
 *
 * Prints, for the bench statement and for the rotation of different 200-word texts, the median and
 * the 10th percentile of each version's times and their ratio (B/A below 1: B is faster). The 10th
 * percentile is the figure least disturbed by waiting for a core.
 */
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AnalysisContext, StatementAnnotator } from '../src/engine/index.ts';
import { analysisContextOf, momentOf, readCalibrationFile } from '../tests/calibration/contexts.ts';
import { rotatingTexts, STATEMENT_200_WORDS } from './analysis.ts';

type Create = (ctx: AnalysisContext) => StatementAnnotator;

async function analyserIn(dir: string): Promise<Create> {
  const module: unknown = await import(pathToFileURL(resolve(dir, 'src/analysis/en/analyser.ts')).href);
  const create = (module as { createAnalyser?: unknown }).createAnalyser;
  if (typeof create !== 'function') throw new Error(`${dir}: src/analysis/en/analyser.ts exports no createAnalyser`);
  return create as Create;
}

function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) * q)] ?? 0;
}

export async function compare(dirA: string, dirB: string, runs = 3000): Promise<string[]> {
  const entry = readCalibrationFile().contexts['food-recall'];
  if (entry === undefined) throw new Error('calibration context food-recall is missing');
  const ctx = analysisContextOf(entry);
  const now = momentOf(entry);
  const a = (await analyserIn(dirA))(ctx);
  const b = (await analyserIn(dirB))(ctx);
  const rotation = rotatingTexts(STATEMENT_200_WORDS.split(/\s+/).length);
  // Both read the texts as public statements (a press release), as the game tells the analyser;
  // a checkout from before the channel was passed reads them in full.
  const channel = 'press-release';
  for (let i = 0; i < 300; i++) for (const x of [a, b]) x.annotate(STATEMENT_200_WORDS, { now }, channel); // warm up the JIT
  const times = { single: [[], []] as number[][], rotating: [[], []] as number[][] };
  const timed = (x: StatementAnnotator, text: string, at: number, into: number[]): void => {
    const t0 = performance.now();
    x.annotate(text, { now: at }, channel);
    into.push(performance.now() - t0);
  };
  for (let i = 0; i < runs; i++) {
    // Which goes first alternates too, so neither always runs right after the other.
    const order = i % 2 === 0 ? [0, 1] : [1, 0];
    for (const k of order) timed(k === 0 ? a : b, STATEMENT_200_WORDS, now + i, times.single[k] ?? []);
    const text = rotation[i % rotation.length] ?? STATEMENT_200_WORDS;
    for (const k of order) timed(k === 0 ? a : b, text, now, times.rotating[k] ?? []);
  }
  const line = (name: string, [ta = [], tb = []]: number[][]): string => {
    const cells = [0.5, 0.1].map((q) => {
      const [x, y] = [quantile(ta, q), quantile(tb, q)];
      return `${q === 0.5 ? 'median' : 'p10'} A ${x.toFixed(3)} ms, B ${y.toFixed(3)} ms (B/A ${(y / x).toFixed(3)})`;
    });
    return `${name}: ${cells.join('; ')}`;
  };
  return [
    `load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}; ${runs} runs each`,
    line('200-word statement', times.single),
    line(`${rotation.length} different 200-word texts`, times.rotating),
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [dirA, dirB, runs] = process.argv.slice(2);
  if (dirA === undefined || dirB === undefined) throw new Error('usage: npx tsx bench/analysis-ab.ts CHECKOUT_A CHECKOUT_B [runs]');
  for (const line of await compare(dirA, dirB, runs === undefined ? undefined : Number(runs))) process.stdout.write(`${line}\n`);
}
