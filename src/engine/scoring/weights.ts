/**
 * Every tunable number of the statement scorer in one place. The logic lives in statement.ts; the
 * calibration set (tests/calibration) is how changes here are judged: label first, then tune, and
 * record before/after agreement in docs/scoring.md.
 */
import type { Cluster, EmpathyElement, Penalty, Severity } from '../../format/index.ts';

/** Lewicki et al. (2016) ordering: responsibility > repair > regret/explanation/repentance > forgiveness. */
export const EMPATHY_WEIGHTS: Readonly<Record<EmpathyElement, number>> = {
  responsibility: 0.25,
  'corrective-action': 0.2,
  concern: 0.15,
  'harm-acknowledged': 0.15,
  explanation: 0.08,
  prevention: 0.08,
  compensation: 0.06,
  forgiveness: 0.03,
};

/** What each SCCT cluster calls for. Victim crises (including false rumours) expect no apology. */
export const EXPECTED_EMPATHY: Readonly<Record<Cluster, readonly EmpathyElement[]>> = {
  victim: ['concern', 'harm-acknowledged', 'corrective-action', 'explanation'],
  accidental: ['concern', 'harm-acknowledged', 'corrective-action', 'explanation', 'prevention'],
  preventable: ['responsibility', 'corrective-action', 'concern', 'harm-acknowledged', 'explanation', 'prevention', 'compensation'],
};

/** Credit for an empathy element the crisis cluster does not call for, as a share of its weight. */
export const UNEXPECTED_ELEMENT_SHARE = 0.5;

/** A statement to a regulator or business partner is judged on action and explanation, not warmth. */
export const EXPECTED_EMPATHY_FORMAL: readonly EmpathyElement[] = ['corrective-action', 'explanation', 'prevention'];

/** Points off empathy (out of 100) for each penalty, by crisis severity. */
export const EMPATHY_PENALTIES: Readonly<Record<Penalty, Readonly<Record<Severity, number>>>> = {
  'conditional-apology': { low: 15, medium: 20, high: 20, critical: 25 },
  'agentless-passive': { low: 8, medium: 10, high: 10, critical: 12 },
  minimising: { low: 3, medium: 6, high: 10, critical: 15 },
  'self-focus': { low: 10, medium: 15, high: 20, critical: 25 },
  euphemism: { low: 5, medium: 8, high: 10, critical: 12 },
  'victim-blaming': { low: 25, medium: 30, high: 30, critical: 35 },
  humour: { low: 0, medium: 5, high: 20, critical: 30 },
  'hedged-harm': { low: 3, medium: 5, high: 5, critical: 8 },
  'no-comment': { low: 20, medium: 25, high: 25, critical: 30 },
  speculation: { low: 0, medium: 0, high: 0, critical: 0 },
  // Threatening critics, staff or the people harmed is contempt, as heavy as blaming them.
  threat: { low: 25, medium: 30, high: 30, critical: 35 },
};

export const TRANSPARENCY = {
  /** CERC first-message checklist, for the first public statement and for any holding statement. */
  cercFirst: 45,
  cercLater: 25,
  /** Share of what the moment asked for (expected facts, due disclosures) that the statement addressed. */
  facts: 25,
  readability: 15,
  /** Grade at or below which readability is full marks, and where it reaches zero (Covello). */
  gradeGood: 8,
  gradeZero: 14,
  explainedUpdate: 10,
  noComment: 35,
  withheld: 10,
  confidentialBreach: 25,
  /** Hedges per 100 words tolerated before they cost points, and the cost per hedge beyond. */
  hedgeAllowancePer100: 2,
  hedgePenaltyEach: 3,
  hedgePenaltyMax: 15,
} as const;

export const ACCURACY = {
  // Calibrated (docs/analyser.md): asserting what nobody knows yet, and calling a known fact
  // unknown ("we don't know whether there is glass" after the tests came back clean), are judged
  // by practitioners as nearly as bad as a wrong figure. Were 0.5 and 0.25.
  speculation: 0.7,
  withheld: 0.6,
  /** A hedged wrong figure is still wrong, but less confidently so. */
  hedgedWrong: 0.75,
} as const;

export const CONSISTENCY = {
  contradiction: 35,
  postureFlip: 25,
  mixedPosture: 20,
} as const;
