/**
 * Why a command was refused, as a code with parameters (`refusal.*` keys in the message catalogue
 * give the words). A refused command changes nothing. Three checks, each in one place: the command's
 * shape (zod, `refusal.malformed`), who sent it (actors.ts, `refusal.actor`), whether the phase
 * accepts it (the statechart, `refusal.phase`); this file holds the fourth, whether the session's
 * state allows it now (the inject is open, the statement is waiting for this seat, …).
 */
import { z } from 'zod';
import { CHANNEL_INFO, type CompiledScenario } from '../format/index.ts';
import { ACTOR_KINDS, type Actor } from './actors.ts';
import type { Command } from './commands.ts';
import { PHASES } from './machine.ts';
import type { EngineState } from './state.ts';
import { awaitingPick, nextQuestionOf } from './press/turns.ts';
import { MAX_STATEMENTS } from './untrusted.ts';

const Id = z.string();
const coded = <C extends string, P extends z.ZodRawShape>(code: C, params: P, description: string) =>
  z.object({ code: z.literal(code), params: z.object(params) }).meta({ description });

export const Refusal = z.discriminatedUnion('code', [
  coded('refusal.malformed', { path: z.string(), issue: z.string() }, 'The command does not have the shape of any command (the path and zod issue say where).'),
  coded('refusal.actor', { command: z.string(), actor: z.enum(ACTOR_KINDS) }, 'This kind of actor may not send this command.'),
  coded('refusal.phase', { command: z.string(), phase: z.enum(PHASES) }, 'The session is in a phase that does not accept this command.'),
  coded('refusal.unknown-seat', { seat: Id }, 'The actor names a seat the scenario does not have.'),
  coded('refusal.unknown-inject', { inject: Id }, 'There is no such inject.'),
  coded('refusal.inject-open', { inject: Id }, 'The inject is already open.'),
  coded('refusal.not-fired', { inject: Id }, 'The inject has not happened yet.'),
  coded('refusal.not-addressed', { inject: Id, seat: Id }, 'In a team session, only the seats an inject is addressed to may answer it.'),
  coded('refusal.already-fired', { inject: Id }, 'The inject has already happened: only injects still to come can be skipped or delayed.'),
  coded('refusal.not-coming', { inject: Id }, 'The inject will not fire anyway: it was skipped or cancelled.'),
  coded('refusal.not-scheduled', { inject: Id }, 'The inject has no time set yet (it waits for a condition or for another inject), so there is nothing to delay.'),
  coded('refusal.answered', { inject: Id }, 'The inject has already been answered.'),
  coded('refusal.closed', { inject: Id }, 'The inject is closed: its time limit passed.'),
  coded('refusal.answer-pending', { inject: Id }, 'An answer to the inject is already waiting for approval.'),
  coded('refusal.no-answer-needed', { inject: Id }, 'The inject needs no answer.'),
  coded('refusal.unknown-option', { inject: Id, option: Id }, 'The inject has no such option.'),
  coded('refusal.options-only', { inject: Id, options: z.array(Id) }, 'The inject must be answered with one of its options.'),
  coded('refusal.option-and-text', {}, 'A statement chooses an option or has text, not both.'),
  coded('refusal.option-needs-inject', {}, 'An option needs the inject it answers.'),
  coded('refusal.annotation-with-option', {}, 'An option carries its own annotation; only free text is annotated by the host.'),
  coded('refusal.text-required', {}, 'A statement needs text.'),
  coded('refusal.channel-required', {}, 'An unprompted statement needs a channel.'),
  coded('refusal.inbound-channel', { channel: Id }, 'Nothing can be published on this channel (it only brings news in).'),
  coded('refusal.unknown-audience', { audience: Id }, 'There is no such audience.'),
  coded('refusal.unknown-statement', { statement: Id }, 'There is no such statement.'),
  coded('refusal.not-awaiting', { statement: Id }, 'The statement is not waiting for approval.'),
  coded('refusal.not-asked', { statement: Id, seat: Id }, 'This seat is not asked to approve the statement.'),
  coded('refusal.already-approved', { statement: Id, seat: Id }, 'This seat has already approved the statement.'),
  coded('refusal.unknown-conference', { conference: Id }, 'There is no such press conference.'),
  coded('refusal.not-picking', { conference: Id }, 'The press conference is not waiting for the trainee to call on someone now.'),
  coded('refusal.hand-not-raised', { conference: Id, journalist: Id }, 'That journalist has no question left to ask at this press conference.'),
  coded('refusal.too-many-statements', { max: z.number().int() }, 'The session holds as many statements as a session may (a bound that keeps every session fast and every save loadable).'),
]);
export type Refusal = z.infer<typeof Refusal>;
export type RefusalCode = Refusal['code'];

/**
 * Whether the session's state allows a command now, or why not. The command is well formed, its
 * actor may send it and the phase accepts it (the Session checks those first).
 */
