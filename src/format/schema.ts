/**
 * Scenario format v1: the single source of the domain types. Every type the engine, the scorer,
 * the CLI and the UI use for scenario content is inferred from these schemas, and the published
 * JSON Schema (scenarios/schema/scenario.schema.json) is generated from them.
 *
 * Keys are camelCase. Ids are lower-case kebab-case. Times are duration strings ("12m", "1h30m")
 * measured in scenario time from the scenario start, except `deadline`-like keys, which are
 * measured from the moment the inject fires.
 */
import { z } from 'zod';
import { DURATION_PATTERN, parseDuration } from './duration.ts';
import { MAX_DURATION_MS, MAX_DURATION_TEXT, MAX_ITEMS, MAX_NUMBER, MAX_POPULATION, MAX_STAKEHOLDER_WEIGHT, RUMOUR_RANGE } from './limits.ts';
import {
  ATTACHMENT_KINDS,
  CHANNELS,
  CLUSTERS,
  DIFFICULTIES,
  DISPOSITIONS,
  EMPATHY_ELEMENTS,
  RESPONSIBILITY_STYLES,
  FACT_KINDS,
  FOLLOW_UP_TRIGGERS,
  PENALTIES,
  INTERNAL_ACTS,
  PERSONA_KINDS,
  PICKING,
  POSTURES,
  QUESTION_KINDS,
  SEVERITIES,
  STAKEHOLDER_KINDS,
} from './vocabulary.ts';

export const FORMAT_VERSION = 1;

/**
 * The rules below keep their English for tools that show zod's own messages; lint names them by
 * pattern or by the `rule` they carry (schema-issues.ts), and the catalogue gives the words.
 */
export const ID_PATTERN = /^[a-z0-9][a-z0-9_-]*$/;
export const ID_MAX = 64;
export const LANGUAGE_PATTERN = /^[a-z]{2,3}(?:-[A-Z]{2})?$/;
export const TOLERANCE_PATTERN = /^\d+(?:\.\d+)?%$/;

export const Id = z
  .string()
  .regex(ID_PATTERN, 'an id is lower-case letters, digits, "-" and "_", starting with a letter or digit (e.g. first-call)')
  .max(ID_MAX, 'an id is at most 64 characters')
  // Both name members of every JavaScript object, so as keys they are refused by the loader (SC004);
  // refusing them as ids too keeps "valid id" and "valid key" the same thing.
  .refine((s) => s !== 'constructor' && s !== 'prototype', { message: 'an id cannot be "constructor" or "prototype": those words are reserved', params: { rule: 'id-reserved' } })
  .meta({ description: 'Stable identifier: lower-case letters, digits, "-" and "_".' });

export const Duration = z
  .string()
  .refine((s) => s.trim() === '0' || (s.trim() !== '' && DURATION_PATTERN.test(s.trim())), {
    message: 'a duration is written like 90s, 12m, 1h30m or 2d',
    params: { rule: 'duration' },
  })
  .refine((s) => (parseDuration(s) ?? 0) <= MAX_DURATION_MS, {
    message: `the longest duration a file can use is ${MAX_DURATION_TEXT}`,
    params: { rule: 'duration-max' },
  })
  .meta({ description: 'A duration in scenario time: 90s, 12m, 1h30m, 72h, 2d.' });

export const LanguageCode = z
  .string()
  .regex(LANGUAGE_PATTERN, 'a language code is like en, fr or pt-BR')
  .meta({ description: 'BCP 47 language code (en, fr, de, pt-BR).' });

/** Text in the scenario's default language, or one text per language. */
export const LocalText = z
  .union([z.string().min(1), z.record(LanguageCode, z.string().min(1))])
  .meta({ description: 'A text, or a map from language code to text ({ en: "…", fr: "…" }).' });

/** A condition on scenario state in the closed expression language (see docs/scenario-format.md). */
export const Condition = z
  .string()
  .min(1)
  .meta({ description: 'A condition such as "trust.parents >= 0.55 and rumour.infant-deaths.reach < 20%".' });

export const Channel = z.enum(CHANNELS);
export const Cluster = z.enum(CLUSTERS);
export const Severity = z.enum(SEVERITIES);
export const Posture = z.enum(POSTURES);
export const EmpathyElement = z.enum(EMPATHY_ELEMENTS);
export const Penalty = z.enum(PENALTIES);

const Fraction = z.number().min(0).max(1);

/** A number a variable or a fact may hold: large enough for any figure, small enough to stay exact in sums. */
const Amount = z.number().min(-MAX_NUMBER).max(MAX_NUMBER);

export const FactValue = z
  .union([Amount, z.boolean(), z.string().min(1)])
  .meta({ description: 'A number, true/false, a text value, or the word "unknown".' });

// ---------------------------------------------------------------------------------------------
// Effects: a closed vocabulary, one verb per list item. Never code.

