/**
 * A sanction threatened against the people who speak ("Anyone found doing so will be terminated with
 * immediate effect", "we will be pursuing them") is read by the action frames as something the
 * organisation will do, and by the standing-rule frames as a change from now on. It is neither a
 * step that puts the crisis right nor a change that stops it happening again, so where the threat
 * frame quotes a sentence, that sentence gives no corrective action and no prevention.
 */
import type { EmpathyHit } from './empathy.ts';
import type { PenaltyHit } from './penalties.ts';

const NOT_IN_A_THREAT: ReadonlySet<EmpathyHit['element']> = new Set(['corrective-action', 'prevention']);

export function withoutStepsInThreats(empathy: readonly EmpathyHit[], penalties: readonly PenaltyHit[]): EmpathyHit[] {
  const threats = penalties.filter((p) => p.kind === 'threat' && p.quote !== '').map((p) => p.quote);
  if (threats.length === 0) return [...empathy];
  return empathy.filter((e) => !NOT_IN_A_THREAT.has(e.element) || !threats.some((t) => t.includes(e.quote) || e.quote.includes(t)));
}
