/**
 * Trains the learned judge (src/analysis/en/learned/) on the train splits and the older dev splits
 * (`TRAINING_SPLITS`), and writes its weights to src/analysis/en/learned/model-en.json. Never reads
 * test or a clean dev split.
 *
 *   npx tsx tests/calibration/independent/train-model.ts            # train and write the model
 *   npx tsx tests/calibration/independent/train-model.ts --dry-run  # cross-validated figures only
 *   npx tsx tests/calibration/independent/train-model.ts --codes threat,humour  # retrain those codes in the model file
 *   npx tsx tests/calibration/independent/train-model.ts --without dev --fraction 0.25 --out /tmp/m25.json  # a learning-curve point
 *   npx tsx tests/calibration/independent/train-model.ts --without dev --weigh w1,w2,w3:4 --out /tmp/w4.json  # those writers count four times
 *
 * Per labelled element and penalty: a logistic model over the statement's features (its words, scaled
 * by 1/√count, what the frames found and the cluster: learned/features.ts). Positive statements are
 * weighted up to balance the rare codes; L2-regularised; fitted by L-BFGS. Then only the `KEEP`
 * features with the largest weights are kept and the model is fitted again on them, so the file
 * stays small. Three thresholds are chosen by 5-fold cross-validation over situations (a situation
 * is never split between folds), with the same fit-prune-refit in each fold: in a statement of
 * MIN_WORDS words or more, the one a frame's cue must reach to stand (`keep`) and the one a code no
 * frame quoted must reach to be added (`add`); in a shorter one, where every frame's cue stands, the
 * one for adding a code (`addShort`, held to a strict precision, or never). Internal-team statements
 * are left out: the scorer does not read the team's own talk for elements or penalties.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ANALYSER_VERSION, createAnalyser } from '../../../src/analysis/index.ts';
import { readDocument } from '../../../src/analysis/en/document.ts';
import { statementFeatures } from '../../../src/analysis/en/learned/features.ts';
import { wordCount } from '../../../src/analysis/en/learned/judge.ts';
import { LearnedModel, wordScale } from '../../../src/analysis/en/learned/model.ts';
import { LABELLED_ELEMENTS, LABELLED_PENALTIES, loadSplit, type LabelledStatement, type Split } from './evaluate.ts';
import { hasSecond, loadSecond, relabelled, type SecondLabel } from './second.ts';
import { lbfgs } from './lbfgs.ts';

/**
 * Every train split and the older dev splits (dev, dev2 to dev25): those dev splits chose the
 * judge's settings (features, sizes, thresholds' rules) while no model was trained on them, then
 * joined the training data, as held-out data does once it has done its job. Never test or a clean
 * dev split (`CLEAN_DEV_SPLITS`, evaluate.ts).
 */
export const TRAINING_SPLITS: readonly Split[] = ['train', 'dev', 'train2', 'train3', 'train4', 'train5', 'train6', 'train7', 'train8', 'train9', 'train10', 'train11', 'train12', 'train13', 'train14', 'train15', 'train16', 'train17', 'train18', 'train19', 'train20', 'train21', 'train22', 'train23', 'train24', 'train25', 'train26', 'train27', 'train28', 'train29', 'train30', 'train31', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'dev11', 'dev12', 'dev13', 'dev14', 'dev15', 'dev16', 'dev17', 'dev18', 'dev19', 'dev20', 'dev21', 'dev22', 'dev23', 'dev24', 'dev25'];
const CODES = [...LABELLED_ELEMENTS, ...LABELLED_PENALTIES];
/**
 * Chosen by the cross-validated macro-F1 on the training splits (docs/analyser.md, "The learned
 * judge"): word features scaled by 1/√count with L2 5e-5 (0.829) against unscaled with L2 0.01 and
 * 5e-4 on the frames' features (0.826), scaled with L2 2e-4 (0.804), 1e-3 (0.777) and 0.01 (0.738).
 */
const L2 = 0.00005;
const FIXED_L2 = 0.00005;
/**
 * The L2 strength on the weights of the statement's average word vector (learned/vectors.ts). Those
 * few dozen values are dense and of length one, so they are regularised like the words they average.
 */
