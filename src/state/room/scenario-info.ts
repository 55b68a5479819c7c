/**
 * What the room needs from the scenario that never changes during a session: stakeholders (for the
 * audience picker), approval rules per channel, key messages, fact labels, seat names. Built once.
 */
import { CHANNELS, textIn, type Channel, type CompiledScenario } from '../../format/index.ts';

export interface ScenarioInfo {
  readonly seat: string;
  readonly stakeholders: readonly { readonly id: string; readonly name: string; readonly reachedBy: readonly Channel[] }[];
  /** Seats (other than the trainee's) that must sign off a statement on this channel, and how long each takes. */
  readonly approvals: Readonly<Partial<Record<Channel, readonly { readonly seat: string; readonly name: string; readonly ms: number }[]>>>;
  readonly keyMessages: readonly { readonly id: string; readonly text: string }[];
  readonly factLabels: Readonly<Record<string, string>>;
  readonly seatNames: Readonly<Record<string, string>>;
  /** Channels a trainee can speak on (not the ones only the world uses). */
  readonly channels: readonly Channel[];
  /** Solo play simulates the approvers (taking `ms` each); in a team session people sign off. */
  readonly simulatedApprovers: boolean;
}

const SPEAKING: ReadonlySet<Channel> = new Set(['press-release', 'social', 'website', 'email', 'press-call', 'press-conference', 'tv', 'regulator-letter', 'internal', 'meeting', 'hotline']);

export interface SeatInfo {
  readonly id: string;
  readonly name: string;
  readonly description: string | null;
}

/** The scenario's seats; a seat may be written as a bare id or with a name and description. */
export function seatsOf(s: CompiledScenario, language: string): SeatInfo[] {
  return s.doc.roles.seats.map((seat) =>
    typeof seat === 'string'
      ? { id: seat, name: seat, description: null }
      : { id: seat.id, name: textIn(seat.name, language, s.language), description: seat.description === undefined ? null : textIn(seat.description, language, s.language) },
  );
}

/** What the room needs, for the solo trainee's seat or (in a team session) for `seat`. */
export function scenarioInfo(s: CompiledScenario, language: string, seat: string | null = null): ScenarioInfo {
  const me = seat ?? s.soloSeat;
  const seatNames: Record<string, string> = {};
  for (const seat of seatsOf(s, language)) seatNames[seat.id] = seat.name;
  const approvals: Partial<Record<Channel, { seat: string; name: string; ms: number }[]>> = {};
  for (const [channel, seats] of s.approvals) {
    approvals[channel] = seats.filter((other) => other !== me).map((other) => ({ seat: other, name: seatNames[other] ?? other, ms: s.approvalTimeMs.get(other) ?? 0 }));
  }
  const factLabels: Record<string, string> = {};
  for (const f of s.facts) factLabels[f.id] = textIn(f.label, language, s.language);
  return {
    seat: me,
    stakeholders: s.stakeholders.map((sh) => ({ id: sh.id, name: textIn(sh.name, language, s.language), reachedBy: [...sh.reachedBy] })),
    approvals,
    keyMessages: s.keyMessages.map((k) => ({ id: k.id, text: textIn(k.text, language, s.language) })),
    factLabels,
    seatNames,
    channels: CHANNELS.filter((c) => SPEAKING.has(c)),
    simulatedApprovers: seat === null,
  };
}
