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
import { DURATION_PATTERN } from './duration.ts';
import {
  ATTACHMENT_KINDS,
  CHANNELS,
  CLUSTERS,
  DIFFICULTIES,
  DISPOSITIONS,
  EMPATHY_ELEMENTS,
  FACT_KINDS,
  PENALTIES,
  PERSONA_KINDS,
  POSTURES,
  SEVERITIES,
  STAKEHOLDER_KINDS,
} from './vocabulary.ts';

export const FORMAT_VERSION = 1;

export const Id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]*$/, 'an id is lower-case letters, digits, "-" and "_", starting with a letter or digit (e.g. first-call)')
  .max(64, 'an id is at most 64 characters')
  .meta({ description: 'Stable identifier: lower-case letters, digits, "-" and "_".' });

export const Duration = z
  .string()
  .refine((s) => s.trim() === '0' || (s.trim() !== '' && DURATION_PATTERN.test(s.trim())), {
    message: 'a duration is written like 90s, 12m, 1h30m or 2d',
  })
  .meta({ description: 'A duration in scenario time: 90s, 12m, 1h30m, 72h, 2d.' });

export const LanguageCode = z
  .string()
  .regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/, 'a language code is like en, fr or pt-BR')
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

export const FactValue = z
  .union([z.number(), z.boolean(), z.string().min(1)])
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
  set: z.record(Id, z.union([z.number(), z.boolean(), z.string()])).meta({ description: 'Set variables.' }),
});
export const AddEffect = z.strictObject({ add: z.record(Id, z.number()).meta({ description: 'Add to numeric variables.' }) });
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
export const Effects = z.array(Effect);

// ---------------------------------------------------------------------------------------------

export const Asserts = z
  .strictObject({
    facts: z.record(Id, FactValue).default({}).meta({ description: 'Facts this answer states, with the value it gives ("unknown" = says it is not known yet).' }),
    updates: z.array(Id).default([]).meta({ description: 'Facts whose value this answer presents as a revision of an earlier figure, with a reason.' }),
    keyMessages: z.array(Id).default([]),
    empathy: z.array(EmpathyElement).default([]),
    penalties: z.array(Penalty).default([]),
    posture: Posture.optional(),
    instructions: z.boolean().default(false).meta({ description: 'Tells the public what to do to protect themselves.' }),
    nextUpdate: Duration.optional().meta({ description: 'Promises the next update this long after the answer.' }),
    contact: z.boolean().default(false).meta({ description: 'Says where to get more information (hotline, website).' }),
    unknowns: z.boolean().default(false).meta({ description: 'Says what is not known yet.' }),
    commitment: z.boolean().default(false).meta({ description: 'Commits to stay with the people affected through the crisis.' }),
  })
  .meta({ description: 'What an authored option says, in the terms the scorer uses. Free text gets the same annotations from the analyser.' });

export const ReplyBranch = z.strictObject({
  when: Condition.meta({ description: 'A condition that may use reply.* (what this answer said).' }),
  effects: Effects,
});

export const Option = z.strictObject({
  id: Id,
  label: LocalText.optional().meta({ description: 'Short button label (default: the start of the text).' }),
  text: LocalText,
  channel: Channel.optional().meta({ description: 'Channel it goes out on (default: the inject\'s reply channel).' }),
  audience: z.array(Id).optional().meta({ description: 'Stakeholders it is addressed to (default: whoever the channel reaches).' }),
  asserts: Asserts.default({ facts: {}, updates: [], keyMessages: [], empathy: [], penalties: [], instructions: false, contact: false, unknowns: false, commitment: false }),
  effects: Effects.default([]),
  feedback: LocalText.optional().meta({ description: 'Shown in the debrief next to this choice.' }),
});

export const FreeText = z.union([
  z.boolean(),
  z.strictObject({
    effects: Effects.default([]),
    branches: z.array(ReplyBranch).default([]),
    channel: Channel.optional(),
  }),
]);

export const Expects = z.strictObject({
  facts: z.array(Id).default([]),
  keyMessages: z.array(Id).default([]),
  audiences: z.array(Id).default([]),
  posture: z.array(Posture).default([]).meta({ description: 'Postures that suit this moment.' }),
  empathy: z.array(EmpathyElement).default([]),
  instructions: z.boolean().default(false),
});

export const Attachment = z.strictObject({
  kind: z.enum(ATTACHMENT_KINDS),
  title: LocalText,
  text: LocalText.optional(),
  caption: LocalText.optional(),
});

export const FacilitatorNotes = z.strictObject({
  purpose: LocalText.optional(),
  expected: LocalText.optional(),
  questions: z.array(LocalText).default([]),
});