const DENSE_L2 = 0.00005;
const SCALING: LearnedModel['wordScaling'] = 'sqrt';
/** Below this many words every frame's cue stands and the model may only add a code (learned/judge.ts). */
const MIN_WORDS = 25;
/** Below this many words the model adds nothing either (learned/model.ts, `addFromWords`). */
const ADD_FROM_WORDS = 12;
/**
 * 1,600 features per code doubled the file for no gain on the clean dev splits (0.822 against 0.820)
 * in session 7. With en-12's word clusters there are more useful features to keep: on batches 1-25,
 * 1,200 against 800 gave cross-validated 0.876 against 0.873 and clean dev2-dev25 pooled 0.864 / 0.85
 * against 0.863 / 0.84 (measured with cluster pairs, since dropped; docs/analyser.md, session 9).
 */
const KEEP = 1200;
const MIN_COUNT = 2;
const FOLDS = 5;
const THRESHOLDS = Array.from({ length: 19 }, (_, i) => 0.05 + i * 0.05);
/**
 * Elements must be precise (issue 9 asks 0.90 each), so their thresholds keep out-of-fold precision
 * at or above this. 0.92 cost more than it bought: on the clean dev splits it lifted the elements'
 * precision by about 0.04 but dropped corrective action's recall from 0.91 to 0.68, harm's from 0.84
 * to 0.63 and explanation's from 0.54 to 0.29 (macro-F1 0.793 against 0.820; docs/analyser.md).
 */
const ELEMENT_PRECISION = 0.85;

interface Example {
  readonly situation: string;
  readonly fold: number;
  readonly labels: ReadonlySet<string>;
  /** Distinct word features (scaled together by 1/√count). */
  readonly words: readonly string[];
  /** Distinct words of the frames' quoted sentences, per code (scaled together by 1/√count). */
  readonly quoted: readonly string[];
  /** What the frames found and the cluster. */
  readonly fixed: readonly string[];
  /** Codes a frame quoted somewhere in the statement. */
  readonly framed: ReadonlySet<string>;
  /** Under MIN_WORDS words. */
  readonly short: boolean;
  /** The statement's average word vector (learned/vectors.ts). */
  readonly vector: Float64Array;
  /** How many times the statement counts in the fit (`--weigh`; 1 unless asked). */
  readonly weight?: number;
}

/**
 * Whose labels the judge learns from: the writer's own (`writers`), the second, blind reader's
 * (`second`), a code either of them labelled (`either`) or both did (`both`).
 */
export const LABEL_SOURCES = ['writers', 'second', 'either', 'both'] as const;
export type LabelSource = (typeof LABEL_SOURCES)[number];

function labelsOf(statement: LabelledStatement, second: ReadonlyMap<string, SecondLabel> | null, source: LabelSource): Set<string> {
  const writer = new Set<string>([...statement.elements, ...statement.penalties]);
  if (second === null || source === 'writers') return writer;
  const read = relabelled(statement, second);
  const other = new Set<string>([...read.elements, ...read.penalties]);
  if (source === 'second') return other;
  if (source === 'either') return new Set([...writer, ...other]);
  return new Set([...writer].filter((c) => other.has(c)));
}

