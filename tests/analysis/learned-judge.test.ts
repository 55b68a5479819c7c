/**
 * The learned judge (src/analysis/en/learned/): it decides which of the frames' cues stand and adds
 * codes the frames missed, always quoting a whole sentence of what was written. The decision rules
 * are tested with small hand-made models; the bundled model is checked for what it was trained on.
 */
import { describe, expect, it } from 'vitest';
import { ANALYSER_VERSION, createAnalyser } from '../../src/analysis/index.ts';
import { readDocument } from '../../src/analysis/en/document.ts';
import { clusterOf } from '../../src/analysis/en/learned/clusters.ts';
import { judgeCues } from '../../src/analysis/en/learned/judge.ts';
import { statementFeatures } from '../../src/analysis/en/learned/features.ts';
import { compileModel, LearnedModel } from '../../src/analysis/en/learned/model.ts';
import { americanSpelling, averageVector } from '../../src/analysis/en/learned/vectors.ts';
import modelData from '../../src/analysis/en/learned/model-en.json';
import { CLEAN_DEV_SPLITS } from '../calibration/independent/evaluate.ts';

const LONG =
  'We opened the rest centre at the school hall at six this morning. Every family on Mill Lane has a room tonight. ' +
  'The cause of the flooding is not yet known and engineers are on site. We will publish what they find by Friday.';

function modelWith(codes: Record<string, { bias: number; keep: number; add: number; addShort?: number; weights: Record<string, number>; dense?: number[] }>, minWords = 25, addFromWords?: number) {
  return compileModel(
    LearnedModel.parse({ analyser: ANALYSER_VERSION, minWords, ...(addFromWords === undefined ? {} : { addFromWords }), wordScaling: 'none', trainedOn: { splits: ['train'], statements: 1, l2: 0, featuresPerCode: 1 }, codes }),
  );
}