export const TrustEffect = z.strictObject({
  trust: z.record(Id, z.number().min(-1).max(1)).meta({ description: 'Change stakeholder trust by these amounts (-1 … +1).' }),
});
export const FireEffect = z.strictObject({
  fire: Id.meta({ description: 'Fire this inject.' }),
  in: Duration.optional().meta({ description: 'After this delay (default: at once).' }),
});
export const CancelEffect = z.strictObject({ cancel: Id.meta({ description: 'Cancel this inject if it has not fired yet.' }) });
export const SetEffect = z.strictObject({
  set: z.record(Id, z.union([Amount, z.boolean(), z.string()])).meta({ description: 'Set variables.' }),
});
export const AddEffect = z.strictObject({ add: z.record(Id, Amount).meta({ description: 'Add to numeric variables.' }) });
export const SeedRumourEffect = z.strictObject({
  seedRumour: Id.meta({ description: 'Start this rumour spreading now.' }),
  share: z.number().gt(0).max(0.5).optional().meta({ description: 'Share of the audience spreading it at the start (default: the rumour\'s s0).' }),
});
export const CounterRumourEffect = z.strictObject({
  counterRumour: Id.meta({ description: 'Start an official correction of this rumour now.' }),
  strength: Fraction.optional().meta({ description: 'How strong the correction is, 0–1 (default 1, scaled by credibility).' }),
});
export const BoostRumourEffect = z.strictObject({
  boostRumour: Id.meta({ description: 'Add spreaders to this rumour (a celebrity shares it).' }),
  share: z.number().gt(0).max(0.5).meta({ description: 'Share of the ignorant audience that starts spreading.' }),
});
export const RevealEffect = z.strictObject({ reveal: Id.meta({ description: 'Make this fact public (a leak or a news story).' }) });
export const EndEffect = z.strictObject({ end: Id.meta({ description: 'End the scenario with this ending.' }) });
export const NoteEffect = z.strictObject({ note: z.string().min(1).meta({ description: 'A line in the facilitator log.' }) });

export const Effect = z.union([
  TrustEffect,
  FireEffect,
  CancelEffect,
  SetEffect,
  AddEffect,
  SeedRumourEffect,
  CounterRumourEffect,
  BoostRumourEffect,
  RevealEffect,
  EndEffect,
  NoteEffect,
]);
export const EFFECT_VERBS = ['trust', 'fire', 'cancel', 'set', 'add', 'seedRumour', 'counterRumour', 'boostRumour', 'reveal', 'end', 'note'] as const;
export const Effects = z.array(Effect).max(MAX_ITEMS.effects);

// ---------------------------------------------------------------------------------------------

export const Asserts = z
  .strictObject({
    facts: z.record(Id, FactValue).default({}).meta({ description: 'Facts this answer states, with the value it gives ("unknown" = says it is not known yet).' }),
    updates: z.array(Id).max(MAX_ITEMS.list).default([]).meta({ description: 'Facts whose value this answer presents as a revision of an earlier figure.' }),
    updateReason: z.string().min(1).optional().meta({ description: 'Why the figure changed, as the answer says it ("after further testing"); without it the revision is flagged but unexplained.' }),
    keyMessages: z.array(Id).max(MAX_ITEMS.list).default([]).meta({ description: 'Key messages this answer carries.' }),
    empathy: z.array(EmpathyElement).max(MAX_ITEMS.list).default([]).meta({ description: 'Empathy elements it contains (responsibility, corrective-action, concern, …).' }),
    penalties: z.array(Penalty).max(MAX_ITEMS.list).default([]).meta({ description: 'What it does wrong (conditional-apology, minimising, euphemism, …).' }),
    posture: Posture.optional().meta({ description: 'Its SCCT posture: deny, diminish, rebuild, bolster, base or no-comment.' }),
    instructions: z.boolean().default(false).meta({ description: 'Tells the public what to do to protect themselves.' }),
    nextUpdate: Duration.optional().meta({ description: 'Promises the next update this long after the answer.' }),
    contact: z.boolean().default(false).meta({ description: 'Says where to get more information (hotline, website).' }),
    unknowns: z.boolean().default(false).meta({ description: 'Says what is not known yet.' }),
    commitment: z.boolean().default(false).meta({ description: 'Commits to stay with the people affected through the crisis.' }),
    internal: z.array(z.enum(INTERNAL_ACTS)).max(MAX_ITEMS.list).default([]).meta({ description: 'On an internal channel, what this is as the team\'s own work: decision, escalation, preparation or silence.' }),
  })
  .meta({ description: 'What an authored option says, in the terms the scorer uses. Free text gets the same annotations from the analyser.' });

export const ReplyBranch = z.strictObject({
  when: Condition.meta({ description: 'A condition that may use reply.* (what this answer said).' }),
  effects: Effects.meta({ description: 'Effects when the condition holds.' }),
});