/** Every readable, public statement with its features as the analyser's frames (without the judge) see it. */
export function examples(splits: readonly Split[], source: LabelSource = 'writers'): Example[] {
  const out: Example[] = [];
  const seconds = new Map<string, ReadonlyMap<string, SecondLabel>>();
  const situations = splits
    .flatMap((split) => {
      const loaded = loadSplit(split);
      if (source !== 'writers') {
        if (!hasSecond(split)) throw new Error(`${split} has no second annotation to learn '${source}' labels from`);
        const second = loadSecond(split, loaded);
        for (const s of loaded) seconds.set(s.id, second);
      }
      return loaded;
    })
    .sort((a, b) => a.id.localeCompare(b.id));
  situations.forEach((situation, index) => {
    const second = seconds.get(situation.id) ?? null;
    const frames = createAnalyser(
      { language: 'en', cluster: situation.cluster, severity: situation.severity, clockStart: null, facts: [], keyMessages: [], victimTerms: [], avoidTerms: [], organisation: [situation.organisation] },
      { judge: null },
    );
    for (const statement of situation.statements) {
      if (statement.channel === 'internal-team') continue;
      const annotation = frames.annotate(statement.text, { now: 0 });
      const cues = [...annotation.empathy.map((e) => ({ code: e.element, quote: e.quote })), ...annotation.penalties.map((p) => ({ code: p.kind, quote: p.quote }))];
      const doc = readDocument(statement.text);
      const short = wordCount(doc) < MIN_WORDS;
      const features = statementFeatures(doc, cues, situation.cluster);
      out.push({
        situation: situation.id,
        fold: index % FOLDS,
        labels: labelsOf(statement, second, source),
        words: features.words,
        quoted: features.quoted,
        fixed: features.fixed,
        framed: new Set(cues.map((c) => c.code)),
        short,
        vector: features.vector,
      });
    }
  });
  return out;
}

interface Fitted {
  readonly bias: number;
  readonly weights: Map<string, number>;
  /** Weights of the statement's average word vector. */
  readonly dense: Float64Array;
}

/** Balanced, L2-regularised logistic regression, by L-BFGS. */
function fit(rows: readonly Example[], code: string, vocabulary: readonly string[]): Fitted {
  const index = new Map(vocabulary.map((f, i) => [f, i]));
  const indices = (features: readonly string[]): Int32Array => Int32Array.from(features.flatMap((f) => (index.has(f) ? [index.get(f) ?? 0] : [])));
  const words = rows.map((r) => indices(r.words));
  const scales = rows.map((r) => wordScale(r.words.length, SCALING));
  const quoted = rows.map((r) => indices(r.quoted));
  const quotedScales = rows.map((r) => wordScale(r.quoted.length, SCALING));
  const isFixed = vocabulary.map((f) => !f.startsWith('u:') && !f.startsWith('b:') && !f.startsWith('pv:') && !f.startsWith('q:') && !f.startsWith('c:'));
  const fixed = rows.map((r) => indices(r.fixed));
  const y = rows.map((r) => (r.labels.has(code) ? 1 : 0));
  const n = rows.length;
  const positives = Math.max(1, y.reduce<number>((a, b) => a + b, 0));
  const weightOf = y.map((v, i) => (v === 1 ? n / (2 * positives) : 1) * (rows[i]?.weight ?? 1));
  // The loss is an average over the statements as weighted: with every weight 1 that is over n.
  const total = rows.reduce((sum, r) => sum + (r.weight ?? 1), 0);
  const dims = rows[0]?.vector.length ?? 0;
  const vectors = rows.map((r) => r.vector);
  // Layout: the vocabulary's weights, then the vector's, then the bias.
  const denseAt = vocabulary.length;
  const dim = vocabulary.length + dims + 1;
  const bias = dim - 1;
  const objective = (w: Float64Array, grad: Float64Array): number => {
    grad.fill(0);
    let loss = 0;
    for (let i = 0; i < n; i++) {
      const xw = words[i] ?? new Int32Array();
      const xf = fixed[i] ?? new Int32Array();
      const scale = scales[i] ?? 0;
      const xq = quoted[i] ?? new Int32Array();
      const qScale = quotedScales[i] ?? 0;
      let fromWords = 0;
      for (const j of xw) fromWords += w[j] ?? 0;
      let fromQuoted = 0;
      for (const j of xq) fromQuoted += w[j] ?? 0;
      let z = (w[bias] ?? 0) + scale * fromWords + qScale * fromQuoted;
      for (const j of xf) z += w[j] ?? 0;
      const v = vectors[i] ?? new Float64Array();
      for (let d = 0; d < dims; d++) z += (w[denseAt + d] ?? 0) * (v[d] ?? 0);
      const yi = y[i] ?? 0;
      const cw = weightOf[i] ?? 1;
      // log(1 + e^z) - y z, computed without overflow.
      loss += cw * ((z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z))) - yi * z);
      const r = (cw * (1 / (1 + Math.exp(-z)) - yi)) / total;
      for (const j of xw) grad[j] = (grad[j] ?? 0) + r * scale;
      for (const j of xq) grad[j] = (grad[j] ?? 0) + r * qScale;
      for (const j of xf) grad[j] = (grad[j] ?? 0) + r;
      for (let d = 0; d < dims; d++) grad[denseAt + d] = (grad[denseAt + d] ?? 0) + r * (v[d] ?? 0);
      grad[bias] = (grad[bias] ?? 0) + r;
    }
    loss /= total;
    for (let j = 0; j < bias; j++) {
      const wj = w[j] ?? 0;
      const l2 = j >= denseAt ? DENSE_L2 : isFixed[j] === true ? FIXED_L2 : L2;
      loss += 0.5 * l2 * wj * wj;
      grad[j] = (grad[j] ?? 0) + l2 * wj;
    }
    return loss;
  };
  const w = lbfgs(objective, new Float64Array(dim), { maxIterations: 300 });
  const weights = new Map<string, number>();
  vocabulary.forEach((f, j) => weights.set(f, w[j] ?? 0));
  return { bias: w[bias] ?? 0, weights, dense: w.slice(denseAt, denseAt + dims) };
}

