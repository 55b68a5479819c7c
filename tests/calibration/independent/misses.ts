/**
 * Tuning aid: the statements of a split where one code was missed or found wrongly, with what the
 * analyser quoted. Refuses the splits that are figures only (test, dev2).
 *
 *   npx tsx tests/calibration/independent/misses.ts --split train --code corrective-action [--fp|--fn]
 */
import { READABLE_SPLITS, evaluateSplit, loadSplit, type Split } from './evaluate.ts';

const args = process.argv.slice(2);
const value = (flag: string): string | undefined => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
const split = (value('--split') ?? 'train') as Split;
if (!READABLE_SPLITS.includes(split)) {
  process.stderr.write(`misses.ts reads only the ${READABLE_SPLITS.join(', ')} splits: the others are figures only.\n`);
  process.exit(2);
}
const code = value('--code') ?? '';
const only = args.includes('--fp') ? 'fp' : args.includes('--fn') ? 'fn' : null;
for (const r of evaluateSplit(loadSplit(split))) {
  const labelled = [...r.statement.elements, ...r.statement.penalties, ...(r.statement.internal ?? [])].includes(code as never);
  const found = r.found.has(code) || r.acts.has(code);
  const kind = labelled && !found ? 'fn' : found && !labelled ? 'fp' : null;
  if (kind === null || (only !== null && only !== kind)) continue;
  const quotes = [...r.annotation.empathy.filter((e) => e.element === code).map((e) => e.quote), ...r.annotation.penalties.filter((p) => p.kind === code).map((p) => p.quote), ...r.annotation.internal.filter((a) => a.act === code).map((a) => a.quote)];
  process.stdout.write(`${kind.toUpperCase()} ${r.statement.id} [${r.statement.channel}]\n  ${r.statement.text}\n${quotes.map((q) => `  >> ${q}\n`).join('')}\n`);
}
