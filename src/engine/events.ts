/**
 * The engine's events: everything that happens in a session, in order, as typed data. The UI, the
 * session server, the report and the audio layer consume these and nothing else. One payload schema
 * per type; docs/events.md is generated from this file (`npm run docs:events`) and a test keeps it
 * current. Reasons are codes with ids (causes.ts), never sentences.
 *
 * Versioned: `EVENTS_VERSION` changes when a payload changes shape. Saves carry their events, and
 * the save's version (session.ts) moves with it, so an old save is read through a migration step.
 */
import { z } from 'zod';
import { CHANNELS, FOLLOW_UP_TRIGGERS, PICKING, QUESTION_KINDS } from '../format/index.ts';
import { Cause, EndCause, TrustFactor } from './causes.ts';
import { Cue } from './scoring/cue.ts';

export const EVENTS_VERSION = 1;

const Id = z.string();
const Ms = z.number();
const Scalar = z.union([z.number(), z.boolean(), z.string()]);
const Channel = z.enum(CHANNELS);
const Asked = z.enum([...QUESTION_KINDS, 'opening']).meta({ description: 'The question kind, or `opening` for the opening statement.' });
const Trigger = z.enum(FOLLOW_UP_TRIGGERS);
const Headline = z
  .object({
    sentence: z.string().meta({ description: 'The sentence a reporter would quote, in the trainee\'s words.' }),
    index: z.number().int().meta({ description: 'Its place in the answer, from 1.' }),
    sentences: z.number().int(),
    words: z.number().int().meta({ description: 'Words in the whole answer.' }),
    outOfContext: z.boolean().meta({ description: 'The answer ran past a quotable length, so the reporter chose what to quote.' }),
  })
  .meta({ description: 'The headline this answer would make (`headline()` in the engine API).' });
const EarlierWords = z
  .object({
    fact: Id,
    statement: Id.meta({ description: 'The earlier statement quoted.' }),
    at: Ms.meta({ description: 'When it went out (scenario ms).' }),
    time: z.string().nullable().meta({ description: 'Its wall-clock time, HH:MM in the scenario\'s time zone.' }),
    quote: z.string().meta({ description: 'The trainee\'s earlier words: the sentence with the earlier figure.' }),
    earlier: Scalar,
    later: Scalar,
  })
  .meta({ description: 'What a contradiction follow-up quotes back from the message ledger.' });