describe('the learned judge', () => {
  const doc = readDocument(LONG);

  it('drops a frame cue the model does not back, and keeps one it does', () => {
    const cue = { element: 'corrective-action' as const, quote: 'We opened the rest centre at the school hall at six this morning.', strength: 1 };
    const doubting = modelWith({ 'corrective-action': { bias: -5, keep: 0.5, add: 0.9, weights: {} } });
    expect(judgeCues(doc, [cue], [], 'accidental', doubting).empathy).toEqual([]);
    const backing = modelWith({ 'corrective-action': { bias: -5, keep: 0.5, add: 0.9, weights: { 'rule:corrective-action': 8 } } });
    expect(judgeCues(doc, [cue], [], 'accidental', backing).empathy).toEqual([cue]);
  });

  it('adds a code no frame quoted, quoting the whole sentence whose words carry it', () => {
    const model = modelWith({ compensation: { bias: -1, keep: 0.5, add: 0.6, weights: { 'u:room': 3, 'u:cause': -1 } } });
    const judged = judgeCues(doc, [], [], 'accidental', model);
    expect(judged.empathy).toEqual([{ element: 'compensation', quote: 'Every family on Mill Lane has a room tonight.', strength: 1 }]);
    expect(LONG).toContain(judged.empathy[0]?.quote);
  });

  it('quotes the sentence that carries an added code, not the one that only has more of the common words', () => {
    // "the" twice in each of two sentences pushes further in sum than "Friday" once, but the
    // statement keeps its "the" whichever sentence goes; only the last sentence has "Friday".
    const model = modelWith({ prevention: { bias: 2, keep: 0.5, add: 0.5, weights: { 'u:the': 1, 'u:friday': 1.5 } } });
    expect(judgeCues(doc, [], [], 'accidental', model).empathy).toEqual([{ element: 'prevention', quote: 'We will publish what they find by Friday.', strength: 1 }]);
  });

  it('adds a penalty as a penalty cue', () => {
    const model = modelWith({ minimising: { bias: 2, keep: 0.5, add: 0.5, weights: { 'b:not_yet': 1 } } });
    expect(judgeCues(doc, [], [], 'accidental', model).penalties).toEqual([{ kind: 'minimising', quote: 'The cause of the flooding is not yet known and engineers are on site.' }]);
  });

  it('leaves a statement shorter than its minimum of words as the frames read it', () => {
    const short = readDocument('We take full responsibility.');
    const cue = { element: 'responsibility' as const, quote: 'We take full responsibility.', strength: 1 };
    const doubting = modelWith({ responsibility: { bias: -9, keep: 0.5, add: 0.5, weights: {} } });
    expect(judgeCues(short, [cue], [], 'preventable', doubting).empathy).toEqual([cue]);
  });

  it('in a short statement, keeps every frame cue and adds only a code the model is sure of', () => {
    // 16 words: under the 25-word minimum, over the 12 from which the model may add.
    const post = readDocument('Lol, relax everyone, it was only a bit of smoke and nobody needs a lawyer for that.');
    const cue = { kind: 'minimising' as const, quote: 'it was only a bit of smoke' };
    const sure = modelWith({ minimising: { bias: -9, keep: 0.5, add: 0.5, weights: {} }, humour: { bias: 0, keep: 0.5, add: 0.5, addShort: 0.6, weights: { 'u:lol': 3 } } }, 25, 12);
    const judged = judgeCues(post, [], [cue], 'accidental', sure);
    expect(judged.penalties).toContainEqual(cue);
    expect(judged.penalties.map((p) => p.kind)).toContain('humour');
    const unsure = modelWith({ humour: { bias: 0, keep: 0.5, add: 0.5, addShort: 0.99, weights: { 'u:lol': 3 } } }, 25, 12);
    expect(judgeCues(post, [], [], 'accidental', unsure).penalties).toEqual([]);
    const neverShort = modelWith({ humour: { bias: 0, keep: 0.5, add: 0.5, weights: { 'u:lol': 3 } } }, 25, 12);
    expect(judgeCues(post, [], [], 'accidental', neverShort).penalties).toEqual([]);
  });

  it('adds nothing to a one-liner under its words to add from', () => {
    const line = readDocument('Lol, only a bit of smoke.');
    const sure = modelWith({ humour: { bias: 0, keep: 0.5, add: 0.5, addShort: 0.6, weights: { 'u:lol': 3 } } }, 25, 12);
    expect(judgeCues(line, [], [], 'accidental', sure).penalties).toEqual([]);
  });

  it('carries what it learned for a word to a word of the same cluster that no statement used', () => {
    // A weight learned on "suspended" is a weight for its cluster, so "halted" gets it too; a word of another cluster does not.
    const halt = clusterOf('suspended');
    expect(halt).toBeDefined();
    const model = modelWith({ 'corrective-action': { bias: -3, keep: 0.5, add: 0.5, weights: { [`c:${String(halt)}`]: 6 } } });
    const halted = readDocument('The operator halted every ride on the pier at noon, and families were walked back to the gates by staff, who stayed with them until the last bus left.');
    expect(judgeCues(halted, [], [], 'accidental', model).empathy.map((e) => e.element)).toEqual(['corrective-action']);
    const admired = readDocument('The operator admired every ride on the pier at noon, and families were walked back to the gates by staff, who stayed with them until the last bus left.');
    expect(judgeCues(admired, [], [], 'accidental', model).empathy).toEqual([]);
  });

  it("weighs the words of the frame's own sentence, not only the statement's", () => {
    const text = 'Some passengers were standing in the vestibule because the doors were blocked. The derailment happened because the rail had buckled in the heat of the afternoon, on a curve our engineers had inspected in May.';
    const twoCauses = readDocument(text);
    const model = modelWith({ explanation: { bias: 0, keep: 0.5, add: 0.99, weights: { 'q:explanation_passenger': -6, 'q:explanation_stand': -6 } } });
    const blame = { element: 'explanation' as const, quote: 'Some passengers were standing in the vestibule because the doors were blocked.', strength: 1 };
    const cause = { element: 'explanation' as const, quote: 'The derailment happened because the rail had buckled in the heat of the afternoon, on a curve our engineers had inspected in May.', strength: 1 };
    expect(judgeCues(twoCauses, [blame], [], 'accidental', model).empathy).toEqual([]);
    expect(judgeCues(twoCauses, [cause], [], 'accidental', model).empathy).toEqual([cause]);
  });

  it('carries a weight learned on what a statement is about to a paraphrase that shares none of its words', () => {
    const vectorOf = (text: string): Float64Array => statementFeatures(readDocument(text), [], null).vector;
    const cause = vectorOf('The fire started because the boiler in the basement had not been serviced for two years, and its flue was blocked.');
    const model = modelWith({ explanation: { bias: -5, keep: 0.5, add: 0.5, weights: {}, dense: Array.from(cause, (x) => 8 * x) } });
    const paraphrase = readDocument('The blaze began after a heater that nobody had maintained since 2022 overheated in the cellar, and its chimney had clogged with soot over the winter months.');
    expect(judgeCues(paraphrase, [], [], 'preventable', model).empathy.map((e) => e.element)).toEqual(['explanation']);
    const sorrow = readDocument('Our thoughts are with the families tonight, and we are deeply sorry for everything they are going through this week, and for the days still to come.');
    expect(judgeCues(sorrow, [], [], 'preventable', model).empathy).toEqual([]);
  });

  it('refuses vector weights of another length than the vectors', () => {
    const model = modelWith({ explanation: { bias: 0, keep: 0.5, add: 0.5, weights: {}, dense: [1, 2, 3] } });
    expect(() => judgeCues(doc, [], [], 'accidental', model)).toThrow(/vector/);
  });

  it('passes through codes it has no model for', () => {
    const cue = { kind: 'speculation' as const, quote: 'We will publish what they find by Friday.' };
    expect(judgeCues(doc, [], [cue], 'accidental', modelWith({})).penalties).toEqual([cue]);
  });

  it('refuses a model file naming a code that is neither an element nor a penalty', () => {
    expect(() => modelWith({ sarcasm: { bias: 0, keep: 0.5, add: 0.5, weights: {} } })).toThrow(/sarcasm/);
  });
});