export const RegulatorDeadline = z.strictObject({
  within: Duration.meta({ description: 'Time allowed from the inject (GDPR Art. 33: 72h).' }),
  requires: z.array(Id).default([]).meta({ description: 'Facts the filing must contain.' }),
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
  id: Id,
  title: LocalText.optional(),
  ...InjectTiming,
  channel: Channel,
  from: Id.optional().meta({ description: 'Persona who sends it.' }),
  to: z.array(Id).optional().meta({ description: 'Seats that receive it (default: every seat).' }),
  subject: LocalText.optional(),
  text: LocalText,
  attachments: z.array(Attachment).default([]),
  severity: Severity.default('medium'),
  deadline: Duration.optional().meta({ description: 'Answer within this long after it fires.' }),
  halfLife: Duration.optional().meta({ description: 'After the deadline, timeliness halves every halfLife (default: the deadline).' }),
  closesAtDeadline: z.boolean().optional().meta({ description: 'No late answers (default: true for press-conference questions, false otherwise).' }),
  regulator: RegulatorDeadline.optional(),
  options: z.array(Option).default([]),
  freeText: FreeText.default(false),
  replyChannel: Channel.optional(),
  expects: Expects.optional(),
  onResponse: Effects.default([]).meta({ description: 'Effects of any answer, before the option\'s own.' }),
  onTimeout: Effects.default([]).meta({ description: 'Effects when the deadline passes unanswered (contingency injects).' }),
  reveals: z.array(Id).default([]).meta({ description: 'Facts this inject makes public (a leak, a news story).' }),
  notes: FacilitatorNotes.optional(),
  tags: z.array(z.string()).default([]).meta({ description: 'Presentation hints for the UI and audio (sfx:phone, tone:hostile).' }),
});

export const FollowUpTrigger = z.enum(['dodged', 'contradicted', 'timeout', 'answered']);

export const FollowUp = z.strictObject({
  id: Id,
  if: FollowUpTrigger.meta({ description: 'dodged (the answer missed what was asked), contradicted (it conflicts with an earlier statement), timeout, answered.' }),
  from: Id.optional(),
  text: LocalText,
  options: z.array(Option).default([]),
  freeText: FreeText.default(true),
  expects: Expects.optional(),
});

export const Question = z.strictObject({
  id: Id,
  from: Id,
  text: LocalText,
  severity: Severity.default('high'),
  options: z.array(Option).default([]),
  freeText: FreeText.default(true),
  expects: Expects.optional(),
  followUps: z.array(FollowUp).default([]),
  notes: FacilitatorNotes.optional(),
});

export const PressConference = z.strictObject({
  id: Id,
  title: LocalText,
  at: InjectTiming.at,
  after: InjectTiming.after,
  when: InjectTiming.when,
  answerTime: Duration.default('2m').meta({ description: 'Time limit for each answer.' }),
  questions: z.array(Question).min(1),
});

export const Fact = z.strictObject({
  id: Id,
  label: LocalText,
  kind: z.enum(FACT_KINDS),
  cues: z.array(z.string().min(1)).min(1).meta({ description: 'Words that show a sentence is about this fact (batch, batches, lot).' }),
  unit: z.string().optional(),
  values: z
    .record(z.string().min(1), z.array(z.string().min(1)))
    .optional()
    .meta({ description: 'For text facts: each allowed value and the words that name it.' }),
  truth: z
    .array(z.strictObject({ from: Duration, value: FactValue, note: z.string().optional() }))
    .min(1)
    .meta({ description: 'What is true from each time on; "unknown" while nobody knows yet.' }),
  tolerance: z
    .union([z.number().min(0), z.string().regex(/^\d+(?:\.\d+)?%$/, 'a tolerance is a number or a percentage like 10%')])
    .optional()
    .meta({ description: 'How far a stated number may be from the truth and still be right.' }),
  discloseBy: Duration.optional().meta({ description: 'Must be disclosed publicly by this time.' }),
  confidential: z.boolean().default(false).meta({ description: 'Must not be disclosed (personal data, legal privilege).' }),
});

export const KeyMessage = z.strictObject({
  id: Id,
  text: LocalText,
  paraphrases: z.array(z.string().min(1)).default([]),
  concepts: z
    .array(z.array(z.string().min(1)).min(1))
    .default([])
    .meta({ description: 'Each inner list is one required concept and the words that express it.' }),
  audiences: z.array(Id).optional(),
});

export const RumourSpread = z.strictObject({
  lambda: z.number().positive().default(1).meta({ description: 'Spreading rate per scenario hour.' }),
  sigma: z.number().min(0).default(1).meta({ description: 'Stifling rate per scenario hour.' }),
  delta: z.number().min(0).default(0.05).meta({ description: 'Forgetting rate per scenario hour.' }),
  s0: z.number().gt(0).max(0.5).default(0.001).meta({ description: 'Share of the audience spreading it when it is seeded.' }),
  kappa: z.number().min(0).default(0.6).meta({ description: 'Reach rate of a fully credible correction per hour.' }),
  tau: Duration.default('6h').meta({ description: 'How fast a correction fades from the news cycle.' }),
  epsilon: Fraction.default(0.7).meta({ description: 'Share of those reached by the correction who accept it.' }),
});

