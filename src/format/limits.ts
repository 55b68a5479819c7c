/**
 * The largest values the scenario and plan formats accept, in one place: the checks enforce them
 * (each with a code and a position), docs/reliability.md lists them, and the engine relies on them.
 * Each bound is far above anything a real exercise needs and low enough that everything a file can
 * ask for — every timer, rumour curve, statement and report — stays finite, fast and small.
 */
import { MS_PER_DAY, MS_PER_MINUTE } from './duration.ts';

/** Longest duration anywhere in a file (a scenario's length, a deadline, a delay, a plan step time). */
export const MAX_DURATION_MS = 30 * MS_PER_DAY;
export const MAX_DURATION_TEXT = '30d';

/** Shortest scenario: a clock that ends before it starts has nothing to play. */
export const MIN_SCENARIO_LENGTH_MS = MS_PER_MINUTE;

/** How many items each list of a scenario may hold. */
export const MAX_ITEMS = {
  /** Injects, press-conference questions and follow-ups together. */
  injects: 10_000,
  pressConferences: 200,
  questions: 100,
  followUps: 20,
  options: 50,
  effects: 100,
  branches: 50,
  personas: 1_000,
  stakeholders: 200,
  facts: 1_000,
  truth: 200,
  keyMessages: 1_000,
  rumours: 100,
  endings: 200,
  variables: 1_000,
  seats: 50,
  attachments: 20,
  /** Any other list: words, ids, tags, channels. */
  list: 200,
} as const;

/** Steps in a play plan: far more than a trainee makes in a session. */
export const MAX_PLAN_STEPS = 2_000;

/** Characters in a condition, and how deeply it may nest brackets and "not". */
export const MAX_CONDITION_CHARS = 2_000;
export const MAX_CONDITION_DEPTH = 32;

/**
 * The range of rumour parameters where the compartmental model means something (docs/rumour-model.md):
 * rates are per scenario hour, so 60 is a conversation a minute, every minute, for every spreader.
 */
export const RUMOUR_RANGE = {
  lambda: { min: 0.001, max: 60 },
  sigma: { min: 0, max: 60 },
  delta: { min: 0, max: 60 },
  kappa: { min: 0, max: 60 },
  s0: { min: 1e-9, max: 0.5 },
  epsilon: { min: 0, max: 1 },
  tauMs: { min: MS_PER_MINUTE, max: MAX_DURATION_MS },
} as const;

/** People in one rumour audience (feed volume): about the world's population. */
export const MAX_POPULATION = 10_000_000_000;

/** Largest magnitude of a number a variable, a `set`/`add` effect or a fact may hold. */
export const MAX_NUMBER = 1e12;

/** Weight of one stakeholder in overall trust. */
export const MAX_STAKEHOLDER_WEIGHT = 1_000;
