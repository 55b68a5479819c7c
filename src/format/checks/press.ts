/**
 * Press-conference checks: each question kind carries what its follow-up logic and scoring read (a
 * loaded question its false premise, an outside-remit question its owner, a yes-or-no demand its
 * proposition), follow-ups are set off by something the question can produce, and the trainee's
 * words a contradiction follow-up quotes exist when it is asked.
 *
 *  SC601 loaded question without a premise        SC605 follow-up that can never be asked
 *  SC602 the "false" premise is true               SC606 placeholder the follow-up cannot fill
 *  SC603 yes-or-no question without a yes/no fact  SC607 question kind with none of its follow-ups
 *  SC604 outside-remit question without an owner   SC608 pickTime where the moderator picks
 */
import { lint, type NeverAsked } from '../diagnostics/messages.ts';
import type { FollowUpDoc, QuestionDoc, ScenarioDoc } from '../schema.ts';
import type { FollowUpTrigger, QuestionKind } from '../vocabulary.ts';
import type { Reporter } from './reporter.ts';

/** The placeholders a contradiction follow-up can fill from the message ledger. */
export const QUOTE_PLACEHOLDERS = ['earlierTime', 'earlierQuote', 'earlierValue', 'laterValue', 'fact'] as const;

/** The follow-ups that carry each kind's own logic: without one of them, the kind changes nothing. */
const KIND_FOLLOW_UPS: Readonly<Partial<Record<QuestionKind, readonly FollowUpTrigger[]>>> = {
  hypothetical: ['speculated'],
  loaded: ['premise-accepted', 'loaded-words'],
  'outside-remit': ['overreached', 'dodged'],
  interruption: ['rambled', 'contradicted', 'dodged', 'timeout'],
  'yes-no': ['dodged'],
};

function texts(t: FollowUpDoc['text']): string[] {
  return typeof t === 'string' ? [t] : Object.values(t);
}

/** Why a follow-up with this trigger can never be asked after this question, or null if it can. */
function impossible(q: QuestionDoc, trigger: FollowUpTrigger): NeverAsked | null {
  if (trigger === 'premise-accepted' && q.premise === undefined) return 'no-premise';
  if (trigger === 'loaded-words' && q.loaded.length === 0) return 'no-loaded-words';
  if (trigger === 'overreached' && (q.remit === undefined || q.remit.facts.length === 0)) return 'no-remit-facts';
  return null;
}

export function checkPressConferences(doc: ScenarioDoc, r: Reporter): void {
  const facts = new Map(doc.facts.map((f) => [f.id, f]));
  doc.pressConferences.forEach((pc, p) => {
    if (pc.picking === 'moderator' && pc.pickTime !== '30s') {
      r.warning('SC608', lint('lint.SC608.pick-time', {}), ['pressConferences', p, 'pickTime'], 'key');
    }
    pc.questions.forEach((q, qi) => {
      const base = ['pressConferences', p, 'questions', qi];
      if (q.kind === 'loaded' && q.premise === undefined) {
        r.error('SC601', lint('lint.SC601.no-premise', { question: q.id }), [...base, 'kind']);
      }
      if (q.premise) {
        const fact = facts.get(q.premise.fact);
        const premise = q.premise.value;
        const entry = fact?.truth.find((t) => t.value === premise || (typeof t.value === 'string' && typeof premise === 'string' && t.value.toLowerCase() === premise.toLowerCase()));
        if (entry) r.warning('SC602', lint('lint.SC602.premise-true', { question: q.id, from: entry.from, fact: q.premise.fact, value: String(premise) }), [...base, 'premise', 'value']);
      }
      if (q.kind === 'yes-no') {
        if (q.proposition === undefined) r.error('SC603', lint('lint.SC603.no-proposition', { question: q.id }), [...base, 'kind']);
        else if (facts.get(q.proposition)?.kind !== undefined && facts.get(q.proposition)?.kind !== 'boolean') {
          r.error('SC603', lint('lint.SC603.proposition-kind', { question: q.id, proposition: q.proposition, kind: facts.get(q.proposition)?.kind ?? '' }), [...base, 'proposition']);
        }
      }
      if (q.kind === 'outside-remit' && q.remit === undefined) {
        r.error('SC604', lint('lint.SC604.no-owner', { question: q.id }), [...base, 'kind']);
      }
      q.followUps.forEach((f, fi) => {
        const fBase = [...base, 'followUps', fi];
        const why = impossible(q, f.if);
        if (why) r.error('SC605', lint('lint.SC605.never-asked', { followUp: f.id, trigger: f.if, why }), [...fBase, 'if']);
        for (const text of texts(f.text)) {
          for (const m of text.matchAll(/\{(\w+)\}/g)) {
            const name = m[1] ?? '';
            if (!(QUOTE_PLACEHOLDERS as readonly string[]).includes(name)) {
              r.error('SC606', lint('lint.SC606.not-placeholder', { followUp: f.id, name, placeholders: QUOTE_PLACEHOLDERS }), [...fBase, 'text']);
            } else if (f.if !== 'contradicted') {
              r.error('SC606', lint('lint.SC606.nothing-to-quote', { followUp: f.id, name }), [...fBase, 'text']);
            }
          }
        }
      });
      const own = KIND_FOLLOW_UPS[q.kind];
      if (own && !q.followUps.some((f) => own.includes(f.if))) {
        r.warning('SC607', lint('lint.SC607.no-follow-ups', { question: q.id, kind: q.kind, triggers: own }), [...base, 'kind']);
      }
    });
  });
}
