/**
 * The learned judge's weights: one model per element and penalty the calibration set labels, trained
 * by tests/calibration/independent/train-model.ts on the splits that may be read (never on test or a
 * dev split), and stored as data in `model-en.json`.
 *
 * Each model is a logistic model over the statement's features (features.ts): the word features'
 * weights summed and scaled by 1/√(number of word features), plus the frames' and cluster's weights.
 */
import { z } from 'zod';
import { EMPATHY_ELEMENTS, PENALTIES, type EmpathyElement, type Penalty } from '../../../format/index.ts';

const CodeModel = z.object({
  bias: z.number(),
  /** Probability at or above which a frame's cue for the code stands. */
  keep: z.number().min(0).max(1),
  /** Probability at or above which the code is judged present where no frame quoted it. */
  add: z.number().min(0).max(1),
  /**
   * In a statement under `minWords` words: the probability at or above which the code is added where
   * no frame quoted it (a frame's cue there always stands). Absent: nothing is added to short statements.
   */
  addShort: z.number().min(0).max(1).optional(),
  weights: z.record(z.string(), z.number()),
  /** Weights of the statement's average word vector (vectors.ts), one per dimension. */
  dense: z.array(z.number()).optional(),
});
export const LearnedModel = z.object({
  /** The analyser version whose frames the model was trained on: frames that change need a new model. */
  analyser: z.string(),
  /** Below this many words every frame's cue stands (too few words to weigh against a frame); the judge may only add a code (`addShort`). */
  minWords: z.number().int().nonnegative(),
  /** Below this many words the model adds nothing either: a one-liner's few words cannot tell "we take responsibility" from "we do not". */
  addFromWords: z.number().int().nonnegative().optional(),
  /** How a statement's word features are scaled together: by 1/√count, or not at all. */
  wordScaling: z.enum(['sqrt', 'none']),
  trainedOn: z.object({ splits: z.array(z.string()), statements: z.number().int(), l2: z.number(), featuresPerCode: z.number().int() }),
  codes: z.record(z.string(), CodeModel),
});
export type LearnedModel = z.infer<typeof LearnedModel>;

interface Thresholds {
  readonly bias: number;
  readonly keep: number;
  readonly add: number;
  /** Infinity where nothing is added to short statements. */
  readonly addShort: number;
}
/** One code's thresholds; the code is an empathy element or a penalty. */
export type CompiledCode = Thresholds & ({ readonly element: EmpathyElement; readonly penalty?: undefined } | { readonly penalty: Penalty; readonly element?: undefined });

/** The model ready to judge: each feature's weights for every code at once, so a sentence is read in one pass. */
export interface CompiledModel {
  readonly codes: readonly CompiledCode[];
  readonly wordScaling: LearnedModel['wordScaling'];
  readonly minWords: number;
  readonly addFromWords: number;
  readonly weights: ReadonlyMap<string, Float64Array>;
  /** Per code, the weights of the statement's average word vector (empty where the code reads none). */
  readonly dense: readonly Float64Array[];
}

const ELEMENTS: ReadonlySet<string> = new Set(EMPATHY_ELEMENTS);
const KINDS: ReadonlySet<string> = new Set(PENALTIES);
const isElement = (code: string): code is EmpathyElement => ELEMENTS.has(code);
const isPenalty = (code: string): code is Penalty => KINDS.has(code);

export function codeOf(m: CompiledCode): EmpathyElement | Penalty {
  return m.element ?? m.penalty;
}

/** Throws on a code that is neither an element nor a penalty (a model file out of step with the vocabulary). */
export function compileModel(model: LearnedModel): CompiledModel {
  const entries = Object.entries(model.codes);
  const weights = new Map<string, Float64Array>();
  const codes = entries.map(([code, m], k): CompiledCode => {
    for (const [feature, w] of Object.entries(m.weights)) {
      let row = weights.get(feature);
      if (row === undefined) {
        row = new Float64Array(entries.length);
        weights.set(feature, row);
      }
      row[k] = w;
    }
    const thresholds: Thresholds = { bias: m.bias, keep: m.keep, add: m.add, addShort: m.addShort ?? Number.POSITIVE_INFINITY };
    if (isElement(code)) return { ...thresholds, element: code };
    if (isPenalty(code)) return { ...thresholds, penalty: code };
    throw new Error(`learned model: ${code} is neither an empathy element nor a penalty`);
  });
  const dense = entries.map(([, m]) => Float64Array.from(m.dense ?? []));
  return { codes, wordScaling: model.wordScaling, minWords: model.minWords, addFromWords: model.addFromWords ?? model.minWords, weights, dense };
}

/** The weights' sum of `features` for every code, times `scale` (no bias). */
export function pushes(model: CompiledModel, features: readonly string[], scale = 1): Float64Array {
  const out = new Float64Array(model.codes.length);
  for (const f of features) {
    const w = model.weights.get(f);
    if (w !== undefined) for (let k = 0; k < out.length; k++) out[k] = (out[k] ?? 0) + (w[k] ?? 0);
  }
  if (scale !== 1) for (let k = 0; k < out.length; k++) out[k] = (out[k] ?? 0) * scale;
  return out;
}

/** The scale of a statement's word features: with `sqrt`, 1/√count, so short and long statements weigh alike. */
export function wordScale(count: number, scaling: LearnedModel['wordScaling']): number {
  if (scaling === 'none') return 1;
  return count === 0 ? 0 : 1 / Math.sqrt(count);
}

/** The dot product of a code's vector weights with the statement's vector (0 where either is missing). */
function denseScore(weights: Float64Array | undefined, vector: Float64Array): number {
  if (weights === undefined || weights.length === 0) return 0;
  if (weights.length !== vector.length) throw new Error(`learned model: ${weights.length} vector weights for a vector of ${vector.length}`);
  let z = 0;
  for (let d = 0; d < weights.length; d++) z += (weights[d] ?? 0) * (vector[d] ?? 0);
  return z;
}

/**
 * Every code's probability for a statement's features: its words and its quoted sentences' words each
 * scaled as a group (`wordScale`), the fixed features in full, and the statement's average word vector.
 */
export function probabilities(model: CompiledModel, words: readonly string[], fixed: readonly string[], quoted: readonly string[] = [], vector: Float64Array = new Float64Array()): number[] {
  const fromWords = pushes(model, words, wordScale(words.length, model.wordScaling));
  const fromQuoted = pushes(model, quoted, wordScale(quoted.length, model.wordScaling));
  const fromFixed = pushes(model, fixed);
  return model.codes.map((c, k) => sigmoid(c.bias + (fromWords[k] ?? 0) + (fromQuoted[k] ?? 0) + (fromFixed[k] ?? 0) + denseScore(model.dense[k], vector)));
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}
