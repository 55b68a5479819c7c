/**
 * Stakeholder trust and the organisation's credibility. Trust moves with what each audience hears
 * and when (timely, accurate, consistent, empathetic statements raise it; silence during a live
 * rumour, contradictions, wrong denials and cold statements lower it); credibility scales how well
 * a correction works (Ecker & Antonio 2021: corrections from low-trust sources barely work).
 * docs/scoring.md explains each rule and its source.
 */
import type { CompiledScenario } from '../format/index.ts';
import type { EngineState, Statement } from './state.ts';
import { claimVerdict } from './verdict.ts';

/**
 * Trust after a change, applied in log-odds: a step of `delta` moves trust by about `delta` around
 * the middle and less and less near 0 and 1 (a +0.05 at 0.6 is +0.048; at 0.95, +0.01), so a run
 * of good statements cannot pin an audience at 100% and a bad run cannot pin it at 0. Every change
 * goes through it: what an audience heard, silence, and scenario effects.
 */
export function shiftTrust(trust: number, delta: number): number {
  const t = Math.min(0.999, Math.max(0.001, trust));
  const logit = Math.log(t / (1 - t)) + 4 * delta;
  return 1 / (1 + Math.exp(-logit));
}

/** Trust across all audiences, weighted by how much each counts. */
export function weightedTrust(s: CompiledScenario, st: EngineState): number {
  let sum = 0;
  let weights = 0;
  for (const sh of s.stakeholders) {
    sum += (st.trust[sh.id] ?? sh.trust) * sh.weight;
    weights += sh.weight;
  }
  return weights === 0 ? 0 : sum / weights;
}

/** What the published statements add up to: claims judged, and how many of them were good. */
export interface CredibilityRecord {
  judged: number;
  good: number;
}

/** One published statement's part of the record: its claims judged at the time it went out, and its contradictions. */
export function recordOf(s: CompiledScenario, stmt: Statement): CredibilityRecord {
  const out = { judged: 0, good: 0 };
  if (stmt.status !== 'published' || stmt.publishedAt === null) return out;
  for (const claim of stmt.annotation.claims) {
    const v = claimVerdict(s, claim, stmt.publishedAt);
    if (v === 'honest-unknown') continue;
    out.judged += 1;
    if (v === 'correct') out.good += 1;
    else if (v === 'speculative' || v === 'withheld') out.good += 0.5;
  }
  if (stmt.contradicts.length > 0) out.judged += stmt.contradicts.length;
  return out;
}

/**
 * 0.4 + 0.6 × the running record of accuracy and consistency of what was published so far
 * (anchors-scoring §6.7), halved once a wrong denial has been exposed. With nothing said yet the
 * organisation gets the benefit of the doubt (the record counts as clean).
 */
export function credibilityFrom(record: CredibilityRecord, st: EngineState): number {
  const r = record.judged === 0 ? 1 : record.good / record.judged;
  const exposed = Object.values(st.rumours).some((x) => x.exposedAt !== null);
  const base = 0.4 + 0.6 * r;
  return exposed ? base / 2 : base;
}

/** Credibility from the whole list of statements (for code outside a command; commands keep the record as they go). */
export function credibility(s: CompiledScenario, st: EngineState): number {
  const total = { judged: 0, good: 0 };
  for (const stmt of st.statements) {
    const r = recordOf(s, stmt);
    total.judged += r.judged;
    total.good += r.good;
  }
  return credibilityFrom(total, st);
}