export const Option = z.strictObject({
  id: Id.meta({ description: 'Unique within the inject.' }),
  label: LocalText.optional().meta({ description: 'Short button label (default: the start of the text).' }),
  text: LocalText.meta({ description: 'What the trainee says, word for word.' }),
  channel: Channel.optional().meta({ description: 'Channel it goes out on (default: the inject\'s reply channel).' }),
  audience: z.array(Id).max(MAX_ITEMS.list).optional().meta({ description: 'Stakeholders it is addressed to (default: whoever the channel reaches).' }),
  asserts: Asserts.meta({ description: 'What the option says, for the scorer.' }).default({ facts: {}, updates: [], keyMessages: [], empathy: [], penalties: [], instructions: false, contact: false, unknowns: false, commitment: false, internal: [] }),
  effects: Effects.default([]).meta({ description: 'What choosing it does.' }),
  feedback: LocalText.optional().meta({ description: 'Shown in the debrief next to this choice.' }),
});

export const FreeTextAnswer = z.strictObject({
  effects: Effects.default([]).meta({ description: 'Effects of any free-text answer.' }),
  branches: z.array(ReplyBranch).max(MAX_ITEMS.branches).default([]).meta({ description: 'Extra effects depending on what the answer said.' }),
  channel: Channel.optional().meta({ description: 'Channel free-text answers go out on (default: the reply channel).' }),
});

export const FreeText = z.union([z.boolean(), FreeTextAnswer]).meta({ description: 'true to allow a free-text answer, or its effects and branches.' });

export const Expects = z.strictObject({
  facts: z.array(Id).max(MAX_ITEMS.list).default([]).meta({ description: 'Facts a good answer addresses (a value, or an honest "not known yet").' }),
  keyMessages: z.array(Id).max(MAX_ITEMS.list).default([]).meta({ description: 'Key messages a good answer carries.' }),
  audiences: z.array(Id).max(MAX_ITEMS.list).default([]).meta({ description: 'Stakeholders the answer should reach.' }),
  posture: z.array(Posture).max(MAX_ITEMS.list).default([]).meta({ description: 'Postures that suit this moment.' }),
  empathy: z.array(EmpathyElement).max(MAX_ITEMS.list).default([]).meta({ description: 'Empathy elements expected here (default: what the crisis cluster calls for).' }),
  instructions: z.boolean().default(false).meta({ description: 'A good answer tells people what to do.' }),
});

export const Attachment = z.strictObject({
  kind: z.enum(ATTACHMENT_KINDS).meta({ description: 'What it is (memo, document, chart, photo, transcript, screenshot).' }),
  title: LocalText.meta({ description: 'Shown on the attachment.' }),
  text: LocalText.optional().meta({ description: 'Its content (a leaked memo\'s text).' }),
  caption: LocalText.optional().meta({ description: 'A caption (for a photo or chart).' }),
});

export const FacilitatorNotes = z.strictObject({
  purpose: LocalText.optional().meta({ description: 'Why this inject is in the exercise.' }),
  expected: LocalText.optional().meta({ description: 'What a good team does.' }),
  questions: z.array(LocalText).max(MAX_ITEMS.list).default([]).meta({ description: 'Questions for the hot wash.' }),
});

export const RegulatorDeadline = z.strictObject({
  within: Duration.meta({ description: 'Time allowed from the inject (GDPR Art. 33: 72h).' }),
  requires: z.array(Id).max(MAX_ITEMS.list).default([]).meta({ description: 'Facts the filing must contain.' }),
  regulator: z.string().optional().meta({ description: 'Name of the authority (FDA, EMA, ICO…).' }),
});

const InjectTiming = {
  at: Duration.optional().meta({ description: 'Fire at this scenario time.' }),
  after: z
    .string()
    .optional()
    .meta({ description: 'Fire relative to another inject: "call-1 + 5m", "call-1.responded + 2m", "call-1.expired".' }),
  when: Condition.optional().meta({ description: 'Fire when this condition becomes true.' }),
  once: z.boolean().default(true).meta({ description: 'With `when`: fire only the first time (default true).' }),
  if: Condition.optional().meta({ description: 'Checked when the inject is due: if false, it is skipped.' }),
  unless: Condition.optional().meta({ description: 'Cancels the inject while it is pending, as soon as this becomes true.' }),
};

