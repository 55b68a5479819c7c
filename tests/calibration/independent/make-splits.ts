/**
 * Makes a later batch's splits from the writers' files, once, before any rule is tuned on them: per
 * writer, situations are shuffled with a fixed seed and some of them go to the batch's dev split,
 * the rest to its train split, so no situation is split across files. Statements are copied as the
 * writers wrote them; only the `writer:` header is dropped (the situation id carries it).
 *
 *   npx tsx tests/calibration/independent/make-splits.ts --batch 2 /path/to/w4.yaml /path/to/w5.yaml   # train2/dev2
 *   npx tsx tests/calibration/independent/make-splits.ts --batch 3 /path/to/w6.yaml ...                 # train3/dev3
 *
 * Refuses to overwrite existing split files: the splits are made once (README.md beside this file).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import { mulberry32 } from '../../../scripts/mulberry32.ts';

/**
 * Seed and situations per writer sent to dev, per batch, fixed before each batch was split: batch 2
 * sent three situations per writer to dev with seed 20261130; every later batch N sends two, with
 * seed 20261200 + N (batches 3 to 31 were made so; a new batch extends LAST_BATCH).
 */
const LAST_BATCH = 31;
function batchSettings(batch: number): { seed: number; devPerWriter: number } | undefined {
  if (batch === 2) return { seed: 20261130, devPerWriter: 3 };
  return Number.isInteger(batch) && batch >= 3 && batch <= LAST_BATCH ? { seed: 20261200 + batch, devPerWriter: 2 } : undefined;
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

interface WriterFile {
  readonly writer: string;
  readonly situations: readonly { readonly id: string }[];
}

const args = process.argv.slice(2);
const batchArg = args[0] === '--batch' ? args[1] : undefined;
const batch = Number(batchArg ?? '');
const settings = batchSettings(batch);
const files = args.slice(2);
if (settings === undefined || files.length === 0) {
  process.stderr.write(`usage: make-splits.ts --batch 2..${LAST_BATCH} <writer.yaml>...\n`);
  process.exit(2);
}
const { seed, devPerWriter } = settings;
const trainSplit = `train${batch}`;
const devSplit = `dev${batch}`;
const out: Record<string, unknown[]> = { [trainSplit]: [], [devSplit]: [] };
const random = mulberry32(seed);
for (const file of files) {
  const doc = parse(readFileSync(file, 'utf8')) as WriterFile;
  const order = shuffled(doc.situations, random);
  out[devSplit]?.push(...order.slice(0, devPerWriter));
  out[trainSplit]?.push(...order.slice(devPerWriter));
  process.stdout.write(`${doc.writer}: ${devSplit} ${order.slice(0, devPerWriter).map((s) => s.id).join(', ')}; ${trainSplit} ${order.slice(devPerWriter).map((s) => s.id).join(', ')}\n`);
}
for (const split of [trainSplit, devSplit]) {
  const target = fileURLToPath(new URL(`./${split}.yaml`, import.meta.url));
  if (existsSync(target)) {
    process.stderr.write(`${split}.yaml exists: the splits are made once.\n`);
    process.exit(1);
  }
  const header = `# Independent calibration set, ${split} split (batch ${batch}). See README.md beside this file for provenance.\n`;
  writeFileSync(target, header + stringify({ split, situations: out[split] ?? [] }, { lineWidth: 110 }));
}
