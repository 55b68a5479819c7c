/**
 * Scores the independent calibration set (README.md beside this file): each statement is read by
 * the analyser with nothing but its situation's crisis cluster and severity (no fact cues, no key
 * messages and, unless asked, none of the writer's words for the people affected), scored by the
 * engine's statement scorer on the channel its kind maps to, and compared with the writers' labels.
 *
 * Measures:
 * - per element and per penalty: precision, recall and F1 over statements (the label is present or
 *   not; the analyser found it or not), and macro-F1 over the 16 labelled codes;
 * - internal acts on `internal-team` statements: precision/recall/F1 per act, and the share of those
 *   statements whose set of acts matches the labels exactly;
 * - empathy ranking: over pairs of statements in the same situation whose 1–7 ratings differ, the
 *   share the scorer orders the same way (a tie in score counts one half). Internal-team statements
 *   are left out of it: the scorer judges them as internal work, not on empathy.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { createAnalyser } from '../../../src/analysis/index.ts';
import { compileModel, LearnedModel, type CompiledModel } from '../../../src/analysis/en/learned/model.ts';
import { scoredEmpathyElements, scoredPenalties, scoreStatement, type Annotation, type StatementAnnotator, type StatementScores } from '../../../src/engine/index.ts';
import { INTERNAL_ACTS, type Channel } from '../../../src/format/index.ts';

export const SPLITS = ['train', 'dev', 'test', 'train2', 'dev2', 'train3', 'dev3', 'train4', 'dev4', 'train5', 'dev5', 'train6', 'dev6', 'train7', 'dev7', 'train8', 'dev8', 'train9', 'dev9', 'train10', 'dev10', 'train11', 'dev11', 'train12', 'dev12', 'train13', 'dev13', 'train14', 'dev14', 'train15', 'dev15', 'train16', 'dev16', 'train17', 'dev17', 'train18', 'dev18', 'train19', 'dev19', 'train20', 'dev20', 'train21', 'dev21', 'train22', 'dev22', 'train23', 'dev23', 'train24', 'dev24', 'train25', 'dev25', 'train26', 'dev26', 'train27', 'dev27', 'train28', 'dev28', 'train29', 'dev29', 'train30', 'dev30', 'train31', 'dev31'] as const;
/** Splits whose statements may be read while writing rules (misses, `--show`). `test` and the later dev splits are figures only. */
export const READABLE_SPLITS: readonly Split[] = ['train', 'dev', 'train2', 'train3', 'train4', 'train5', 'train6', 'train7', 'train8', 'train9', 'train10', 'train11', 'train12', 'train13', 'train14', 'train15', 'train16', 'train17', 'train18', 'train19', 'train20', 'train21', 'train22', 'train23', 'train24', 'train25', 'train26', 'train27', 'train28', 'train29', 'train30', 'train31'];
export type Split = (typeof SPLITS)[number];

/**
 * The dev splits no model is ever trained on: the newest batches' (26 to 31), written after en-12
 * shipped and first read with it, figures only. Since session 10 the judge also learns from the older
 * dev splits (dev2 to dev25), once their figures had chosen its settings, so these are the clean
 * check of the judge that ships (docs/analyser.md, session 10).
 */
export const CLEAN_DEV_SPLITS: readonly Split[] = ['dev26', 'dev27', 'dev28', 'dev29', 'dev30', 'dev31'];

export const LABELLED_ELEMENTS = ['responsibility', 'corrective-action', 'concern', 'harm-acknowledged', 'explanation', 'prevention', 'compensation'] as const;
export const LABELLED_PENALTIES = [
  'conditional-apology',
  'victim-blaming',
  'self-focus',
  'minimising',
  'hedged-harm',
  'threat',
  'no-comment',
  'humour',
  'agentless-passive',
] as const;

export const KINDS = ['press-release', 'press-answer', 'social-post', 'website', 'customer-email', 'employee-memo', 'regulator-letter', 'hotline-script', 'internal-team'] as const;
type Kind = (typeof KINDS)[number];

