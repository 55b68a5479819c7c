/**
 * Empathy elements and penalties as frames over clauses: who is the agent (the organisation, the
 * people affected, nobody), what the verb does (an action, a fault, a harm, a cause), and whether
 * the clause affirms it (not negated, not a condition, not a "may have", not someone else's claim).
 * A frame is a few tests on lemmas and clause flags, so it covers any tense, inserted adverbs
 * ("we got this completely wrong"), verbs joined by commas ("we shut the site, phoned every family
 * and told the inspector") and verbs or nouns for people that no phrase list anticipated.
 */
import type { Clause } from './clauses.ts';
import { CAUSE_VERBS, FAULT_NOUNS, FAULT_VERBS, FROM_NOW_ON, HARM_NOUNS, HARM_PREDICATES, NOT_ACTION_VERBS, ORGANISATION_NOUNS, PEOPLE, PEOPLE_PRONOUNS } from './lexicon.ts';
import type { Word } from './nlp.ts';

/** The organisation is the clause's subject: we, I, our staff, the company, its name. */
export function organisationAgent(c: Clause, organisation: ReadonlySet<string>): boolean {
  const head = c.subject[c.subject.length - 1];
  if (head === undefined) return false;
  if (head.text === 'we' || head.text === 'i' || c.subject.some((w) => organisation.has(w.text))) return true;
  const owned = c.subject.some((w) => w.text === 'our' || w.text === 'my');
  if (owned && (head.pos === 'NOUN' || head.pos === 'PROPN')) return OUR_PEOPLE.has(head.lemma) || ORGANISATION_NOUNS.has(head.lemma);
  return c.subject.some((w) => w.text === 'the') && ORGANISATION_NOUNS.has(head.lemma) && c.subject.length <= 3;
}

/** "Our …" that acts for the organisation (our team, our engineers), not "our batteries" or "our customers". */
const OUR_PEOPLE = new Set(['team', 'staff', 'crew', 'engineer', 'technician', 'people', 'nurse', 'doctor', 'volunteer', 'officer', 'manager', 'inspector', 'investigator', 'expert', 'scientist', 'driver', 'steward', 'teacher', 'housing', 'adviser', 'advisor', 'agent', 'colleague', 'client', 'board', 'chair', 'director', 'ceo', 'leadership', 'department', 'unit', 'service', 'contractor', 'partner']);

/** Verbs of redress count as compensation, not as corrective action. */
const REDRESS_VERBS = new Set(['pay', 'refund', 'reimburse', 'compensate', 'cover', 'credit', 'waive', 'repay']);
/** Simple past narrates what happened; only these verbs in it are steps taken on the crisis ("we recalled", "we shut"). */
const PAST_ACTIONS = new Set(
  `recall withdraw remove pull suspend close shut halt stop isolate quarantine contain evacuate move rehouse relocate notify contact
  call phone ring email write visit test inspect repair fix replace patch reset disable block secure restore open launch set deploy
  dispatch send appoint commission hire engage clean disinfect ground cordon seal switch divert reroute cancel postpone freeze lock
  alert warn report file bring take destroy dispose install fit trace track ban order sack dismiss discipline begin start`
    .split(/\s+/)
    .filter((w) => w !== ''),
);

function affirmed(c: Clause): boolean {
  return !c.negated && !c.conditional && !c.modal;
}

/** Verbs that hand on to the verb after them ("continue to contact", "have begun replacing"). */
const CATENATIVE = new Set(['continue', 'begin', 'start', 'try', 'want', 'need', 'plan', 'intend', 'aim', 'go', 'decide', 'agree', 'commit', 'pledge', 'promise', 'work', 'help', 'move', 'seek', 'hope', 'expect', 'arrange']);
const OBJECT_POS = new Set(['NOUN', 'PRON', 'PROPN', 'NUM', 'DET', 'ADP', 'PART', 'ADJ']);
const NOT_AN_OBJECT = /^(?:condolences|thoughts|prayers|sympathy|sympathies|love|apolog|update|updates|statement|comment|information|best|wishes)/;