/** Fit, keep the `KEEP` largest weights, fit again on those alone. */
function fitPruned(rows: readonly Example[], code: string, vocabulary: readonly string[]): Fitted {
  const full = fit(rows, code, vocabulary);
  const kept = [...full.weights.entries()].sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || a[0].localeCompare(b[0])).slice(0, KEEP).map(([f]) => f).sort();
  return fit(rows, code, kept);
}

function probabilityOf(model: Fitted, row: Example): number {
  let fromWords = 0;
  for (const f of row.words) fromWords += model.weights.get(f) ?? 0;
  let fromQuoted = 0;
  for (const f of row.quoted) fromQuoted += model.weights.get(f) ?? 0;
  let z = model.bias + wordScale(row.words.length, SCALING) * fromWords + wordScale(row.quoted.length, SCALING) * fromQuoted;
  for (const f of row.fixed) z += model.weights.get(f) ?? 0;
  for (let d = 0; d < model.dense.length; d++) z += (model.dense[d] ?? 0) * (row.vector[d] ?? 0);
  return 1 / (1 + Math.exp(-z));
}

function vocabularyOf(rows: readonly Example[]): string[] {
  const counts = new Map<string, number>();
  for (const r of rows) for (const f of [...r.words, ...r.quoted, ...r.fixed]) counts.set(f, (counts.get(f) ?? 0) + 1);
  return [...counts.entries()].filter(([, c]) => c >= MIN_COUNT).map(([f]) => f).sort();
}

function f1(tp: number, fp: number, fn: number): number {
  return tp === 0 ? (fp + fn === 0 ? 1 : 0) : (2 * tp) / (2 * tp + fp + fn);
}

export interface CodeReport {
  readonly code: string;
  readonly keep: number;
  readonly add: number;
  readonly crossValidatedF1: number;
  readonly precision: number;
}

interface OutOfFold {
  readonly p: number;
  readonly y: boolean;
  /** Whether a frame gave a cue for the code. */
  readonly framed: boolean;
  readonly short: boolean;
}

/**
 * Two thresholds per code: one a frame's cue must reach to stand, one a code no frame quoted must
 * reach to be added. For a penalty, the pair with the best out-of-fold F1; for an element, see
 * betterForElement.
 */
interface Candidate {
  readonly f1: number;
  readonly precision: number;
  readonly tp: number;
}

/**
 * For an element: a pair at or above ELEMENT_PRECISION beats any below it, and among those F1
 * decides; when none reaches it, the most precise pair that still finds a tenth of the positives.
 */
