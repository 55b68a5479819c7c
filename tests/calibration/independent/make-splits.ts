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

/** Seed and situations per writer sent to dev, per batch, fixed before each batch was split. */
const BATCHES = {
  2: { seed: 20261130, devPerWriter: 3 },
  3: { seed: 20261203, devPerWriter: 2 },
  4: { seed: 20261204, devPerWriter: 2 },
  5: { seed: 20261205, devPerWriter: 2 },
  6: { seed: 20261206, devPerWriter: 2 },
  7: { seed: 20261207, devPerWriter: 2 },
  8: { seed: 20261208, devPerWriter: 2 },
  9: { seed: 20261209, devPerWriter: 2 },
  10: { seed: 20261210, devPerWriter: 2 },
  11: { seed: 20261211, devPerWriter: 2 },
  12: { seed: 20261212, devPerWriter: 2 },
  13: { seed: 20261213, devPerWriter: 2 },
} as const;
type Batch = keyof typeof BATCHES;

/** mulberry32: a small seeded generator, so the split can be made again from the same files. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
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
// The cast is safe: the key was just found among BATCHES' keys.
const batch = Object.keys(BATCHES).includes(batchArg ?? '') ? (Number(batchArg) as Batch) : undefined;
const files = args.slice(2);
if (batch === undefined || files.length === 0) {
  process.stderr.write(`usage: make-splits.ts --batch ${Object.keys(BATCHES).join('|')} <writer.yaml>...\n`);
  process.exit(2);
}
const { seed, devPerWriter } = BATCHES[batch];
const trainSplit = `train${batch}`;
const devSplit = `dev${batch}`;
const out: Record<string, unknown[]> = { [trainSplit]: [], [devSplit]: [] };
const random = seeded(seed);
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