export function stateRefusal(s: CompiledScenario, st: EngineState, cmd: Command, actor: Actor): Refusal | null {
  const seat = actor.kind === 'trainee' || actor.kind === 'approver' ? actor.seat : null;
  if (seat !== null && !s.seats.includes(seat)) return { code: 'refusal.unknown-seat', params: { seat } };
  switch (cmd.type) {
    case 'inject.fire': {
      const rt = st.injects[cmd.inject];
      if (!rt) return { code: 'refusal.unknown-inject', params: { inject: cmd.inject } };
      if (rt.status === 'active' || rt.status === 'overdue') return { code: 'refusal.inject-open', params: { inject: cmd.inject } };
      return null;
    }
    case 'inject.skip':
    case 'inject.delay':
      return upcomingRefusal(st, cmd.inject, cmd.type === 'inject.delay');
    case 'statement.approve':
    case 'statement.reject': {
      const stmt = st.statements.find((x) => x.id === cmd.statement);
      if (!stmt) return { code: 'refusal.unknown-statement', params: { statement: cmd.statement } };
      if (stmt.status !== 'awaiting-approval') return { code: 'refusal.not-awaiting', params: { statement: cmd.statement } };
      if (seat === null || !stmt.needs.includes(seat)) return { code: 'refusal.not-asked', params: { statement: cmd.statement, seat: seat ?? actor.kind } };
      if (stmt.approvals[seat] !== undefined) return { code: 'refusal.already-approved', params: { statement: cmd.statement, seat } };
      return null;
    }
    case 'statement.submit':
      return submitRefusal(s, st, cmd, seat);
    case 'press.pick': {
      const conf = s.conferenceIndex.get(cmd.conference);
      if (!conf) return { code: 'refusal.unknown-conference', params: { conference: cmd.conference } };
      if (!awaitingPick(st, conf.id)) return { code: 'refusal.not-picking', params: { conference: conf.id } };
      if (nextQuestionOf(s, st, conf, cmd.journalist) === null) return { code: 'refusal.hand-not-raised', params: { conference: conf.id, journalist: cmd.journalist } };
      return null;
    }
    default:
      return null;
  }
}

/** Skipping or delaying applies only to what is still to come; a delay also needs a time to move. */
function upcomingRefusal(st: EngineState, inject: string, needsTime: boolean): Refusal | null {
  const rt = st.injects[inject];
  if (!rt) return { code: 'refusal.unknown-inject', params: { inject } };
  if (rt.fireCount > 0 || rt.firing !== null) return { code: 'refusal.already-fired', params: { inject } };
  if (rt.status !== 'pending') return { code: 'refusal.not-coming', params: { inject } };
  if (needsTime && !st.timers.some((t) => t.kind === 'fire' && t.inject === inject)) return { code: 'refusal.not-scheduled', params: { inject } };
  return null;
}

function submitRefusal(s: CompiledScenario, st: EngineState, cmd: Extract<Command, { type: 'statement.submit' }>, seat: string | null): Refusal | null {
  if (st.statements.length >= MAX_STATEMENTS) return { code: 'refusal.too-many-statements', params: { max: MAX_STATEMENTS } };
  if (cmd.inject === undefined) {
    if (cmd.option !== undefined) return { code: 'refusal.option-needs-inject', params: {} };
    if (cmd.text === undefined || cmd.text.trim() === '') return { code: 'refusal.text-required', params: {} };
    if (cmd.channel === undefined) return { code: 'refusal.channel-required', params: {} };
    if (!CHANNEL_INFO[cmd.channel].outbound) return { code: 'refusal.inbound-channel', params: { channel: cmd.channel } };
    return audienceRefusal(s, cmd.audience);
  }
  const inject = cmd.inject;
  const inj = s.injectIndex.get(inject);
  const rt = st.injects[inject];
  if (!inj || !rt) return { code: 'refusal.unknown-inject', params: { inject } };
  // A seat answers only for itself: the legal seat cannot reply to the journalist who called the
  // spokesperson. Solo practice has one trainee who holds every seat, so it answers everything.
  if (st.mode === 'team' && seat !== null && inj.to !== null && !inj.to.includes(seat)) return { code: 'refusal.not-addressed', params: { inject, seat } };
  if (rt.status === 'pending' || rt.firing === null) return { code: 'refusal.not-fired', params: { inject } };
  const firing = st.firings[rt.firing];
  if (!firing || firing.respondedAt !== null) return { code: 'refusal.answered', params: { inject } };
  if (firing.closed) return { code: 'refusal.closed', params: { inject } };
  if (firing.pendingStatement !== null) return { code: 'refusal.answer-pending', params: { inject } };
  if (rt.status === 'delivered') return { code: 'refusal.no-answer-needed', params: { inject } };
  if (cmd.option !== undefined) {
    if (cmd.text !== undefined) return { code: 'refusal.option-and-text', params: {} };
    if (cmd.annotation !== undefined) return { code: 'refusal.annotation-with-option', params: {} };
    if (!inj.options.some((o) => o.id === cmd.option)) return { code: 'refusal.unknown-option', params: { inject, option: cmd.option } };
    return null;
  }
  if (!inj.freeText) return { code: 'refusal.options-only', params: { inject, options: inj.options.map((o) => o.id) } };
  if (cmd.text === undefined || cmd.text.trim() === '') return { code: 'refusal.text-required', params: {} };
  if (cmd.channel !== undefined && !CHANNEL_INFO[cmd.channel].outbound) return { code: 'refusal.inbound-channel', params: { channel: cmd.channel } };
  return audienceRefusal(s, cmd.audience);
}

function audienceRefusal(s: CompiledScenario, audience: readonly string[] | undefined): Refusal | null {
  for (const a of audience ?? []) {
    if (a === 'public' || s.stakeholders.some((sh) => sh.id === a || sh.kind === a)) continue;
    return { code: 'refusal.unknown-audience', params: { audience: a } };
  }
  return null;
}