function betterForElement(c: Candidate, best: Candidate, positives: number): boolean {
  const meets = (x: Candidate): boolean => x.precision >= ELEMENT_PRECISION;
  const finds = (x: Candidate): boolean => x.tp >= 0.1 * positives;
  if (!finds(c)) return false;
  if (!finds(best)) return true;
  if (meets(c) !== meets(best)) return meets(c);
  if (meets(c)) return c.f1 > best.f1 + 1e-9;
  return c.precision > best.precision + 1e-9 || (Math.abs(c.precision - best.precision) <= 1e-9 && c.f1 > best.f1 + 1e-9);
}

/**
 * How precise a short statement's added codes must be out of fold, as the lower bound of a one-sided
 * 95% Wilson interval (so a threshold is not chosen on a handful of statements): a one-liner wrongly
 * penalised is the error a trainee notices most.
 */
const SHORT_ADD_PRECISION = 0.75;

/** Lower bound of the one-sided 95% Wilson interval for k successes in n. */
function wilsonLower(k: number, n: number): number {
  if (n === 0) return 0;
  const z = 1.645;
  const p = k / n;
  const centre = p + (z * z) / (2 * n);
  const margin = z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  return (centre - margin) / (1 + (z * z) / n);
}

function counts(outOfFold: readonly OutOfFold[], on: (o: OutOfFold) => boolean): { tp: number; fp: number; fn: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const o of outOfFold) {
    const found = on(o);
    if (found && o.y) tp++;
    else if (found) fp++;
    else if (o.y) fn++;
  }
  return { tp, fp, fn };
}

/**
 * The threshold above which the model adds a code to a statement under MIN_WORDS words (a frame's
 * cue there always stands): the one with the best F1 on those statements among those whose additions
 * are precise enough (SHORT_ADD_PRECISION); 1.01 (never) when none is.
 */
function chooseShortThreshold(outOfFold: readonly OutOfFold[]): number {
  const short = outOfFold.filter((o) => o.short);
  const framesAlone = counts(short, (o) => o.framed);
  let best = { addShort: 1.01, f1: f1(framesAlone.tp, framesAlone.fp, framesAlone.fn) };
  for (const addShort of THRESHOLDS) {
    const added = counts(short.filter((o) => !o.framed), (o) => o.p >= addShort);
    if (wilsonLower(added.tp, added.tp + added.fp) < SHORT_ADD_PRECISION) continue;
    const all = counts(short, (o) => o.framed || o.p >= addShort);
    const score = f1(all.tp, all.fp, all.fn);
    if (score > best.f1 + 1e-9) best = { addShort, f1: score };
  }
  return best.addShort;
}

/**
 * The codes the model may add to a short statement, each still held to the precision test above
 * (`chooseShortThreshold`; a code that fails it is never added): the penalties that are a matter of
 * set wording (comment, further, if anyone, a handful), which a frame reads the same way. On batches
 * 1-21 the test also admitted agentless passive, and with batches 1-31 it admits victim blaming,
 * hedged harm and threat too; they are left out, because whether a short sentence does them
 * turns on who did what to whom, which the frames read clause by clause and a bag of words cannot:
 * with them, "Customers who have not yet changed their password should do so now." was judged to
 * blame the customers and "The tank was not inspected in March because we cancelled the contract."
 * to hide the agent it names. Humour also passed it out of fold, but its weights lean on single
 * words ("look" alone pushed "It is too early to draw any conclusions, and we are looking into the
 * matter." over the line as a joke). Elements are never added to a short statement: a few words
 * cannot show a step or a cause the frames did not read.
 */
const SHORT_ADD_CODES: ReadonlySet<string> = new Set(['no-comment', 'minimising', 'conditional-apology']);

function chooseThresholds(outOfFold: readonly OutOfFold[], element: boolean, code: string): { keep: number; add: number; addShort: number; f1: number; precision: number } {
  const addShort = SHORT_ADD_CODES.has(code) ? chooseShortThreshold(outOfFold) : 1.01;
  let best = { keep: 0.5, add: 0.5, addShort, f1: -1, precision: 0, tp: 0 };
  const positives = outOfFold.filter((o) => o.y).length;
  for (const keep of THRESHOLDS) {
    for (const add of THRESHOLDS) {
      const { tp, fp, fn } = counts(outOfFold, (o) => (o.short ? o.framed || o.p >= addShort : o.p >= (o.framed ? keep : add)));
      const score = f1(tp, fp, fn);
      const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
      const better = element ? betterForElement({ f1: score, precision, tp }, best, positives) : score > best.f1 + 1e-9;
      if (better) best = { keep: Math.round(keep * 100) / 100, add: Math.round(add * 100) / 100, addShort, f1: score, precision, tp };
    }
  }
  return best;
}