export const Inject = z.strictObject({
  id: Id.meta({ description: 'Unique among all injects, questions and follow-ups.' }),
  title: LocalText.optional().meta({ description: 'Short label for timelines and the facilitator console.' }),
  ...InjectTiming,
  channel: Channel.meta({ description: 'How it arrives.' }),
  from: Id.optional().meta({ description: 'Persona who sends it.' }),
  to: z.array(Id).max(MAX_ITEMS.list).optional().meta({ description: 'Seats that receive it and, in a team drill, the only seats that may answer it (default: every seat).' }),
  subject: LocalText.optional().meta({ description: 'Subject line or headline.' }),
  text: LocalText.meta({ description: 'What the trainees read or hear.' }),
  attachments: z.array(Attachment).max(MAX_ITEMS.attachments).default([]).meta({ description: 'Documents that come with it.' }),
  severity: Severity.default('medium').meta({ description: 'How much it matters: weights its score in the session.' }),
  deadline: Duration.optional().meta({ description: 'Answer within this long after it fires.' }),
  halfLife: Duration.optional().meta({ description: 'After the deadline, timeliness halves every halfLife (default: the deadline).' }),
  closesAtDeadline: z.boolean().optional().meta({ description: 'No late answers (default: true for press-conference questions, false otherwise).' }),
  regulator: RegulatorDeadline.optional().meta({ description: 'A legal filing deadline with required content.' }),
  options: z.array(Option).max(MAX_ITEMS.options).default([]).meta({ description: 'Authored answers to choose from.' }),
  freeText: FreeText.default(false),
  replyChannel: Channel.optional().meta({ description: 'Where answers go out (default: depends on the channel; news and leaks → press-release).' }),
  expects: Expects.optional().meta({ description: 'What a good answer contains, for the scorer and the facilitator.' }),
  onResponse: Effects.default([]).meta({ description: 'Effects of any answer, before the option\'s own.' }),
  onTimeout: Effects.default([]).meta({ description: 'Effects when the deadline passes unanswered (contingency injects).' }),
  reveals: z.array(Id).max(MAX_ITEMS.list).default([]).meta({ description: 'Facts this inject makes public (a leak, a news story).' }),
  notes: FacilitatorNotes.optional().meta({ description: 'Shown only to facilitators.' }),
  tags: z.array(z.string()).max(MAX_ITEMS.list).default([]).meta({ description: 'Presentation hints for the UI and audio (sfx:phone, tone:hostile).' }),
});

export const FollowUpTrigger = z.enum(FOLLOW_UP_TRIGGERS);

export const FollowUp = z.strictObject({
  id: Id.meta({ description: 'Unique among all injects.' }),
  if: FollowUpTrigger.meta({
    description:
      'dodged (the answer missed what was asked), contradicted (it gives a figure that conflicts with something said earlier in the session), timeout, answered, speculated (it guessed at something not known yet), premise-accepted (it went along with a loaded question\'s false premise), loaded-words (it repeated the question\'s loaded words), overreached (it spoke for the body that owns the matter), rambled (it ran past a quotable length).',
  }),
  from: Id.optional().meta({ description: 'Persona asking (default: who asked the question).' }),
  text: LocalText.meta({
    description:
      'The follow-up question. After `contradicted` it may quote the trainee: {earlierTime} (clock time of the earlier statement), {earlierQuote} (its words), {earlierValue}, {laterValue}, {fact} (the fact\'s label).',
  }),
  answerTime: Duration.optional().meta({ description: 'Time limit for the answer (default: the question\'s).' }),
  options: z.array(Option).max(MAX_ITEMS.options).default([]).meta({ description: 'Authored answers.' }),
  freeText: FreeText.default(true),
  expects: Expects.optional().meta({ description: 'What a good answer contains (default: the question\'s).' }),
});

export const Premise = z.strictObject({
  fact: Id.meta({ description: 'The fact the loaded question gets wrong.' }),
  value: FactValue.meta({ description: 'The false value the question takes for granted ("passwords were stolen": true).' }),
});

export const Remit = z.strictObject({
  owner: z.string().min(1).meta({ description: 'Who answers for this (the FDA, the police, the hospital).' }),
  handOver: z.array(z.string().min(1)).max(MAX_ITEMS.list).default([]).meta({ description: 'Words that hand the question to its owner (FDA, Food and Drug Administration).' }),
  facts: z.array(Id).max(MAX_ITEMS.list).default([]).meta({ description: 'Facts that are the owner\'s to state: giving a value for one is overreaching.' }),
});

export const Question = z.strictObject({
  id: Id.meta({ description: 'Unique among all injects.' }),
  from: Id.meta({ description: 'Persona asking.' }),
  kind: z.enum(QUESTION_KINDS).default('open').meta({
    description:
      'open, hypothetical ("what if a child dies?"), loaded (a false premise: give `premise`), outside-remit (someone else\'s matter: give `remit`), interruption (cuts in on the previous answer), yes-no (a yes-or-no demand: give `proposition`).',
  }),
  text: LocalText.meta({ description: 'The question.' }),
  if: Condition.optional().meta({ description: 'Asked only if this holds when its turn comes (informed by what was said so far); otherwise skipped.' }),
  severity: Severity.default('high').meta({ description: 'How much it matters in the session score.' }),
  answerTime: Duration.optional().meta({ description: 'Time limit for this answer (default: the conference\'s).' }),
  premise: Premise.optional().meta({ description: 'Loaded questions: the false claim the question takes for granted.' }),
  loaded: z.array(z.string().min(1)).max(MAX_ITEMS.list).default([]).meta({ description: 'Loaded words the answer should not repeat ("cover-up", "poison").' }),
  remit: Remit.optional().meta({ description: 'Outside-remit questions: who owns the matter.' }),
  proposition: Id.optional().meta({ description: 'Yes-or-no questions: the yes/no fact the answer must take a position on (a value, or an honest "not known yet").' }),
  options: z.array(Option).max(MAX_ITEMS.options).default([]).meta({ description: 'Authored answers.' }),
  freeText: FreeText.default(true),
  expects: Expects.optional().meta({ description: 'What a good answer contains; an answer that addresses none of it is a dodge.' }),
  followUps: z.array(FollowUp).max(MAX_ITEMS.followUps).default([]).meta({ description: 'Asked next when the answer calls for it (the first whose `if` holds).' }),
  notes: FacilitatorNotes.optional().meta({ description: 'Shown only to facilitators.' }),
});