/**
 * The game's channel for each kind of statement the writers wrote. A customer e-mail and an
 * all-staff memo are messages to an audience, so they are scored as a written notice to that
 * audience (the game's `email` channel is the formal one, to regulators and partners); the
 * crisis team talking among themselves is the game's internal channel.
 */
export const CHANNEL_OF_KIND: Readonly<Record<Kind, Channel>> = {
  'press-release': 'press-release',
  'press-answer': 'press-conference',
  'social-post': 'social',
  website: 'website',
  'customer-email': 'website',
  'employee-memo': 'website',
  'regulator-letter': 'regulator-letter',
  'hotline-script': 'hotline',
  'internal-team': 'internal',
};

const Statement = z.object({
  id: z.string(),
  channel: z.enum(KINDS),
  text: z.string().min(1),
  elements: z.array(z.enum(LABELLED_ELEMENTS)),
  penalties: z.array(z.enum(LABELLED_PENALTIES)),
  internal: z.array(z.enum(INTERNAL_ACTS)).optional(),
  empathy: z.number().int().min(1).max(7),
  note: z.string().optional(),
});
const Situation = z.object({
  id: z.string(),
  crisisType: z.string(),
  cluster: z.enum(['victim', 'accidental', 'preventable']),
  severity: z.enum(['low', 'medium', 'high', 'critical']),
  organisation: z.string(),
  summary: z.string(),
  affected: z.array(z.string()),
  statements: z.array(Statement),
});
const SplitFile = z.object({ split: z.enum(SPLITS), situations: z.array(Situation) });
export type Situation = z.infer<typeof Situation>;
export type LabelledStatement = z.infer<typeof Statement>;

export function loadSplit(split: Split): Situation[] {
  const file = fileURLToPath(new URL(`./${split}.yaml`, import.meta.url));
  return SplitFile.parse(parse(readFileSync(file, 'utf8'))).situations;
}

export interface Evaluated {
  readonly situation: Situation;
  readonly statement: LabelledStatement;
  readonly channel: Channel;
  readonly annotation: Annotation;
  readonly scores: StatementScores;
  /** Codes the scorer counts for this statement on its channel. */
  readonly found: ReadonlySet<string>;
  readonly acts: ReadonlySet<string>;
}

export interface EvaluateOptions {
  /** Give the analyser the writers' words for the people affected (off by default). */
  readonly withAffected?: boolean;
  /** Read with the frames alone, without the learned judge (off by default). */
  readonly framesOnly?: boolean;
  /** Read with this judge in place of the bundled one (a candidate model being compared). */
  readonly judge?: CompiledModel;
}

/** The analyser a situation's statements are read with: its cluster, severity and organisation, and (if asked) the writer's words for the people affected. */
export function situationAnalyser(situation: Pick<Situation, 'cluster' | 'severity' | 'affected' | 'organisation'>, withAffected: boolean, framesOnly = false, judge?: CompiledModel): StatementAnnotator {
  return createAnalyser(
    {
      language: 'en',
      cluster: situation.cluster,
      severity: situation.severity,
      clockStart: null,
      facts: [],
      keyMessages: [],
      victimTerms: withAffected ? situation.affected : [],
      avoidTerms: [],
      organisation: [situation.organisation],
    },
    framesOnly ? { judge: null } : judge === undefined ? {} : { judge },
  );
}

export function evaluateSplit(situations: readonly Situation[], options: EvaluateOptions = {}): Evaluated[] {
  const out: Evaluated[] = [];
  for (const situation of situations) {
    const analyser = situationAnalyser(situation, options.withAffected === true, options.framesOnly === true, options.judge);
    for (const statement of situation.statements) {
      const channel = CHANNEL_OF_KIND[statement.channel];
      const annotation = analyser.annotate(statement.text, { now: 0 }, channel);
      const scores = scoreStatement(annotation, {
        cluster: situation.cluster,
        severity: situation.severity,
        compensationAllowed: true,
        channel,
        first: true,
        expects: null,
        verdict: null,
        contradictions: null,
        previousPosture: null,
        confidential: new Set(),
        text: statement.text,
      });
      const found = new Set<string>([
        ...scoredEmpathyElements(annotation, channel).map((e) => e.element),
        ...scoredPenalties(annotation, channel).map((p) => p.kind),
      ]);
      out.push({ situation, statement, channel, annotation, scores, found, acts: new Set(annotation.internal.map((a) => a.act)) });
    }
  }
  return out;
}