export function train(rows: readonly Example[], only: readonly string[] = CODES): { model: LearnedModel; report: CodeReport[] } {
  const codes: LearnedModel['codes'] = {};
  const report: CodeReport[] = [];
  for (const code of CODES.filter((c) => only.includes(c))) {
    // Out-of-fold probabilities, each fold's model fitted (and pruned) without that fold's situations.
    const outOfFold: OutOfFold[] = [];
    for (let k = 0; k < FOLDS; k++) {
      const trainRows = rows.filter((r) => r.fold !== k);
      const model = fitPruned(trainRows, code, vocabularyOf(trainRows));
      for (const r of rows) if (r.fold === k) outOfFold.push({ p: probabilityOf(model, r), y: r.labels.has(code), framed: r.framed.has(code), short: r.short });
    }
    const element = (LABELLED_ELEMENTS as readonly string[]).includes(code);
    const best = chooseThresholds(outOfFold, element, code);
    // Where the judge does no better than the frames alone on the same statements, the frames stand.
    let ftp = 0;
    let ffp = 0;
    let ffn = 0;
    for (const o of outOfFold) {
      if (o.framed && o.y) ftp++;
      else if (o.framed) ffp++;
      else if (o.y) ffn++;
    }
    const framesF1 = f1(ftp, ffp, ffn);
    const framesPrecision = ftp + ffp === 0 ? 1 : ftp / (ftp + ffp);
    // An element's frames must also be precise enough on their own (ELEMENT_PRECISION) to be left alone.
    if (best.f1 <= framesF1 + 0.01 && (!element || framesPrecision >= ELEMENT_PRECISION)) {
      process.stderr.write(`${code}: left to the frames (judge ${best.f1.toFixed(2)}, frames ${framesF1.toFixed(2)} cross-validated F1)\n`);
      report.push({ code, keep: 0, add: 1, crossValidatedF1: framesF1, precision: framesPrecision });
      continue;
    }
    const model = fitPruned(rows, code, vocabularyOf(rows));
    const weights: Record<string, number> = {};
    for (const [f, w] of model.weights) if (w !== 0) weights[f] = Math.round(w * 1e4) / 1e4;
    const addShort = best.addShort <= 1 ? Math.round(best.addShort * 100) / 100 : undefined;
    const dense = Array.from(model.dense, (x) => Math.round(x * 1e4) / 1e4);
    codes[code] = { bias: Math.round(model.bias * 1e4) / 1e4, keep: best.keep, add: best.add, ...(addShort === undefined ? {} : { addShort }), weights, ...(dense.length === 0 ? {} : { dense }) };
    report.push({ code, keep: best.keep, add: best.add, crossValidatedF1: best.f1, precision: best.precision });
    process.stderr.write(`${code}: keep a frame's cue from ${best.keep}, add one from ${best.add} (short ${best.addShort <= 1 ? best.addShort.toFixed(2) : 'never'}); cross-validated F1 ${best.f1.toFixed(2)} (frames alone ${framesF1.toFixed(2)}), precision ${best.precision.toFixed(2)}\n`);
  }
  return { model: { analyser: ANALYSER_VERSION, minWords: MIN_WORDS, addFromWords: ADD_FROM_WORDS, wordScaling: SCALING, trainedOn: { splits: [...TRAINING_SPLITS], statements: rows.length, l2: L2, featuresPerCode: KEEP }, codes }, report };
}

/**
 * A situation's place in [0, 1), from its id alone (FNV-1a): `--fraction F` keeps the situations
 * under F, so a learning curve's smaller sets are nested in its larger ones and the same on every run.
 */