/** The action verb of a clause: past catenatives ("continue to", "have begun"), not a verb of thinking or saying. */
export function actionVerb(c: Clause): Word | null {
  for (let k = Math.max(0, c.verbAt); k < c.words.length; k++) {
    const w = c.words[k];
    if (w === undefined || w.pos !== 'VERB') continue;
    if (CATENATIVE.has(w.lemma) && c.words.slice(k + 1, k + 3).some((x) => x.pos === 'VERB' || x.pos === 'PART')) continue;
    if (NOT_ACTION_VERBS.has(w.lemma)) return null;
    const rest = c.words.slice(k + 1);
    const next = rest.find((x) => x.pos !== 'ADV');
    if (next === undefined || !OBJECT_POS.has(next.pos)) return null;
    if (rest.some((x) => NOT_AN_OBJECT.test(x.text)) && rest.length <= 5) return null;
    return w;
  }
  return null;
}

/** Corrective action: the organisation (or, in the passive, nobody named) acts on the situation. */
export function correctiveAction(c: Clause, organisation: ReadonlySet<string>, question: boolean): boolean {
  if (question || c.negated || c.conditional) return false;
  if (c.modal && !c.auxiliaries.some((w) => w.text === 'will' || w.text === "'ll")) return false;
  if (organisationAgent(c, organisation)) {
    const v = actionVerb(c);
    if (v === null || HARM_PREDICATES.has(v.lemma) || FAULT_VERBS.has(v.lemma) || REDRESS_VERBS.has(v.lemma)) return false;
    const simplePast = c.auxiliaries.length === 0 && v.text !== v.lemma && !v.text.endsWith('ing') && !c.words.some((w) => w.text === 'now' || w.text === 'today' || w.text === 'tonight' || w.text === 'already' || w.text === 'immediately');
    return !simplePast || PAST_ACTIONS.has(v.lemma);
  }
  return false;
}

/** Passive actions with no agent named ("the line has been suspended", "residents were moved to hotels"). */
export function passiveAction(c: Clause, question: boolean): boolean {
  if (question || !c.passive || !affirmed(c) || c.verb === null) return false;
  const v = c.verb;
  if (NOT_ACTION_VERBS.has(v.lemma) || HARM_PREDICATES.has(v.lemma) || FAULT_VERBS.has(v.lemma) || CAUSE_VERBS.has(v.lemma)) return false;
  if (c.words.some((w) => w.text === 'by')) return false;
  return PASSIVE_ACTIONS.has(v.lemma);
}

const PASSIVE_ACTIONS = new Set(
  `recall withdraw remove pull suspend close shut halt stop isolate quarantine contain evacuate move rehouse relocate
  notify contact inform call phone email visit test inspect repair fix replace patch reset disable block secure restore
  open launch set deploy dispatch send appoint commission refund reimburse compensate clean disinfect ground cordon seal
  switch divert reroute cancel postpone freeze lock`
    .split(/\s+/)
    .filter((w) => w !== ''),
);

/** Responsibility: the organisation admits a fault, a failure, a wrong decision, or accepts the blame. */
export function responsibility(c: Clause, organisation: ReadonlySet<string>, question: boolean): boolean {
  if (question || c.conditional) return false;
  const agent = organisationAgent(c, organisation);
  const words = c.words;
  const lemmas = words.map((w) => w.lemma);
  // "we should have told you sooner", "we did not check the valve, and we should have".
  if (agent && c.counterfactual && !lemmas.includes('nothing')) return true;
  if (c.negated || c.modal) return false;
  const v = c.verb;
  if (agent && v !== null) {
    if (FAULT_VERBS.has(v.lemma)) {
      if (v.lemma === 'let') return lemmas.includes('down');
      if (v.lemma === 'drop') return lemmas.includes('ball');
      if (v.lemma === 'cut') return lemmas.includes('corner');
      if (v.lemma === 'mess' || v.lemma === 'screw') return lemmas.includes('up');
      if (v.lemma === 'lose' || v.lemma === 'break' || v.lemma === 'dismiss' || v.lemma === 'miss' || v.lemma === 'forget') return words.length <= 12;
      return true;
    }
    if (v.lemma === 'get' && lemmas.includes('wrong')) return true;
    if ((v.lemma === 'make' || v.lemma === 'commit') && words.some((w) => FAULT_NOUNS.has(w.lemma) && w.lemma !== 'call' && w.lemma !== 'decision')) return true;
    if (['take', 'accept', 'own', 'bear', 'assume', 'shoulder'].includes(v.lemma) && words.some((w) => w.lemma === 'responsibility' || w.lemma === 'blame' || w.lemma === 'accountability' || w.lemma === 'ownership')) return true;
    if (v.lemma === 'cause' || v.lemma === 'sign' || v.lemma === 'approve' || v.lemma === 'ignore') return true;
    if (v.lemma === 'be' && words.some((w) => w.lemma === 'responsible' || w.lemma === 'accountable' || w.lemma === 'blame' || w.lemma === 'wrong' || w.lemma === 'negligent' || w.lemma === 'careless')) return true;
  }
  // "this was our failure", "the fault is ours", "that was our call, and it was the wrong one".
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    if (w === undefined) continue;
    if ((w.text === 'our' || w.text === 'my') && words.slice(k + 1, k + 4).some((x) => FAULT_NOUNS.has(x.lemma) && x.lemma !== 'responsibility' && x.lemma !== 'call' && x.lemma !== 'decision')) return true;
    if ((w.text === 'ours' || w.text === 'mine') && words.some((x) => FAULT_NOUNS.has(x.lemma))) return true;
    if (w.text === 'on' && (words[k + 1]?.text === 'us' || words[k + 1]?.text === 'me') && k + 2 >= words.length - 1) return true;
  }
  return false;
}

