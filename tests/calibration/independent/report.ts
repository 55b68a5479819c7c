/**
 * Agreement between the analyser (with the statement scorer) and the independent writers' labels.
 *
 *   npx tsx tests/calibration/independent/report.ts --split dev              # figures
 *   npx tsx tests/calibration/independent/report.ts --split train --show     # and each miss
 *   npx tsx tests/calibration/independent/report.ts --split dev --with-affected
 *   npx tsx tests/calibration/independent/report.ts --split dev --frames-only   # without the learned judge
 *
 *   npx tsx tests/calibration/independent/report.ts --split dev26,dev27,dev28,dev29,dev30,dev31 --model /tmp/m25.json  # pooled, another judge
 *
 * `--split test` is the frozen split: run it only to report figures, never while writing rules
 * (README.md beside this file). `--split dev2` is figures only too, the clean check while tuning.
 * `--show` refuses both.
 */
import { LABELLED_ELEMENTS, LABELLED_PENALTIES, READABLE_SPLITS, SPLITS, empathyOf, evaluateSplit, internalAgreement, loadJudge, loadSplit, macroF1, perCode, rankingAgreement, type Prf, type Split } from './evaluate.ts';

const args = process.argv.slice(2);
const valueOf = (flag: string): string | undefined => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
// Several splits, comma-separated, are pooled into one set of figures (dev26,dev27,… for the clean check).
const splitNames = (valueOf('--split') ?? 'dev').split(',');
const splits = splitNames.map((name) => SPLITS.find((s) => s === name));
const unknown = splitNames.filter((_, i) => splits[i] === undefined);
if (unknown.length > 0) {
  process.stderr.write(`--split must be one or more of ${SPLITS.join(', ')} (comma-separated); not ${unknown.join(', ')}\n`);
  process.exit(2);
}
const chosen = splits.filter((s): s is Split => s !== undefined);
const show = args.includes('--show');
const unreadable = chosen.filter((s) => !READABLE_SPLITS.includes(s));
if (show && unreadable.length > 0) {
  process.stderr.write(`--show is not available on the ${unreadable.join(', ')} split: its statements are not read while tuning (README.md beside this file).\n`);
  process.exit(2);
}
const withAffected = args.includes('--with-affected');
const framesOnly = args.includes('--frames-only');
// --model FILE: a judge written by train-model.ts --out (a learning-curve point, say) instead of the bundled one.
const modelFile = valueOf('--model');
const judge = modelFile === undefined ? {} : { judge: loadJudge(modelFile) };
const split = chosen.join('+');

const results = chosen.flatMap((s) => evaluateSplit(loadSplit(s), { withAffected, framesOnly, ...judge }));
const elements = perCode(results, LABELLED_ELEMENTS);
const penalties = perCode(results, LABELLED_PENALTIES);
const all = [...elements, ...penalties];

const pct = (x: number): string => x.toFixed(2);
function table(title: string, rows: readonly Prf[]): string {
  const lines = [`${title.padEnd(20)} support   P     R     F1    (tp fp fn)`];
  for (const r of rows) lines.push(`${r.code.padEnd(20)} ${String(r.support).padStart(7)}  ${pct(r.precision)}  ${pct(r.recall)}  ${pct(r.f1)}  (${r.tp} ${r.fp} ${r.fn})`);
  return lines.join('\n');
}

const situations = new Set(results.map((r) => r.situation.id)).size;
const out: string[] = [];
out.push(`split ${split}${modelFile === undefined ? '' : ` (judge ${modelFile})`}: ${results.length} statements in ${situations} situations; affected words given to the analyser: ${withAffected ? 'yes' : 'no'}; ${framesOnly ? 'frames alone' : 'frames and the learned judge'}`);
out.push('');
out.push(table('element', elements));
out.push(`macro-F1 elements ${pct(macroF1(elements))}`);
out.push('');
out.push(table('penalty', penalties));
out.push(`macro-F1 penalties ${pct(macroF1(penalties))}`);
out.push('');
out.push(`macro-F1 (16 codes) ${pct(macroF1(all))}   min element precision ${pct(Math.min(...elements.map((r) => r.precision)))}   (to three places: ${macroF1(all).toFixed(3)} / ${Math.min(...elements.map((r) => r.precision)).toFixed(3)})`);
const internal = internalAgreement(results);
out.push('');
out.push(table(`internal act (${internal.statements})`, internal.acts));
out.push(`internal acts exactly as labelled: ${pct(internal.exact)}`);
const ranking = rankingAgreement(results, empathyOf);
out.push('');
out.push(`empathy ranking within situations: ${ranking.agreement.toFixed(3)} over ${ranking.pairs} pairs (${ranking.tiedInScore} tied in score), internal-team statements excluded`);
process.stdout.write(`${out.join('\n')}\n`);

if (show) {
  for (const r of results) {
    const labels = new Set<string>([...r.statement.elements, ...r.statement.penalties]);
    const missed = [...labels].filter((c) => !r.found.has(c));
    const extra = [...r.found].filter((c) => !labels.has(c) && (LABELLED_ELEMENTS as readonly string[]).concat(LABELLED_PENALTIES).includes(c));
    const acts = r.statement.channel === 'internal-team' ? ` acts ${[...r.acts].join(',')} / ${(r.statement.internal ?? []).join(',')}` : '';
    process.stdout.write(
      `\n${r.statement.id} [${r.statement.channel}, ${r.situation.cluster}] rated ${r.statement.empathy} scored ${empathyOf(r)}${missed.length ? `  MISSED ${missed.join(',')}` : ''}${extra.length ? `  EXTRA ${extra.join(',')}` : ''}${acts}\n  ${r.statement.text}\n`,
    );
    for (const e of r.annotation.empathy) process.stdout.write(`    + ${e.element}${e.strength < 1 ? `(${e.strength})` : ''}: ${e.quote}\n`);
    for (const p of r.annotation.penalties) process.stdout.write(`    - ${p.kind}: ${p.quote}\n`);
  }
}
