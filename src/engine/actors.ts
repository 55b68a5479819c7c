/**
 * Who sends a command. A host maps its users to actors (the session server maps each connected
 * client to the seat it holds); the engine checks every command against the table below and refuses
 * one from the wrong actor with a code, so a trainee's client cannot fire injects or end the
 * session, and an approver cannot speak for the organisation.
 *
 *  trainee      a seat that speaks for the organisation (drafts and publishes statements)
 *  approver     a seat that signs statements off (legal, the CEO's office) in a team session
 *  facilitator  runs the exercise: starts, pauses, fires injects, ends, takes hot-wash notes
 *  system       the host's own machinery: the clock ticking, a plan runner ending a session
 */
import { z } from 'zod';
import type { CommandType } from './commands.ts';

export const ACTOR_KINDS = ['trainee', 'approver', 'facilitator', 'system'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

const Seat = z.string().min(1).max(64);

export const Actor = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('trainee'), seat: Seat }),
  z.object({ kind: z.literal('approver'), seat: Seat }),
  z.object({ kind: z.literal('facilitator') }),
  z.object({ kind: z.literal('system') }),
]);
export type Actor = z.infer<typeof Actor>;

export const FACILITATOR: Actor = { kind: 'facilitator' };
export const SYSTEM: Actor = { kind: 'system' };
export const trainee = (seat: string): Actor => ({ kind: 'trainee', seat });
export const approver = (seat: string): Actor => ({ kind: 'approver', seat });

interface Senders {
  /** Who may send it in a team session. */
  readonly team: readonly ActorKind[];
  /** Who may send it in solo practice, where the one trainee also runs their own clock. */
  readonly solo: readonly ActorKind[];
}

const running: Senders = { team: ['facilitator', 'system'], solo: ['facilitator', 'system', 'trainee'] };

/** Every command type and who may send it. */
export const COMMAND_SENDERS: Readonly<Record<CommandType, Senders>> = {
  'session.start': running,
  'session.pause': running,
  'session.resume': running,
  'session.end': running,
  'clock.advance': running,
  'clock.advanceTo': running,
  'clock.skip': running,
  'speed.set': running,
  'statement.submit': { team: ['trainee'], solo: ['trainee'] },
  'statement.approve': { team: ['approver'], solo: ['approver'] },
  'statement.reject': { team: ['approver'], solo: ['approver'] },
  'inject.fire': { team: ['facilitator'], solo: ['facilitator'] },
  'inject.skip': { team: ['facilitator'], solo: ['facilitator'] },
  'inject.delay': { team: ['facilitator'], solo: ['facilitator'] },
  'note.add': { team: ['facilitator', 'trainee', 'approver'], solo: ['facilitator', 'trainee', 'approver'] },
  'press.pick': { team: ['trainee', 'facilitator'], solo: ['trainee', 'facilitator'] },
};

export function maySend(actor: Actor, type: CommandType, mode: 'solo' | 'team'): boolean {
  return COMMAND_SENDERS[type][mode].includes(actor.kind);
}

/** How an actor is named in the log (a note's author): its seat, or its kind. */
export function actorName(actor: Actor): string {
  return actor.kind === 'trainee' || actor.kind === 'approver' ? actor.seat : actor.kind;
}
