/**
 * Stakeholder trust and the organisation's credibility. Trust moves with what each audience hears
 * and when (timely, accurate, consistent, empathetic statements raise it; silence during a live
 * rumour, contradictions, wrong denials and cold statements lower it); credibility scales how well
 * a correction works (Ecker & Antonio 2021: corrections from low-trust sources barely work).
 * docs/scoring.md explains each rule and its source.
 */
import type { CompiledScenario } from '../format/index.ts';
import type { EngineState } from './state.ts';
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

/**
 * 0.4 + 0.6 × the running record of accuracy and consistency of what was published so far
 * (anchors-scoring §6.7), halved once a wrong denial has been exposed. With nothing said yet the
 * organisation gets the benefit of the doubt (the record counts as clean).
 */
export function credibility(s: CompiledScenario, st: EngineState): number {
  let judged = 0;
  let good = 0;
  for (const stmt of st.statements) {
    if (stmt.status !== 'published' || stmt.publishedAt === null) continue;
    for (const claim of stmt.annotation.claims) {
      const v = claimVerdict(s, claim, stmt.publishedAt);
      if (v === 'honest-unknown') continue;
      judged += 1;
      if (v === 'correct') good += 1;
      else if (v === 'speculative' || v === 'withheld') good += 0.5;
    }
    if (stmt.contradicts.length > 0) judged += stmt.contradicts.length;
  }
  const record = judged === 0 ? 1 : good / judged;
  const exposed = Object.values(st.rumours).some((r) => r.exposedAt !== null);
  const base = 0.4 + 0.6 * record;
  return exposed ? base / 2 : base;
}
