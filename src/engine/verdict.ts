/**
 * Is a claim right? Judged against the truth as known at the moment it was made (CERC "Be right"):
 * saying "we don't know yet" about something nobody knows is honest, asserting a value nobody knows
 * yet is speculation.
 */
import type { CompiledScenario } from '../format/index.ts';
import { UNKNOWN, type Claim } from './annotation.ts';
import { truthAt } from './evaluate.ts';
import { sameValue } from './ledger.ts';

export type Verdict = 'correct' | 'wrong' | 'speculative' | 'honest-unknown' | 'withheld';

export function claimVerdict(s: CompiledScenario, claim: Claim, at: number): Verdict {
  const truth = truthAt(s, claim.fact, at);
  if (claim.value === UNKNOWN) return truth === UNKNOWN ? 'honest-unknown' : 'withheld';
  if (truth === UNKNOWN) return 'speculative';
  return sameValue(s.factIndex.get(claim.fact), truth, claim.value) ? 'correct' : 'wrong';
}