/** An apology for what the organisation did ("sorry that we kept you waiting", "we apologise for not warning you"). */
export function apologyForOwnAct(words: readonly Word[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    if (w === undefined || !(w.lemma === 'sorry' || w.lemma === 'apologise' || w.lemma === 'apologize' || w.lemma === 'apology')) continue;
    const after = words.slice(k + 1, k + 5);
    if (after[0]?.text === 'if') return false;
    if (after.some((x) => x.text === 'we' || x.text === 'our' || x.text === 'failing' || x.text === 'not' || x.text === 'letting' || x.text === 'i' || x.text === 'my')) return true;
  }
  return false;
}

export function isPerson(w: Word): boolean {
  return PEOPLE.has(w.lemma) || PEOPLE.has(w.text) || PEOPLE_PRONOUNS.has(w.text) || w.text === 'your' || w.text === 'their' || w.text === 'her' || w.text === 'his';
}

const HEDGE_WORDS = new Set(['alleged', 'allegedly', 'reported', 'possible', 'possibly', 'potential', 'potentially', 'apparent', 'apparently', 'claimed', 'so-called', 'suspected', 'perhaps', 'maybe', 'any']);

/** Harm acknowledged: people and a harm predicate in one affirmed clause. */
export function harm(c: Clause, question: boolean, victims: (w: Word) => boolean): boolean {
  if (question || !affirmed(c)) return false;
  const words = c.words;
  if (words.some((w) => HEDGE_WORDS.has(w.text))) return false;
  const people = words.some((w) => isPerson(w) || victims(w));
  if (!people) return false;
  return words.some((w) => {
    if (w.pos === 'VERB' || w.pos === 'ADJ') return HARM_PREDICATES.has(w.lemma) || HARM_PREDICATES.has(w.text);
    if (w.pos === 'NOUN') return HARM_NOUNS.has(w.lemma) || w.lemma === 'hospital';
    return false;
  });
}

const NO_CONTENT = /\b(?:investigat|unknown|not (?:yet )?(?:known|clear)|unclear|establish|determin|being (?:looked|reviewed|examined)|under review|we do not know|too early|speculat)/;
const CAUSE_INTROS = new Set(['because']);