export const Rumour = z.strictObject({
  id: Id,
  claim: LocalText,
  isTrue: z.boolean().default(false),
  seed: Duration.optional().meta({ description: 'Seeded at this time (or by a seedRumour effect).' }),
  audiences: z.array(Id).min(1).meta({ description: 'Stakeholders among whom it spreads.' }),
  channels: z.array(Channel).default(['social']).meta({ description: 'Where it circulates; a correction must reach these audiences.' }),
  counteredBy: z.array(Id).default([]).meta({ description: 'Facts or key messages that correct it when stated.' }),
  spread: RumourSpread.default({ lambda: 1, sigma: 1, delta: 0.05, s0: 0.001, kappa: 0.6, tau: '6h', epsilon: 0.7 }),
  population: z.number().int().positive().default(100_000).meta({ description: 'People in the audience (feed volume).' }),
});

export const Seat = z.strictObject({ id: Id, name: LocalText, description: LocalText.optional() });

export const Roles = z.strictObject({
  seats: z.array(z.union([Id, Seat])).min(1),
  solo: Id.meta({ description: 'The seat a solo trainee takes.' }),
  approvals: z.partialRecord(Channel, z.array(Id)).default({}).meta({ description: 'Seats that must sign off before anything goes out on a channel.' }),
  approvalTime: z.record(Id, Duration).default({}).meta({ description: 'In solo play, how long each simulated approver takes (default 5m).' }),
});

export const Persona = z.strictObject({
  id: Id,
  name: z.string().min(1),
  kind: z.enum(PERSONA_KINDS),
  outlet: z.string().optional(),
  disposition: z.enum(DISPOSITIONS).default('neutral'),
  influence: Fraction.default(0.5),
  language: LanguageCode.optional(),
});

export const Stakeholder = z.strictObject({
  id: Id,
  name: LocalText,
  kind: z.enum(STAKEHOLDER_KINDS),
  trust: Fraction.default(0.6),
  weight: z.number().positive().default(1).meta({ description: 'How much this audience counts in overall trust.' }),
  victims: z.array(z.string().min(1)).default([]).meta({ description: 'Words that name the people harmed (children, families).' }),
  sensitivities: z.array(z.string().min(1)).default([]),
  avoid: z.array(z.string().min(1)).default([]).meta({ description: 'Words this audience must not hear (euphemisms, blame).' }),
  reachedBy: z.array(Channel).optional().meta({ description: 'Channels that reach it (default: by kind).' }),
  language: LanguageCode.optional(),
});

export const Ending = z.strictObject({
  id: Id,
  title: LocalText,
  summary: LocalText.optional(),
  when: Condition.optional(),
  otherwise: z.literal(true).optional().meta({ description: 'The ending when no other matches.' }),
  early: z.boolean().default(false).meta({ description: 'End the scenario as soon as `when` holds, not only at the end.' }),
});

export const Crisis = z.strictObject({
  cluster: Cluster,
  severity: Severity,
  type: z.string().optional().meta({ description: 'SCCT crisis type, e.g. "product harm (human error)".' }),
  history: z.boolean().default(false).meta({ description: 'Similar crises before (raises expectations).' }),
  reputation: z.enum(['favourable', 'neutral', 'unfavourable']).default('neutral'),
  compensation: z.boolean().default(true).meta({ description: 'Compensation is an appropriate offer here.' }),
  publicMustAct: z.boolean().default(false).meta({ description: 'The public must do something to be safe (instructions expected).' }),
  euphemisms: z.array(z.string().min(1)).default([]),
});

export const Scenario = z.strictObject({
  $schema: z.string().optional(),
  formatVersion: z.literal(FORMAT_VERSION),
  id: Id,
  title: LocalText,
  summary: LocalText,
  languages: z.array(LanguageCode).min(1).default(['en']),
  duration: Duration.optional().meta({ description: 'Estimated real-time duration of a session.' }),
  difficulty: z.enum(DIFFICULTIES).default('intermediate'),
  tags: z.array(z.string()).default([]),
  organisation: z.strictObject({ name: z.string().min(1), sector: z.string().min(1), country: z.string().optional() }),
  crisis: Crisis,
  clock: z.strictObject({
    start: z.iso.datetime({ offset: true }).meta({ description: 'Wall-clock date and time of scenario minute 0 (ISO 8601 with offset).' }),
    length: Duration,
    speed: z.number().min(0.5).max(60).default(10).meta({ description: 'Scenario minutes per real minute.' }),
  }),
  briefing: LocalText.optional(),
  objectives: z.array(LocalText).default([]),
  roles: Roles,
  personas: z.array(Persona).default([]),
  stakeholders: z.array(Stakeholder).min(1),
  facts: z.array(Fact).default([]),
  keyMessages: z.array(KeyMessage).default([]),
  rumours: z.array(Rumour).default([]),
  variables: z.record(Id, z.union([z.number(), z.boolean(), z.string()])).default({}),
  injects: z.array(Inject).min(1),
  pressConferences: z.array(PressConference).default([]),
  endings: z.array(Ending).min(1),
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