/** What the agreement measures need of a statement: its labels (the reference) and what was found in it. */
export interface Judged {
  readonly situation: Pick<Situation, 'id'>;
  readonly statement: LabelledStatement;
  /** Codes found (elements and penalties). */
  readonly found: ReadonlySet<string>;
  /** Internal acts found. */
  readonly acts: ReadonlySet<string>;
}

export interface Prf {
  readonly code: string;
  readonly support: number;
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

function prf(code: string, tp: number, fp: number, fn: number): Prf {
  // With nothing found and nothing to find, precision and recall are vacuously perfect.
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { code, support: tp + fn, tp, fp, fn, precision, recall, f1 };
}

function labelsOf(s: LabelledStatement): ReadonlySet<string> {
  return new Set<string>([...s.elements, ...s.penalties]);
}

export function perCode(results: readonly Judged[], codes: readonly string[]): Prf[] {
  return codes.map((code) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const r of results) {
      const labelled = labelsOf(r.statement).has(code);
      const found = r.found.has(code);
      if (labelled && found) tp++;
      else if (found) fp++;
      else if (labelled) fn++;
    }
    return prf(code, tp, fp, fn);
  });
}

export function macroF1(rows: readonly Prf[]): number {
  return rows.reduce((sum, r) => sum + r.f1, 0) / Math.max(1, rows.length);
}

export interface InternalAgreement {
  readonly statements: number;
  readonly exact: number;
  readonly acts: readonly Prf[];
}

export function internalAgreement(results: readonly Judged[]): InternalAgreement {
  const internal = results.filter((r) => r.statement.channel === 'internal-team');
  const acts = INTERNAL_ACTS.map((act) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const r of internal) {
      const labelled = (r.statement.internal ?? []).includes(act);
      const found = r.acts.has(act);
      if (labelled && found) tp++;
      else if (found) fp++;
      else if (labelled) fn++;
    }
    return prf(act, tp, fp, fn);
  });
  const same = internal.filter((r) => {
    const labelled = new Set(r.statement.internal ?? []);
    return labelled.size === r.acts.size && [...labelled].every((a) => r.acts.has(a));
  }).length;
  return { statements: internal.length, exact: internal.length === 0 ? 0 : same / internal.length, acts };
}

export interface Ranking {
  readonly pairs: number;
  readonly agreement: number;
  /** Pairs the scorer gave the same score (counted one half in `agreement`). */
  readonly tiedInScore: number;
}

/** The scorer's empathy, 0 when it has nothing to judge. */
export function empathyOf(r: Evaluated): number {
  return r.scores.empathy.score ?? 0;
}

/** Pairwise within-situation empathy ranking agreement; pairs with equal labels are left out. */
export function rankingAgreement<T extends Judged>(results: readonly T[], score: (r: T) => number): Ranking {
  const ranked = results.filter((r) => r.statement.channel !== 'internal-team');
  let pairs = 0;
  let agree = 0;
  let tied = 0;
  for (let i = 0; i < ranked.length; i++) {
    for (let j = i + 1; j < ranked.length; j++) {
      const a = ranked[i];
      const b = ranked[j];
      if (a === undefined || b === undefined || a.situation.id !== b.situation.id) continue;
      const la = a.statement.empathy;
      const lb = b.statement.empathy;
      if (la === lb) continue;
      pairs++;
      const sa = score(a);
      const sb = score(b);
      if (sa === sb) {
        agree += 0.5;
        tied++;
      } else if (sa > sb === la > lb) agree += 1;
    }
  }
  return { pairs, agreement: pairs === 0 ? 0 : agree / pairs, tiedInScore: tied };
}

/** A judge model written by train-model.ts (`--out FILE`), compiled for `EvaluateOptions.judge`. */
export function loadJudge(file: string): CompiledModel {
  return compileModel(LearnedModel.parse(JSON.parse(readFileSync(file, 'utf8'))));
}
