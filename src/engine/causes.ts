/**
 * Why something happened, as data: `{ code, params }` with ids and numbers, never sentences. The
 * event log, the firings and the ending carry these; hosts turn them into words through the message
 * catalogue (`cause.*`, `end.*`, `trust.*` keys in src/i18n), so a session reads the same in every
 * language and nothing ever parses a reason back.
 */
import { z } from 'zod';
import { AFTER_EVENTS, FOLLOW_UP_TRIGGERS } from '../format/index.ts';

const Id = z.string();
const Ms = z.number();
/** An effect scheduled for later (`fire: { inject, in: 5m }`) keeps its source and adds the delay. */
const Delay = { delay: Ms.optional() };

const coded = <C extends string, P extends z.ZodRawShape>(code: C, params: P, description: string) =>
  z.object({ code: z.literal(code), params: z.object(params) }).meta({ description });

/** What made an inject fire, be skipped or cancelled, a rumour start, a fact come out or trust move. */
export const Cause = z.discriminatedUnion('code', [
  coded('cause.at', { at: Ms }, 'Scheduled at a scenario time (`at:`).'),
  coded('cause.after', { inject: Id, event: z.enum(AFTER_EVENTS), delay: Ms }, 'A delay after another inject fired, was answered, expired or was resolved (`after:`).'),
  coded('cause.facilitator', {}, 'Fired by hand by the facilitator.'),
  coded('cause.facilitator-skip', {}, 'Skipped by the facilitator before it fired (the inject is cancelled).'),
  coded('cause.when', {}, 'Its `when` condition became true.'),
  coded('cause.unless', {}, 'Its `unless` condition became true (the inject is cancelled).'),
  coded('cause.guard', {}, 'Its `if` condition was false when it was due (the inject is skipped).'),
  coded('cause.answer', { inject: Id, ...Delay }, 'An effect of answering the inject (`onResponse`, free-text effects).'),
  coded('cause.option', { inject: Id, option: Id, ...Delay }, "An effect of the option chosen to answer the inject."),
  coded('cause.branch', { inject: Id, ...Delay }, "An effect of a free-text answer's branch whose condition held."),
  coded('cause.timeout', { inject: Id, ...Delay }, 'An effect of the inject going unanswered past its deadline (`onTimeout`).'),
  coded('cause.follow-up', { inject: Id, trigger: z.enum(FOLLOW_UP_TRIGGERS) }, 'A press-conference follow-up, because of how the question was (or was not) answered.'),
  coded('cause.next-question', { inject: Id }, 'The next press-conference question after the one given, called by the moderator in the order written.'),
  coded('cause.picked', { conference: Id, journalist: Id, by: z.enum(['trainee', 'moderator']) }, "A press-conference question from the journalist picked from the raised hands (by the trainee, or by the moderator when the trainee's time to pick ran out)."),
  coded('cause.interruption', { inject: Id }, 'A reporter cut in on the answer to the question given (a question of kind `interruption`).'),
  coded('cause.scheduled', {}, "A rumour's scheduled seeding (`seedAt:`)."),
  coded('cause.reveal', { inject: Id }, 'A fact made public by an inject (`reveals:`).'),
  coded('cause.statement', { statement: Id }, 'A published statement.'),
  coded('cause.silence', { rumour: Id }, 'Silence while a rumour spreads uncorrected.'),
  coded('cause.denial-exposed', { rumour: Id }, 'A denial of a true rumour was exposed.'),
]);
export type Cause = z.infer<typeof Cause>;
export type CauseCode = Cause['code'];

/** How the session ended. */
export const EndCause = z.discriminatedUnion('code', [
  coded('end.requested', { by: z.enum(['trainee', 'approver', 'facilitator', 'system']) }, 'Ended by a `session.end` command.'),
  coded('end.clock', {}, "The scenario's clock ran out."),
  coded('end.effect', {}, 'An effect ended the scenario (`end:`).'),
  coded('end.early', { ending: Id }, 'An early ending was reached.'),
]);
export type EndCause = z.infer<typeof EndCause>;

/** Why a statement moved an audience's trust (one statement usually has several). */
export const TrustFactor = z.discriminatedUnion('code', [
  coded('trust.in-time', {}, 'Answered within the deadline.'),
  coded('trust.late', {}, 'Answered after the deadline.'),
  coded('trust.unprompted', {}, 'Spoke up without being asked.'),
  coded('trust.wrong', { fact: Id }, 'A claim about the fact was wrong.'),
  coded('trust.speculated', { fact: Id }, 'Stated a value for the fact before anyone knew it.'),
  coded('trust.accurate', { count: z.number().int() }, 'Accurate facts.'),
  coded('trust.contradicted', { count: z.number().int() }, 'Contradicted earlier statements.'),
  coded('trust.empathy', {}, 'Responsibility, corrective action or concern.'),
  coded('trust.penalty', { penalty: z.string() }, 'A penalty the statement earned (victim-blaming, "no comment", …).'),
  coded('trust.offensive-words', {}, 'Words this audience must not hear.'),
]);
export type TrustFactor = z.infer<typeof TrustFactor>;

/** Adds a delay to an effect's cause (`fire` with `in:`), keeping its source. */
export function delayed(cause: Cause, delay: number): Cause {
  switch (cause.code) {
    case 'cause.answer':
    case 'cause.option':
    case 'cause.branch':
    case 'cause.timeout':
      return { code: cause.code, params: { ...cause.params, delay } } as Cause;
    default:
      return cause;
  }
}
