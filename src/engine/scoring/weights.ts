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

/**
 * Empathy points a message earns for treating the people affected with basic respect: the score of
 * a cold or evasive statement. Contempt, blame, threats and brush-offs take points from it, so they
 * score below cold instead of tying with it at 0; the elements share the rest of the scale.
 */
export const EMPATHY_RESPECT = 25;

/** Credit for an empathy element the crisis cluster does not call for, as a share of its weight. */
export const UNEXPECTED_ELEMENT_SHARE = 0.5;

/**
 * Where an audience expects responsibility to be expressed implicitly (a direct admission of fault
 * reads as weakness), the share of responsibility's weight a direct admission earns: what an implicit
 * admission earns where explicit is expected (the analyser's implicit strength).
 */
export const IMPLICIT_STYLE_EXPLICIT_SHARE = 0.5;

/** A statement to a business partner (the `email` channel) is judged on action and explanation, not warmth. */
export const EXPECTED_EMPATHY_FORMAL: readonly EmpathyElement[] = ['corrective-action', 'explanation', 'prevention'];

/**
 * A letter to a regulator is not judged on warmth either, but a regulator reads it for what the
 * cluster expects less the warm words (concern) and redress (compensation), plus prevention: naming
 * the harm stays expected, and owning the failing where the crisis was preventable. A letter that
 * reports steps taken but never says who was hurt, or whose fault it was, is procedural, not
 * complete (the calibration writers rated such letters 3–4 while the partner set gave them 93–100).
 */
export const EXPECTED_EMPATHY_REGULATOR: Readonly<Record<Cluster, readonly EmpathyElement[]>> = {
  victim: ['corrective-action', 'harm-acknowledged', 'explanation', 'prevention'],
  accidental: ['corrective-action', 'harm-acknowledged', 'explanation', 'prevention'],
  preventable: ['responsibility', 'corrective-action', 'harm-acknowledged', 'explanation', 'prevention'],
};

/**
 * Points off empathy (out of 100) for each penalty, by crisis severity, in two tiers: a harmful move
 * (brush-off, conditional apology, self-pity, minimising, hedging) costs less than EMPATHY_RESPECT
 * at every severity, so one such move leaves a cold statement just above contempt; contempt (blame,
 * threats, and humour once the crisis is serious) costs at least all of it. Each kind counts once
 * per statement (statement.ts).
 */
