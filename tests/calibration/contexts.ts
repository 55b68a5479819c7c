/**
 * The calibration file's contexts and statements, parsed and checked, plus the analysis context
 * each calibration context gives the analyser. Depends only on the analyser's contract, so the
 * detector tests do not need the scorer or the scenario compiler.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import type { AnalysisContext } from '../../src/engine/index.ts';
import { parseDuration } from '../../src/format/index.ts';

export const LABELLED_DIMENSIONS = ['empathy', 'transparency', 'accuracy'] as const;
export type LabelledDimension = (typeof LABELLED_DIMENSIONS)[number];

const Label = z.number().int().min(1).max(5);
const StatementEntry = z.strictObject({
  id: z.string(),
  context: z.string(),
  kind: z.enum(['holding', 'apology', 'press-answer', 'update', 'employee-memo', 'regulator-reply', 'social', 'press-release', 'hotline-script', 'rumour-correction']),
  quality: z.enum(['good', 'mediocre', 'bad']),
  holdout: z.boolean().default(false),
  labels: z.strictObject({ empathy: Label, transparency: Label, accuracy: Label }),
  text: z.string().min(1),
});
export type CalibrationStatement = z.infer<typeof StatementEntry>;

const Fact = z.object({
  id: z.string(),
  kind: z.enum(['number', 'date', 'boolean', 'text']),
  cues: z.array(z.string()),
  unit: z.string().optional(),
  values: z.record(z.string(), z.array(z.string())).optional(),
});
const KeyMessage = z.object({
  id: z.string(),
  text: z.string(),
  paraphrases: z.array(z.string()).default([]),
  concepts: z.array(z.array(z.string())).default([]),
});
const Stakeholder = z.object({ id: z.string(), victims: z.array(z.string()).default([]), avoid: z.array(z.string()).default([]) });
const ContextEntry = z.strictObject({
  title: z.string(),
  organisation: z.string(),
  crisis: z.looseObject({
    cluster: z.enum(['victim', 'accidental', 'preventable']),
    severity: z.enum(['low', 'medium', 'high', 'critical']),
    euphemisms: z.array(z.string()).default([]),
  }),
  clockStart: z.string(),
  at: z.string(),
  stakeholders: z.array(z.looseObject(Stakeholder.shape)),
  facts: z.array(z.looseObject(Fact.shape)),
  keyMessages: z.array(KeyMessage),
});
export type ContextEntry = z.infer<typeof ContextEntry>;

const CalibrationFile = z.strictObject({
  contexts: z.record(z.string(), ContextEntry),
  statements: z.array(StatementEntry),
});
export type CalibrationFile = z.infer<typeof CalibrationFile>;

export const STATEMENTS_FILE = fileURLToPath(new URL('./statements.yaml', import.meta.url));
export const MINIMAL_PAIRS_FILE = fileURLToPath(new URL('./minimal-pairs.yaml', import.meta.url));

export function readCalibrationFile(file = STATEMENTS_FILE): CalibrationFile {
  const data = CalibrationFile.parse(parse(readFileSync(file, 'utf8')));
  for (const s of data.statements) {
    if (!(s.context in data.contexts)) throw new Error(`statement ${s.id}: unknown context ${s.context}`);
  }
  return data;
}

/** The moment the statements of a context are made, in scenario ms. */
export function momentOf(c: ContextEntry): number {
  const at = parseDuration(c.at);
  if (at === null) throw new Error(`bad "at": ${c.at}`);
  return at;
}

/** What the analyser is told about a calibration context (the same fields analysisContextFor fills). */
export function analysisContextOf(c: ContextEntry): AnalysisContext {
  return {
    language: 'en',
    cluster: c.crisis.cluster,
    severity: c.crisis.severity,
    clockStart: c.clockStart,
    facts: c.facts.map((f) => ({ id: f.id, kind: f.kind, cues: f.cues, unit: f.unit, values: f.values })),
    keyMessages: c.keyMessages,
    victimTerms: [...new Set(c.stakeholders.flatMap((s) => s.victims))],
    avoidTerms: [...new Set([...c.stakeholders.flatMap((s) => s.avoid), ...c.crisis.euphemisms])],
  };
}