export const OpeningStatement = z.strictObject({
  id: Id.meta({ description: 'Unique among all injects.' }),
  text: LocalText.meta({ description: 'The moderator\'s cue for the opening statement ("The spokesperson will make a short statement").' }),
  from: Id.optional().meta({ description: 'Persona who gives the cue (default: the moderator).' }),
  answerTime: Duration.default('3m').meta({ description: 'Time allowed for the opening statement.' }),
  options: z.array(Option).max(MAX_ITEMS.options).default([]).meta({ description: 'Authored statements.' }),
  freeText: FreeText.default(true),
  expects: Expects.optional().meta({ description: 'What a good opening statement contains.' }),
  notes: FacilitatorNotes.optional().meta({ description: 'Shown only to facilitators.' }),
});

export const PressConference = z.strictObject({
  id: Id,
  title: LocalText.meta({ description: 'Shown as the subject of each question.' }),
  at: InjectTiming.at,
  after: InjectTiming.after,
  when: InjectTiming.when,
  answerTime: Duration.default('2m').meta({ description: 'Time limit for each answer.' }),
  opening: OpeningStatement.optional().meta({ description: 'The trainee\'s opening statement, before any question is taken.' }),
  picking: z.enum(PICKING).default('moderator').meta({
    description: 'Who calls on the raised hands: moderator (in the order written) or trainee (a `press.pick` command; after `pickTime` the moderator picks).',
  }),
  moderator: Id.optional().meta({ description: 'Persona who chairs the conference and calls on reporters.' }),
  pickTime: Duration.default('30s').meta({ description: 'With picking: trainee, how long the room waits for the trainee to call on someone.' }),
  questions: z.array(Question).max(MAX_ITEMS.questions).min(1).meta({ description: 'Each journalist\'s questions, in order; after each question (and its follow-up) hands go up for the next.' }),
});

export const Fact = z.strictObject({
  id: Id,
  label: LocalText.meta({ description: 'Human name of the fact (debrief, facilitator view).' }),
  kind: z.enum(FACT_KINDS).meta({ description: 'number, date, boolean (a yes/no proposition) or text.' }),
  cues: z.array(z.string().min(1)).max(MAX_ITEMS.list).min(1).meta({ description: 'Words that show a sentence is about this fact (batch, batches, lot).' }),
  unit: z.string().optional().meta({ description: 'Unit of a number fact (lots, customers, %).' }),
  values: z
    .record(z.string().min(1), z.array(z.string().min(1)).max(MAX_ITEMS.list))
    .optional()
    .meta({ description: 'Text facts: each allowed value and the words that name it. Yes/no facts: the words that assert it ("true") or deny it ("false").' }),
  truth: z
    .array(z.strictObject({ from: Duration, value: FactValue, note: z.string().optional() })).max(MAX_ITEMS.truth)
    .min(1)
    .meta({ description: 'What is true from each time on; "unknown" while nobody knows yet.' }),
  tolerance: z
    .union([z.number().min(0).max(MAX_NUMBER), z.string().regex(TOLERANCE_PATTERN, 'a tolerance is a number or a percentage like 10%')])
    .optional()
    .meta({ description: 'How far a stated number may be from the truth and still be right.' }),
  discloseBy: Duration.optional().meta({ description: 'Must be disclosed publicly by this time.' }),
  confidential: z.boolean().default(false).meta({ description: 'Must not be disclosed (personal data, legal privilege).' }),
});

export const KeyMessage = z.strictObject({
  id: Id,
  text: LocalText.meta({ description: 'The approved wording.' }),
  paraphrases: z.array(z.string().min(1)).max(MAX_ITEMS.list).default([]).meta({ description: 'Other ways of saying it that count.' }),
  concepts: z
    .array(z.array(z.string().min(1)).min(1)).max(MAX_ITEMS.list)
    .default([])
    .meta({ description: 'Each inner list is one required concept and the words that express it.' }),
  audiences: z.array(Id).max(MAX_ITEMS.list).optional().meta({ description: 'Stakeholders it is meant for.' }),
});