/** Explanation: a cause with content ("because the valve had not been serviced since March"). */
export function explanation(c: Clause, text: string, question: boolean): boolean {
  if (question || c.conditional || c.modal) return false;
  if (NO_CONTENT.test(text)) return false;
  if (CAUSE_INTROS.has(c.intro) && c.words.length >= 4 && !c.words.some((w) => w.lemma === 'seriously' || w.lemma === 'care' || w.lemma === 'matter')) return true;
  const v = c.verb;
  if (v !== null && !c.negated) {
    if (CAUSE_VERBS.has(v.lemma) && v.lemma !== 'start' && v.lemma !== 'let' && v.lemma !== 'allow' && v.lemma !== 'leave' && v.lemma !== 'enable') {
      if (v.lemma === 'lead' || v.lemma === 'result' || v.lemma === 'stem') return c.words.some((w) => w.text === 'to' || w.text === 'from' || w.text === 'in');
      return true;
    }
  }
  return /\b(?:due to (?:a|an|the|our|poor|faulty|human)|as a result of|the (?:root )?cause (?:was|is|of the)|traced (?:it |this |the [a-z]+ )?(?:back )?to|happened (?:because|when|after)|came from|got in through|gained access|broke into|used a stolen|was left (?:unlocked|open|exposed|unsecured)|had not been (?:serviced|checked|inspected|maintained|tested|updated|patched|replaced)|was not (?:serviced|checked|inspected|maintained|tested|updated|patched|replaced))\b/.test(text);
}

/** Prevention: a change from now on ("every batch will now be tested", "never again", "from this month"). */
export function prevention(text: string, clauses: readonly Clause[], organisation: ReadonlySet<string>, question: boolean): boolean {
  if (question) return false;
  if (/\b(?:(?:so|to make sure|to ensure|ensure|make sure) (?:that )?(?:this|it|nothing like this|no one|nobody|no other [a-z]+) (?:never|cannot|can't|can never|does not|doesn't|will not|won't|will never) (?:happens?|be (?:allowed|repeated)|again)|to prevent (?:this|it|a repeat|any repeat|recurrence|a recurrence|similar|future|anything like)|(?:never|not) (?:be allowed to )?happen again|stop (?:this|it) (?:from )?happening again)\b/.test(text)) return true;
  const changed = /\b(?:new|additional|extra|stricter|tighter|independent|mandatory|compulsory|permanent|automatic|second|daily|weekly|monthly|annual|regular|twice-yearly|quarterly)\s+(?:[a-z-]+\s+)?(?:procedures?|polic(?:y|ies)|protocols?|checks?|rules?|systems?|training|process(?:es)?|safeguards?|controls?|inspections?|tests?|testing|alarms?|sensors?|audits?|reviews?|standards?|requirements?|sign-?offs?|approvals?|monitoring|guidance|screening|locks?|barriers?)\b/.test(text);
  const fromNow = FROM_NOW_ON.test(text);
  const future = clauses.some((c) => !c.negated && !c.conditional && (c.auxiliaries.some((w) => w.text === 'will' || w.text === "'ll") || c.words.some((w) => w.text === 'now' || w.text === 'are' || w.text === 'have')) && (organisationAgent(c, organisation) || c.passive || c.words.some((w) => w.text === 'every' || w.text === 'all' || w.text === 'each')));
  return (changed || fromNow) && future;
}

export function compensation(text: string, question: boolean): boolean {
  if (question) return false;
  return /\b(?:refunds?|refunded|refunding|reimburs[a-z]*|compensat[a-z]*|money back|goodwill payment|ex gratia|hardship (?:fund|payment|grant)|(?:pay|paying|paid|cover|covering|covered|meet|meeting)\s+(?:for\s+)?(?:the\s+|all\s+|any\s+|their\s+|your\s+|every\s+)?(?:[a-z-]+\s+){0,2}(?:costs?|expenses|bills?|fees?|care|treatment|repairs?|rent|accommodation|hotels?|funerals?|losses|charges|fares?|tickets?)|free\s+(?:of\s+charge|identity|credit|replacement|monitoring|repairs?|tickets?|travel|counselling|accommodation)|vouchers?|(?:waive|waiving|waived|cancel|cancelling|cancelled|reverse|reversing|reversed)\s+(?:all\s+|any\s+|the\s+|their\s+|your\s+)?(?:[a-z-]+\s+)?(?:fees?|charges|interest|penalt(?:y|ies)|rent)|(?:credit|credited|crediting)\s+(?:your|their|every|all)\s+(?:[a-z]+\s+)?accounts?|(?:support|relief|compensation|victims'?)\s+fund|fund\s+for\s+(?:the\s+)?(?:families|victims|residents|patients)|(?:back\s+)?(?:in\s+)?full\s+refund|repay|repaid|paying\s+back|pay\s+back|make\s+good)\b/.test(text);
}
