/**
 * The message ledger: every claim the organisation has made, on every channel. A later claim that
 * gives a fact a different value is a contradiction unless it says it is an update (CERC: give
 * facts in increments, and say why they changed).
 */
import type { CompiledFact, CompiledScenario } from '../format/index.ts';
import { UNKNOWN, type Claim, type ClaimValue } from './annotation.ts';
import type { Statement } from './state.ts';

export interface Contradiction {
  readonly fact: string;
  readonly earlier: { readonly statement: string; readonly claim: Claim; readonly at: number; readonly channel: string };
  readonly later: Claim;
}

/** Are two stated values the same for this fact (within its tolerance)? */
export function sameValue(fact: CompiledFact | undefined, a: ClaimValue, b: ClaimValue): boolean {
  if (typeof a === 'number' && typeof b === 'number') {
    const tol = fact ? ('absolute' in fact.tolerance ? fact.tolerance.absolute : fact.tolerance.relative * Math.max(Math.abs(a), Math.abs(b))) : 0;
    return Math.abs(a - b) <= tol;
  }
  if (typeof a === 'string' && typeof b === 'string') {
    if (fact?.kind === 'date') return Date.parse(a) === Date.parse(b) || a.trim().toLowerCase() === b.trim().toLowerCase();
    return a.trim().toLowerCase() === b.trim().toLowerCase();
  }
  return a === b;
}

/** Contradictions between a new statement's claims and everything published before it. */
export function contradictionsOf(s: CompiledScenario, earlier: readonly Statement[], claims: readonly Claim[]): Contradiction[] {
  const out: Contradiction[] = [];
  for (const claim of claims) {
    if (claim.update || claim.value === UNKNOWN) continue;
    const fact = s.factIndex.get(claim.fact);
    // Compare with the most recent earlier value for the fact: an explained update resets the baseline.
    for (let i = earlier.length - 1; i >= 0; i--) {
      const st = earlier[i];
      if (!st || st.status !== 'published') continue;
      const prior = st.annotation.claims.find((c) => c.fact === claim.fact && c.value !== UNKNOWN);
      if (!prior) continue;
      if (!sameValue(fact, prior.value, claim.value)) {
        out.push({ fact: claim.fact, earlier: { statement: st.id, claim: prior, at: st.publishedAt ?? st.submittedAt, channel: st.channel }, later: claim });
      }
      break;
    }
  }
  return out;
}

/**
 * The ledger kept as it grows: for each fact, the latest statement (in the order given) that stated
 * a value for it, so checking a new statement does not re-read every earlier one. `contradictions`
 * gives what `contradictionsOf` gives for the statements added so far.
 */
export class Ledger {
  private readonly latest = new Map<string, { readonly order: number; readonly statement: Statement; readonly claim: Claim }>();
  private readonly s: CompiledScenario;

  constructor(s: CompiledScenario) {
    this.s = s;
  }

  /** Adds a published statement; `order` is its place in the sequence the ledger reads (later wins). */
  add(statement: Statement, order: number): void {
    const seen = new Set<string>();
    for (const claim of statement.annotation.claims) {
      if (claim.value === UNKNOWN || seen.has(claim.fact)) continue;
      seen.add(claim.fact);
      const prior = this.latest.get(claim.fact);
      if (!prior || prior.order < order) this.latest.set(claim.fact, { order, statement, claim });
    }
  }

  contradictions(claims: readonly Claim[]): Contradiction[] {
    const out: Contradiction[] = [];
    for (const claim of claims) {
      if (claim.update || claim.value === UNKNOWN) continue;
      const prior = this.latest.get(claim.fact);
      if (!prior) continue;
      if (!sameValue(this.s.factIndex.get(claim.fact), prior.claim.value, claim.value)) {
        const st = prior.statement;
        out.push({ fact: claim.fact, earlier: { statement: st.id, claim: prior.claim, at: st.publishedAt ?? st.submittedAt, channel: st.channel }, later: claim });
      }
    }
    return out;
  }
}
