/**
 * Trust: each audience's, moved by what it hears (statementTrustImpact in trust-impact.ts), by
 * silence while a rumour runs, by exposed wrong denials and by scenario effects, always in log-odds
 * (trust.ts). Credibility, which scales how well a correction works, is the running record of what
 * was published: kept as statements are published instead of re-read for every correction.
 */
import type { Cause, TrustFactor } from '../causes.ts';
import type { Statement } from '../state.ts';
import { statementTrustImpact } from '../trust-impact.ts';
import { credibilityFrom, recordOf, shiftTrust, type CredibilityRecord } from '../trust.ts';
import { round, type Work } from './work.ts';

export function adjustTrust(w: Work, stakeholder: string, delta: number, cause: Cause, factors: TrustFactor[] = []): void {
  const before = w.st.trust[stakeholder];
  if (before === undefined || delta === 0) return;
  const after = shiftTrust(before, delta);
  w.setTrust(stakeholder, after);
  w.log('trust.changed', { stakeholder, delta: round(after - before), trust: round(after), cause, factors });
}

export function applyStatementTrust(w: Work, statement: Statement, contradictions: number): void {
  const impact = statementTrustImpact(w.s, w.st, statement, contradictions);
  const cause: Cause = { code: 'cause.statement', params: { statement: statement.id } };
  for (const [stakeholder, delta, factors] of impact) adjustTrust(w, stakeholder, delta, cause, factors);
}

/** The running record of accuracy and consistency, kept beside the session's statement list. */
const records = new WeakMap<Statement[], CredibilityRecord>();

function record(w: Work): CredibilityRecord {
  let r = records.get(w.st.statements);
  if (!r) {
    r = { judged: 0, good: 0 };
    for (const x of w.st.statements) if (x.status === 'published') addToRecord(w, r, x);
    records.set(w.st.statements, r);
  }
  return r;
}

function addToRecord(w: Work, r: CredibilityRecord, statement: Statement): void {
  const add = recordOf(w.s, statement);
  r.judged += add.judged;
  r.good += add.good;
}

/** A statement was just published: it joins the record. */
export function countOnRecord(w: Work, statement: Statement): void {
  const r = records.get(w.st.statements);
  // Built from the list when first needed, which then already holds this statement.
  if (r) addToRecord(w, r, statement);
}

export function credibilityNow(w: Work): number {
  return credibilityFrom(record(w), w.st);
}
