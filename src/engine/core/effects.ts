/**
 * Effects: what an answer, an option, a free-text branch or a missed deadline does to the world
 * (trust, firing or cancelling injects, variables, rumours, facts made public, the end, a note).
 * Each carries its cause, so the log says why.
 */
import type { CompiledEffect } from '../../format/index.ts';
import { delayed, type Cause } from '../causes.ts';
import { truthAt } from '../evaluate.ts';
import { boostRumour, correctRumour } from '../rumours.ts';
import { cancel, fire } from './injects.ts';
import { exposeWrongDenials, seed } from './rumours.ts';
import { addTimer } from './timers.ts';
import { adjustTrust, credibilityNow } from './trust.ts';
import { round, type Work } from './work.ts';

export function applyEffects(w: Work, effects: readonly CompiledEffect[], cause: Cause): void {
  for (const e of effects) {
    if (w.isEnded()) return;
    switch (e.kind) {
      case 'trust':
        for (const [sh, delta] of e.deltas) adjustTrust(w, sh, delta, cause);
        break;
      case 'fire':
        if (e.delayMs === 0) fire(w, e.inject, cause, false);
        else addTimer(w, { kind: 'fire', at: w.st.now + e.delayMs, inject: e.inject, cause: delayed(cause, e.delayMs) });
        break;
      case 'cancel':
        cancel(w, e.inject, cause);
        break;
      case 'set':
        for (const [name, value] of e.values) setVariable(w, name, value, cause);
        break;
      case 'add':
        for (const [name, value] of e.values) {
          const current = w.st.vars[name];
          setVariable(w, name, (typeof current === 'number' ? current : 0) + value, cause);
        }
        break;
      case 'seedRumour':
        seed(w, e.rumour, e.share, cause);
        break;
      case 'boostRumour': {
        const r = w.s.rumourIndex.get(e.rumour);
        const rt = w.st.rumours[e.rumour];
        if (r && rt) {
          w.setRumour(e.rumour, boostRumour(rt, r, w.st.now, e.share));
          w.log('rumour.boosted', { rumour: e.rumour, share: e.share, cause });
        }
        break;
      }
      case 'counterRumour': {
        const r = w.s.rumourIndex.get(e.rumour);
        const rt = w.st.rumours[e.rumour];
        if (r && rt) {
          const cred = credibilityNow(w);
          w.setRumour(e.rumour, correctRumour(rt, r, w.st.now, e.strength, cred));
          w.log('rumour.countered', { rumour: e.rumour, statement: null, credibility: round(cred), cause });
        }
        break;
      }
      case 'reveal':
        reveal(w, e.fact, cause);
        break;
      case 'end':
        w.st.endRequested ??= e.ending;
        break;
      case 'note':
        w.log('note.added', { text: e.text, by: 'scenario' });
        break;
    }
  }
}

/** A fact becomes public (a leak, a news story); a wrong denial it contradicts is exposed. */
export function reveal(w: Work, factId: string, cause: Cause): void {
  const f = w.st.facts[factId];
  if (!f || f.revealedAt !== null) return;
  w.setFact(factId, { ...f, revealedAt: w.st.now });
  w.log('fact.revealed', { fact: factId, cause, value: truthAt(w.s, factId, w.st.now) });
  exposeWrongDenials(w, factId);
}

function setVariable(w: Work, name: string, value: number | boolean | string, cause: Cause): void {
  w.setVar(name, value);
  w.log('variable.set', { name, value, cause });
}
