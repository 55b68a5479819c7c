/**
 * The engine's state: plain JSON, so a saved session restores exactly, including running deadlines
 * (they are data here, not XState `after` timers, which are not restored from snapshots) and the
 * rumour model. A loaded save is validated against this schema before the engine touches it.
 */
import { z } from 'zod';
import { CHANNELS } from '../format/index.ts';
import { Annotation } from './annotation.ts';
import { Cause, EndCause } from './causes.ts';
import { EngineEvent } from './events.ts';
import { RumourRuntime } from './rumour-runtime.ts';

const Scalar = z.union([z.number(), z.boolean(), z.string()]);

export const InjectStatus = z.enum(['pending', 'active', 'overdue', 'responded', 'expired', 'delivered', 'skipped', 'cancelled']);
export type InjectStatus = z.infer<typeof InjectStatus>;

export const InjectRuntime = z.object({
  status: InjectStatus,
  /** Index into `firings` of the latest firing, or null before it first fires. */
  firing: z.number().int().nullable(),
  fireCount: z.number().int(),
  /** For `when` injects that may fire again: the condition's value at the last check (fires on false → true). */
  lastCondition: z.boolean(),
});
export type InjectRuntime = z.infer<typeof InjectRuntime>;

export const Firing = z.object({
  inject: z.string(),
  firedAt: z.number(),
  deadlineAt: z.number().nullable(),
  respondedAt: z.number().nullable(),
  /** An answer is waiting for sign-off. */
  pendingStatement: z.string().nullable(),
  statement: z.string().nullable(),
  option: z.string().nullable(),
  /** The deadline passed before an answer went out. */
  timedOut: z.boolean(),
  /** No more answers accepted (press-conference questions close at their deadline). */
  closed: z.boolean(),
  dodged: z.boolean(),
  contradicted: z.boolean(),
  /** Why it fired, for the debrief timeline (at 12m, after call-1 was answered, an option's effect). */
  cause: Cause,
});
export type Firing = z.infer<typeof Firing>;

// Key order matches how the engine builds timers, so a restored state serialises byte for byte alike.
export const Timer = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('fire'), at: z.number(), inject: z.string(), cause: Cause, seq: z.number().int() }),
  z.object({ kind: z.literal('deadline'), at: z.number(), firing: z.number().int(), seq: z.number().int() }),
  z.object({ kind: z.literal('approval'), at: z.number(), statement: z.string(), seat: z.string(), seq: z.number().int() }),
  z.object({ kind: z.literal('seed'), at: z.number(), rumour: z.string(), seq: z.number().int() }),
  /** A press conference waits for the trainee to call on someone; at this time the moderator does. */
  z.object({ kind: z.literal('press-pick'), at: z.number(), conference: z.string(), seq: z.number().int() }),
]);
export type Timer = z.infer<typeof Timer>;

export const StatementStatus = z.enum(['awaiting-approval', 'published', 'rejected']);

export const Statement = z.object({
  id: z.string(),
  seat: z.string(),
  submittedAt: z.number(),
  publishedAt: z.number().nullable(),
  status: StatementStatus,
  channel: z.enum(CHANNELS),
  /** Stakeholder ids that hear it. */
  audience: z.array(z.string()),
  text: z.string(),
  inject: z.string().nullable(),
  firing: z.number().int().nullable(),
  option: z.string().nullable(),
  annotation: Annotation,
  /** The analyser that read free text on the host (from the command), or null. */
  analyser: z.string().nullable(),
  /** Earlier statements this one contradicts without saying it is an update. */
  contradicts: z.array(z.string()),
  approvals: z.record(z.string(), z.number()),
  needs: z.array(z.string()),
  rejection: z.object({ seat: z.string(), reason: z.string() }).nullable(),
});
export type Statement = z.infer<typeof Statement>;

export const FactRuntime = z.object({
  /** Made public by an inject (a leak, a news story). */
  revealedAt: z.number().nullable(),
  /** First stated with a value on a public channel by the trainees. */
  disclosedAt: z.number().nullable(),
  /** First mentioned at all (any channel, any value, including "unknown"). */
  statedAt: z.number().nullable(),
});
export type FactRuntime = z.infer<typeof FactRuntime>;

/** A statement's promise of the next update ("we will update you by 10:00"), and when it was kept. */
export const PromisedUpdate = z.object({ statement: z.string(), due: z.number(), keptAt: z.number().nullable() });
export type PromisedUpdate = z.infer<typeof PromisedUpdate>;

export const EngineState = z.object({
  scenario: z.string(),
  seed: z.number().int(),
  now: z.number(),
  speed: z.number(),
  mode: z.enum(['solo', 'team']),
  seq: z.number().int(),
  injects: z.record(z.string(), InjectRuntime),
  firings: z.array(Firing),
  timers: z.array(Timer),
  vars: z.record(z.string(), Scalar),
  trust: z.record(z.string(), z.number()),
  rumours: z.record(z.string(), RumourRuntime),
  facts: z.record(z.string(), FactRuntime),
  keyMessages: z.record(z.string(), z.number().int()),
  statements: z.array(Statement),
  promises: z.array(PromisedUpdate),
  /** Set when the session ended: the ending chosen (null if none matched), when, why, and the facilitator's words. */
  ending: z.object({ id: z.string().nullable(), at: z.number(), cause: EndCause, note: z.string().nullable() }).nullable(),
  /** The ending an `end` effect asked for, applied at the end of the current step. */
  endRequested: z.string().nullable(),
  log: z.array(EngineEvent),
});
export type EngineState = z.infer<typeof EngineState>;
