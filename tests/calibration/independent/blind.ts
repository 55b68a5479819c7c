/**
 * Writes a split's situations and statement texts without any label, rating or writer's note, for a
 * second annotator who labels blind (second-annotation/README.md). The statements are written to a
 * file, never printed, so the person running it does not read a split that is not to be read.
 *
 *   npx tsx tests/calibration/independent/blind.ts --split test --out /path/test-blind.yaml [--situations 0-6]
 */
import { writeFileSync } from 'node:fs';
import { stringify } from 'yaml';
import { SPLITS, loadSplit } from './evaluate.ts';

const args = process.argv.slice(2);
const valueOf = (flag: string): string | undefined => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
const split = SPLITS.find((s) => s === valueOf('--split'));
const out = valueOf('--out');
if (split === undefined || out === undefined) {
  process.stderr.write(`usage: blind.ts --split ${SPLITS.join('|')} --out FILE [--situations FIRST-LAST]\n`);
  process.exit(2);
}
const range = /^(\d+)-(\d+)$/.exec(valueOf('--situations') ?? '');
const situations = loadSplit(split).filter((_, i) => range === null || (i >= Number(range[1]) && i <= Number(range[2])));
const blind = situations.map((s) => ({
  id: s.id,
  crisisType: s.crisisType,
  cluster: s.cluster,
  severity: s.severity,
  organisation: s.organisation,
  summary: s.summary,
  affected: s.affected,
  statements: s.statements.map((t) => ({ id: t.id, channel: t.channel, text: t.text })),
}));
writeFileSync(out, stringify({ situations: blind }, { lineWidth: 110 }));
const count = blind.reduce((n, s) => n + s.statements.length, 0);
process.stdout.write(`${split}: ${blind.length} situations, ${count} statements written to ${out}\n`);