/** A rumour parameter, limited to the range where the model means something (docs/rumour-model.md). */
function rate(name: 'lambda' | 'sigma' | 'delta' | 'kappa' | 's0'): z.ZodNumber {
  const { min, max } = RUMOUR_RANGE[name];
  return z.number().min(min).max(max);
}

export const RumourSpread = z.strictObject({
  lambda: rate('lambda').default(1).meta({ description: `Spreading rate per scenario hour (${RUMOUR_RANGE.lambda.min}–${RUMOUR_RANGE.lambda.max}).` }),
  sigma: rate('sigma').default(1).meta({ description: `Stifling rate per scenario hour (${RUMOUR_RANGE.sigma.min}–${RUMOUR_RANGE.sigma.max}).` }),
  delta: rate('delta').default(0.05).meta({ description: `Forgetting rate per scenario hour (${RUMOUR_RANGE.delta.min}–${RUMOUR_RANGE.delta.max}).` }),
  s0: rate('s0').default(0.001).meta({ description: 'Share of the audience spreading it when it is seeded.' }),
  kappa: rate('kappa').default(0.6).meta({ description: `Reach rate of a fully credible correction per hour (${RUMOUR_RANGE.kappa.min}–${RUMOUR_RANGE.kappa.max}).` }),
  tau: Duration.default('6h').meta({ description: 'How fast a correction fades from the news cycle (1m–30d).' }),
  epsilon: Fraction.default(0.7).meta({ description: 'Share of those reached by the correction who accept it.' }),
});

export const Rumour = z.strictObject({
  id: Id,
  claim: LocalText.meta({ description: 'What people are saying.' }),
  isTrue: z.boolean().default(false).meta({ description: 'The rumour is true: confirming it honestly is right, denying it backfires when the truth comes out.' }),
  seed: Duration.optional().meta({ description: 'Seeded at this time (or by a seedRumour effect).' }),
  audiences: z.array(Id).max(MAX_ITEMS.list).min(1).meta({ description: 'Stakeholders among whom it spreads.' }),
  channels: z.array(Channel).max(MAX_ITEMS.list).default(['social']).meta({ description: 'Where it circulates; a correction must reach these audiences.' }),
  counteredBy: z.array(Id).max(MAX_ITEMS.list).default([]).meta({ description: 'Facts or key messages that correct it when stated.' }),
  spread: RumourSpread.meta({ description: 'How it spreads (rates per scenario hour).' }).default({ lambda: 1, sigma: 1, delta: 0.05, s0: 0.001, kappa: 0.6, tau: '6h', epsilon: 0.7 }),
  population: z.number().int().positive().max(MAX_POPULATION).default(100_000).meta({ description: 'People in the audience (feed volume).' }),
});

export const Seat = z.strictObject({
  id: Id.meta({ description: 'spokesperson, pr-lead, legal, executive, hr, …' }),
  name: LocalText.meta({ description: 'Shown on the seat.' }),
  description: LocalText.optional().meta({ description: 'What this seat does in the drill.' }),
});

export const Roles = z.strictObject({
  seats: z.array(z.union([Id, Seat])).max(MAX_ITEMS.seats).min(1).meta({ description: 'The seats of a team drill: ids, or seats with names.' }),
  solo: Id.meta({ description: 'The seat a solo trainee takes.' }),
  approvals: z.partialRecord(Channel, z.array(Id).max(MAX_ITEMS.list)).default({}).meta({ description: 'Seats that must sign off before anything goes out on a channel.' }),
  approvalTime: z.record(Id, Duration).default({}).meta({ description: 'In solo play, how long each simulated approver takes (default 5m).' }),
});

export const Persona = z.strictObject({
  id: Id,
  name: z.string().min(1).meta({ description: 'Name as shown (Sam Lee, Food Standards Agency).' }),
  kind: z.enum(PERSONA_KINDS).meta({ description: 'journalist, regulator, employee, customer, influencer, leaker, investor, partner, official, executive, public, other.' }),
  outlet: z.string().optional().meta({ description: 'Newspaper, channel or organisation.' }),
  country: z.string().min(1).optional().meta({ description: 'Country the persona reports from or for (a journalist\'s audience).' }),
  disposition: z.enum(DISPOSITIONS).default('neutral').meta({ description: 'friendly, neutral, skeptical or hostile: sets the voice and follow-ups.' }),
  influence: Fraction.default(0.5).meta({ description: 'How far their voice carries, 0–1.' }),
  language: LanguageCode.optional().meta({ description: 'Language they speak, if not the scenario\'s.' }),
});

/**
 * What an audience expects of a statement addressed to it, where it differs from what the crisis
 * cluster calls for: in some markets an apology for the worry caused is expected from the head of the
 * company, in others facts and corrective action count for more than feeling, and in some a direct
 * admission of fault reads as weakness.
 */
