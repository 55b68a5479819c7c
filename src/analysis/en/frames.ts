/**
 * Empathy elements and penalties as frames over clauses: who is the agent (the organisation, the
 * people affected, nobody), what the verb does (an action, a fault, a harm, a cause), and whether
 * the clause affirms it (not negated, not a condition, not a "may have", not someone else's claim).
 * A frame is a few tests on lemmas and clause flags, so it covers any tense, inserted adverbs
 * ("we got this completely wrong"), verbs joined by commas ("we shut the site, phoned every family
 * and told the inspector") and verbs or nouns for people that no phrase list anticipated.
 */
import { isParticiple, type Clause } from './clauses.ts';
import { CAUSE_VERBS, FAULT_NOUNS, FAULT_VERBS, FROM_NOW_ON, HARM_NOUNS, HARM_PREDICATES, NOT_ACTION_VERBS, ORGANISATION_NOUNS, PEOPLE, PEOPLE_PRONOUNS } from './lexicon.ts';
import type { Word } from './nlp.ts';
import { ACTION_HEADINGS, CARE_NOUNS, CONCERN_SET, CONCERN_STATES, CONCERN_VERBS, COST_NOUNS, CURRENCY_SIGNS, CURRENCY_WORDS, MORE_HARM_NOUNS, MORE_HARM_PREDICATES, NOT_PASSIVE_STEPS, NOT_PRICE_FREE_BEFORE, NOT_REDRESS, PAYMENT_MODIFIERS, PAYMENT_NOUNS, PAY_VERBS, PAY_VERBS_NEEDING_COST, PREVENTIVE_HEADING, REDRESS_NOUNS, REMEDIAL_VERBS, UNABLE } from './element-lexicon.ts';

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
const REDRESS_VERBS = new Set(['pay', 'refund', 'reimburse', 'compensate', 'cover', 'credit', 'waive', 'repay', 'bear']);
/** Not steps on the crisis: receiving, owing, enduring, passing questions on, following one's own routine, warning against. */
const NOT_STEPS = new Set(['refer', 'follow', 'receive', 'owe', 'cop', 'live', 'caution', 'sue', 'endure', 'face', 'suffer', 'serve', 'export', 'invest']);
/** "should have", "could have": a counterfactual step, the one not taken. */
const COUNTERFACTUAL = new Set(['should', 'could', 'would', 'might', 'ought', 'shouldve', "should've", "could've", "would've"]);
/** Warnings and advice given to the people affected before the harm, cited in the organisation's defence. */
const ADVICE_VERBS = new Set(['warn', 'advise', 'remind', 'tell', 'caution', 'inform', 'instruct', 'announce', 'urge']);
/** Not "every": "we have told every family" is contacting the people affected, a step. */
const REPEATED = new Set(['again', 'repeatedly', 'always', 'regularly', 'routinely', 'constantly', 'consistently', 'previously']);
/** A track record ("over 20 years", "for thirty years") is bolstering, not action. */
const TRACK_RECORD = /\b(?:for|over)\s+(?:the\s+)?(?:past\s+|last\s+)?(?:[a-z0-9-]+\s+){0,3}(?:years|decades)\b/;
/** Simple past narrates what happened; only steps taken on the crisis read as action in it ("we recalled", "we shut"). */
const PAST_ACTIONS = REMEDIAL_VERBS;

function affirmed(c: Clause): boolean {
  return !c.negated && !c.conditional && !c.modal;
}

/** Verbs that hand on to the verb after them ("continue to contact", "have begun replacing"). */
const CATENATIVE = new Set(['continue', 'begin', 'start', 'try', 'want', 'need', 'plan', 'intend', 'aim', 'go', 'decide', 'agree', 'commit', 'pledge', 'promise', 'work', 'help', 'move', 'seek', 'hope', 'expect', 'arrange']);
const INDEFINITE = new Set(['everything', 'everyone', 'everybody', 'something', 'anything', 'all', 'both']);
const OBJECT_POS = new Set(['NOUN', 'PRON', 'PROPN', 'NUM', 'DET', 'ADP', 'PART', 'ADJ']);
const IN_DUE_COURSE = /\b(?:in due course|as (?:and when|soon as) (?:it|they|more) (?:is|are|becomes?) available|when appropriate)\b/;
const NOT_AN_OBJECT = /^(?:condolences|thoughts|prayers|sympathy|sympathies|love|apolog|update|updates|statement|comment|information|best|wishes|news)/;

/** The action verb of a clause: past catenatives ("continue to", "have begun"), not a verb of thinking or saying. */
export function actionVerb(c: Clause): Word | null {
  for (let k = Math.max(0, c.verbAt); k < c.words.length; k++) {
    const w = c.words[k];
    if (w === undefined || w.pos !== 'VERB') continue;
    if (CATENATIVE.has(w.lemma) && c.words.slice(k + 1, k + 3).some((x) => x.pos === 'VERB' || x.pos === 'PART')) continue;
    // "we are looking after them" cares for people; "looking into it" is not yet a step.
    if (NOT_ACTION_VERBS.has(w.lemma) && !(w.lemma === 'look' && c.words[k + 1]?.text === 'after')) return null;
    const rest = c.words.slice(k + 1);
    const next = rest.find((x) => x.pos !== 'ADV');
    // The tagger sometimes reads "everything" as a verb: an indefinite pronoun is an object all the same.
    if (next === undefined || !(OBJECT_POS.has(next.pos) || INDEFINITE.has(next.text))) return null;
    if (rest.some((x) => NOT_AN_OBJECT.test(x.text)) && rest.length <= 5) return null;
    return w;
  }
  return null;
}

/** Corrective action: the organisation (or, in the passive, nobody named) acts on the situation. */
export function correctiveAction(c: Clause, organisation: ReadonlySet<string>, question: boolean): boolean {
  // "Mediquell was deceived by a supplier": in the passive the organisation is not the one acting.
  if (question || c.negated || c.conditional || c.passive) return false;
  if (TRACK_RECORD.test(c.words.map((w) => w.text).join(' '))) return false;
  if (c.modal && !c.auxiliaries.some((w) => w.text === 'will' || w.text === "'ll")) return false;
  // "we should have tested for that": what was not done.
  if (c.auxiliaries.some((w, k) => COUNTERFACTUAL.has(w.text) && c.auxiliaries[k + 1]?.text === 'have')) return false;
  if (organisationAgent(c, organisation)) {
    const v = actionVerb(c);
    if (v === null || HARM_PREDICATES.has(v.lemma) || FAULT_VERBS.has(v.lemma) || REDRESS_VERBS.has(v.lemma) || NOT_STEPS.has(v.lemma)) return false;
    const after = c.words.slice(c.words.indexOf(v) + 1);
    // "we move 400,000 people a day", "it's what we train for every year": a routine, not a step.
    if (c.auxiliaries.length === 0 && (v.text === v.lemma || v.text === `${v.lemma}s`) && c.words.some((w, k) => HABITUAL.has(w.text) || (w.text === 'a' && PERIODS.has(c.words[k + 1]?.text ?? '')))) return false;
    // "we are writing to let you know …" is the message itself; "we're moving on" leaves the crisis.
    if (v.lemma === 'write' && after[0]?.text === 'to' && after[1]?.pos === 'VERB') return false;
    // "we are writing to you", "we are contacting you because …": the message in the reader's hands.
    if (MESSAGE_VERBS.has(v.lemma) && v.text.endsWith('ing') && after.slice(0, 2).some((w) => w.text === 'you')) return false;
    if (v.lemma === 'move' && after[0]?.text === 'on') return false;
    // "we have warned people again and again", "we always advise against it": warnings given before, told in defence.
    if (ADVICE_VERBS.has(v.lemma) && c.words.some((w) => REPEATED.has(w.text))) return false;
    // "we run 140 clubs", "we operate 300 flights": the organisation's size, not a step.
    if (c.auxiliaries.length === 0 && (v.text === v.lemma || v.text === `${v.lemma}s`) && after.find((w) => w.pos !== 'ADV')?.pos === 'NUM') return false;
    const simplePast = c.auxiliaries.length === 0 && v.text !== v.lemma && !v.text.endsWith('ing') && !c.words.some((w) => w.text === 'now' || w.text === 'today' || w.text === 'tonight' || w.text === 'already' || w.text === 'immediately');
    return !simplePast || PAST_ACTIONS.has(v.lemma);
  }
  return false;
}

/** Passive actions with no agent named ("the line has been suspended", "residents were moved to hotels"). */
export function passiveAction(c: Clause, question: boolean, organisation: ReadonlySet<string> = new Set(), next?: Clause): boolean {
  if (question || !c.passive || !affirmed(c) || c.verb === null) return false;
  const v = c.verb;
  const caring = v.lemma === 'look' && c.words[c.verbAt + 1]?.text === 'after';
  if ((NOT_ACTION_VERBS.has(v.lemma) && !caring) || HARM_PREDICATES.has(v.lemma) || FAULT_VERBS.has(v.lemma) || CAUSE_VERBS.has(v.lemma) || PAY_VERBS.has(v.lemma)) return false;
  // "this is reinforced before every visit" is a routine; "the bay is closed" is a step's result.
  const routine = c.auxiliaries.length === 1 && (c.auxiliaries[0]?.text === 'is' || c.auxiliaries[0]?.text === 'are') && [...c.words, ...(next !== undefined && TIME_INTROS.has(next.intro) ? next.words : [])].some((w) => HABITUAL.has(w.text)) && !c.words.some((w) => STEP_TIME.has(w.text));
  if (routine || c.words.some((w) => DONE_WRONG.has(w.text))) return false;
  // "Further information will be provided in due course": a promise of news, not a step.
  if (c.words.slice(0, c.verbAt).some((w) => NOT_AN_OBJECT.test(w.text)) || IN_DUE_COURSE.test(c.words.map((w) => w.text).join(' '))) return false;
  // "were deceived by a supplier" is done to the organisation; "are being supported by our staff" is its step.
  const by = c.words.findIndex((w) => w.text === 'by');
  if (by >= 0 && !byOrganisation(c.words.slice(by + 1, by + 4), organisation)) return false;
  return caring || PASSIVE_ACTIONS.has(v.lemma);
}

