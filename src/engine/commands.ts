/**
 * What hosts (the game, the session server, the CLI, a facilitator console) can ask the engine to
 * do. Validated here, so a malformed message from a client gets a coded refusal and changes
 * nothing. Who may send each command is in actors.ts; which phase accepts it is the statechart's
 * (lifecycle.ts). A command never names the seat it comes from: the actor it is sent as does.
 */
import { z } from 'zod';
import { CHANNELS } from '../format/index.ts';
import { Annotation } from './annotation.ts';

/** Longest statement accepted: about 3,000 words. A pasted report gets a clear refusal, not a stall. */
export const MAX_STATEMENT_CHARS = 20_000;

const Ms = z.number().int().min(0).max(366 * 24 * 3_600_000);
const Id = z.string().max(64);

export const StatementSubmit = z.object({
  type: z.literal('statement.submit'),
  /** The inject it answers; absent for an unprompted statement. */
  inject: Id.optional(),
  /** An authored option of that inject… */
  option: Id.optional(),
  /** …or free text. */
  text: z.string().max(MAX_STATEMENT_CHARS).optional(),
  channel: z.enum(CHANNELS).optional(),
  audience: z.array(Id).max(32).optional(),
  /**
   * What the free text says, read by the host's analyser when the statement was submitted (see
   * `annotateSubmit`). The engine never runs the analyser itself, so a saved session or a server's
   * event stream replays without one. Without it, free text counts only its words.
   */
  annotation: Annotation.optional(),
  /** Which analyser (and version) produced the annotation. */
  analyser: z.string().max(64).optional(),
});
export type StatementSubmit = z.infer<typeof StatementSubmit>;

export const Command = z.discriminatedUnion('type', [
  z.object({ type: z.literal('session.start') }),
  z.object({ type: z.literal('session.pause') }),
  z.object({ type: z.literal('session.resume') }),
  /** `note`: the facilitator's words on why, kept with the ending. */
  z.object({ type: z.literal('session.end'), note: z.string().max(200).optional() }),
  z.object({ type: z.literal('clock.advance'), by: Ms }),
  z.object({ type: z.literal('clock.advanceTo'), to: Ms }),
  z.object({ type: z.literal('clock.skip'), until: Ms.optional() }),
  z.object({ type: z.literal('speed.set'), speed: z.number().min(0.5).max(60) }),
  StatementSubmit,
  z.object({ type: z.literal('statement.approve'), statement: Id }),
  z.object({ type: z.literal('statement.reject'), statement: Id, reason: z.string().max(2000) }),
  z.object({ type: z.literal('inject.fire'), inject: Id }),
  /** The facilitator drops an inject that has not fired: it will not fire on its own (firing it by hand still works). */
  z.object({ type: z.literal('inject.skip'), inject: Id }),
  /** The facilitator moves an inject whose time is set (`at`, or `after` an inject that happened) `by` ms later. */
  z.object({ type: z.literal('inject.delay'), inject: Id, by: Ms.min(1) }),
  z.object({ type: z.literal('note.add'), text: z.string().min(1).max(MAX_STATEMENT_CHARS) }),
  /** At a press conference where the trainee picks: call on a journalist whose hand is up. */
  z.object({ type: z.literal('press.pick'), conference: Id, journalist: Id }),
]);
export type Command = z.infer<typeof Command>;
export type CommandType = Command['type'];
export const COMMAND_TYPES = Command.options.map((o) => o.shape.type.value) as readonly CommandType[];