export const AudienceExpects = z.strictObject({
  empathy: z
    .array(EmpathyElement)
    .min(1)
    .optional()
    .meta({ description: 'Empathy elements a statement addressed to this audience is expected to carry (instead of what the crisis cluster calls for).' }),
  responsibility: z
    .enum(RESPONSIBILITY_STYLES)
    .optional()
    .meta({ description: 'How this audience expects responsibility to be expressed: explicit (default; an implicit admission counts half) or implicit (a direct admission of fault reads as weakness and counts half).' }),
});

export const Stakeholder = z.strictObject({
  id: Id,
  name: LocalText.meta({ description: 'Shown on the trust meters.' }),
  kind: z.enum(STAKEHOLDER_KINDS).meta({ description: 'customers, public, community, employees, investors, regulators, media or partners: sets which channels reach it.' }),
  trust: Fraction.default(0.6).meta({ description: 'Trust at the start, 0–1.' }),
  weight: z.number().positive().max(MAX_STAKEHOLDER_WEIGHT).default(1).meta({ description: 'How much this audience counts in overall trust.' }),
  victims: z.array(z.string().min(1)).max(MAX_ITEMS.list).default([]).meta({ description: 'Words that name the people harmed (children, families).' }),
  sensitivities: z.array(z.string().min(1)).max(MAX_ITEMS.list).default([]).meta({ description: 'What this audience worries about.' }),
  avoid: z.array(z.string().min(1)).max(MAX_ITEMS.list).default([]).meta({ description: 'Words this audience must not hear (euphemisms, blame).' }),
  reachedBy: z.array(Channel).max(MAX_ITEMS.list).optional().meta({ description: 'Channels that reach it (default: by kind).' }),
  language: LanguageCode.optional().meta({ description: 'Language this audience reads.' }),
  expects: AudienceExpects.optional().meta({ description: 'What a statement addressed to this audience is expected to carry, where it differs from the crisis cluster.' }),
});

export const Ending = z.strictObject({
  id: Id,
  title: LocalText.meta({ description: 'Shown at the debrief.' }),
  summary: LocalText.optional().meta({ description: 'What this outcome means for the organisation.' }),
  when: Condition.optional().meta({ description: 'Chosen when this holds at the end (endings are tried in order).' }),
  otherwise: z.literal(true).optional().meta({ description: 'The ending when no other matches.' }),
  early: z.boolean().default(false).meta({ description: 'End the scenario as soon as `when` holds, not only at the end.' }),
});

export const Crisis = z.strictObject({
  cluster: Cluster.meta({ description: 'SCCT cluster: victim, accidental or preventable. Sets what empathy is expected.' }),
  severity: Severity.meta({ description: 'low, medium, high or critical. Sets how hard minimising and humour are penalised.' }),
  type: z.string().optional().meta({ description: 'SCCT crisis type, e.g. "product harm (human error)".' }),
  history: z.boolean().default(false).meta({ description: 'Similar crises before (raises expectations).' }),
  reputation: z.enum(['favourable', 'neutral', 'unfavourable']).default('neutral').meta({ description: 'Reputation before the crisis (an unfavourable one raises expectations).' }),
  compensation: z.boolean().default(true).meta({ description: 'Compensation is an appropriate offer here.' }),
  publicMustAct: z.boolean().default(false).meta({ description: 'The public must do something to be safe (instructions expected).' }),
  euphemisms: z.array(z.string().min(1)).max(MAX_ITEMS.list).default([]).meta({ description: 'Words that sound evasive in this crisis ("incident" for a death).' }),
});

export const Organisation = z.strictObject({
  name: z.string().min(1).meta({ description: 'The organisation in crisis.' }),
  sector: z.string().min(1).meta({ description: 'Its sector (food, pharma, banking, …).' }),
  country: z.string().optional().meta({ description: 'Where it is based.' }),
});

export const ClockJump = z.strictObject({
  at: Duration.meta({ description: 'Scenario time at which the calendar jumps (the start of an exercise module).' }),
  to: z.iso.datetime({ offset: true }).meta({ description: 'Wall-clock date and time from that moment on (ISO 8601 with offset).' }),
  title: LocalText.optional().meta({ description: 'What the jump is, for players and the report ("Six weeks later").' }),
});

export const Clock = z.strictObject({
  start: z.iso.datetime({ offset: true }).meta({ description: 'Wall-clock date and time of scenario minute 0 (ISO 8601 with offset).' }),
  length: Duration.meta({ description: 'When the scenario ends, in scenario time.' }),
  speed: z.number().min(0.5).max(60).default(10).meta({ description: 'Default speed: scenario minutes per real minute (0.5–60).' }),
  jumps: z
    .array(ClockJump)
    .default([])
    .meta({ description: 'Time skips between exercise modules: the calendar jumps forward; scenario time (deadlines, delays, rumours) runs on.' }),
});

