/**
 * What clients may send the session server, and what it sends back. Every message is validated
 * here (shape and size) before anything reads it; a message that fails gets an error reply with a
 * code and changes nothing. Text from clients is data: it is never rendered as HTML anywhere.
 */
import { z } from 'zod';
import { CHANNELS, DIMENSIONS } from '../format/index.ts';
import { MAX_STATEMENT_CHARS } from '../engine/index.ts';

const Id = z.string().min(1).max(64);
const Text = (max: number) => z.string().max(max);

/** What a seat or the facilitator may ask the engine to do; the actor comes from the seat, never the message. */
export const ClientCommand = z.discriminatedUnion('type', [
  z.object({ type: z.literal('session.start') }).strict(),
  z.object({ type: z.literal('session.pause') }).strict(),
  z.object({ type: z.literal('session.resume') }).strict(),
  z.object({ type: z.literal('session.end'), note: Text(200).optional() }).strict(),
  z.object({ type: z.literal('speed.set'), speed: z.number().min(0.5).max(60) }).strict(),
  z.object({ type: z.literal('clock.skip') }).strict(),
  z.object({ type: z.literal('inject.fire'), inject: Id }).strict(),
  z.object({ type: z.literal('inject.skip'), inject: Id }).strict(),
  // Up to a day of scenario time: longer than any exercise.
  z.object({ type: z.literal('inject.delay'), inject: Id, by: z.number().int().min(1).max(24 * 3_600_000) }).strict(),
  z
    .object({
      type: z.literal('statement.submit'),
      inject: Id.optional(),
      option: Id.optional(),
      text: Text(MAX_STATEMENT_CHARS).optional(),
      channel: z.enum(CHANNELS).optional(),
      audience: z.array(Id).max(32).optional(),
    })
    .strict(),
  z.object({ type: z.literal('statement.approve'), statement: Id }).strict(),
  z.object({ type: z.literal('statement.reject'), statement: Id, reason: Text(2000) }).strict(),
]);
export type ClientCommand = z.infer<typeof ClientCommand>;

export const MESSAGE_LIMITS = { chat: 2000, note: 4000, improvise: 4000, hotWash: 4000, review: 1000, name: 60 } as const;

/** Client → server messages, by Colyseus message type. */
export const ClientMessages = {
  command: ClientCommand,
  chat: z.object({ text: z.string().trim().min(1).max(MESSAGE_LIMITS.chat) }).strict(),
  typing: z.object({ inject: Id.nullable(), typing: z.boolean() }).strict(),
  note: z.object({ text: z.string().trim().min(1).max(MESSAGE_LIMITS.note), inject: Id.nullable().optional() }).strict(),
  improvise: z
    .object({
      persona: Id,
      channel: z.enum(CHANNELS),
      subject: Text(200).optional(),
      text: z.string().trim().min(1).max(MESSAGE_LIMITS.improvise),
      /** Seats it goes to; absent: every seat. */
      to: z.array(Id).max(16).optional(),
    })
    .strict(),
  /** The evaluator confirms or changes a capability's proposed rating (after the end), or one cue of a statement; the server works out what was proposed. */
  review: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('rating'), dimension: z.enum(DIMENSIONS), rating: z.enum(['P', 'S', 'M', 'U']), reason: z.string().trim().min(1).max(MESSAGE_LIMITS.review) }).strict(),
    z
      .object({
        kind: z.literal('cue'),
        statement: Id,
        /** The cue's position in the statement's cues, as the replica's scorer lists them. */
        cue: z.number().int().min(0).max(999),
        /** The points it should carry: its proposed points confirm it, 0 strikes it out. */
        points: z.number().min(-100).max(100),
        reason: z.string().trim().min(1).max(MESSAGE_LIMITS.review),
      })
      .strict(),
  ]),
  hotwash: z
    .object({
      wentWell: z.string().max(MESSAGE_LIMITS.hotWash),
      improve: z.string().max(MESSAGE_LIMITS.hotWash),
    })
    .strict(),
  'hotwash.open': z.object({}).strict(),
  'report.make': z.object({}).strict(),
  /** Hands the made report out: from then on every seat may download it. */
  'report.share': z.object({}).strict(),
} as const;
export type ClientMessageType = keyof typeof ClientMessages;
export type ReviewMessage = z.infer<typeof ClientMessages.review>;
export const CLIENT_MESSAGE_TYPES = Object.keys(ClientMessages) as ClientMessageType[];

/** Who may send each message: the facilitator, a seat, or both. Observers send only chat, typing and the hot wash. */
export const MESSAGE_SENDERS: Readonly<Record<ClientMessageType, readonly ('facilitator' | 'seat' | 'observer')[]>> = {
  command: ['facilitator', 'seat'],
  chat: ['facilitator', 'seat', 'observer'],
  typing: ['seat'],
  note: ['facilitator', 'observer'],
  improvise: ['facilitator'],
  review: ['facilitator'],
  hotwash: ['facilitator', 'seat', 'observer'],
  'hotwash.open': ['facilitator'],
  'report.make': ['facilitator'],
  'report.share': ['facilitator'],
};

/** Error replies: a code, and the parameters a client needs to say what went wrong. */
export type ServerError =
  | { readonly code: 'error.unknown-type'; readonly params: { readonly type: string } }
  | { readonly code: 'error.malformed'; readonly params: { readonly path: string; readonly issue: string } }
  | { readonly code: 'error.too-long'; readonly params: { readonly path: string; readonly max: number } }
  | { readonly code: 'error.not-allowed'; readonly params: { readonly type: string; readonly role: string } }
  | { readonly code: 'error.rate-limited'; readonly params: { readonly retryMs: number } }
  | { readonly code: 'error.storage'; readonly params: Record<string, never> }
  | { readonly code: 'error.phase'; readonly params: { readonly phase: string } }
  | { readonly code: 'error.unknown-target'; readonly params: { readonly target: string } }
  | { readonly code: 'error.no-report'; readonly params: Record<string, never> }
  | { readonly code: 'error.refused'; readonly params: { readonly refusal: { readonly code: string; readonly params: Readonly<Record<string, unknown>> } } };

export function validationError(error: z.ZodError): ServerError {
  const issue = error.issues[0];
  const path = issue ? issue.path.join('.') : '';
  if (issue?.code === 'too_big' && typeof issue.maximum === 'number' && issue.origin === 'string') return { code: 'error.too-long', params: { path, max: issue.maximum } };
  return { code: 'error.malformed', params: { path, issue: issue?.code ?? 'invalid' } };
}

/** The room's own records, in the session log beside the engine's commands. */
const ChatLine = z.object({ type: z.literal('chat'), from: z.string(), name: z.string().nullable(), text: z.string(), scenarioAt: z.number() });
const Improvised = z.object({
  type: z.literal('improvised'),
  id: z.string(),
  persona: z.string(),
  channel: z.string(),
  subject: z.string().nullable(),
  text: z.string(),
  to: z.array(z.string()).nullable(),
  scenarioAt: z.number(),
});
const HotWashOpened = z.object({ type: z.literal('hotwash.opened') });
const ReportReady = z.object({ type: z.literal('report.ready') });
const ReportShared = z.object({ type: z.literal('report.shared') });
export const ServerEvent = z.discriminatedUnion('type', [ChatLine, Improvised, HotWashOpened, ReportReady, ReportShared]);
export type ServerEvent = z.infer<typeof ServerEvent>;
export type ChatLine = z.infer<typeof ChatLine>;
export type Improvised = z.infer<typeof Improvised>;