const PERIODS = new Set(['day', 'week', 'month', 'year', 'night', 'shift']);
const TIME_INTROS = new Set(['before', 'after', 'when', 'whenever', 'once', 'until']);
/** Words of a routine ("before every visit", "always", "routinely"). */
const HABITUAL = new Set(['every', 'each', 'always', 'routinely', 'regularly', 'usually', 'normally', 'daily', 'weekly', 'monthly', 'annually']);
/** Words that date a step ("is doubled today"), against a routine ("is reinforced before every visit"). */
const STEP_TIME = new Set(['now', 'today', 'tonight', 'already', 'immediately', 'currently', 'being', 'morning', 'afternoon', 'evening', 'overnight', 'yesterday']);
/** A step done wrongly is a lapse, part of the cause ("was delivered to an incorrect address"). */
const DONE_WRONG = new Set(['wrong', 'wrongly', 'incorrect', 'incorrectly', 'mistakenly', 'late', 'without']);

function byOrganisation(after: readonly Word[], organisation: ReadonlySet<string>): boolean {
  const head = after.find((w) => w.pos === 'NOUN' || w.pos === 'PROPN' || w.pos === 'PRON');
  if (head === undefined) return false;
  if (head.text === 'us' || head.text === 'me' || organisation.has(head.text)) return true;
  if (after.some((w) => w.text === 'our' || w.text === 'its')) return ORGANISATION_NOUNS.has(head.lemma) || OUR_PEOPLE.has(head.lemma);
  return after.some((w) => w.text === 'the') && ORGANISATION_NOUNS.has(head.lemma);
}

/**
 * A step told as a note, with no auxiliary ("Today: main stage cancelled, second bridge open,
 * stewards doubled"): a noun and a participle of a remedial verb, in a list after a colon.
 */
export function noteAction(c: Clause, listed: boolean): boolean {
  if (!listed || c.negated || c.conditional || c.auxiliaries.length > 0 || c.words.length > 8) return false;
  const k = c.words.findIndex((w) => w.pos === 'VERB');
  const v = c.words[k];
  const before = c.words[k - 1];
  if (v === undefined || before === undefined || !(before.pos === 'NOUN' || before.pos === 'PROPN')) return false;
  if (c.words.some((w, i) => i !== k && (w.pos === 'VERB' || w.pos === 'AUX'))) return false;
  return REMEDIAL_VERBS.has(v.lemma) && isParticiple(v);
}

/** A heading that lists steps taken ("Measures taken:", "Remedial steps:", "What we are doing:"), not preventive ones. */
export function actionHeading(text: string): boolean {
  return ACTION_HEADINGS.test(text.replace(PREVENTIVE_HEADING, ' '));
}

const PASSIVE_ACTIONS = new Set([...REMEDIAL_VERBS].filter((v) => !NOT_PASSIVE_STEPS.has(v)));

