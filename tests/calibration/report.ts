/**
 * Prints the calibration figures: pairwise ranking agreement per dimension on the tuning part, the
 * held-out part and the whole set.
 *
 *   npx tsx tests/calibration/report.ts            # figures only
 *   npx tsx tests/calibration/report.ts --show     # and each tuning statement's scores and cues
 *
 * `--show` never prints held-out statements: they are not looked at while tuning.
 */
import { LABELLED_DIMENSIONS, loadCalibration, pairwiseAgreement, scoreAll, scoreOf, type Scored } from './calibration.ts';

const scored = scoreAll(loadCalibration());
const tuning = scored.filter((s) => !s.statement.holdout);
const holdout = scored.filter((s) => s.statement.holdout);

function row(name: string, set: readonly Scored[]): string {
  const cells = LABELLED_DIMENSIONS.map((d) => {
    const a = pairwiseAgreement(set, d);
    return `${d} ${a.accuracy.toFixed(3)} (${a.pairs} pairs)`;
  });
  return `${name.padEnd(8)} ${cells.join('   ')}`;
}

console.log(`statements: ${scored.length} (${tuning.length} tuning, ${holdout.length} held out)`);
console.log(row('tuning', tuning));
console.log(row('holdout', holdout));
console.log(row('all', scored));

if (process.argv.includes('--show')) {
  for (const s of tuning) {
    const a = s.annotation;
    const l = s.statement.labels;
    console.log(`\n${s.statement.id} [${s.statement.quality}] labels E${l.empathy} T${l.transparency} A${l.accuracy} → scores E${scoreOf(s, 'empathy')} T${scoreOf(s, 'transparency')} A${scoreOf(s, 'accuracy')}`);
    console.log(`  ${s.statement.text.slice(0, 160)}`);
    console.log(`  claims: ${a.claims.map((c) => `${c.fact}=${String(c.value)}${c.hedged ? '~' : ''}${c.update ? '^' : ''}`).join(', ')}`);
    console.log(`  empathy: ${a.empathy.map((e) => `${e.element}${e.strength < 1 ? `(${e.strength})` : ''}`).join(', ')}`);
    console.log(`  penalties: ${a.penalties.map((p) => `${p.kind}[${p.quote}]`).join(', ')}`);
    console.log(
      `  posture: ${a.posture?.value ?? '-'}; km: ${a.keyMessages.map((k) => `${k.id}(${k.similarity})`).join(', ')}; instr ${a.instructions.length}; unknowns ${a.unknowns.length}; next ${a.nextUpdate === null ? '-' : String(a.nextUpdate.at)}; contact ${a.contact === null ? '-' : 'y'}; commit ${a.commitment === null ? '-' : 'y'}; hedges ${a.hedges.length}; grade ${a.readability?.grade ?? '-'}`,
    );
  }
}
