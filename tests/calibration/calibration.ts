/**
 * Scores the calibration set: each context becomes a real compiled scenario (so the analyser gets
 * its context through the engine's own analysisContextFor, and claims are judged by the engine's
 * own claimVerdict), each statement is annotated by the analyser and scored by the statement
 * scorer, and the scores are compared with the labels by pairwise ranking agreement.
 */
import { analysisContextFor } from '../../src/analysis/index.ts';
import { createAnalyser } from '../../src/analysis/en/analyser.ts';
import { claimVerdict, scoreStatement, type Annotation, type StatementAnnotator, type StatementContext, type StatementScores } from '../../src/engine/index.ts';
import { compileScenario, Scenario, type Channel, type CompiledScenario } from '../../src/format/index.ts';
import { momentOf, readCalibrationFile, STATEMENTS_FILE, type CalibrationStatement, type ContextEntry, type LabelledDimension } from './contexts.ts';

export { LABELLED_DIMENSIONS, type CalibrationStatement, type LabelledDimension } from './contexts.ts';

export interface CalibrationContext {
  readonly id: string;
  readonly scenario: CompiledScenario;
  readonly atMs: number;
  readonly analyser: StatementAnnotator;
}

export interface Calibration {
  readonly contexts: ReadonlyMap<string, CalibrationContext>;
  readonly statements: readonly CalibrationStatement[];
}

/** A minimal valid scenario around a calibration context: the format fills in the rest. */
function scenarioFor(id: string, c: ContextEntry): CompiledScenario {
  const doc = Scenario.parse({
    formatVersion: 1,
    id,
    title: c.title,
    summary: c.title,
    organisation: { name: c.organisation, sector: 'calibration' },
    crisis: c.crisis,
    clock: { start: c.clockStart, length: '72h' },
    roles: { seats: ['spokesperson'], solo: 'spokesperson' },
    stakeholders: c.stakeholders.map((s) => ({ name: s.id, ...s })),
    facts: c.facts.map((f) => ({ label: f.id, ...f })),
    keyMessages: c.keyMessages,
    injects: [{ id: 'start', at: '0m', channel: 'news', text: c.title }],
    endings: [{ id: 'end', title: 'End', otherwise: true }],
  });
  return compileScenario(doc);
}

export function loadCalibration(file = STATEMENTS_FILE): Calibration {
  const data = readCalibrationFile(file);
  const contexts = new Map<string, CalibrationContext>();
  for (const [id, c] of Object.entries(data.contexts)) {
    const scenario = scenarioFor(id, c);
    contexts.set(id, { id, scenario, atMs: momentOf(c), analyser: createAnalyser(analysisContextFor(scenario)) });
  }
  return { contexts, statements: data.statements };
}

const CHANNEL_OF_KIND: Readonly<Record<CalibrationStatement['kind'], Channel>> = {
  holding: 'press-release',
  apology: 'press-release',
  'press-answer': 'press-conference',
  update: 'press-release',
  'employee-memo': 'internal',
  'regulator-reply': 'regulator-letter',
  social: 'social',
  'press-release': 'press-release',
  'hotline-script': 'hotline',
  'rumour-correction': 'press-release',
};

/** How the scorer sees a calibration statement: alone, at its context's moment, on its kind's channel. */
export function scoringContext(ctx: CalibrationContext, s: CalibrationStatement): StatementContext {
  const channel = CHANNEL_OF_KIND[s.kind];
  return {
    cluster: ctx.scenario.cluster,
    severity: ctx.scenario.severity,
    compensationAllowed: ctx.scenario.compensation,
    channel,
    // Every calibration statement is an alternative first word to its audience at the same moment,
    // and the transparency labels apply CERC's first-message checklist to all of them.
    first: true,
    expects: null,
    verdict: (claim) => claimVerdict(ctx.scenario, claim, ctx.atMs),
    contradictions: [],
    previousPosture: null,
    confidential: new Set(),
  };
}

export interface Scored {
  readonly statement: CalibrationStatement;
  readonly annotation: Annotation;
  readonly scores: StatementScores;
}

export function scoreAll(cal: Calibration): Scored[] {
  return cal.statements.map((statement) => {
    const ctx = cal.contexts.get(statement.context);
    if (ctx === undefined) throw new Error(`unknown context ${statement.context}`);
    const annotation = ctx.analyser.annotate(statement.text, { now: ctx.atMs });
    return { statement, annotation, scores: scoreStatement(annotation, scoringContext(ctx, statement)) };
  });
}

/**
 * The scorer's number for a labelled dimension. An accuracy of null (no claim to judge) is the
 * middle of the scale, which is also what the labels give a statement with no checkable claim.
 */
export function scoreOf(s: Scored, dimension: LabelledDimension): number {
  return s.scores[dimension].score ?? 50;
}

export interface Agreement {
  readonly pairs: number;
  /** Share of label-ordered pairs the scorer orders the same way; ties in score count one half. */
  readonly accuracy: number;
}

/** Pairwise ranking agreement over all pairs in the same context whose labels differ. */
export function pairwiseAgreement(scored: readonly Scored[], dimension: LabelledDimension): Agreement {
  let pairs = 0;
  let agree = 0;
  for (let i = 0; i < scored.length; i++) {
    for (let j = i + 1; j < scored.length; j++) {
      const a = scored[i];
      const b = scored[j];
      if (a === undefined || b === undefined || a.statement.context !== b.statement.context) continue;
      const la = a.statement.labels[dimension];
      const lb = b.statement.labels[dimension];
      if (la === lb) continue;
      pairs++;
      const sa = scoreOf(a, dimension);
      const sb = scoreOf(b, dimension);
      if (sa === sb) agree += 0.5;
      else if (sa > sb === la > lb) agree += 1;
    }
  }
  return { pairs, accuracy: pairs === 0 ? 0 : agree / pairs };
}