/** Payload of each event type. Key order is the order the engine writes them, so saves round-trip byte for byte. */
export const EVENT_PAYLOADS = {
  'session.started': z.object({ scenario: Id, seed: z.number().int(), mode: z.enum(['solo', 'team']) }).meta({ description: 'The session started (phase briefing → running); scheduled injects and rumour seedings are set.' }),
  'session.paused': z.object({}).meta({ description: 'The clock stopped (phase running → paused).' }),
  'session.resumed': z.object({}).meta({ description: 'The clock runs again (phase paused → running).' }),
  'session.ended': z
    .object({
      ending: Id.nullable().meta({ description: 'The ending reached, or null if none matched.' }),
      cause: EndCause,
      note: z.string().nullable().meta({ description: "The facilitator's words, when a `session.end` command gave any." }),
    })
    .meta({ description: 'The session ended; only notes are accepted from now on.' }),
  'speed.changed': z.object({ speed: z.number() }).meta({ description: 'Scenario seconds per real second.' }),
  'note.added': z
    .object({ text: z.string(), by: z.string().meta({ description: 'The seat that wrote it, `facilitator`, `system`, or `scenario` for a note effect.' }) })
    .meta({ description: 'A note for the debrief (hot-wash notes may come after the end).' }),
  'inject.fired': z
    .object({
      inject: Id,
      firing: z.number().int().meta({ description: 'Index of this firing (an inject that fires again gets a new one).' }),
      channel: Channel,
      from: Id.nullable().meta({ description: 'The persona it comes from.' }),
      to: z.array(Id).nullable().meta({ description: 'The seats it is addressed to (null: every seat).' }),
      deadlineAt: Ms.nullable().meta({ description: 'When the answer is due (scenario ms), or null if it needs no answer or has no deadline.' }),
      cause: Cause,
    })
    .meta({ description: 'An inject arrived. Open (answerable) until answered, or until its deadline if it closes then.' }),
  'inject.skipped': z.object({ inject: Id, cause: Cause }).meta({ description: 'An inject was due but its `if` condition was false.' }),
  'inject.cancelled': z.object({ inject: Id, cause: Cause }).meta({ description: 'A pending inject will not fire.' }),
  'inject.delayed': z
    .object({
      inject: Id,
      by: Ms.meta({ description: 'How much later (scenario ms).' }),
      at: Ms.meta({ description: 'When it is now due (scenario ms).' }),
    })
    .meta({ description: 'The facilitator moved an inject still to come later.' }),
  'inject.deadline': z
    .object({ inject: Id, firing: z.number().int(), closed: z.boolean().meta({ description: 'No answer is accepted any more (press-conference questions).' }) })
    .meta({ description: 'An inject went past its deadline unanswered.' }),
  'inject.responded': z
    .object({ inject: Id, firing: z.number().int(), statement: Id, option: Id.nullable(), dodged: z.boolean(), contradicted: z.boolean() })
    .meta({ description: 'A published statement answered an open inject; its effects follow.' }),
  'statement.submitted': z
    .object({
      statement: Id,
      seat: Id,
      channel: Channel,
      inject: Id.nullable(),
      option: Id.nullable(),
      needs: z.array(Id).meta({ description: 'The seats that must approve it before it goes out (empty: published at once).' }),
      analyser: z.string().nullable().meta({ description: 'The analyser that read free text (from the command), or null.' }),
    })
    .meta({ description: 'A statement was drafted; it is published now or after its approvals.' }),
  'statement.approved': z.object({ statement: Id, seat: Id }).meta({ description: 'A seat signed a statement off.' }),
  'statement.rejected': z.object({ statement: Id, seat: Id, reason: z.string().meta({ description: "The approver's own words." }) }).meta({ description: 'A seat sent a statement back; the inject it answered stays open.' }),
  'statement.published': z
    .object({ statement: Id, channel: Channel, inject: Id.nullable(), option: Id.nullable(), audience: z.array(Id).meta({ description: 'Stakeholder ids that hear it.' }) })
    .meta({ description: 'A statement went out; trust, rumours, promises and the ledger react.' }),
  'rumour.seeded': z.object({ rumour: Id, cause: Cause }).meta({ description: 'A rumour started spreading.' }),
  'rumour.boosted': z.object({ rumour: Id, share: z.number(), cause: Cause }).meta({ description: 'An effect added spreaders to a rumour.' }),
  'rumour.countered': z
    .object({
      rumour: Id,
      statement: Id.nullable().meta({ description: 'The statement that corrected it, or null for a scenario effect.' }),
      credibility: z.number().meta({ description: "The organisation's credibility (0–1), which scales the correction." }),
      cause: Cause,
    })
    .meta({ description: 'A false rumour was corrected.' }),
  'rumour.confirmed': z.object({ rumour: Id, statement: Id }).meta({ description: 'A true rumour was confirmed honestly.' }),
  'rumour.denied-wrongly': z.object({ rumour: Id, statement: Id }).meta({ description: 'A true rumour was denied; it backfires when the truth comes out.' }),
  'rumour.denial-exposed': z.object({ rumour: Id, fact: Id }).meta({ description: 'The truth behind a wrongly denied rumour came out.' }),
  'fact.revealed': z.object({ fact: Id, cause: Cause, value: Scalar.meta({ description: 'The true value at that moment.' }) }).meta({ description: 'A fact became public (a leak, a news story).' }),
  'variable.set': z.object({ name: Id, value: Scalar, cause: Cause }).meta({ description: 'A scenario variable changed.' }),
  'trust.changed': z
    .object({
      stakeholder: Id,
      delta: z.number().meta({ description: 'The change, rounded to 0.001.' }),
      trust: z.number().meta({ description: 'Trust after the change (0–1), rounded to 0.001.' }),
      cause: Cause,
      factors: z.array(TrustFactor).meta({ description: "For a statement: why it moved trust (empty otherwise)." }),
    })
    .meta({ description: "An audience's trust moved." }),
  'press.opened': z
    .object({
      conference: Id,
      journalists: z.array(Id).meta({ description: 'Everyone with a question, in the order their questions are written.' }),
      moderator: Id.nullable(),
      picking: z.enum(PICKING),
    })
    .meta({ description: 'A press conference began (its opening statement or its first question comes next).' }),
  'press.hands-raised': z
    .object({
      conference: Id,
      journalists: z.array(Id).meta({ description: 'Journalists with a question left, most influential first.' }),
      picking: z.enum(PICKING),
      pickBy: Ms.nullable().meta({ description: 'With picking by the trainee: when the moderator picks instead (scenario ms).' }),
    })
    .meta({ description: 'Hands went up for the next question.' }),
  'press.picked': z
    .object({ conference: Id, journalist: Id, inject: Id.meta({ description: 'The question they will ask.' }), by: z.enum(['trainee', 'moderator']) })
    .meta({ description: 'A journalist was called on.' }),
  'press.question': z
    .object({
      conference: Id,
      inject: Id,
      journalist: Id.nullable().meta({ description: 'Who asks (the moderator, or nobody, for the opening statement).' }),
      kind: Asked,
      followUpOf: Id.nullable(),
      trigger: Trigger.nullable().meta({ description: 'For a follow-up: what in the answer called for it.' }),
      text: z.string().nullable().meta({ description: 'The question with the trainee\'s own words filled in (contradiction follow-ups); null when it is asked as written.' }),
      quote: EarlierWords.nullable(),
    })
    .meta({ description: 'A question (or the call for the opening statement) was put to the trainee; `inject.fired` carries its deadline.' }),
  'press.answered': z
    .object({
      conference: Id,
      inject: Id,
      statement: Id,
      kind: Asked,
      dodged: z.boolean(),
      triggers: z.array(Trigger).meta({ description: 'What the answer set off (a follow-up fires for the first the question has).' }),
      score: z.number().meta({ description: 'The answer\'s press score, 0–100.' }),
      cues: z.array(Cue).meta({ description: 'Why: the press cues (`cue.press.*`).' }),
      headline: Headline.nullable(),
    })
    .meta({ description: 'An answer at a press conference went out: how the room heard it and the headline it makes.' }),
  'press.closed': z.object({ conference: Id }).meta({ description: 'No questions are left: the press conference is over.' }),
  'engine.loop-stopped': z
    .object({ passes: z.number().int() })
    .meta({ description: "The scenario's conditions and effects kept triggering each other; the engine stopped them for this moment." }),
} as const;

export type EventType = keyof typeof EVENT_PAYLOADS;
export const EVENT_TYPES = Object.keys(EVENT_PAYLOADS) as EventType[];

export type EventData<T extends EventType> = z.infer<(typeof EVENT_PAYLOADS)[T]>;

/** One entry of the event log: its sequence number, the scenario time, the type and its payload. */
export type EngineEvent = { [T in EventType]: { readonly seq: number; readonly at: number; readonly type: T; readonly data: EventData<T> } }[EventType];
export type EventOf<T extends EventType> = Extract<EngineEvent, { type: T }>;

const eventSchema = <T extends EventType>(type: T) => z.object({ seq: z.number().int(), at: Ms, type: z.literal(type), data: EVENT_PAYLOADS[type] });

/** The schema of a logged event, used to validate saves and event streams from elsewhere. */
export const EngineEvent = z.discriminatedUnion(
  'type',
  EVENT_TYPES.map(eventSchema) as unknown as [ReturnType<typeof eventSchema<'session.started'>>],
) as unknown as z.ZodType<EngineEvent>;