export const Scenario = z.strictObject({
  $schema: z.string().optional().meta({ description: 'Path to the JSON Schema, for editors.' }),
  formatVersion: z.literal(FORMAT_VERSION).meta({ description: 'The format version this file is written in.' }),
  id: Id,
  title: LocalText.meta({ description: 'Shown in the scenario library.' }),
  summary: LocalText.meta({ description: 'One or two sentences for the library.' }),
  languages: z.array(LanguageCode).max(MAX_ITEMS.list).min(1).default(['en']).meta({ description: 'Languages the texts are written in; the first is the default.' }),
  duration: Duration.optional().meta({ description: 'Estimated real-time duration of a session.' }),
  difficulty: z.enum(DIFFICULTIES).default('intermediate').meta({ description: 'introductory, intermediate, advanced or expert.' }),
  tags: z.array(z.string()).max(MAX_ITEMS.list).default([]).meta({ description: 'For searching the library.' }),
  organisation: Organisation.meta({ description: 'Who is in crisis.' }),
  crisis: Crisis.meta({ description: 'What kind of crisis, and how bad.' }),
  clock: Clock.meta({ description: 'When it starts and how long it runs.' }),
  playbook: Id.optional().meta({
    description: "The organisation's crisis playbook (scenarios/playbooks/<id>.yaml): its team becomes `roles` (unless given here), its stakeholders and key messages come after the ones written here.",
  }),
  briefing: LocalText.optional().meta({ description: 'What the trainees are told before the clock starts.' }),
  objectives: z.array(LocalText).max(MAX_ITEMS.list).default([]).meta({ description: 'Exercise objectives (HSEEP), for the after-action report.' }),
  roles: Roles.meta({ description: 'Seats, the solo seat and the approval protocol.' }),
  personas: z.array(Persona).max(MAX_ITEMS.personas).default([]).meta({ description: 'People and outlets who send injects.' }),
  stakeholders: z.array(Stakeholder).max(MAX_ITEMS.stakeholders).min(1).meta({ description: 'Audiences whose trust is at stake.' }),
  facts: z.array(Fact).max(MAX_ITEMS.facts).default([]).meta({ description: 'Things that can be stated, and their truth over time.' }),
  keyMessages: z.array(KeyMessage).max(MAX_ITEMS.keyMessages).default([]).meta({ description: 'Approved lines.' }),
  rumours: z.array(Rumour).max(MAX_ITEMS.rumours).default([]).meta({ description: 'Rumours that spread unless countered.' }),
  variables: z.record(Id, z.union([Amount, z.boolean(), z.string()])).default({}).meta({ description: 'Scenario variables and their starting values, for conditions.' }),
  injects: z.array(Inject).max(MAX_ITEMS.injects).min(1).meta({ description: 'What happens to the trainees.' }),
  pressConferences: z.array(PressConference).max(MAX_ITEMS.pressConferences).default([]).meta({ description: 'Mock press conferences: questions in turn, with follow-ups.' }),
  endings: z.array(Ending).max(MAX_ITEMS.endings).min(1).meta({ description: 'Named outcomes, tried in order.' }),
});

/**
 * A scenario file as written: with a playbook, `roles` and `stakeholders` may come from it. The
 * published JSON Schema and the key reference describe this; loading merges the playbook in and
 * validates the result as a Scenario.
 */
export const ScenarioFile = Scenario.extend({
  roles: Roles.optional().meta({ description: 'Seats, the solo seat and the approval protocol (default: the playbook\'s team).' }),
  stakeholders: z.array(Stakeholder).default([]).meta({ description: 'Audiences whose trust is at stake, besides the playbook\'s (at least one in all).' }),
});

export type ScenarioDoc = z.infer<typeof Scenario>;
export type InjectDoc = z.infer<typeof Inject>;
export type OptionDoc = z.infer<typeof Option>;
export type EffectDoc = z.infer<typeof Effect>;
export type FactDoc = z.infer<typeof Fact>;
export type FactValueDoc = z.infer<typeof FactValue>;
export type KeyMessageDoc = z.infer<typeof KeyMessage>;
export type StakeholderDoc = z.infer<typeof Stakeholder>;
export type RumourDoc = z.infer<typeof Rumour>;
export type RumourSpreadDoc = z.infer<typeof RumourSpread>;
export type EndingDoc = z.infer<typeof Ending>;
export type AssertsDoc = z.infer<typeof Asserts>;
export type ExpectsDoc = z.infer<typeof Expects>;
export type PressConferenceDoc = z.infer<typeof PressConference>;
export type FreeTextDoc = z.infer<typeof FreeText>;
export type LocalTextDoc = z.infer<typeof LocalText>;
export type PersonaDoc = z.infer<typeof Persona>;
export type QuestionDoc = z.infer<typeof Question>;
export type FollowUpDoc = z.infer<typeof FollowUp>;
export type OpeningDoc = z.infer<typeof OpeningStatement>;
