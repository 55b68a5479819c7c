/**
 * Rumours in play: seeded on schedule or by an effect, integrated on the one-minute grid as the
 * clock moves (rumours.ts), corrected by statements that state the right facts or carry the
 * countering key messages to the audiences that hear them, confirmed (a true rumour) or denied
 * wrongly (a true rumour denied: it backfires when the truth comes out). Silence while a rumour
 * runs uncorrected costs trust.
 */
import { UNKNOWN } from '../annotation.ts';
import type { Cause } from '../causes.ts';
import { correctRumour, HISTORY_EVERY_MS, rumourReadout, seedRumour, syncRumour } from '../rumours.ts';
import type { Statement } from '../state.ts';
import { TRUST } from '../scoring/weights.ts';
import { SILENCE_BOOKING_STEP, silenceCost } from '../trust-impact.ts';
import { claimVerdict } from '../verdict.ts';
import { adjustTrust, credibilityNow } from './trust.ts';
import { round, type Work } from './work.ts';

export function seed(w: Work, id: string, share: number | null, cause: Cause): void {
  const r = w.s.rumourIndex.get(id);
  const rt = w.st.rumours[id];
  if (!r || !rt || rt.seededAt !== null) return;
  w.setRumour(id, seedRumour(rt, r, w.st.now, share));
  w.log('rumour.seeded', { rumour: id, cause });
}

/** Brings every running rumour to `to` and books the trust that silence has cost so far. */
export function syncRumours(w: Work, to: number): void {
  for (const r of w.s.rumours) {
    const rt = w.st.rumours[r.id];
    if (!rt?.model) continue;
    const synced = syncRumour(rt, r, to);
    // Silence costs trust while the rumour runs and nobody answers it. It accrues every five
    // minutes and is booked once it reaches a visible amount, so the log is not flooded with dust.
    if (synced.seededAt !== null && synced.counteredAt === null && to % HISTORY_EVERY_MS === 0 && to > synced.seededAt) {
      const debt = synced.silenceDebt + silenceCost(rumourReadout(synced), HISTORY_EVERY_MS / 3_600_000);
      if (debt >= SILENCE_BOOKING_STEP) {
        for (const sh of r.audiences) adjustTrust(w, sh, -debt, { code: 'cause.silence', params: { rumour: r.id } });
        synced.silenceDebt = 0;
      } else synced.silenceDebt = debt;
    }
    w.setRumour(r.id, synced);
  }
}

export function counterRumours(w: Work, statement: Statement): void {
  const now = w.st.now;
  const a = statement.annotation;
  for (const r of w.s.rumours) {
    const rt = w.st.rumours[r.id];
    if (!rt || !statement.audience.some((id) => r.audiences.includes(id))) continue;
    const factClaims = a.claims.filter((c) => r.counteredBy.facts.includes(c.fact) && c.value !== UNKNOWN);
    const usesMessage = a.keyMessages.some((k) => r.counteredBy.keyMessages.includes(k.id));
    const denies = a.posture?.value === 'deny';
    if (r.isTrue) {
      // A true rumour: confirming it honestly is right; denying it backfires when the truth comes out.
      const honest = factClaims.some((c) => claimVerdict(w.s, c, now) === 'correct');
      const wrong = factClaims.some((c) => claimVerdict(w.s, c, now) === 'wrong') || (denies && (factClaims.length > 0 || usesMessage));
      if (honest && rt.counteredAt === null) {
        w.setRumour(r.id, { ...rt, counteredAt: now });
        w.log('rumour.confirmed', { rumour: r.id, statement: statement.id });
      } else if (wrong && rt.wrongDenialAt === null) {
        w.setRumour(r.id, correctRumour({ ...rt, wrongDenialAt: now }, r, now, 1, credibilityNow(w)));
        w.log('rumour.denied-wrongly', { rumour: r.id, statement: statement.id });
      }
      continue;
    }
    const correct = factClaims.some((c) => claimVerdict(w.s, c, now) === 'correct') || usesMessage;
    if (!correct) continue;
    const cred = credibilityNow(w);
    w.setRumour(r.id, correctRumour(rt, r, now, 1, cred));
    w.log('rumour.countered', { rumour: r.id, statement: statement.id, credibility: round(cred), cause: { code: 'cause.statement', params: { statement: statement.id } } });
  }
}

/** The truth about a fact came out (a leak, or an honest statement): a wrong denial that hid it is exposed. */
export function exposeWrongDenials(w: Work, factId: string): void {
  for (const r of w.s.rumours) {
    const rt = w.st.rumours[r.id];
    if (!rt || !r.isTrue || rt.wrongDenialAt === null || rt.exposedAt !== null || !r.counteredBy.facts.includes(factId)) continue;
    w.setRumour(r.id, { ...rt, exposedAt: w.st.now });
    w.log('rumour.denial-exposed', { rumour: r.id, fact: factId });
    for (const sh of r.audiences) adjustTrust(w, sh, -TRUST.exposedDenial, { code: 'cause.denial-exposed', params: { rumour: r.id } });
  }
}