export const EMPATHY_PENALTIES: Readonly<Record<Penalty, Readonly<Record<Severity, number>>>> = {
  'conditional-apology': { low: 12, medium: 15, high: 18, critical: 20 },
  'agentless-passive': { low: 8, medium: 10, high: 10, critical: 12 },
  minimising: { low: 3, medium: 6, high: 10, critical: 15 },
  'self-focus': { low: 10, medium: 12, high: 15, critical: 18 },
  euphemism: { low: 5, medium: 8, high: 10, critical: 12 },
  'victim-blaming': { low: 25, medium: 30, high: 30, critical: 35 },
  humour: { low: 0, medium: 10, high: 25, critical: 30 },
  'hedged-harm': { low: 3, medium: 5, high: 5, critical: 8 },
  'no-comment': { low: 12, medium: 15, high: 18, critical: 20 },
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

/** Simulated approvers in solo play: a seat with no `approvalTime` signs off after this long. */
export const APPROVAL = { defaultMs: 5 * 60_000 } as const;

/** When a public update keeps a promise ("we will update you by 10:00"). */
export const PROMISES = {
  /** Kept up to this long after the promised time… */
  graceMs: 5 * 60_000,
  /** …and from this long before it (or a quarter of the promised interval, if longer). */
  windowMinMs: 10 * 60_000,
} as const;

/** The session scores (session.ts): how each dimension is made up, and its session-level rules. */
export const SESSION = {
  /** A first public statement is due within the first hour of the crisis, halving every half hour after. */
  firstHourMs: 60 * 60_000,
  firstHourHalfLifeMs: 30 * 60_000,
  /** A required disclosure's timeliness halves every half hour after its deadline… */
  disclosureHalfLifeMs: 30 * 60_000,
  /** …and a public statement is expected to address it from this long before its deadline. */
  disclosureDueSoonMs: 30 * 60_000,
  /** Transparency points lost for each true rumour the organisation denied. */
  wrongDenialCost: 30,
  /** Statements this close together count as "at the same time" across audiences… */
  sameTimeMs: 60 * 60_000,
  /** …and consistency points lost each time two audiences hear contradictory stories at the same time. */
  audienceMismatchCost: 15,
  /** Key-message discipline: coverage and share of public statements on message, each half; a strength from these shares. */
  keyMessageCoverage: 0.5,
  keyMessageStrength: { coverage: 0.67, onMessage: 0.5 },
  /** A rumour counts as handled well from this share of its avoidable reach avoided. */
  rumourAvoidedStrength: 0.5,
  /** Each session dimension as weighted parts (renormalised over the parts that apply). */
  timeliness: { answers: 0.7, firstHour: 0.15, promises: 0.15 },
  consistency: { statements: 0.75, keyMessages: 0.25 },
  transparency: { statements: 0.6, disclosures: 0.4 },
  proactivity: { thunder: 0.35, rumours: 0.35, instructions: 0.2, outreach: 0.1 },
} as const;

/**
 * How statements, silence and exposed denials move an audience's trust (trust-impact.ts and
 * core/rumours.ts): small bounded steps, applied in log-odds (trust.ts).
 */
export const TRUST = {
  /** Most trust one statement can add with one audience (negative dominance: "1N = 3P"). */
  maxGainPerStatement: 0.02,
  inTime: 0.01,
  unprompted: 0.01,
  /** Lost per started quarter hour late, up to `lateMax`. */
  latePerQuarterHour: 0.01,
  lateMax: 0.04,
  wrongClaim: 0.05,
  speculation: 0.02,
  /** Per correct fact, up to `accurateMax`. */
  accuratePerFact: 0.01,
  accurateMax: 0.03,
  contradiction: 0.05,
  /** Per strong empathy element (responsibility, action, concern, harm, compensation), up to `empathyMax`. */
  empathyPerElement: 0.01,
  empathyMax: 0.04,
  penalty: 0.03,
  victimBlaming: 0.06,
  noComment: 0.04,
  /** Extra cost with an audience that hears words it must not hear. */
  offensiveWords: 0.03,
  /** Lost per scenario hour per unit share of believers while the organisation stays silent on a running rumour. */
  silencePerHour: 0.3,
  /** Silence costs accrue until they reach this much, then are booked as one change. */
  silenceBookingStep: 0.005,
  /** Lost with each audience of a rumour when a wrong denial of it is exposed. */
  exposedDenial: 0.15,
} as const;

/**
 * Press-conference answers (press/assess.ts). A quotable answer fits a broadcast sound bite: key
 * messages "deliverable in under 20 seconds" at about 150 spoken words a minute is 50 words; past
 * that, the reporter chooses which sentence runs. The parts of an answer's press score are weighted
 * and renormalised over the parts that apply to the question asked; the penalties come off the top.
 */
export const PRESS = {
  quotableWords: 50,
  /**
   * A press answer started after this share of the answer time loses timeliness, down to
   * `slowFloor` at the last second: the room watched the spokesperson hesitate. The first half is
   * free, because a typed answer takes time to write that a spoken one would not.
   */
  slowAfterShare: 0.5,
  slowFloor: 50,
  parts: {
    answer: 30,
    known: 20,
    bridge: 15,
    consistent: 15,
    quotable: 10,
    loaded: 10,
    premise: 20,
    remit: 15,
  },
  /** Share of the premise part still earned when the false premise is left standing (not accepted, not corrected). */
  premiseUnchallengedShare: 0.3,
  penalties: {
    noComment: 20,
    premiseAccepted: 20,
    overreached: 15,
  },
} as const;
