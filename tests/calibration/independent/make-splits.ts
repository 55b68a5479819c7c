/**
 * Makes the second batch's splits (train2, dev2) from the writers' files, once, before any rule is
 * tuned on them: per writer, situations are shuffled with a fixed seed and `DEV_PER_WRITER` of them
 * go to dev2, the rest to train2, so no situation is split across files. Statements are copied as
 * the writers wrote them; only the `writer:` header is dropped (the situation id carries it).
 *
 *   npx tsx tests/calibration/independent/make-splits.ts /path/to/w4.yaml /path/to/w5.yaml
 *
 * Refuses to overwrite existing split files: the splits are made once (README.md beside this file).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';

const SEED = 20261130;
const DEV_PER_WRITER = 3;

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

const files = process.argv.slice(2);
if (files.length === 0) {
  process.stderr.write('usage: make-splits.ts <writer.yaml>...\n');
  process.exit(2);
}
const out = { train2: [] as unknown[], dev2: [] as unknown[] };
const random = seeded(SEED);
for (const file of files) {
  const doc = parse(readFileSync(file, 'utf8')) as WriterFile;
  const order = shuffled(doc.situations, random);
  out.dev2.push(...order.slice(0, DEV_PER_WRITER));
  out.train2.push(...order.slice(DEV_PER_WRITER));
  process.stdout.write(`${doc.writer}: dev2 ${order.slice(0, DEV_PER_WRITER).map((s) => s.id).join(', ')}; train2 ${order.slice(DEV_PER_WRITER).map((s) => s.id).join(', ')}\n`);
}
for (const split of ['train2', 'dev2'] as const) {
  const target = fileURLToPath(new URL(`./${split}.yaml`, import.meta.url));
  if (existsSync(target)) {
    process.stderr.write(`${split}.yaml exists: the splits are made once.\n`);
    process.exit(1);
  }
  const header = `# Independent calibration set, ${split} split (second batch). See README.md beside this file for provenance.\n`;
  writeFileSync(target, header + stringify({ split, situations: out[split] }, { lineWidth: 110 }));
}