describe('the word clusters', () => {
  it('put words used alike together, and other words apart', () => {
    expect(clusterOf('halted')).toBe(clusterOf('suspended'));
    expect(clusterOf('postponed')).toBe(clusterOf('suspended'));
    expect(clusterOf('residents')).toBe(clusterOf('inhabitants'));
    expect(clusterOf('residents')).not.toBe(clusterOf('suspended'));
  });

  it('know nothing of a word outside the list', () => {
    expect(clusterOf('qwertyuiop')).toBeUndefined();
  });
});

describe('the word vectors', () => {
  const one = (word: string): Float64Array => averageVector([[{ text: word, lemma: word }]]);
  const cosine = (a: Float64Array, b: Float64Array): number => a.reduce((s, x, i) => s + x * (b[i] ?? 0), 0);

  it('put words used alike near each other, and other words apart', () => {
    expect(cosine(one('tenants'), one('residents'))).toBeGreaterThan(cosine(one('tenants'), one('suspended')) + 0.3);
    expect(cosine(one('halted'), one('suspended'))).toBeGreaterThan(0.5);
  });

  it('read a British spelling as the American one the list holds', () => {
    expect(americanSpelling('apologise')).toBe('apologize');
    expect(americanSpelling('behaviour')).toBe('behavior');
    expect(americanSpelling('hour')).toBeNull();
    expect(Array.from(one('apologise'))).toEqual(Array.from(one('apologize')));
  });

  it('give no direction to words outside the list', () => {
    expect(Array.from(one('qwertyuiop')).every((x) => x === 0)).toBe(true);
  });
});

describe('the bundled model', () => {
  const model = LearnedModel.parse(modelData);

  it('was trained on the frames of this analyser version, never on test or a clean dev split', () => {
    expect(model.analyser).toBe(ANALYSER_VERSION);
    expect(model.trainedOn.splits.length).toBeGreaterThan(0);
    for (const split of model.trainedOn.splits) expect(split).toMatch(/^train\d*$|^dev\d*$/);
    expect(model.trainedOn.splits).not.toContain('test');
    for (const clean of CLEAN_DEV_SPLITS) expect(model.trainedOn.splits).not.toContain(clean);
  });

  it('does not judge the team’s own talk: on the internal channel the frames stand', () => {
    const ctx = { language: 'en', cluster: 'preventable', severity: 'high', clockStart: null, facts: [], keyMessages: [], victimTerms: [], avoidTerms: [], organisation: [] } as const;
    const text = 'Legal says hold the statement until the lab confirms. I have drafted a Q&A and briefed the CEO; we are sorry for the families and we are paying for their hotel.';
    const judged = createAnalyser(ctx).annotate(text, { now: 0 }, 'internal');
    const frames = createAnalyser(ctx, { judge: null }).annotate(text, { now: 0 }, 'internal');
    expect(judged.empathy).toEqual(frames.empathy);
    expect(judged.penalties).toEqual(frames.penalties);
  });
});