/** Responsibility: the organisation admits a fault, a failure, a wrong decision, or accepts the blame. */
export function responsibility(c: Clause, organisation: ReadonlySet<string>, question: boolean): boolean {
  if (question || c.conditional) return false;
  const agent = organisationAgent(c, organisation);
  const words = c.words;
  const lemmas = words.map((w) => w.lemma);
  // "we should have told you sooner", "we did not check the valve, and we should have".
  if (agent && c.counterfactual && !lemmas.includes('nothing')) return true;
  if (agent && c.negated && !c.modal && !c.passive && omission(c)) return true;
  if (c.negated || c.modal) return false;
  const v = c.verb;
  if (agent && v !== null) {
    if (FAULT_VERBS.has(v.lemma)) {
      if (v.lemma === 'let') return lemmas.includes('down');
      if (v.lemma === 'drop') return lemmas.includes('ball');
      if (v.lemma === 'cut') return lemmas.includes('corner');
      if (v.lemma === 'mess' || v.lemma === 'screw') return lemmas.includes('up');
      // "we lost two major accounts" mourns the organisation's loss; "we lost track of it" is a fault.
      if (v.lemma === 'lose') return lemmas.some((l) => l === 'track' || l === 'sight' || l === 'control');
      if (v.lemma === 'break' || v.lemma === 'dismiss' || v.lemma === 'miss' || v.lemma === 'forget') return words.length <= 12;
      return true;
    }
    if (v.lemma === 'get' && lemmas.includes('wrong')) return true;
    if ((v.lemma === 'make' || v.lemma === 'commit') && words.some((w) => FAULT_NOUNS.has(w.lemma) && w.lemma !== 'call' && w.lemma !== 'decision')) return true;
    if (['take', 'accept', 'own', 'bear', 'assume', 'shoulder'].includes(v.lemma) && words.some((w) => w.lemma === 'responsibility' || w.lemma === 'blame' || w.lemma === 'accountability' || w.lemma === 'ownership')) return true;
    // "we own it", "the credit union owns this mistake"
    if (v.lemma === 'own' && words.slice(c.verbAt + 1, c.verbAt + 4).some((w) => w.text === 'it' || w.text === 'this' || w.text === 'that' || FAULT_NOUNS.has(w.lemma))) return true;
    // "we accept that this was a failure of our process", "we accept these findings", "accepts that it breaches the code"
    if (['accept', 'acknowledge', 'admit', 'concede'].includes(v.lemma) && words.slice(c.verbAt + 1).some((w) => (FAULT_NOUNS.has(w.lemma) && w.lemma !== 'call' && w.lemma !== 'decision') || w.lemma === 'finding' || (w.pos === 'VERB' && FAULT_VERBS.has(w.lemma)))) return true;

    // The subject must stand next to the verb: in "we are sorry that this fake has caused …" the fake caused it.
    const subjectEnd = c.subject.length > 0 ? words.indexOf(c.subject[c.subject.length - 1] as Word) : -1;
    if ((v.lemma === 'cause' || v.lemma === 'sign' || v.lemma === 'approve' || v.lemma === 'ignore') && (c.sharedSubject || (subjectEnd >= 0 && c.verbAt - subjectEnd <= 4))) return true;
    if (v.lemma === 'be' && words.some((w) => w.lemma === 'responsible' || w.lemma === 'accountable' || w.lemma === 'blame' || w.lemma === 'wrong' || w.lemma === 'negligent' || w.lemma === 'careless')) return true;
  }
  // "The hospital accepts that the report was not escalated", "the trustees accept that the controls were inadequate".
  if (agent && v !== null && ['accept', 'acknowledge', 'admit', 'concede'].includes(v.lemma) && lapseAfter(words.slice(c.verbAt + 1))) return true;
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

/** States of a safeguard that admit a fault ("inadequate", "not good enough"). */
const INADEQUATE = new Set(['inadequate', 'insufficient', 'deficient', 'poor', 'flawed', 'faulty', 'negligent', 'lacking', 'wrong', 'unacceptable', 'weak', 'ineffective']);
/** A lapse in the words after "accept that": a safeguard called inadequate, or a duty not done ("was not escalated"). */
function lapseAfter(rest: readonly Word[]): boolean {
  if (rest.some((w) => INADEQUATE.has(w.lemma))) return true;
  return rest.some((w, k) => (w.text === 'not' || w.text === 'never') && rest.slice(k + 1, k + 3).some((x) => x.pos === 'VERB' && PROCEDURE_VERBS.has(x.lemma)));
}

/** Warnings owed to the people affected ("we did not warn you", "we didn't tell parents sooner"). */
const OMITTED_WARNINGS = new Set(['warn', 'tell', 'inform', 'alert', 'notify']);

/** "we didn't fix most of them", "we did not follow our own heat policy", "we didn't finish the job": a duty not done, told in the past. */
function omission(c: Clause): boolean {
  const v = c.verb;
  if (v === null || !(PROCEDURE_VERBS.has(v.lemma) || OMITTED_WARNINGS.has(v.lemma) || v.lemma === 'finish' || (v.lemma === 'do' && c.words.some((w) => w.lemma === 'job' || w.lemma === 'enough')))) return false;
  // "we have never told our staff to withhold anything" denies an instruction; it admits nothing.
  const rest = c.words.slice(c.verbAt + 1);
  if (rest.some((w, i) => w.text === 'to' && rest[i + 1]?.pos === 'VERB')) return false;
  return c.auxiliaries.some((w) => w.text === 'did' || w.text === 'had' || w.text === 'was' || w.text === 'were') || (v.text !== v.lemma && !v.text.endsWith('ing'));
}

const OWN_FAULT = /\b(?:(?:fault|failure|mistake|error|blame|failing)s?\s+(?:is|was|lies|lay|rests|rested)\s+(?:entirely\s+|all\s+|solely\s+|squarely\s+)?(?:in|with|on)\s+(?:our|us|me|my)\b|(?:fault|failure|mistake|error|failing)s?\s+(?:on|of)\s+our\s+(?:side|part|own)|on\s+(?:our|my)\s+watch|in\s+our\s+care|(?:not|isn't|wasn't)\s+(?:your|their|his|her|the\s+[a-z]+'s)\s+(?:fault|failure|mistake)[^.;]{0,20}?\b(?:it's|it\s+is|it\s+was|that's|but)\s+(?:ours|mine|our)\b|our\s+(?:call|decision)\b[^.;]{0,40}?\bwrong\b)/;

/**
 * Responsibility said across a sentence: the fault placed with the organisation ("the fault was in
 * our machine", "an error on our side", "on our watch", "that is not your failure, it's ours"), its
 * own thing called wrong ("our label was wrong"), its own process failing ("its oversight failed"),
 * a decision put to its own people ("was made by leadership, including me"), shame ("I am ashamed
 * that …"), or an apology for its own act ("sorry for putting you in this position").
 */
/** What people go through, not what the organisation did to them ("sorry for having to wait"). */
const UNDERGONE = new Set(['be', 'have', 'go', 'feel', 'experience', 'suffer', 'deal', 'wait', 'face', 'live', 'cope']);

export function responsibilityInSentence(text: string, words: readonly Word[], organisation: ReadonlySet<string>): boolean {
  if (OWN_FAULT.test(text)) return true;
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    if (w === undefined) continue;
    const ours = w.text === 'our' || w.text === 'its' || w.text === 'my' || (organisation.has(w.text) && words[k + 1]?.text === "'s");
    if (ours) {
      const rest = words.slice(k + 1, k + 6);
      const be = rest.findIndex((x) => x.lemma === 'be' || (x.pos === 'VERB' && x.lemma === 'fail'));
      if (be > 0 && rest[be]?.lemma === 'fail' && rest.slice(0, be).every((x) => x.pos === 'NOUN' || x.pos === 'ADJ' || x.pos === 'PROPN' || x.text === "'s")) return true;
      // Not denied first: "we do not accept that our checks were inadequate".
      const deniedBefore = words.slice(0, k).some((x) => x.text === 'not' || x.text === 'never' || x.lemma === 'deny' || x.lemma === 'reject' || x.lemma === 'dispute');
      if (be > 0 && !deniedBefore && rest.slice(0, be).every((x) => x.pos === 'NOUN' || x.pos === 'ADJ' || x.pos === 'PROPN') && ['wrong', 'faulty', 'flawed', 'inadequate', 'negligent'].includes(words[k + 2 + be]?.lemma ?? '')) return true;
      if (organisation.has(w.text) && words[k + 1]?.text === "'s" && FAULT_NOUNS.has(words[k + 2]?.lemma ?? '') && words[k + 2]?.lemma !== 'decision' && words[k + 2]?.lemma !== 'call') return true;
    }
    if (w.lemma === 'ashamed' && words.slice(Math.max(0, k - 3), k).some((x) => x.text === 'i' || x.text === 'we')) return true;
    // "was made by leadership, including me", "made by management, and we own it"
    if (w.text === 'made' && words[k - 1]?.lemma === 'be' && words[k + 1]?.text === 'by' && words.slice(k + 2, k + 5).some((x) => x.text === 'me' || x.text === 'us' || x.text === 'our' || x.lemma === 'management' || x.lemma === 'leadership' || organisation.has(x.text))) return true;
    if ((w.lemma === 'sorry' || w.lemma === 'apologise' || w.lemma === 'apologize') && words[k + 1]?.text === 'for') {
      const next = words[k + 2];
      if (next !== undefined && next.pos === 'VERB' && next.text.endsWith('ing') && !next.text.endsWith('thing') && !UNDERGONE.has(next.lemma)) return true;
    }
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
    if (after.some((x, i) => x.text === 'our' && after[i + 1] !== undefined && isPerson(after[i + 1] as Word))) return false;
    if (after.some((x) => x.text === 'we' || x.text === 'our' || x.text === 'failing' || x.text === 'not' || x.text === 'letting' || x.text === 'i' || x.text === 'my')) return true;
  }
  return false;
}

export function isPerson(w: Word): boolean {
  return PEOPLE.has(w.lemma) || PEOPLE.has(w.text) || PEOPLE_PRONOUNS.has(w.text) || w.text === 'your' || w.text === 'their' || w.text === 'her' || w.text === 'his' || AGED.test(w.text);
}

const AGE_UNITS = new Set(['year', 'month', 'week']);
/** "a nine-year-old", "the 14-month-old": an age used as a noun names a person. */
const AGED = /^(?:\d+|[a-z]+)-(?:year|month|week)-olds?$/;

const HEDGE_WORDS = new Set(['alleged', 'allegedly', 'reported', 'possible', 'possibly', 'potential', 'potentially', 'apparent', 'apparently', 'claimed', 'so-called', 'suspected', 'perhaps', 'maybe', 'any', 'anecdotal', 'unconfirmed', 'rumoured', 'rumored']);
/** Harm to the body: said of a named person ("Marc Tremblay died", "Lorraine is in hospital"), it is harm to a person. */
const BODILY = new Set(['die', 'kill', 'injure', 'hurt', 'wound', 'burn', 'fracture', 'drown', 'crush', 'hospitalise', 'hospitalize', 'sicken', 'poison', 'infect', 'collapse', 'faint', 'vomit', 'ill', 'sick', 'unwell', 'injured', 'dead', 'critical', 'death', 'injury', 'illness', 'hospital', 'hypothermia', 'concussion', 'heatstroke']);
/** Extra words of harm that only count with a person ("in a critical condition", "in intensive care", "crying"). */
const MORE_HARM = new Set(['critical', 'hypothermia', 'concussion', 'heatstroke', 'cry', 'intensive']);

const HARM_NEGATORS = new Set(['not', 'no', 'never', 'nobody', 'none', 'nothing', 'neither', 'nor', 'without']);

/** Harm acknowledged: people and a harm predicate in one affirmed clause. */
export function harm(c: Clause, question: boolean, victims: (w: Word) => boolean, previous?: Clause, organisation: ReadonlySet<string> = new Set(), next?: Clause): boolean {
  if (question) return false;
  if (deprived(c, victims, organisation)) return true;
  if (!affirmed(c)) return false;
  const words = c.words;
  if (words.some((w) => HEDGE_WORDS.has(w.text))) return false;
  // "Mediquell is also a victim of this fraud": the organisation as victim is self-focus, not harm.
  if (organisationAgent(c, organisation) && words.some((w) => w.lemma === 'victim')) return false;
  const head = c.subject[c.subject.length - 1];
  // "a child who is allergic to peanuts became seriously ill": the person stands before "who".
  const antecedent = c.intro === 'who' && previous !== undefined && previous.words.length > 0 && isPerson(previous.words[previous.words.length - 1] as Word);
  const people = antecedent || words.some((w, k) => isPerson(w) || victims(w) || (w.text === 'old' && words[k - 1]?.text === '-' && AGE_UNITS.has(words[k - 2]?.text ?? '')));
  const named = head !== undefined && head.pos === 'PROPN' && !organisation.has(head.text);
  if (!people && !named) return false;
  return words.some((w, k) => {
    // "we say that no one was hurt": a negation inside the clause, after its verb, still denies the harm.
    if (words.slice(0, k).some((x) => HARM_NEGATORS.has(x.lemma) || HARM_NEGATORS.has(x.text))) return false;
    // "worried sick" is a feeling, "affected" names no harm, "told owners to stop charging" is advice.
    if (w.lemma === 'affect' || (w.text === 'sick' && (words[k - 1]?.text ?? '').startsWith('worr')) || words[k - 1]?.lemma === 'stop' || (words[k - 1]?.text === 'to' && w.pos === 'VERB')) return false;
    const bodily = BODILY.has(w.lemma) || BODILY.has(w.text);
    if (!people && !bodily) return false;
    if (MORE_HARM.has(w.lemma)) return w.lemma !== 'intensive' || words[k + 1]?.lemma === 'care';
    if (w.lemma === 'fight' && words.slice(k + 1, k + 4).some((x) => x.lemma === 'life')) return true;
    // "needed treatment for their breathing", "who required hospital care".
    if ((w.lemma === 'need' || w.lemma === 'require') && words.slice(k + 1, k + 4).some((x) => CARE_NOUNS.has(x.lemma))) return people;
    // "your details were taken" (data) and "were taken to hospital": taking is harm only done to them.
    if (w.lemma === 'take' && w.pos === 'VERB' && c.passive && w === c.verb) return people;
    // "painful for every one of our 400 employees" is the organisation's own hurt (self-focus).
    if (EMOTIONAL_HARM.has(w.lemma) && ownPeopleOnly(words, next)) return false;
    // The tagger reads some participles as adverbs ("was left unaccompanied").
    if (w.pos === 'ADV' && w.text.endsWith('ed')) return MORE_HARM_PREDICATES.has(w.text);
    if (w.pos === 'VERB' || w.pos === 'ADJ') return HARM_PREDICATES.has(w.lemma) || HARM_PREDICATES.has(w.text) || MORE_HARM_PREDICATES.has(w.lemma) || MORE_HARM_PREDICATES.has(w.text);
    if (w.pos === 'NOUN') return HARM_NOUNS.has(w.lemma) || MORE_HARM_NOUNS.has(w.lemma) || w.lemma === 'hospital';
    // The tokeniser keeps a full stop on a few words that are also abbreviations ("became seriously ill." as "Ill." for Illinois).
    if (w.pos === 'PROPN' && w.text.endsWith('.')) return HARM_PREDICATES.has(w.text.slice(0, -1));
    return false;
  });
}

// A cause not yet known is no explanation; "investigation" only counts when it reports a finding.
const NO_CONTENT =
  /\b(?:unknown|not (?:yet )?(?:known|clear|established|determined)|unclear|not (?:yet )?been (?:established|determined|identified|confirmed)|(?:to|yet to|trying to|working to|seeking to|help) (?:establish|determine)|being (?:established|determined|looked|reviewed|examined|investigated)|under (?:review|investigation)|(?:are|is|will be|we're) investigating|will investigate|(?:do|does|did) not (?:yet )?know|don't (?:yet )?know|too early|speculat|(?:it is|it's|it was) (?:possible|conceivable) that)/;
const CAUSE_INTROS = new Set(['because']);
/** "There is no evidence that anyone was refused because of …": a cause denied with what it would explain. */
export const NO_EVIDENCE = /\bno (?:evidence|suggestion|indication|sign|proof)\b/;
/** What a cause may not be about: the feelings it caused are harm ("the worry this is causing"), not its cause. */
const FEELINGS = new Set(['worry', 'distress', 'inconvenience', 'concern', 'anxiety', 'upset', 'disruption', 'alarm', 'fear', 'confusion', 'frustration', 'disappointment', 'stress', 'hurt', 'pain', 'offence', 'offense', 'anger']);
/** A cause that only names a fault ("because of our error", "due to a technical issue") has no content. */
const BARE_FAULT = /\b(?:because of|due to|owing to|following|after)\s+(?:a|an|the|our|this|some)\s+(?:[a-z]+\s+)?(?:error|mistake|issue|problem|incident|fault|failure|glitch|matter)s?\s*(?:[.,;]|$)/;

/** Things that fail on their own: a thing or a process as subject of one of these is a cause told as narrative. */
const THING_FAILURES = new Set(['fail', 'malfunction', 'drift', 'break', 'leak', 'overheat', 'ignite', 'crash', 'burst', 'corrode', 'jam', 'crack', 'collapse', 'trip', 'stall', 'misfire', 'overflow', 'rupture', 'explode', 'expire', 'lapse', 'clog', 'short-circuit', 'overload']);
/** Failures said with a particle or an object: "the transformer caught fire", "the chlorine ran out", "an update knocked out the system". */
const PARTICLE_FAILURES = new Map([['catch', 'fire'], ['run', 'out'], ['knock', 'out'], ['give', 'way'], ['burn', 'out'], ['seize', 'up']]);
/** Steps a procedure asks for: not done ("were not reviewed", "we did not follow our own policy"), they are the cause. */
const PROCEDURE_VERBS = new Set(
  `fix repair review check inspect test service maintain follow apply escalate progress act heat sterilise sterilize clean
  update patch replace enforce monitor count verify validate calibrate notice catch spot flag read train lock
  secure encrypt back configure approve supervise disinfect chlorinate stop report listen heed investigate`
    .split(/\s+/)
    .filter((w) => w !== ''),
);
/** Steps skipped or done wrong, said in the passive ("the peer check was skipped", "the line was overridden"). */
const LAPSE_VERBS = new Set(['skip', 'bypass', 'overlook', 'ignore', 'override', 'overrule', 'padlock', 'mislabel', 'misconfigure', 'misread', 'swap', 'mix', 'misplace', 'disable', 'switch', 'leave']);
/** A safeguard that was not there ("we had no automatic alarm", "we didn't have an automated check"). */
const SAFEGUARDS = new Set(['check', 'alarm', 'backup', 'control', 'safeguard', 'procedure', 'policy', 'process', 'plan', 'barrier', 'sensor', 'contingency', 'authentication', 'mfa', 'monitoring', 'protocol', 'lock', 'supervision', 'test', 'inspection', 'warning', 'system']);
/** Wrongdoing by others, told as what they did ("an attacker logged in with a stolen password", "the pouches were tampered with"). */
const ATTACK_VERBS = new Set(['hack', 'tamper', 'phish', 'infiltrate', 'attack', 'sabotage', 'arson', 'vandalise', 'vandalize']);
const ATTACKERS = new Set(['attacker', 'hacker', 'criminal', 'intruder', 'arsonist', 'thief', 'gang', 'fraudster', 'scammer', 'someone', 'somebody', 'vandal']);
const NO_ONE = new Set(['nobody', 'no one', 'no-one']);
const NOBODY_DID = new Set(['go', 'do', 'act', 'notice', 'respond', 'react', 'pick', 'come', 'call', 'ring', 'chase', 'visit', 'look']);
/** How an intruder got in: "an attacker logged in with", "the criminals came in through a hole". */
const INTRUSION_VERBS = new Set(['log', 'get', 'break', 'gain', 'use', 'start', 'set', 'come', 'enter', 'exploit', 'access', 'breach', 'sneak', 'trick', 'pose']);
const FINDING = /\b(?:review|investigation|inquiry|enquiry|analysis|audit|report|findings?|investigators?|inspectors?|examination|post-mortem|logs?|checks|tests)\b[^.;]{0,60}?\b(?:found|finds|has found|have found|confirmed|confirms|established|establishes|identified|identifies|showed|shows|concluded|concludes|revealed|reveals|points? to|pointed to|indicates?|indicated)\b(?!\s+(?:no|nothing|any|that no|that there (?:is|was) no)\b)\s*(?:that\s+|:\s*)?[a-z0-9(]+(?:\s+[a-z0-9(),.-]+){2,}/;
/** "We will share what the investigation finds": a finding to come is no cause. */
const FINDING_TO_COME = /\b(?:what|whatever|when|once|until|if|whether)\s+(?:the\s+|our\s+|any\s+|its\s+)?(?:[a-z-]+\s+)?(?:review|investigation|inquiry|enquiry|analysis|audit|report|investigators?|inspectors?)\b/;
const WE_FOUND = /\b(?:(?:we|i)\s+(?:have\s+)?(?:found|established|confirmed|identified|discovered)|it\s+(?:has\s+been|had\s+been|was|is)\s+(?:now\s+)?(?:established|found|confirmed|determined|shown))\s+(?:that|:)\s+(?!(?:there (?:is|was) )?no\b)[a-z]+(?:\s+[a-z]+){2,}/;
const BY_MISTAKE = /\b(?:by mistake|in error|by accident|accidentally|mistakenly|wrongly|incorrectly|improperly|erroneously|inadvertently)\b/;
const STARTED_WHEN = /\b(?:started|began|broke out|occurred|happened|spread)\s+(?:when|after|because|as)\s+[a-z]+/;
const NOT_PAST_AUX = new Set(['will', "'ll", 'shall', 'can', 'must']);
const STARTED = new Set(['start', 'begin', 'occur', 'happen', 'spread', 'ignite']);
/** "Nobody's pension is being stopped": a passive in the present says what is (not) happening now. */
const PRESENT_AUX = new Set(['is', 'are', 'being', 'be', "'s", "'re", 'am']);

function past(c: Clause, v: Word): boolean {
  if (c.auxiliaries.some((w) => NOT_PAST_AUX.has(w.text))) return false;
  if (c.auxiliaries.some((w) => w.text === 'did' || w.text === 'was' || w.text === 'were' || w.text === 'had' || w.text === "didn't" || w.text === 'has' || w.text === 'have')) return true;
  return v.text !== v.lemma && !v.text.endsWith('ing') && !(v.text.endsWith('s') && v.text.slice(0, -1) === v.lemma);
}

/** A fault of a thing, a step of a procedure not done, a safeguard missing, or what an attacker did. */
function narrativeCause(c: Clause, text: string, organisation: ReadonlySet<string>): boolean {
  const v = c.verb;
  const lemmas = c.words.map((w) => w.lemma);
  const head = c.subject[c.subject.length - 1];
  const personSubject = head !== undefined && (isPerson(head) || head.text === 'we' || head.text === 'i');
  if (!c.negated && !c.modal) {
    // "the sensor drifted", "the machine that sterilises our instruments failed its weekly test".
    const failing = c.words.find((w, k) => w.pos === 'VERB' && (THING_FAILURES.has(w.lemma) || (PARTICLE_FAILURES.has(w.lemma) && PARTICLE_FAILURES.get(w.lemma) === c.words[k + 1]?.text)) && w.text !== w.lemma && !w.text.endsWith('ing'));
    if (failing !== undefined && head !== undefined && !personSubject && !organisationAgent(c, organisation) && head.pos !== 'PRON' && head.lemma !== 'heart') return true;
    // "A faulty sensor meant some coriander wasn't heated enough."
    if (v !== null && v.text === 'meant' && !c.passive && head !== undefined && !personSubject && head.pos !== 'PRON' && c.words.length - c.verbAt >= 4) return true;
    // "the peer check was skipped", "the exit was padlocked".
    // "the alarm had been switched off" is a lapse; "the system has been permanently switched off" is today's step.
    const stepNow = c.auxiliaries.some((w) => w.text === 'has' || w.text === 'have') && REMEDIAL_VERBS.has(v?.lemma ?? '');
    if (c.passive && v !== null && !stepNow && LAPSE_VERBS.has(v.lemma) && (v.lemma !== 'leave' || /\b(?:open|unlocked|unsecured|unattended|unguarded|unpatched|exposed|public|running|on|logged)\b/.test(text)) && (v.lemma !== 'switch' || lemmas.includes('off'))) return true;
    if (activeLapse(c, organisation)) return true;
    if (disabledBefore(c)) return true;
    if (wrongThing(c, organisation)) return true;
    if (BY_MISTAKE.test(text) && v !== null && !NOT_ACTION_VERBS.has(v.lemma) && !lemmas.includes('sorry')) return true;
    // "the pouches were tampered with" tells the cause; "two of our drivers were attacked" tells a harm to people.
    const harmedPeople = c.passive && (head === undefined || head.pos === 'PROPN' || isPerson(head));
    if (!personSubject && !harmedPeople && c.words.some((w) => ATTACK_VERBS.has(w.lemma) && ((w.pos === 'VERB' && !w.text.endsWith('ing')) || w.lemma === 'arson'))) return true;
    if (doneWithoutCheck(c, v)) return true;
    if (v !== null && head !== undefined && ATTACKERS.has(head.lemma) && INTRUSION_VERBS.has(v.lemma)) return true;
    if (c.passive && c.words.some((w, k) => w.text === 'by' && c.words.slice(k + 1, k + 4).some((x) => ATTACKERS.has(x.lemma) || x.lemma === 'attack' || x.lemma === 'cyberattack'))) return true;
  }
  // "we had no alarm": the negation stands after the verb.
  const denied = c.negated || (v !== null && v.lemma === 'have' && c.words[c.verbAt + 1]?.text === 'no');
  if (denied && v !== null && past(c, v)) {
    // "sterilisation logs were not reviewed", "a report … was not progressed in line with procedures".
    if (c.passive && PROCEDURE_VERBS.has(v.lemma) && !c.auxiliaries.some((w) => PRESENT_AUX.has(w.text))) return true;
    // "we did not follow our own heat policy", "nobody acted on them".
    const noOne = c.subject.some((w) => NO_ONE.has(w.text)) || /\bno one\b/.test(text);
    if (!c.passive && PROCEDURE_VERBS.has(v.lemma) && (organisationAgent(c, organisation) || noOne || (head !== undefined && isPerson(head) && head.pos !== 'PRON'))) return true;
    // "nobody went out", "no one did anything about them": the step nobody took.
    if (!c.passive && noOne && NOBODY_DID.has(v.lemma)) return true;
    // "we had no automatic alarm", "we didn't have an automated check that would flag it".
    if (v.lemma === 'have' && organisationAgent(c, organisation) && c.words.some((w) => SAFEGUARDS.has(w.lemma))) return true;
  }
  return false;
}

/**
 * What a cause is called, as the subject of "is/was/lay/sat" with content after it: "the problem is
 * the glue holding the magnets in", "the fault sat with our vendor's software", "the source was a
 * leaking tank". The first noun of the clause must be the cause noun ("the source of the leak was
 * …"); an adjective alone after the verb ("the problem is serious") says nothing of what it was.
 */
const CAUSE_NOUNS = new Set(['problem', 'fault', 'cause', 'source', 'origin', 'culprit', 'reason', 'root', 'trouble', 'issue', 'flaw', 'defect', 'weakness', 'explanation']);
const COPULAS = new Set(['be', 'lie', 'sit', 'rest']);
function causeNamed(c: Clause, next?: Clause): boolean {
  if (c.passive || c.negated) return false;
  // The tagger may take a participle after the copula as the clause's verb ("the problem is the glue holding …").
  const at = c.verb !== null && COPULAS.has(c.verb.lemma) ? c.verbAt : c.words.findIndex((w, k) => k < c.verbAt && COPULAS.has(w.lemma) && (w.pos === 'AUX' || w.pos === 'VERB'));
  if (at < 0) return false;
  const firstNoun = c.words.slice(0, at).find((w) => w.pos === 'NOUN' || w.pos === 'PROPN' || w.pos === 'PRON');
  if (firstNoun === undefined || !CAUSE_NOUNS.has(firstNoun.lemma)) return false;
  // "the likely cause is curd that was not kept cold": a relative clause after the cause is its content.
  const relative = next !== undefined && (next.intro === 'that' || next.intro === 'which' || next.intro === 'who') ? next.words : [];
  const rest = [...c.words.slice(at + 1), ...relative].filter((w) => w.pos !== 'PUNCT');
  if (rest.length < 3) return false;
  const first = rest.find((w) => w.pos !== 'ADV');
  return first !== undefined && first.pos !== 'ADJ' && rest.some((w) => w.pos === 'NOUN' || w.pos === 'PROPN' || w.pos === 'VERB');
}

/** Checks a step owes: done "without" them, the step was a lapse ("approved the requests without the required verification"). */
const CHECKS = new Set(['check', 'checking', 'verification', 'verify', 'verifying', 'test', 'testing', 'approval', 'authorisation', 'authorization', 'permission', 'consent', 'sign-off', 'supervision', 'inspection', 'confirmation', 'confirming', 'authority', 'oversight', 'safeguard', 'clearance', 'training']);
/**
 * A step taken without the check it needed, told in the past: "a staff member allowed the change
 * without checking it was you", "staff were changing phone numbers without doing the checks". Not
 * what is allowed from now on ("you can log in without a code"), not "without waiting".
 */
function doneWithoutCheck(c: Clause, v: Word | null): boolean {
  if (v === null || v.pos !== 'VERB' || c.negated || c.modal || c.conditional) return false;
  const k = c.words.findIndex((w) => w.text === 'without');
  if (k < 0 || k < c.verbAt) return false;
  // "without checking it was you", "sent out without the water they needed"
  if (!c.words.slice(k + 1, k + 6).some((w) => CHECKS.has(w.text) || CHECKS.has(w.lemma) || w.text === 'needed' || w.text === 'required' || w.text === 'necessary')) return false;
  if (c.auxiliaries.some((w) => NOT_PAST_AUX.has(w.text))) return false;
  // Those who run the check, or an intruder: "consumers who boycotted us without checking the facts" is blame, not a cause.
  if (!c.passive && !c.words.slice(0, Math.max(0, c.verbAt)).some((w) => WORKERS.has(w.lemma) || ATTACKERS.has(w.lemma) || w.text === 'we' || w.text === 'i')) return false;
  const progressive = c.auxiliaries.some((w) => w.text === 'was' || w.text === 'were') && v.text.endsWith('ing');
  return progressive || past(c, v);
}


/** Who works a procedure: staff, shifts, contractors, suppliers; not the people it protects. */
const WORKERS = new Set(['staff', 'shift', 'crew', 'team', 'operator', 'worker', 'employee', 'contractor', 'subcontractor', 'supplier', 'vendor', 'engineer', 'technician', 'mechanic', 'driver', 'pilot', 'controller', 'nurse', 'doctor', 'pharmacist', 'guard', 'officer', 'manager', 'supervisor', 'inspector', 'agent', 'clerk', 'cashier', 'teacher', 'steward', 'installer', 'builder', 'colleague', 'management', 'department', 'lab', 'laboratory', 'plant', 'site', 'warehouse', 'depot']);
/** Safeguards a person can skip, ignore or override ("skipped the check", "ignored the alarm"). */
const SKIPPABLE = new Set(['check', 'alarm', 'alert', 'warning', 'signal', 'instruction', 'rule', 'procedure', 'protocol', 'policy', 'step', 'test', 'inspection', 'interlock', 'limit', 'guidance', 'safeguard', 'control', 'lock', 'sensor', 'checklist', 'count', 'review', 'report', 'verification', 'sign-off', 'approval', 'advice', 'forecast']);
const SKIP_VERBS = new Set(['skip', 'ignore', 'bypass', 'override', 'overrule', 'overlook', 'miss', 'disable', 'disregard', 'dismiss', 'breach', 'circumvent', 'skirt', 'silence', 'mute']);

/** "the night shift skipped the check", "an engineer bypassed the interlock", "we ignored the alarm": a safeguard set aside by those who run it. */
function activeLapse(c: Clause, organisation: ReadonlySet<string>): boolean {
  const v = c.verb;
  const head = c.subject[c.subject.length - 1];
  if (v === null || c.passive || c.negated || !SKIP_VERBS.has(v.lemma) || !past(c, v) || head === undefined) return false;
  if (!(WORKERS.has(head.lemma) || organisationAgent(c, organisation))) return false;
  return c.words.slice(c.verbAt + 1, c.verbAt + 6).some((w) => w.pos === 'NOUN' && SKIPPABLE.has(w.lemma));
}

/** Disabling verbs: said in the past perfect passive, the thing was out of action before it happened ("the sensor had been disconnected"). */
const DISABLING = new Set(['disconnect', 'disable', 'deactivate', 'unplug', 'remove', 'switch', 'turn', 'bypass', 'override', 'block', 'tape', 'cover', 'isolate', 'silence', 'mute', 'suspend', 'shut', 'lock', 'padlock', 'chain', 'obstruct', 'wedge', 'prop']);
function disabledBefore(c: Clause): boolean {
  const v = c.verb;
  if (v === null || !c.passive || c.negated || !DISABLING.has(v.lemma)) return false;
  if ((v.lemma === 'switch' || v.lemma === 'turn') && !c.words.some((w) => w.text === 'off')) return false;
  return c.auxiliaries.some((w) => w.text === 'had');
}

/** What was wrong about the thing used: "the wrong film was loaded", "we connected the bot to an outdated schedule", "an expired reagent was used". */
const WRONG_THING = new Set(['wrong', 'incorrect', 'outdated', 'expired', 'archived', 'obsolete', 'contaminated', 'defective', 'faulty', 'counterfeit', 'falsified', 'mislabelled', 'mislabeled', 'unapproved', 'untested', 'uncertified', 'unlicensed', 'substandard']);
const SAYING_VERBS = new Set(['tell', 'say', 'give', 'send', 'post', 'publish', 'share', 'provide', 'quote', 'show', 'print', 'correct', 'fix', 'replace', 'remove', 'recall', 'withdraw', 'find', 'identify', 'see', 'know', 'receive']);
function wrongThing(c: Clause, organisation: ReadonlySet<string>): boolean {
  const v = c.verb;
  if (v === null || v.pos !== 'VERB' || c.negated || SAYING_VERBS.has(v.lemma) || REMEDIAL_VERBS.has(v.lemma) || NOT_ACTION_VERBS.has(v.lemma) || !past(c, v)) return false;
  // Active: those who run the process did it ("products bought from unlicensed vendors" by the people affected is not the organisation's cause).
  if (!c.passive && !(organisationAgent(c, organisation) || c.subject.some((w) => WORKERS.has(w.lemma)))) return false;
  // passive: the wrong thing is the subject; active: it is the object.
  const span = c.passive ? c.words.slice(0, c.verbAt) : c.words.slice(c.verbAt + 1, c.verbAt + 7);
  return span.some((w, k) => WRONG_THING.has(w.text) && span.slice(k + 1, k + 4).some((x) => x.pos === 'NOUN'));
}

/** "last night's payment batch ran twice", "the processor pushed the file twice". */
const RAN_TWICE = /\b(?:ran|run|pushed|processed|posted|loaded)\b[^.;]{0,30}?\btwice\b/;
/** A fault with its kind named: "it was a sensor fault", "this was a leak from a storage tank"; not "it was a mistake" or "a human error". */
const FAULTS = new Set(['fault', 'failure', 'error', 'leak', 'defect', 'malfunction', 'breach', 'bug', 'crack', 'fire', 'spill', 'outage', 'fracture', 'blockage', 'short']);
const BARE_KINDS = new Set(['human', 'terrible', 'serious', 'genuine', 'honest', 'big', 'huge', 'major', 'minor', 'technical', 'simple', 'stupid', 'regrettable', 'unfortunate', 'isolated', 'small', 'one-off', 'clerical', 'administrative', 'catastrophic', 'grave', 'real', 'massive', 'bad', 'awful', 'systemic']);
function faultNamed(c: Clause): boolean {
  const v = c.verb;
  const head = c.subject[c.subject.length - 1];
  if (v === null || v.lemma !== 'be' || c.negated || head === undefined || !(head.text === 'it' || head.text === 'this' || head.text === 'that')) return false;
  const rest = c.words.slice(c.verbAt + 1).filter((w) => w.pos !== 'PUNCT');
  const k = rest.findIndex((w) => w.pos === 'NOUN' && FAULTS.has(w.lemma));
  if (k < 0) return false;
  // "a leak from a storage tank": where it came from is content enough.
  if (rest[k + 1]?.text === 'from' || rest[k + 1]?.text === 'in') return true;
  const modifiers = rest.slice(0, k).filter((w) => w.pos === 'NOUN' || w.pos === 'ADJ' || w.pos === 'PROPN');
  return modifiers.length > 0 && !modifiers.some((w) => BARE_KINDS.has(w.lemma) || BARE_KINDS.has(w.text));
}

/** "because of this cholera": the crisis pointed at, not a cause told. */
const BARE_REFERENCE = /\bbecause of (?:this|that|these|those) [a-z-]+\s*(?:[.,;!]|$)/;
const SUBJECT_PRONOUNS = new Set(['i', 'we', 'you', 'they', 'he', 'she']);
/** "arose from its own configuration change", "stemmed from a missed inspection", wherever the verb stands. */
const CAUSE_FROM = /\b(?:arose|arisen|arises|arising|stemmed|stems|stemming|originated|resulted|results) from (?!(?:this|that|the) (?:incident|situation|matter|event|crisis)\b)[a-z]/;
/** "no report was made to the agency", "no check was carried out": a step owed and not taken. */
const NOTHING_DONE = /\bno (?:report|check|inspection|test|warning|alert|notification|referral|escalation|review|risk assessment|recall|audit|follow-up)s? (?:was|were|had been) (?:ever )?(?:made|done|carried out|conducted|issued|sent|raised|filed|performed|completed|run)\b/;
/** "the link stopped sending one type of report", "the pumps stopped working". */
const STOPPED_WORKING = /\b(?:stopped|ceased) (?:working|sending|responding|recording|functioning|pumping|running|syncing|updating|reporting|alerting|cooling|heating)\b/;
/** "we did not have a check in place", "we had no backup". */
const NO_SAFEGUARD = new RegExp(`\\b(?:we|i) (?:did not|didn't|never) (?:have|put) (?:a|an|any|the) (?:[a-z-]+ )?(?:${[...SAFEGUARDS].join('|')})s?\\b`);

/** Saying or guessing refused: a "because" before or after it gives the reason for the refusal ("because this is a pending criminal matter, we will not comment"). */
const REFUSAL = /\b(?:not|never|won't|can't|cannot|unable to)\s+(?:[a-z']+\s+){0,6}?(?:comment|guess|speculate|discuss|say|name|confirm|answer|disclose|share|go into)\b/;
export function reasonForRefusal(before: string, next: Clause | undefined): boolean {
  if (REFUSAL.test(before)) return true;
  return next !== undefined && REFUSAL.test(next.words.map((w) => w.text).join(' '));
}

/**
 * "We have stopped supplying Migrelan because a number of patients have developed liver damage":
 * the harm to people is why the organisation acted, not what caused the harm.
 */
export function reasonForStep(c: Clause, previous: Clause | undefined, organisation: ReadonlySet<string>): boolean {
  const head = c.subject[c.subject.length - 1];
  if (previous === undefined || head === undefined || !isPerson(head)) return false;
  return organisationAgent(previous, organisation) && previous.verb !== null && REMEDIAL_VERBS.has(previous.verb.lemma);
}

/** Functions of a thing: "the backup did not pick up the load", "the alarm did not sound", "the script didn't handle accounts …". */
const THING_FUNCTIONS = new Set(['handle', 'pick', 'trigger', 'detect', 'flag', 'alert', 'work', 'activate', 'engage', 'shut', 'close', 'open', 'respond', 'deploy', 'sound', 'operate', 'function', 'register', 'record', 'save', 'sync', 'catch', 'trip', 'kick', 'switch', 'fire', 'release', 'lock', 'hold', 'filter', 'drain', 'cool']);
function thingFailedToAct(c: Clause, organisation: ReadonlySet<string>): boolean {
  const v = c.verb;
  const head = c.subject[c.subject.length - 1];
  // "did not" or "had not": "no defects recorded" is a record, not a failure.
  if (v === null || !c.negated || c.passive || head === undefined || !THING_FUNCTIONS.has(v.lemma) || !c.auxiliaries.some((w) => /^(?:did|had)(?:n't)?$/.test(w.text))) return false;
  if (head.pos !== 'NOUN') return false;
  return !isPerson(head) && !organisationAgent(c, organisation) && !WORKERS.has(head.lemma) && !OUR_PEOPLE.has(head.lemma);
}

/** Faults a check turns up: "a crack was found in the axle", "a vulnerability was identified in the gateway". */
const DEFECTS = new Set(['crack', 'fracture', 'leak', 'fault', 'defect', 'corrosion', 'rust', 'flaw', 'bug', 'vulnerability', 'weakness', 'hole', 'tear', 'blockage', 'break', 'gap', 'misconfiguration']);
function defectFound(c: Clause): boolean {
  const v = c.verb;
  if (v === null || !c.passive || c.negated || !(v.lemma === 'find' || v.lemma === 'discover' || v.lemma === 'detect' || v.lemma === 'identify') || !past(c, v)) return false;
  return c.words.slice(0, c.verbAt).some((w) => w.pos === 'NOUN' && DEFECTS.has(w.lemma)) && c.words.slice(c.verbAt + 1).some((w) => w.text === 'in' || w.text === 'on' || w.text === 'at');
}

/** "we forgot to lock it", "staff neglected to switch the pump back on": a step left out. */
function forgotStep(c: Clause, organisation: ReadonlySet<string>): boolean {
  const v = c.verb;
  if (v === null || c.negated || !(v.lemma === 'forget' || v.lemma === 'neglect' || v.lemma === 'omit') || !past(c, v)) return false;
  const head = c.subject[c.subject.length - 1];
  if (!(organisationAgent(c, organisation) || (head !== undefined && WORKERS.has(head.lemma)))) return false;
  const rest = c.words.slice(c.verbAt + 1);
  return rest.some((w, k) => w.text === 'to' && rest[k + 1]?.pos === 'VERB');
}

/** Verbs of the organisation's own motive: "because we did not want to wait" is why it acted, not what went wrong. */
const MOTIVES = new Set(['want', 'wish', 'believe', 'think', 'feel', 'care', 'prefer', 'decide', 'choose', 'hope', 'value', 'owe', 'refuse']);
export function motive(c: Clause, organisation: ReadonlySet<string>): boolean {
  return c.verb !== null && MOTIVES.has(c.verb.lemma) && organisationAgent(c, organisation);
}

/** The sentence gives a cause some content: not "not yet known", not only "because of our error", not "because they may …". */
export function explanationHasContent(s: { readonly norm: string }): boolean {
  return !NO_CONTENT.test(s.norm) && !BARE_FAULT.test(s.norm) && !BARE_REFERENCE.test(s.norm) && !/\bbecause\s+(?:[a-z]+\s+){0,3}(?:may|might|could)\b/.test(s.norm);
}

/** Explanation: a cause with content ("because the valve had not been serviced since March"). */
export function explanation(c: Clause, text: string, question: boolean, organisation: ReadonlySet<string> = new Set(), previous?: Clause, next?: Clause, before = ''): boolean {
  // "Why the backup didn't kick in, we don't know yet": the cause asked about, not told.
  if (question || c.conditional || c.modal || /^\s*(?:why|how come)\b/.test(text)) return false;
  if (NO_CONTENT.test(text) || BARE_FAULT.test(text) || BARE_REFERENCE.test(text) || NO_EVIDENCE.test(text)) return false;
  if (CAUSE_INTROS.has(c.intro) && c.words.length >= 4 && !(previous !== undefined && NO_EVIDENCE.test(previous.words.map((w) => w.text).join(' '))) && !c.words.some((w) => w.lemma === 'seriously' || w.lemma === 'care' || w.lemma === 'matter' || w.lemma === 'may' || w.lemma === 'might' || w.lemma === 'could' || w.text === 'can') && !reasonOfSomethingElse(previous) && !motive(c, organisation) && !reasonForRefusal(before, next) && !reasonForStep(c, previous, organisation)) return true;
  const v = c.verb;
  if (v !== null && !c.negated) {
    // "magnets can cause serious injury" is a warning of what may happen, not what did.
    const generic = c.auxiliaries.some((w) => w.text === 'can' || NOT_PAST_AUX.has(w.text));
    if (!generic && v.lemma === 'arise' && c.words.slice(c.verbAt + 1, c.verbAt + 3).some((w) => w.text === 'from')) return true;
    // "Cause of the fire: …", "a root cause investigation" and "'cause I cannot tell you" use the word as a noun and a conjunction;
    // "…, resulting in four injuries" tells what an event did, not what caused it.
    const after = c.words[c.verbAt + 1];
    const notAVerb = after !== undefined && (after.text === 'of' || SUBJECT_PRONOUNS.has(after.text) || /^(?:investigation|analysis|review|report|inquiry|enquiry|assessment)s?$/.test(after.text));
    const consequence = v.text.endsWith('ing') && c.auxiliaries.length === 0;
    if (!generic && !notAVerb && !consequence && CAUSE_VERBS.has(v.lemma) && v.lemma !== 'start' && v.lemma !== 'let' && v.lemma !== 'allow' && v.lemma !== 'leave' && v.lemma !== 'enable') {
      if (c.words.some((w) => FEELINGS.has(w.lemma))) return false;
      if (v.lemma === 'lead' || v.lemma === 'result' || v.lemma === 'stem') return c.words.some((w) => w.text === 'to' || w.text === 'from' || w.text === 'in');
      return true;
    }
  }
  if ((FINDING.test(text) && !FINDING_TO_COME.test(text)) || WE_FOUND.test(text) || STARTED_WHEN.test(text)) return true;
  // "the fire started | when some workers were smoking": the clause that tells how is the next one.
  if (v !== null && !c.negated && STARTED.has(v.lemma) && past(c, v) && next !== undefined && (next.intro === 'when' || next.intro === 'after' || next.intro === 'because' || next.intro === 'as') && next.words.length >= 3) return true;
  if (narrativeCause(c, text, organisation) || causeNamed(c, next) || thingFailedToAct(c, organisation) || defectFound(c) || forgotStep(c, organisation)) return true;
  if (CAUSE_FROM.test(text) || NOTHING_DONE.test(text) || STOPPED_WORKING.test(text) || NO_SAFEGUARD.test(text) || RAN_TWICE.test(text) || faultNamed(c)) return true;
  return /\b(?:(?:due|owing) to (?:a|an|the|our|poor|faulty|human|[a-z]+-[a-z-]+|[a-z]{3,}ed\b)|(?:started|sparked|triggered|set|lit) (?:deliberately |on purpose )?by|as a result of|the (?:root )?cause (?:was|is|of the)|traced (?:it |this |the [a-z]+ )?(?:back )?to|happened (?:because|when|after)|came from|got in through|gained access|broke into|used a stolen|was left (?:unlocked|open|exposed|unsecured)|had not been (?:serviced|checked|inspected|maintained|tested|updated|patched|replaced)|(?:was|were|had been|has been|have been) (?:never |not )(?:properly |fully |adequately |ever )?(?:serviced|checked|inspected|maintained|tested|updated|patched|replaced|fixed|repaired|escalated|reviewed|acted on|actioned|followed up|investigated|cleaned|secured|locked|disinfected))\b/.test(text);
}

/** Verbs of the message itself: "we are writing because …", "you are receiving this letter because …". */
const MESSAGE_VERBS = new Set(['write', 'contact', 'receive', 'send', 'tell', 'inform', 'email', 'text', 'call']);

/**
 * A "because" that gives the reason for something other than the harm: for the message itself
 * ("we are writing because …"), for a condition ("if a member cancelled treatment because of a
 * bill"), or for what will not happen ("you will not lose this money because of your status").
 */
export function reasonOfSomethingElse(main: Clause | undefined): boolean {
  if (main === undefined) return false;
  if (main.conditional) return true;
  if (main.negated && main.auxiliaries.some((w) => w.text === 'will' || w.text === "'ll" || w.text === 'wo')) return true;
  // "your card details were not affected, because they are not kept there": why a harm did not happen.
  if (main.negated && main.verb !== null && HARM_PREDICATES.has(main.verb.lemma)) return true;
  const v = main.verb;
  return v !== null && MESSAGE_VERBS.has(v.lemma) && (v.text.endsWith('ing') || main.words.some((w) => w.text === 'this' || w.text === 'you'));
}

/** Words that date a rule from now on by themselves: the sentence needs no "will" to be about the future. */
const STANDING_RULE =
  /\b(?:from now on|from today|from tonight|from this (?:morning|afternoon|evening|week|month|year|term|season)|from next (?:week|month|year|term|season)|from (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|going forward|henceforth|never again|with (?:immediate )?effect|effective (?:immediately|from|on|as of|\d+|(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?:every|all|any|each) future|preventive (?:actions?|controls?|measures?|steps?)|(?:we have|we've) changed (?:that|this|it|how|the way))\b/;
const MONTH = '(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)';
/**
 * "From 1 July every shortlist will …", "from June every supplier gets …": a rule dated from a
 * calendar day. Not a span ("from 2 July to 19 September our assistant gave …"), which dates a
 * stretch of the past; the sentence must also speak in the present or future (presentOrFuture).
 */
const DATED_FROM = new RegExp(`\\bfrom (?:the )?(?:\\d{1,2}(?:st|nd|rd|th)? (?:of )?${MONTH}|${MONTH}(?: \\d{1,2}(?:st|nd|rd|th)?)?)\\b(?!,? (?:\\d{4} )?(?:to|until|till|through|and)\\b|\\s*[-\u2013])`);
/**
 * A measure for the time being, not a change that stays: "until" straight after the date ("from
 * today until the road reopens"), "for the rest of the month", "for now", "temporarily". An "until"
 * further on is the rule's own condition ("takes the car out of service until it is repaired").
 */
const UNTIL_AFTER = /^[^,;.]{0,30}?\b(?:until|till)\b/;
const FOR_THE_TIME_BEING = /\b(?:for the rest of (?:the|this) [a-z]+|for the time being|for now|temporarily|for the next (?:few |couple of |\d+ |[a-z]+ )?(?:days?|weeks?|months?))\b/;
function forNow(text: string, pattern: RegExp, clauses: readonly Clause[]): boolean {
  const m = pattern.exec(text);
  if (m === null) return false;
  if (UNTIL_AFTER.test(text.slice(m.index + m[0].length)) || FOR_THE_TIME_BEING.test(text)) return true;
  // "all promotional materials are withdrawn until revised ones are approved": stopped for a while.
  return clauses.some((c, k) => c.verb !== null && STOPPING.has(c.verb.lemma) && clauses[k + 1]?.intro === 'until');
}
/**
 * Stopping something is a step on the crisis ("Effective immediately, stop all promotional
 * activity"; "we have terminated the contract with immediate effect"), not a change in how things
 * are done, unless it is said to stay stopped.
 */
const STOPPING = new Set(['stop', 'suspend', 'halt', 'pause', 'withdraw', 'recall', 'close', 'shut', 'terminate', 'cancel', 'ground', 'cease', 'end', 'freeze']);
const FOR_GOOD = /\b(?:permanently|for good|no longer|never|ever again)\b/;
function stoppingOnly(text: string, clauses: readonly Clause[]): boolean {
  if (FOR_GOOD.test(text)) return false;
  const acting = clauses.filter((c) => c.verb !== null && c.verb.pos === 'VERB' && !c.negated);
  return acting.length > 0 && acting.every((c) => c.verb !== null && STOPPING.has(c.verb.lemma));
}
/** A clause that speaks of now or later: "will", or a verb in the present ("every supplier gets"). */
function presentOrFuture(c: Clause): boolean {
  if (c.negated || c.conditional || c.verb === null) return false;
  if (c.words.some((w) => w.text === 'will' || w.text === "'ll")) return true;
  const v = c.auxiliaries[0] ?? c.verb;
  return PRESENT_FORMS.has(v.text) || v.text === v.lemma || (v.text.endsWith('s') && v.text.slice(0, -1) === v.lemma) || (v.text.endsWith('es') && v.text.slice(0, -2) === v.lemma);
}
/**
 * A rule set for when something comes back: "when the trips restart, every head count will be done
 * twice", "if the drug returns, it will only be with a liver test first", "the bot will not come
 * back until every answer is checked". The return is a condition of time, not a hypothesis, and the
 * rule names what every case must meet.
 */
const RESUME_VERBS = new Set(['return', 'resume', 'restart', 'reopen', 'relaunch', 'reinstate', 'restore']);
function resumes(c: Clause): boolean {
  const v = c.verb;
  if (v === null) return false;
  const head = c.subject[c.subject.length - 1];
  if (head !== undefined && (head.text === 'you' || head.text === 'i')) return false;
  return RESUME_VERBS.has(v.lemma) || ((v.lemma === 'come' || v.lemma === 'go' || v.lemma === 'be') && c.words.slice(c.verbAt + 1, c.verbAt + 3).some((w) => w.text === 'back'));
}
function ruleOnReturn(clauses: readonly Clause[]): boolean {
  for (let k = 0; k < clauses.length; k++) {
    const c = clauses[k];
    if (c === undefined || !resumes(c)) continue;
    const ruleWords = (x: Clause): boolean => x.words.some((w) => UNIVERSAL.has(w.text) || CONTROLS.has(w.lemma) || w.text === 'only' || w.text === 'always');
    // "Thandi will not come back until every answer is checked": the return is refused until the rule is met.
    if (c.negated && c.words.some((w) => w.text === 'will' || w.text === 'wo') && clauses[k + 1]?.intro === 'until' && ruleWords(clauses[k + 1] as Clause)) return true;
    if (!(c.intro === 'when' || c.intro === 'once' || c.intro === 'if' || c.intro === 'before')) continue;
    if (clauses.slice(k + 1).some((x) => !x.negated && x.words.some((w) => w.text === 'will' || w.text === "'ll") && ruleWords(x))) return true;
  }
  return false;
}
const NOW_FALSE = /\b(?:right now|for now|just now|now that|until now|up to now|by now|now is)\b/;
const UNIVERSAL = new Set(['every', 'all', 'any', 'each', 'no', 'nobody', 'nothing', 'none']);
const CONTROLS = new Set(['check', 'alert', 'alarm', 'lockout', 'approval', 'test', 'inspection', 'sign-off', 'mfa', 'authentication', 'rule', 'policy', 'procedure', 'standard', 'visit', 'review', 'audit', 'lock', 'sensor', 'count', 'verification', 'backup', 'safeguard', 'control']);

/** Verbs a standing rule is told with ("every account now needs MFA", "MFA is now mandatory"). */
const RULE_VERBS = new Set(['be', 'have', 'get', 'need', 'require', 'must']);
const RULE_STATES = new Set(['mandatory', 'compulsory', 'required', 'obligatory', 'standard', 'automatic', 'banned', 'prohibited', 'forbidden', 'locked', 'enforced', 'enabled', 'disabled', 'blocked', 'permanent', 'checked', 'tested', 'inspected', 'verified', 'logged', 'reviewed', 'escalated', 'needed']);
/** Present forms that differ from their lemma but are not past ("is", "are", "has"). */
const PRESENT_FORMS = new Set(['is', 'are', 'am', "'s", "'re", 'has', 'does']);

/** "every door is now tested each morning", "failed tests now trigger an automatic lockout": a standing rule in the present. */
function standingNow(c: Clause): boolean {
  if (c.negated || c.conditional || c.modal) return false;
  if (!c.words.some((w) => w.text === 'now') || NOW_FALSE.test(c.words.map((w) => w.text).join(' '))) return false;
  const v = c.verb;
  if (v === null || v.text.endsWith('ing')) return false;
  // "have now been contacted", "we now know": done once, or a state of mind, not a rule.
  if (c.auxiliaries.some((w) => w.lemma === 'have') || (NOT_ACTION_VERBS.has(v.lemma) && !RULE_VERBS.has(v.lemma))) return false;
  const pastSimple = c.auxiliaries.length === 0 && v.text !== v.lemma && !PRESENT_FORMS.has(v.text) && !(v.text.endsWith('s') && v.text.slice(0, -1) === v.lemma) && !(v.text.endsWith('es') && v.text.slice(0, -2) === v.lemma);
  if (pastSimple) return false;
  // "MFA is now mandatory" is a rule; "the matter is now the subject of a review" is a state.
  if (v.lemma === 'be' && !c.words.slice(c.verbAt + 1).some((w) => RULE_STATES.has(w.lemma))) return false;
  return c.words.some((w) => UNIVERSAL.has(w.text) || CONTROLS.has(w.lemma));
}

/** Prevention: a change from now on ("every batch will now be tested", "never again", "from this month"). */
export function prevention(text: string, clauses: readonly Clause[], organisation: ReadonlySet<string>, question: boolean): boolean {
  if (question) return false;
  if (/\b(?:(?:so|to make sure|to ensure|ensure|make sure) (?:that )?(?:this|it|nothing like this|no one|nobody|no other [a-z]+) (?:never|cannot|can't|can never|does not|doesn't|will not|won't|will never) (?:happens?|be (?:allowed|repeated)|again)|to prevent (?:this|it|a repeat|any repeat|recurrence|a recurrence|similar|future|anything like)|(?:never|not) (?:be allowed to )?happen again|stop (?:this|it) (?:from )?happening again|(?:it|this) never repeats)\b/.test(text)) return true;
  if (NO_CONTENT.test(text) && !STANDING_RULE.test(text)) return false;
  const changed = /\b(?:new|additional|extra|stricter|tighter|mandatory|compulsory|permanent|automatic|automated|second|redundant|backup|two-person|dual|double|daily|weekly|monthly|annual|regular|twice-yearly|quarterly)\s+(?:[a-z-]+\s+)?(?:procedures?|polic(?:y|ies)|protocols?|checks?|rules?|systems?|training|process(?:es)?|safeguards?|controls?|inspections?|tests?|testing|alarms?|sensors?|audits?|reviews?|standards?|requirements?|sign-?offs?|approvals?|monitoring|guidance|screening|locks?|barriers?|lockouts?|alerts?|counts?)\b/.test(text);
  const conditionalOnly = clauses.length > 0 && clauses.every((c) => c.conditional);
  if (STANDING_RULE.test(text) && !conditionalOnly && !forNow(text, STANDING_RULE, clauses) && !stoppingOnly(text, clauses)) return true;
  if (DATED_FROM.test(text) && !forNow(text, DATED_FROM, clauses) && !stoppingOnly(text, clauses) && clauses.some(presentOrFuture)) return true;
  if (clauses.some((c) => standingNow(c))) return true;
  if (ruleOnReturn(clauses)) return true;
  const fromNow = FROM_NOW_ON.test(text) && !forNow(text, FROM_NOW_ON, clauses);
  const future = clauses.some((c) => !c.negated && !c.conditional && (c.auxiliaries.some((w) => w.text === 'will' || w.text === "'ll") || c.words.some((w) => w.text === 'now' || w.text === 'are' || w.text === 'have')) && (organisationAgent(c, organisation) || c.passive || c.words.some((w) => w.text === 'every' || w.text === 'all' || w.text === 'each')));
  return (changed || fromNow) && future;
}

export function compensation(text: string, question: boolean): boolean {
  if (question) return false;
  return /\b(?:refunds?|refunded|refunding|reimburs[a-z]*|compensat[a-z]*|money back|goodwill payment|ex gratia|hardship (?:fund|payment|grant)|(?:pay|paying|paid|cover|covering|covered|meet|meeting)\s+(?:for\s+)?(?:the\s+|all\s+|any\s+|their\s+|your\s+|every\s+)?(?:[a-z-]+\s+){0,2}(?:costs?|expenses|bills?|fees?|care|treatment|repairs?|rent|accommodation|hotels?|funerals?|losses|charges|fares?|tickets?)|free\s+(?:of\s+charge|identity|credit|replacement|monitoring|repairs?|tickets?|travel|counselling|accommodation)|vouchers?|(?:waive|waiving|waived|cancel|cancelling|cancelled|reverse|reversing|reversed)\s+(?:all\s+|any\s+|the\s+|their\s+|your\s+)?(?:[a-z-]+\s+)?(?:fees?|charges|interest|penalt(?:y|ies)|rent)|(?:credit|credited|crediting)\s+(?:your|their|every|all)\s+(?:[a-z]+\s+)?accounts?|(?:support|relief|compensation|victims'?)\s+fund|fund\s+for\s+(?:the\s+)?(?:families|victims|residents|patients)|(?:back\s+)?(?:in\s+)?full\s+refund|repay|repaid|paying\s+back|pay\s+back|make\s+good)\b/.test(text);
}

/** Money: a currency sign or code ("£150", "US$2") or a currency word ("dollars", "naira"). */
function isMoney(w: Word): boolean {
  return CURRENCY_SIGNS.test(w.text) || CURRENCY_WORDS.has(w.lemma);
}

function isCost(w: Word): boolean {
  return COST_NOUNS.has(w.lemma) || REDRESS_NOUNS.has(w.lemma) || isMoney(w);
}

/**
 * Compensation as a frame: the organisation (or nobody named, in the passive, or staff told to in
 * the imperative) pays, refunds, covers or waives something for the people affected; a sum given
 * to them ("every household will receive £150", "a £750 emergency payment"); a service at no cost
 * to them ("testing is free", "free counselling sessions", "at our cost"); or their cost taken away
 * ("no member will pay a cent", "it won't cost you anything"). Not: a ransom, a fine, attention or
 * a tribute paid; "feel free"; "free of contamination"; a condition or a refusal.
 */
export function compensationFrame(c: Clause, organisation: ReadonlySet<string>, question: boolean): boolean {
  if (question || c.conditional) return false;
  const words = c.words;
  if (words.some((w) => NOT_REDRESS.has(w.lemma) || NOT_REDRESS.has(w.text))) return false;
  if (c.negated) return costTakenAway(c);
  if (c.modal) return false;
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    if (w === undefined) continue;
    if (w.pos === 'VERB' && PAY_VERBS.has(w.lemma)) {
      // "trained on paid time", "paid leave": the participle describes a noun, it pays nobody.
      if (w.text === 'paid' && words[k + 1]?.pos === 'NOUN' && words[k - 1]?.pos !== 'AUX') continue;
      const imperative = c.subject.length === 0 && !c.sharedSubject && k === 0;
      const agent = organisationAgent(c, organisation) || imperative || (c.passive && (c.subject.length === 0 || !organisationAgent(c, organisation))) || w.text === 'paid';
      if (!agent) continue;
      const rest = words.slice(k + 1);
      // "the charge will be refunded": in the passive the cost is the subject.
      const costed = rest.some(isCost) || (c.passive && c.subject.some(isCost));
      if (PAY_VERBS_NEEDING_COST.has(w.lemma) && !costed) continue;
      // "paid for by us", "a hotel paid for by the company": the participle needs its payer.
      if (w.text === 'paid' && !c.passive && !organisationAgent(c, organisation)) {
        const by = rest.findIndex((x) => x.text === 'by');
        if (by < 0 || !byOrganisation(rest.slice(by + 1, by + 4), organisation)) continue;
      }
      return true;
    }
    // "the costs are taken care of by the company"
    if (w.lemma === 'take' && words[k + 1]?.lemma === 'care' && words[k + 2]?.text === 'of' && (words.some(isCost) || c.subject.some(isCost))) return true;
    // "every household will receive £150", "you will get a refund"
    if ((w.lemma === 'receive' || w.lemma === 'get') && w.pos === 'VERB' && !organisationAgent(c, organisation) && words.slice(k + 1, k + 6).some((x) => isMoney(x) || REDRESS_NOUNS.has(x.lemma))) return true;
    // "a £750 emergency payment", "a one-off hardship grant of $500"
    if (PAYMENT_NOUNS.has(w.lemma) && w.pos === 'NOUN' && words.slice(Math.max(0, k - 3), k).some((x) => PAYMENT_MODIFIERS.has(x.lemma) || isMoney(x))) return true;
    if (REDRESS_NOUNS.has(w.lemma) && w.pos === 'NOUN') return true;
    if (w.text === 'free' && freeOfCharge(words, k)) return true;
  }
  const text = words.map((w) => w.text).join(' ');
  return /\b(?:at no (?:extra |additional )?(?:cost|charge)|at (?:our|its) (?:own )?(?:cost|expense)|at [a-z]+ 's (?:cost|expense)|without charge|free of charge)\b/.test(text);
}

/** "free" as a price: "free sessions", "the test is free", "for free"; not "feel free", "free of salmonella", "free to go". */
function freeOfCharge(words: readonly Word[], k: number): boolean {
  const before = words[k - 1];
  const after = words[k + 1];
  if (before !== undefined && NOT_PRICE_FREE_BEFORE.has(before.lemma)) return false;
  if (after !== undefined && (after.text === 'from' || after.text === 'to' || (after.text === 'of' && words[k + 2]?.text !== 'charge'))) return false;
  if (before?.text === 'for') return true;
  if (after === undefined || after.pos === 'PUNCT') return before !== undefined && (before.lemma === 'be' || before.pos === 'AUX');
  return after.pos === 'NOUN' || after.pos === 'PROPN' || (after.pos === 'ADJ' && words.slice(k + 2, k + 4).some((x) => x.pos === 'NOUN'));
}

/** "no member will pay a cent", "you won't be charged", "it will not cost you anything": the people affected spared a cost. */
function costTakenAway(c: Clause): boolean {
  const v = c.verb;
  if (v === null || !(v.lemma === 'pay' || v.lemma === 'cost' || v.lemma === 'charge')) return false;
  if (!c.auxiliaries.some((w) => w.text === 'will' || w.text === "'ll" || w.text === 'wo' || w.text === "won't" || w.lemma === 'need' || w.lemma === 'have')) return false;
  const head = c.subject[c.subject.length - 1];
  if (head === undefined || head.text === 'we' || head.text === 'i') return false;
  if (v.lemma === 'cost') return c.words.slice(c.verbAt + 1).some((w) => isPerson(w));
  return isPerson(head) || c.subject.some((w) => w.text === 'no' || w.text === 'nobody' || w.text === 'none');
}


const EMOTIONAL_HARM = new Set(['hurtful', 'painful', 'traumatic', 'harrowing', 'distressing', 'terrifying', 'frightening', 'devastating', 'hurt', 'upset', 'distress', 'shock', 'suffer']);

/** Every word for people in the clause is "our …" (our employees, our staff): the organisation's own people. */
function ownPeopleOnly(words: readonly Word[], next?: Clause): boolean {
  const people = words.map((w, k) => ({ w, k })).filter(({ w }) => isPerson(w) && w.text !== 'your' && w.text !== 'their' && w.text !== 'his' && w.text !== 'her');
  // "for everyone who works here": the people named by the relative clause after them.
  const worksHere = next !== undefined && next.intro === 'who' && next.verb !== null && next.verb.lemma === 'work' && next.words.some((w) => w.text === 'here' || w.text === 'us' || w.text === 'for');
  return people.length > 0 && (worksHere || people.every(({ k }) => words.slice(Math.max(0, k - 3), k).some((x) => x.text === 'our' || x.text === 'my')));
}

/** "many of you could not make payments", "residents were left without heating": people deprived of something. */
function deprived(c: Clause, victims: (w: Word) => boolean, organisation: ReadonlySet<string>): boolean {
  if (c.conditional || c.words.some((w) => HEDGE_WORDS.has(w.text))) return false;
  const head = c.subject[c.subject.length - 1];
  if (head === undefined || organisationAgent(c, organisation)) return false;
  // A bare "you could not" is as often advice as harm; "many of you could not" names people.
  if (head.text === 'you' && !c.words.slice(0, Math.max(0, c.verbAt)).some((w) => w.text === 'of')) return false;
  if (!(isPerson(head) || victims(head))) return false;
  return UNABLE.test(c.words.map((w) => w.text).join(' '));
}

/**
 * Concern beyond apology words: the organisation (we, I, our hearts, its name) feels for the people
 * affected ("we are thinking of every one of you", "I am praying for him", "Zenox sympathises with
 * all those affected", "we are heartsick that this happened to a baby", "I felt sick"), or a set
 * form of sympathy ("our hearts are with his family", "may their souls rest in peace"). Not
 * negated, not a condition; "thinking of" needs people after it ("thinking of ways to …" is not).
 */
export function concernFrame(c: Clause, text: string, organisation: ReadonlySet<string>): boolean {
  if (c.negated || c.conditional) return false;
  if (CONCERN_SET.test(text)) return true;
  const ours = organisationAgent(c, organisation) || c.subject.some((w) => w.text === 'everyone' || w.text === 'all');
  for (let k = 0; k < c.words.length; k++) {
    const w = c.words[k];
    if (w === undefined) continue;
    if (w.lemma === 'think' && w.text.endsWith('ing') && (c.words[k + 1]?.text === 'of' || c.words[k + 1]?.text === 'about') && c.words.slice(k + 2, k + 6).some((x) => isPerson(x) || x.text === 'them')) return true;
    if (!ours) continue;
    if (CONCERN_VERBS.has(w.lemma) && w.pos === 'VERB') return true;
    if (CONCERN_STATES.has(w.lemma) && (w.pos === 'ADJ' || w.pos === 'VERB') && c.verb !== null && (c.verb.lemma === 'be' || c.verb.lemma === 'feel')) return true;
  }
  return false;
}