export function situationShare(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return h / 0x100000000;
}

if (import.meta.url === `file://${process.argv[1] ?? ''}` || process.argv[1]?.endsWith('train-model.ts') === true) {
  const args = process.argv.slice(2);
  const valueOf = (flag: string): string | undefined => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
  const source = LABEL_SOURCES.find((s) => s === (valueOf('--labels') ?? 'writers'));
  if (source === undefined) throw new Error(`--labels must be one of ${LABEL_SOURCES.join(', ')}`);
  // Held-out splits check a choice (the label source) on writers the rest of the training set does not include.
  const without = new Set((valueOf('--without') ?? '').split(',').filter((s) => s !== ''));
  const splits = TRAINING_SPLITS.filter((s) => !without.has(s));
  const fraction = Number(valueOf('--fraction') ?? '1');
  if (!(fraction > 0 && fraction <= 1)) throw new Error('--fraction must be a number above 0 and at most 1');
  // --weigh w1,w2,w3:4 counts those writers' statements four times in the fit (thresholds are still
  // chosen on every statement once): does leaning toward the test split's writers read them better?
  const weigh = valueOf('--weigh')?.split(':');
  const weighed = new Set((weigh?.[0] ?? '').split(',').filter((w) => w !== ''));
  const times = Number(weigh?.[1] ?? '1');
  if (weigh !== undefined && (weighed.size === 0 || !(times > 0))) throw new Error('--weigh must be writers and a factor, as in w1,w2,w3:4');
  // An experiment's judge is written elsewhere: the bundled file is always the whole training set, once each.
  if ((fraction !== 1 || weighed.size > 0) && valueOf('--out') === undefined && !args.includes('--dry-run')) throw new Error('--fraction and --weigh need --out FILE (or --dry-run): the bundled model is trained on every statement, each once');
  const writerOf = (situation: string): string => situation.split('-')[0] ?? '';
  const rows = examples(splits, source)
    .filter((r) => fraction === 1 || situationShare(r.situation) < fraction)
    .map((r) => (weighed.has(writerOf(r.situation)) ? { ...r, weight: times } : r));
  process.stderr.write(`${rows.length} statements from ${splits.join(', ')}${fraction === 1 ? '' : ` (the situations whose share is under ${fraction})`}${weighed.size === 0 ? '' : `, ${[...weighed].join(',')} counted ${times} times`}, ${source} labels\n`);
  // --codes retrains only those codes and writes them into the existing model file, in place of its
  // own: codes are trained independently of each other, so the result is the file a whole run writes.
  const only = valueOf('--codes')?.split(',').filter((c) => c !== '');
  const unknown = (only ?? []).filter((c) => !CODES.includes(c as (typeof CODES)[number]));
  if (unknown.length > 0) throw new Error(`--codes: ${unknown.join(', ')} not among ${CODES.join(', ')}`);
  const { model, report } = train(rows, only ?? CODES);
  const macro = report.reduce((s, r) => s + r.crossValidatedF1, 0) / report.length;
  process.stdout.write(`cross-validated macro-F1 over ${report.length} codes: ${macro.toFixed(3)}\n`);
  if (!args.includes('--dry-run')) {
    const target = valueOf('--out') ?? fileURLToPath(new URL('../../../src/analysis/en/learned/model-en.json', import.meta.url));
    let written = model;
    if (only !== undefined) {
      const existing = LearnedModel.parse(JSON.parse(readFileSync(target, 'utf8')));
      if (existing.analyser !== model.analyser || existing.trainedOn.statements !== model.trainedOn.statements) throw new Error(`--codes: ${target} was trained on other frames or other statements; train every code`);
      const codes: LearnedModel['codes'] = {};
      for (const code of CODES) {
        const m = only.includes(code) ? model.codes[code] : existing.codes[code];
        if (m !== undefined) codes[code] = m;
      }
      written = { ...existing, codes };
    }
    writeFileSync(target, `${JSON.stringify(written)}\n`);
    process.stdout.write(`written ${target}\n`);
  }
}
