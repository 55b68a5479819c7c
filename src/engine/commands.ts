/**
 * What hosts (the game, the session server, the CLI, a facilitator console) can ask the engine to
 * do. Validated here, so a malformed message from a client gets a clear refusal and changes nothing.
 */
import { z } from 'zod';
import { CHANNELS } from '../format/vocabulary.ts';

/** Longest statement accepted: about 3,000 words. A pasted report gets a clear refusal, not a stall. */
export const MAX_STATEMENT_CHARS = 20_000;

const Ms = z.number().int().min(0).max(366 * 24 * 3_600_000);

export const Command = z.discriminatedUnion('type', [
  z.object({ type: z.literal('session.start') }),
  z.object({ type: z.literal('session.pause') }),
  z.object({ type: z.literal('session.resume') }),
  z.object({ type: z.literal('session.end'), reason: z.string().max(200).optional() }),
  z.object({ type: z.literal('clock.advance'), by: Ms }),
  z.object({ type: z.literal('clock.advanceTo'), to: Ms }),
  z.object({ type: z.literal('clock.skip'), until: Ms.optional() }),
  z.object({ type: z.literal('speed.set'), speed: z.number().min(0.5).max(60) }),
  z.object({
    type: z.literal('statement.submit'),
    seat: z.string().max(64).optional(),
    inject: z.string().max(64).optional(),
    option: z.string().max(64).optional(),
    text: z.string().max(MAX_STATEMENT_CHARS).optional(),
    channel: z.enum(CHANNELS).optional(),
    audience: z.array(z.string().max(64)).max(32).optional(),
  }),
  z.object({ type: z.literal('statement.approve'), statement: z.string().max(64), seat: z.string().max(64) }),
  z.object({ type: z.literal('statement.reject'), statement: z.string().max(64), seat: z.string().max(64), reason: z.string().max(2000) }),
  z.object({ type: z.literal('inject.fire'), inject: z.string().max(64) }),
  z.object({ type: z.literal('note.add'), text: z.string().min(1).max(MAX_STATEMENT_CHARS), by: z.string().max(64).optional() }),
]);
export type Command = z.infer<typeof Command>;
export type CommandType = Command['type'];
