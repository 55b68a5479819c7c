/**
 * How far two people agree on the independent set, and where the analyser stands against each.
 *
 *   npx tsx tests/calibration/independent/human-agreement.ts --split dev2              # second reader against the writers
 *   npx tsx tests/calibration/independent/human-agreement.ts --split dev2 --analyser   # and the analyser against each reader
 *
 * The first table is a ceiling: an analyser cannot be expected to agree with the writers much
 * better than another careful reader does. Measures are those of report.ts (per-code P/R/F1 with the
 * writers' labels as the reference, macro-F1 over the 16 codes, within-situation ranking with a tie
 * counted one half, internal acts exactly as labelled), plus Cohen's kappa per code and how often
 * the two 1–7 ratings are equal or one apart. Without `--analyser` no statement is read by the
 * analyser, so running it on the test split is not a run of the analyser on test.
 */
import { LABELLED_ELEMENTS, LABELLED_PENALTIES, SPLITS, empathyOf, evaluateSplit, internalAgreement, loadSplit, macroF1, perCode, rankingAgreement, type Judged, type Prf, type Split } from './evaluate.ts';
import { hasSecond, kappa, loadSecond, relabelled, secondAgainstWriters } from './second.ts';

const args = process.argv.slice(2);
const split: Split | undefined = SPLITS.find((s) => s === args[args.indexOf('--split') + 1]);
if (!args.includes('--split') || split === undefined) {
  process.stderr.write(`--split must be one of ${SPLITS.join(', ')}\n`);
  process.exit(2);
}
if (!hasSecond(split)) {
  process.stderr.write(`the ${split} split has no second annotation (second/${split}.yaml)\n`);
  process.exit(2);
}
const CODES = [...LABELLED_ELEMENTS, ...LABELLED_PENALTIES];
const situations = loadSplit(split);
const second = loadSecond(split, situations);
const human = secondAgainstWriters(situations, second);

const f2 = (x: number): string => x.toFixed(2);
interface Summary {
  readonly macro: number;
  readonly minElementP: number;
  readonly ranking: number;
  readonly exact: number;
}
function summary<T extends Judged>(results: readonly T[], rows: readonly Prf[], score: (r: T) => number): Summary {
  const elementRows = rows.filter((r) => (LABELLED_ELEMENTS as readonly string[]).includes(r.code));
  return { macro: macroF1(rows), minElementP: Math.min(...elementRows.map((r) => r.precision)), ranking: rankingAgreement(results, score).agreement, exact: internalAgreement(results).exact };
}

const out: string[] = [];
const statements = human.length;
out.push(`split ${split}: ${statements} statements; second reader(s) against the writers (writers' labels as the reference)`);
out.push('');
out.push(`${'code'.padEnd(20)} writer  second   P     R     F1    kappa`);
const humanRows = perCode(human, CODES);
for (const row of humanRows) {
  out.push(`${row.code.padEnd(20)} ${String(row.support).padStart(6)}  ${String(row.tp + row.fp).padStart(6)}  ${f2(row.precision)}  ${f2(row.recall)}  ${f2(row.f1)}  ${f2(kappa(human, row.code))}`);
}
const ratingOf = new Map(human.map((r) => [r.statement.id, second.get(r.statement.id)?.empathy ?? 0]));
const secondRating = (r: Judged): number => ratingOf.get(r.statement.id) ?? 0;
const h = summary(human, humanRows, secondRating);
const rated = human.filter((r) => r.statement.channel !== 'internal-team');
const same = rated.filter((r) => secondRating(r) === r.statement.empathy).length;
const near = rated.filter((r) => Math.abs(secondRating(r) - r.statement.empathy) <= 1).length;
out.push('');
out.push(`macro-F1 (16 codes) ${f2(h.macro)}   min element precision ${f2(h.minElementP)}   internal acts exactly alike ${f2(h.exact)}`);
out.push(`empathy ranking (second reader's ratings against the writers', a tie one half) ${h.ranking.toFixed(3)}; ratings equal ${f2(same / rated.length)}, within one ${f2(near / rated.length)}`);

if (args.includes('--analyser')) {
  const analysed = evaluateSplit(situations);
  const writerRows = perCode(analysed, CODES);
  const asSecond = analysed.map((r) => ({ ...r, statement: relabelled(r.statement, second) }));
  const secondRows = perCode(asSecond, CODES);
  out.push('');
  out.push('F1 per code: second reader against the writers | analyser against the writers | analyser against the second reader');
  CODES.forEach((code, i) => {
    out.push(`${code.padEnd(20)} ${f2(humanRows[i]?.f1 ?? 0)}   ${f2(writerRows[i]?.f1 ?? 0)}   ${f2(secondRows[i]?.f1 ?? 0)}`);
  });
  const w = summary(analysed, writerRows, empathyOf);
  const s2 = summary(asSecond, secondRows, empathyOf);
  out.push('');
  out.push(`${'reference'.padEnd(44)} macro-F1  min element P  ranking  internal exact`);
  const line = (name: string, x: Summary): string => `${name.padEnd(44)} ${f2(x.macro).padStart(8)}  ${f2(x.minElementP).padStart(13)}  ${x.ranking.toFixed(3).padStart(7)}  ${f2(x.exact).padStart(14)}`;
  out.push(line('second reader against the writers', h));
  out.push(line('analyser against the writers', w));
  out.push(line('analyser against the second reader', s2));
}
process.stdout.write(`${out.join('\n')}\n`);
