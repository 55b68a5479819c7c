/**
 * How much a statement moves each audience's trust, and what silence costs while a rumour runs.
 * Small, bounded steps: one statement moves trust by a few points, never by half the scale; what
 * moves it is what the research says matters (responsibility and action over warm words — Lewicki
 * et al. 2016, Lee & Chung 2012; accuracy and consistency — Coombs 2007, Covello; speed — CERC).
 */
import type { CompiledScenario } from '../format/index.ts';
import type { TrustFactor } from './causes.ts';
import type { RumourReadout } from './rumours.ts';
import type { EngineState, Statement } from './state.ts';
import { TRUST } from './scoring/weights.ts';
import { claimVerdict } from './verdict.ts';

/** Most trust one statement can add with one audience. */
export const MAX_GAIN_PER_STATEMENT = TRUST.maxGainPerStatement;

const STRONG_ELEMENTS = new Set(['responsibility', 'corrective-action', 'concern', 'harm-acknowledged', 'compensation']);

/** For each audience of the statement: how much its trust moves, and why. */
export function statementTrustImpact(s: CompiledScenario, st: EngineState, stmt: Statement, contradictions: number): [string, number, TrustFactor[]][] {
  const at = stmt.publishedAt ?? st.now;
  const reasons: TrustFactor[] = [];
  let delta = 0;
  const add = (d: number, why: TrustFactor): void => {
    delta += d;
    reasons.push(why);
  };
  const a = stmt.annotation;

  const firing = stmt.firing === null ? undefined : st.firings[stmt.firing];
  if (firing?.deadlineAt != null) {
    if (at <= firing.deadlineAt) add(TRUST.inTime, { code: 'trust.in-time', params: {} });
    else add(-Math.min(TRUST.lateMax, TRUST.latePerQuarterHour * Math.ceil((at - firing.deadlineAt) / 900_000)), { code: 'trust.late', params: {} });
  } else if (!firing) add(TRUST.unprompted, { code: 'trust.unprompted', params: {} });

  let correct = 0;
  for (const c of a.claims) {
    const v = claimVerdict(s, c, at);
    if (v === 'correct') correct += 1;
    else if (v === 'wrong') add(-TRUST.wrongClaim, { code: 'trust.wrong', params: { fact: c.fact } });
    else if (v === 'speculative') add(-TRUST.speculation, { code: 'trust.speculated', params: { fact: c.fact } });
  }
  if (correct > 0) add(Math.min(TRUST.accurateMax, TRUST.accuratePerFact * correct), { code: 'trust.accurate', params: { count: correct } });
  if (contradictions > 0) add(-TRUST.contradiction * contradictions, { code: 'trust.contradicted', params: { count: contradictions } });

  const strong = new Set(a.empathy.filter((e) => STRONG_ELEMENTS.has(e.element)).map((e) => e.element));
  if (strong.size > 0) add(Math.min(TRUST.empathyMax, TRUST.empathyPerElement * strong.size), { code: 'trust.empathy', params: {} });
  for (const p of a.penalties) {
    const weight = p.kind === 'victim-blaming' ? TRUST.victimBlaming : p.kind === 'no-comment' ? TRUST.noComment : TRUST.penalty;
    add(-weight, { code: 'trust.penalty', params: { penalty: p.kind } });
  }

  // Negative dominance (Covello, "1N = 3P"): one statement can win back only a little trust, while
  // a bad one can lose a lot.
  delta = Math.min(delta, MAX_GAIN_PER_STATEMENT);
  if (delta === 0) return [];
  const text = stmt.text.toLowerCase();
  return stmt.audience.map((id) => {
    const sh = s.stakeholders.find((x) => x.id === id);
    // Words this audience must not hear cost extra with them (United's "re-accommodate").
    const offends = sh ? sh.avoid.some((w) => text.includes(w.toLowerCase())) : false;
    return [id, round(offends ? delta - TRUST.offensiveWords : delta), offends ? [...reasons, { code: 'trust.offensive-words', params: {} }] : reasons] as [string, number, TrustFactor[]];
  });
}

/** Trust lost per scenario hour per unit share of believers while the organisation stays silent. */
export const SILENCE_COST_PER_HOUR = TRUST.silencePerHour;

/** Silence costs accrue until they reach this much trust, then are booked as one change. */
export const SILENCE_BOOKING_STEP = TRUST.silenceBookingStep;

/** What silence costs an audience over `hours` while a rumour it hears runs uncorrected. */
export function silenceCost(readout: RumourReadout, hours: number): number {
  return round(SILENCE_COST_PER_HOUR * readout.believing * hours);
}

function round(v: number): number {
  return Math.round(v * 10_000) / 10_000;
}
