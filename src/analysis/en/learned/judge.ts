/**
 * The learned judge: the frames propose cues (each a quote of what the trainee wrote); a model per
 * labelled element and penalty, reading the statement's words and what the frames found, decides
 * whether the statement does it. A frame's cue the judge rejects is dropped; a code the judge finds
 * that no frame quoted gets, as its quote, the sentence whose words carry it (`quotedSentence`).
 * Every point the scorer gives is therefore still a cue with a quote; the judge only decides which
 * cues stand.
 * In a statement under `minWords` words every frame's cue stands and the judge may only add a code,
 * at its own strict threshold (`addShort`); under `addFromWords` it does nothing at all.
 *
 * Why: frames over clauses are precise where they fire but reach new wording one class at a time;
 * the judge, trained on thousands of independently written and labelled statements, weighs the
 * many small signals no frame states (docs/analyser.md, "The learned judge"). A few words cannot
 * outweigh a frame that read "we do not take responsibility" clause by clause, so short statements
 * are the frames' to judge.
 */
import { sentenceQuote, type Doc } from '../document.ts';
import type { EmpathyHit } from '../empathy.ts';
import type { PenaltyHit } from '../penalties.ts';
import { frameFeature, statementFeatures } from './features.ts';
import { codeOf, probabilities, wordScale, type CompiledModel } from './model.ts';

export interface Judged {
  readonly empathy: EmpathyHit[];
  readonly penalties: PenaltyHit[];
}

/** Words the judge counts towards `minWords` (punctuation is not a word). */
export function wordCount(doc: Doc): number {
  let n = 0;
  for (const s of doc.sentences) for (const w of s.words) if (w.pos !== 'PUNCT') n++;
  return n;
}

export function judgeCues(doc: Doc, empathy: readonly EmpathyHit[], penalties: readonly PenaltyHit[], cluster: string | null, model: CompiledModel): Judged {
  // Under `minWords` words the model has too little to weigh against a frame: every cue the frames
  // read stands, and the model may only add a code it is sure of (`addShort`).
  const words = wordCount(doc);
  const short = words < model.minWords;
  if (short && (words < model.addFromWords || !model.codes.some((m) => Number.isFinite(m.addShort)))) return { empathy: [...empathy], penalties: [...penalties] };
  const cues = [...empathy.map((e) => ({ code: e.element, quote: e.quote })), ...penalties.map((p) => ({ code: p.kind, quote: p.quote }))];
  const found = new Set(cues.map((c) => c.code));
  const features = statementFeatures(doc, cues, cluster);
  const probability = probabilities(model, features.words, features.fixed, features.quoted, features.vector);
  const present = new Set<string>();
  const judged = new Set<string>();
  const added: { k: number; sentence: number }[] = [];
  let basis: QuoteBasis | null = null;
  model.codes.forEach((m, k) => {
    const code = codeOf(m);
    judged.add(code);
    const threshold = short ? (found.has(code) ? 0 : m.addShort) : found.has(code) ? m.keep : m.add;
    if ((probability[k] ?? 0) < threshold) return;
    present.add(code);
    if (found.has(code) || features.sentences.length === 0) return;
    basis ??= quoteBasis(features.sentences);
    added.push({ k, sentence: quotedSentence(model, basis, k) });
  });
  const keep = (code: string): boolean => !judged.has(code) || present.has(code);
  const outEmpathy = empathy.filter((e) => keep(e.element));
  const outPenalties = penalties.filter((p) => keep(p.kind));
  for (const { k, sentence } of added) {
    const m = model.codes[k];
    const s = doc.sentences[sentence];
    if (m === undefined || s === undefined) continue;
    const quote = sentenceQuote(doc, s);
    if (quote === '') continue;
    if (m.element !== undefined) outEmpathy.push({ element: m.element, quote, strength: 1 });
    else outPenalties.push({ kind: m.penalty, quote });
  }
  return { empathy: outEmpathy, penalties: outPenalties };
}

const FRAME_PREFIX = frameFeature('');

/**
 * The sentence a code the judge adds is quoted from: the one whose words, taken out of the
 * statement, would lower the code's score the most (the statement's word features without those
 * only that sentence has, scaled as the whole statement's are). A long sentence of common words
 * pushes far in sum but takes little away when removed, so the quote falls on the sentence that
 * carries the code ("From tomorrow every representative delivers the safety letter" for
 * prevention, not the sentence listing the case counts). On the clean dev splits this picks the
 * sentence a frame quotes for the same code in 51 % of statements of three sentences or more,
 * against 44 % for the sentence that pushes hardest (docs/analyser.md, session 8); 53 % with en-12's
 * word clusters (session 9).
 */
function quotedSentence(model: CompiledModel, basis: QuoteBasis, k: number): number {
  const { distinct, inSentences } = basis;
  const weight = (f: string): number => model.weights.get(f)?.[k] ?? 0;
  let total = 0;
  for (const f of inSentences.keys()) total += weight(f);
  let best = 0;
  let lowest = Number.POSITIVE_INFINITY;
  distinct.forEach((s, i) => {
    let own = 0;
    let count = 0;
    for (const f of s) {
      if (inSentences.get(f) !== 1) continue;
      own += weight(f);
      count++;
    }
    const without = (total - own) * wordScale(inSentences.size - count, model.wordScaling);
    if (without < lowest) {
      lowest = without;
      best = i;
    }
  });
  return best;
}

/** Each sentence's distinct word features and how many sentences hold each: the same for every code a statement gets added. */
interface QuoteBasis {
  readonly distinct: readonly (readonly string[])[];
  readonly inSentences: ReadonlyMap<string, number>;
}

function quoteBasis(sentences: readonly (readonly string[])[]): QuoteBasis {
  const distinct = sentences.map((s) => [...new Set(s.filter((f) => !f.startsWith(FRAME_PREFIX)))]);
  const inSentences = new Map<string, number>();
  for (const s of distinct) for (const f of s) inSentences.set(f, (inSentences.get(f) ?? 0) + 1);
  return { distinct, inSentences };
}
