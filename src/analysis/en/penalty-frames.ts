/**
 * Penalties as frames over clauses, like the empathy elements (frames.ts): who is the agent, what
 * class of predicate, aimed at whom, and whether the clause affirms it. A frame names a grammatical
 * situation, not a phrase, so it reads wording nobody listed:
 *
 * - conditional apology: an apology whose harm is made a condition, a possibility or someone's
 *   feeling ("we apologise if any member was inconvenienced", "sorry to any customers who may feel
 *   …", "to the extent that any patient has been distressed, we are sorry");
 * - victim blaming: the people affected as the agent or cause of the harm with a fault predicate
 *   ("customers who rushed … caused the congestion themselves", "people who haven't followed the
 *   advice", "the students were given very clear instructions", "they should have trusted us");
 * - self-focus: the organisation, its people or its name as the one who suffers ("we are the victim
 *   here", "this has cost us …", "our reputation has taken a hit", "a brutal week for a small
 *   brewery", "remember we're people too");
 * - minimising: the scale or seriousness of the harm played down ("only three batches", "the vast
 *   majority … unaffected", "mild hypothermia", "these things happen", "keep some perspective").
 *
 * Each returns whether the sentence carries the frame; the penalty quotes the whole sentence.
 */
import type { Clause } from './clauses.ts';
import type { Sentence } from './document.ts';
import { isPerson, organisationAgent } from './frames.ts';
import { FIRST_PERSON, HARM_NOUNS, HARM_PREDICATES, ORGANISATION_NOUNS } from './lexicon.ts';
import type { Word } from './nlp.ts';
import {
  BINDINGS,
  BOUND_PEOPLE,
  CONFINED,
  DEFAMATION,
  ENFORCING,
  FILING,
  LEGAL_ACTIONS,
  MEDIA_TARGETS,
  RECORDS,
  SPEECH_ITEMS,
  DOUBTED_HARMS,
  DOWNGRADING,
  DUTY_PASSIVES,
  ERROR_ADVERBS,
  FAULT_EVENTS,
  FAULT_PASSIVES,
  FLIPPANT_INTERJECTIONS,
  HAPPENING,
  INCIDENT_NOUNS,
  INFORMAL_VOCATIVES,
  INTACT,
  IRONIC_INTENSIFIERS,
  LEFT_STATES,
  MY_VOCATIVES,
  NORMAL_PARTS,
  SHRUG_OPENERS,
  SOFT_VOCATIVES,
  TAG_QUESTIONS,
  TELLING,
} from './penalty-lexicon.ts';

const words = (s: string): Set<string> => new Set(s.split(/\s+/).filter((w) => w !== ''));

/** A word for people, also when the tagger took a capitalised plural for a name ("Customers who …"). */
function personWord(w: Word): boolean {
  if (isPerson(w) || w.text === 'children' || w.text === 'people') return true;
  if (w.pos !== 'PROPN' || !w.text.endsWith('s')) return false;
  const singular = w.text.endsWith('ies') ? `${w.text.slice(0, -3)}y` : w.text.slice(0, -1);
  return isPerson({ ...w, lemma: singular, text: singular });
}

const OWNED = words('our my we i us');
const POSSESSIVE = words('our my');

// --- conditional apology ------------------------------------------------------------------------

const APOLOGY_LEMMAS = words('sorry apologise apologize apology regret');
/** Predicates that turn the harm into someone's feeling or perception. */
const FEELING = words('feel find take perceive consider think believe upset offend inconvenience disappoint distress hurt concern worry bother affect let experience confuse frustrate');
/** Feeling as a perception ("anyone who may feel …", "who took it the wrong way"): doubts the harm. */
const PERCEPTION = words('feel find take perceive consider think believe');
/** Being affected is a feeling only of someone unnamed ("if any customer was affected"); "if you are affected, call us" is information. */
const INDEFINITE = words('any anyone anybody someone somebody whoever');

function feelingIn(c: Clause): boolean {
  // "… if our replies caused any confusion": "any" makes the harm a maybe
  if (c.words.some((w, i) => w.text === 'any' && ANY_HARM.has(c.words[i + 1]?.lemma ?? ''))) return true;
  return c.words.some((w) => FEELING.has(w.lemma) && ((w.lemma !== 'affect' && w.lemma !== 'experience' && w.lemma !== 'concern') || c.words.some((x) => INDEFINITE.has(x.text))));
}
const DEGREE_CONDITIONS = /\b(?:to the extent (?:that )?|insofar as|in so far as|in as far as|if and to the extent)\b/;
const ANY_HARM = words('distress upset pain hurt offence offense concern worry harm discomfort inconvenience disappointment anxiety confusion frustration');

function apologyIn(c: Clause): boolean {
  return c.words.some((w) => APOLOGY_LEMMAS.has(w.lemma)) && !c.negated;
}

export function conditionalApology(s: Sentence): boolean {
  const apologyAt = s.clauses.findIndex(apologyIn);
  if (apologyAt < 0 || s.isQuestion) return false;
  if (DEGREE_CONDITIONS.test(s.norm)) return true;
  // "If Mrs Pike or her family feel we've let them down in any way, then we're sorry": the whole
  // opening condition, however many clauses it runs to, frames the apology after it.
  if (s.clauses[0]?.conditional === true && s.clauses.slice(0, apologyAt).some(feelingIn)) return true;
  return s.clauses.some((c, k) => {
    const feeling = feelingIn(c);
    // "if any member was inconvenienced, we apologise" / "sorry if anyone felt …": the condition stands next to the apology
    if (c.conditional && feeling && Math.abs(k - apologyAt) === 1) return true;
    // "sorry to any customers who may feel …", "to anyone who took it the wrong way" (not "to all those who were hurt")
    if (k > apologyAt && (c.intro === 'who' || c.intro === 'that') && (c.modal || c.words.some((w) => PERCEPTION.has(w.lemma))) && s.clauses[apologyAt]?.words.some((w) => w.text === 'any' || w.text === 'anyone' || w.text === 'anybody' || w.text === 'those')) return true;
    // "sorry for any distress (that) may have been caused", "any pain that may have been caused"
    if (k >= apologyAt && c.words.some((w, i) => w.text === 'any' && ANY_HARM.has(c.words[i + 1]?.lemma ?? '')) && (k === apologyAt || c.modal || c.passive)) return true;
    if (k === apologyAt) {
      const after = c.words.findIndex((w) => APOLOGY_LEMMAS.has(w.lemma));
      const rest = c.words.slice(after + 1);
      if (rest.some((w, i) => w.text === 'any' && ANY_HARM.has(rest[i + 1]?.lemma ?? ''))) return true;
      if (rest.some((w, i) => (w.text === 'if' || w.text === 'should') && rest.slice(i + 1, i + 5).some((x) => FEELING.has(x.lemma) && ((x.lemma !== 'affect' && x.lemma !== 'experience') || rest.some((y) => INDEFINITE.has(y.text)))))) return true;
    }
    return false;
  });
}

// --- victim blaming -----------------------------------------------------------------------------

/** What the people affected did that a blaming statement holds against them. */
const FAULT_ACTS = words('ignore disregard neglect fail refuse panic rush push shove climb smoke misuse abuse reuse overload tamper');
/** Choices held against the people who made them ("the patient opted for …", "they chose to …"): only told of others, in the past. */
const CHOICES = words('choose decide insist opt elect');
/** Disparaging what the people affected are ("if people are that fragile", "customers are too gullible"). */
const DISPARAGING = words('fragile gullible naive naïve careless lazy stupid hysterical dramatic entitled reckless irresponsible sensitive snowflake greedy foolish silly ignorant');
/** Where what the people affected used or did came from, held against them ("bought from unlicensed vendors", "unauthorised renovations"). */
const ILLICIT = words('unlicensed unauthorised unauthorized counterfeit grey-market black-market illegal unapproved knock-off fake illicit unofficial unregulated');
/** What people were supposed to do, held against them when not done ("haven't followed the advice"). */
const COMPLIANCE = words('follow read heed obey listen check store use wear keep stay read take change trust');
/** Being told or warned: held against the people affected when stressed ("given very clear instructions", "had been warned"). */
const WARNED = words('warn tell instruct remind advise caution give brief inform');
const EMPHASIS = words('clear clearly very repeatedly again twice explicitly specifically expressly always');
const DUTY = words('understand listen accept realise realize know take');

const REPORTING = words('feel think say tell believe worry fear');

/**
 * The people affected are the agent of the word at `k`: the nearest noun or pronoun before it (a
 * relative "who", auxiliaries, adverbs and catenative verbs skipped, a phrase after "of" or "with"
 * looked through: "parents of kids with severe allergies know …") is a word for people, not ours.
 */
function peopleAgentBefore(ws: readonly Word[], k: number): boolean {
  return peopleAgentAt(ws, k) >= 0;
}

/** Index of that agent, or -1. */
function peopleAgentAt(ws: readonly Word[], k: number): number {
  for (let j = k - 1; j >= Math.max(0, k - 9); j--) {
    const w = ws[j];
    if (w === undefined || w.pos === 'PUNCT') return -1;
    if (OWNED.has(w.text) || FIRST_PERSON.has(w.text) || REPORTING.has(w.lemma)) return -1;
    if (personWord(w)) {
      // "our nurses are available", "you feel you failed them": ours, or someone's feeling about themselves.
      // Only the words right before it say whose they are: in "the cases we're seeing are people
      // who …" the "we" is not the people's owner.
      const lead = ws.slice(Math.max(0, j - 2), j);
      return lead.some((x) => POSSESSIVE.has(x.text) || REPORTING.has(x.lemma)) ? -1 : j;
    }
    if ((w.pos === 'NOUN' || w.pos === 'PROPN' || w.pos === 'PRON' || w.pos === 'NUM') && w.text !== 'who' && w.text !== 'that') {
      const through = ws.slice(Math.max(0, j - 3), j).some((x) => x.text === 'of' || x.text === 'with');
      if (!through) return -1;
    }
  }
  return -1;
}

const NEGATORS = words("not n't never no");

/** A negator between the agent and the verb: "people who haven't followed", not "whether or not they stay". */
function negatedBetween(ws: readonly Word[], agent: number, k: number): boolean {
  return ws.slice(agent + 1, k).some((x) => NEGATORS.has(x.text) || x.lemma === 'not');
}

function victimBlamingClause(c: Clause, sentence: Sentence): boolean {
  const ws = c.words;
  const lemmas = ws.map((w) => w.lemma);
  // "… caused the congestion themselves", "brought it on themselves", "only themselves to blame"
  if (ws.some((w) => w.text === 'themselves' || w.text === 'yourselves') && lemmas.some((l) => l === 'cause' || l === 'bring' || l === 'blame')) return true;
  // "their own fault", "at your own risk"
  if (ws.some((w, k) => (w.text === 'their' || w.text === 'your') && ws[k + 1]?.text === 'own' && ['fault', 'risk', 'responsibility', 'negligence', 'carelessness'].includes(ws[k + 2]?.lemma ?? ''))) return true;
  // "should be ashamed of themselves"
  if (lemmas.includes('ashamed') && ws.some((w) => w.text === 'themselves' || w.text === 'yourselves')) return true;
  // "that was her choice", "it was their own decision"
  if (ws.some((w, k) => (w.text === 'her' || w.text === 'their' || w.text === 'his') && ['choice', 'decision'].includes((ws[k + 1]?.text === 'own' ? ws[k + 2] : ws[k + 1])?.lemma ?? '')) && lemmas.includes('be') && !c.negated) return true;
  // "if people are that fragile", "some customers are frankly too gullible"
  const copula = ws.findIndex((w) => w.lemma === 'be');
  if (copula > 0 && peopleAgentBefore(ws, copula) && ws.slice(copula + 1, copula + 4).some((w, i) => (DISPARAGING.has(w.lemma) || DISPARAGING.has(w.text)) && ws[copula + 2 + i]?.text !== 'to' && ws[copula + 2 + i]?.text !== 'about') && !ws.slice(0, copula).some((w) => w.text === 'you')) return true;
  // "nobody wants to read the leaflet"
  if (ws.some((w, k) => (w.text === 'nobody' || w.text === 'no-one' || (w.text === 'one' && ws[k - 1]?.text === 'no')) && ws.slice(k + 1, k + 5).some((x) => COMPLIANCE.has(x.lemma) && x.pos === 'VERB') && ws.slice(k + 1, k + 3).some((x) => x.lemma === 'want' || x.lemma === 'bother' || x.lemma === 'care'))) return true;
  if (c.modal) return false;
  for (let k = 0; k < ws.length; k++) {
    const w = ws[k];
    if (w === undefined) continue;
    const verbal = w.pos === 'VERB' || (w.pos === 'NOUN' && ws[k - 1]?.text === 'who');
    if (!verbal) continue;
    const agent = (): boolean => peopleAgentBefore(ws, k);
    // "should have trusted us", "ought to have followed"
    if (c.counterfactual && (COMPLIANCE.has(w.lemma) || DUTY.has(w.lemma)) && ws.slice(Math.max(0, k - 3), k).some((x) => x.text === 'have' || x.text === "'ve") && peopleAgentBefore(ws, ws.findIndex((x) => x.text === 'should' || x.text === 'ought'))) return true;
    // "people have to listen", "people need to understand", "has to take some responsibility", "know to read labels"
    // A duty in the present ("have to", "need to", "know to"): "we had to learn" tells what people went through.
    const duty = ws[k - 2];
    if (DUTY.has(w.lemma) && ws[k - 1]?.text === 'to' && duty !== undefined && duty.text !== 'had' && (duty.lemma === 'have' || duty.lemma === 'need' || duty.lemma === 'know') && !ws.slice(k + 1).some((x) => FIRST_PERSON.has(x.text))) {
      if (peopleAgentBefore(ws, k - 2) || dutyHolderEarlier(sentence, duty)) return true;
    }
    // "the tenant had been warned", "students were given very clear instructions", "children are told again and again"
    if (WARNED.has(w.lemma) && ws.slice(Math.max(0, k - 3), k).some((x) => x.lemma === 'be') && (ws.slice(Math.max(0, k - 3), k).some((x) => x.text === 'had') || ws.slice(k + 1, k + 5).some((x) => EMPHASIS.has(x.lemma) || EMPHASIS.has(x.text))) && agent()) return true;
    // "people who bought compounded product from unlicensed vendors", "residents carried out unauthorised renovations"
    if (!c.negated && ws.slice(k + 1, k + 7).some((x) => ILLICIT.has(x.lemma) || ILLICIT.has(x.text)) && agent() && !instruction(sentence)) return true;
    // "the patient opted for surgery", "they chose to stay": a choice of others, told in the past
    if (CHOICES.has(w.lemma) && w.text !== w.lemma && !w.text.endsWith('ing') && !c.negated && !c.conditional) {
      const who = peopleAgentAt(ws, k);
      if (who >= 0 && ws[who]?.text !== 'you' && !ws.slice(who, k).some((x) => x.text === 'you')) return true;
    }
    if (!FAULT_ACTS.has(w.lemma) && !COMPLIANCE.has(w.lemma)) continue;
    const at = peopleAgentAt(ws, k);
    // "Had they followed the instructions, …": what the people affected did not do, as the condition of the harm
    if (ws[0]?.text === 'had' && at > 0 && COMPLIANCE.has(w.lemma) && !negatedBetween(ws, 0, k)) return true;
    if (at < 0 || instruction(sentence)) continue;
    const negated = negatedBetween(ws, at, k);
    const passive = ws.slice(Math.max(at + 1, k - 2), k).some((x) => x.lemma === 'be');
    // "customers who rushed …", "a group of people started pushing", "some workers were smoking"
    if (FAULT_ACTS.has(w.lemma) && !negated && !(passive && isParticipleWord(w))) return true;
    // "people who haven't followed the boil-water advice", "didn't read the label"
    if (COMPLIANCE.has(w.lemma) && negated && !passive && !ws.some((x) => x.text === 'yet')) return true;
  }
  return false;
}

/** "Anybody who hands their PIN to a stranger has to take some responsibility": the holder of the duty stands earlier in the sentence, not ours. */
function dutyHolderEarlier(sentence: Sentence, duty: Word): boolean {
  const before = sentence.words.filter((x) => x.i < duty.i);
  return before.some((x, k) => personWord(x) && !before.slice(Math.max(0, k - 3), k).some((y) => OWNED.has(y.text)) && !OWNED.has(x.text));
}

/** Advice to the people affected ("customers who haven't changed their password should do so now") blames nobody. */
function isParticipleWord(w: Word): boolean {
  return w.text.endsWith('ed') || w.text.endsWith('en');
}

function instruction(s: Sentence): boolean {
  return s.words.some((w, k) => w.text === 'please' || ((w.text === 'should' || w.text === 'must') && s.words[k + 1]?.text !== 'have'));
}

export function victimBlaming(s: Sentence): boolean {
  if (s.isQuestion) return false;
  return s.clauses.some((c) => victimBlamingClause(c, s) || dutyShifted(c, s)) || warnedAgain(s) || ONUS_ON_THEM.test(s.norm) || THEIR_COUNTERFACTUAL.test(s.norm);
}

const AFFECTED = '(?:people|parents|customers|members|residents|passengers|users|patients|donors|consumers|riders|tenants|guests|fans|students|families|owners|travellers|travelers|workers|shoppers|drivers|investors|account holders|mothers|mums|moms|everyone|they|you)';
/**
 * The weight put back on the people harmed, in the words people use for it: "parents need to take
 * some responsibility", "customers need to be a little more responsible", "they ought to have known
 * that", "nobody forced them", "these boys knew the risk", "if SOPs are not followed, what can
 * management do?", "that's really not on us".
 */
const ONUS_ON_THEM = new RegExp(
  `\\b(?:${AFFECTED}\\s+(?:also\\s+|really\\s+)?(?:need|needs|have|has|ought|must)\\s+to\\s+(?:take (?:some |more |their own )?(?:personal )?responsibility|be (?:a (?:little|bit) )?more (?:responsible|careful|sensible)|know better|ask (?:themselves|yourself))|personal responsibility has to|ought to have known|should have known better|should know better|foolish enough|nobody forced (?:them|anyone|anybody|you)|knew the risks?|made poor choices|(?:really )?not on us|can't stand over|what (?:can|could) (?:we|management|the company|anyone) (?:do|have done)\\s*\\?)`,
);
/** "If residents had boiled their water, they wouldn't have got sick", "had they stayed in the queue, nobody would have been hurt". */
const THEIR_COUNTERFACTUAL = new RegExp(
  `\\b(?:if ${AFFECTED} had|had ${AFFECTED})\\s+(?:(?:just|only|simply)\\s+)?(?:followed|stayed|boiled|read|listened|checked|reported|kept|used|worn|carried|taken|called|waited|heeded|obeyed|supervised)\\b[^.;]{0,80}?\\b(?:would(?:n't| not| never)|nobody would|no one would|none of this)`,
);

/**
 * The duty put on the people affected, said with weight: "parents do need to supervise …", "people
 * do have to stay back", "members remain responsible for …", "patients have a role here as well",
 * "anyone who … should really have called their GP" (active: "should have been told" is our duty),
 * "… against the advice in the leaflet".
 */
function dutyShifted(c: Clause, s: Sentence): boolean {
  const ws = c.words;
  if (c.conditional || c.words.some((w) => w.text === 'please')) return false;
  for (let k = 1; k < ws.length; k++) {
    const w = ws[k];
    if (w === undefined) continue;
    // "do need to", "does have to": the emphatic "do" lectures
    if ((w.lemma === 'need' || w.lemma === 'have') && ws[k + 1]?.text === 'to' && (ws[k - 1]?.text === 'do' || ws[k - 1]?.text === 'does') && peopleAgentBefore(ws, k - 1)) return true;
    // "remain responsible for", "are accountable for"
    if ((w.text === 'responsible' || w.text === 'accountable' || w.text === 'liable') && ws.slice(Math.max(0, k - 3), k).some((x) => x.lemma === 'be' || x.lemma === 'remain') && !c.negated && peopleAgentBefore(ws, ws.slice(0, k).findIndex((x) => x.lemma === 'be' || x.lemma === 'remain'))) return true;
    // "patients have a role here as well", "customers have a part to play too"
    if (w.lemma === 'have' && ['role', 'part'].includes(ws[k + 2]?.lemma ?? ws[k + 1]?.lemma ?? '') && ws.slice(k + 2).some((x) => x.text === 'too' || x.text === 'well' || x.text === 'play' || x.text === 'also') && peopleAgentBefore(ws, k)) return true;
    // "against the advice", "contrary to the instructions"
    const head = c.subject[c.subject.length - 1];
    // (never in the passive: "were sent up the stairs against the guidance" is someone else's act)
    if ((w.text === 'against' || (w.text === 'to' && ws[k - 1]?.text === 'contrary')) && ws.slice(k + 1, k + 4).some((x) => ADVICE.has(x.lemma)) && head !== undefined && personWord(head) && !c.passive && !c.subject.some((x) => OWNED.has(x.text))) return true;
  }
  // "should (really) have called their GP": an act the people affected did not do, active
  if (c.counterfactual && !c.passive && !c.negated) {
    const should = ws.findIndex((x) => x.text === 'should' || x.text === 'ought');
    const after = ws.slice(should + 1, should + 5);
    const participle = after.find((x) => x.pos === 'VERB' && x.text !== 'have');
    // (what they should have received is ours to give: "you should have heard in March", "news they should have had")
    // (the agent may stand before a relative clause: "anyone who felt unwell should have rung …")
    const shouldWord = ws[should];
    const first = ws[0];
    const antecedent = c.intro === 'who' && first !== undefined ? s.words[s.words.indexOf(first) - 1] : undefined;
    const agent = antecedent !== undefined ? personWord(antecedent) && !OWNED.has(s.words[s.words.indexOf(antecedent) - 1]?.text ?? '') : shouldWord !== undefined && peopleAgentBefore(s.words, s.words.indexOf(shouldWord));
    if (should >= 0 && participle !== undefined && !RECEIVING.has(participle.lemma) && !(participle.text === 'been' && after[after.indexOf(participle) + 1]?.pos === 'VERB') && agent) return true;
  }
  return false;
}
const ADVICE = words('advice instruction guidance warning recommendation');
const RECEIVING = words('have get hear receive see learn know be find');

/** "We have warned people again and again", "we told customers repeatedly": the warning stressed, the harm theirs. */
function warnedAgain(s: Sentence): boolean {
  const ws = s.words;
  return ws.some((w, k) => {
    if (!(WARNED.has(w.lemma) && w.pos === 'VERB')) return false;
    if (!ws.slice(Math.max(0, k - 4), k).some((x) => x.text === 'we' || x.text === 'i')) return false;
    const object = ws[k + 1];
    if (object === undefined || !(personWord(object) || object.text === 'them' || object.text === 'you')) return false;
    const rest = ws.slice(k + 2, k + 6);
    return rest.some((x, i) => x.text === 'repeatedly' || (x.text === 'again' && rest[i + 1]?.text === 'and') || x.text === 'countless' || x.text === 'constantly');
  });
}

// --- self-focus ---------------------------------------------------------------------------------

/** What the organisation owns that a self-focused statement mourns. */
const ASSETS = words('reputation brand name business sale sales order orders revenue profit fundraising share price account accounts contract contracts customer stock image standing');
const LOSS_PREDICATES = words('suffer hit damage drag fall drop plunge lose tarnish hurt harm gone destroy ruin collapse pull');
/** Hardship an organisation's own people go through (not bodily harm: staff hurt in a fire are the people affected). */
const MONEY = words('million billion thousand crore lakh euro euros dollar dollars pound pounds money revenue income');
const ORDEAL = words('devastate devastated shatter shattered exhaust exhausted hurting distraught heartbroken abuse abused harass harassed swear threaten threatened cop subject struggle frustrated');
const HARDSHIP = words('hard tough difficult painful brutal horrible terrible devastating upsetting hurtful stressful worst awful draining exhausting darkest hardest saddest toughest bleakest unfair harsh cruel');
const DARKEST = words('worst darkest hardest saddest toughest bleakest blackest');
/** Being made the scapegoat: "hung out to dry", "thrown under the bus", "singled out", "vilified". */
const SCAPEGOATED = words('scapegoat scapegoated vilified demonised demonized pilloried crucified singled targeted');
const OUR_PEOPLE = words('staff team people employee colleague worker hygienist nurse driver crew volunteer everyone');

function ours(subject: readonly Word[], organisation: ReadonlySet<string>): boolean {
  return subject.some((w) => w.text === 'our' || w.text === 'my' || organisation.has(w.text));
}

function selfFocusClause(c: Clause, organisation: ReadonlySet<string>): boolean {
  const head = c.subject[c.subject.length - 1];
  const org = organisationAgent(c, organisation) || (head !== undefined && (FIRST_PERSON.has(head.text) || organisation.has(head.text)));
  const ws = c.words;
  // "we are the victim here", "Mediquell is also a victim of this fraud"
  if (org && !c.negated && ws.some((w) => w.lemma === 'victim' || w.text === 'victims')) return true;
  // "we lost eight million euro", "we've lost two major accounts", "this has cost us"
  if (!c.negated && ws.some((w, k) => w.lemma === 'cost' && (ws[k + 1]?.text === 'us' || ws[k + 1]?.text === 'me'))) return true;
  if (org && !c.negated && c.verb?.lemma === 'lose' && ws.some((w) => ASSETS.has(w.lemma) || MONEY.has(w.lemma) || MONEY.has(w.text))) return true;
  // "our reputation has taken a hit", "the damage to our brand", "our export orders are gone"
  const assetAt = ws.findIndex((w) => (ASSETS.has(w.lemma) || ASSETS.has(w.text)) && w.lemma !== 'customer' && w.lemma !== 'stock');
  if (assetAt >= 0 && !c.negated) {
    const owner = ws.slice(Math.max(0, assetAt - 3), assetAt).some((w) => w.text === 'our' || w.text === 'my' || organisation.has(w.text) || w.text === "'s") || ws[assetAt - 1]?.text === 'the';
    const loss = ws.some((w) => LOSS_PREDICATES.has(w.lemma) || w.lemma === 'damage' || (w.lemma === 'take' && ws.some((x) => x.lemma === 'hit' || x.lemma === 'beating')));
    if (owner && loss && (ws.slice(Math.max(0, assetAt - 3), assetAt).some((w) => w.text === 'our' || w.text === 'my' || organisation.has(w.text)) || ws.some((w, k) => w.lemma === 'damage' && ws[k + 1]?.text === 'to'))) return true;
  }
  // "our whole staff is shattered", "our people are hurting", "our team is copping abuse", "Staff are devastated"
  const ourPeople = head !== undefined && OUR_PEOPLE.has(head.lemma) && (ours(c.subject, organisation) || head.lemma === 'staff');
  if (ourPeople && !c.negated && ws.some((w) => ORDEAL.has(w.lemma) || ORDEAL.has(w.text) || w.lemma === 'abuse')) return true;
  return false;
}

export function selfFocus(s: Sentence, organisation: ReadonlySet<string>): boolean {
  if (s.isQuestion) return false;
  if (s.clauses.some((c) => selfFocusClause(c, organisation))) return true;
  const ws = s.words;
  for (let k = 0; k < ws.length; k++) {
    const w = ws[k];
    if (w === undefined) continue;
    // "a brutal week for a small brewery", "incredibly painful for every one of our 400 employees", "hard on us too"
    if (HARDSHIP.has(w.lemma) || HARDSHIP.has(w.text)) {
      const span = ws.slice(k + 1, k + 5);
      const forAt = span.findIndex((x) => x.text === 'for' || x.text === 'on' || x.text === 'to');
      if (forAt >= 0) {
        const target = span.slice(forAt + 1).concat(ws.slice(k + 5, k + 9));
        const first = target[0];
        if (first !== undefined && (first.text === 'us' || first.text === 'me')) return true;
        // "a hard week for our customers" is the people affected, not the organisation's own
        const served = target.slice(0, 6).find((x) => personWord(x) && !OWNED.has(x.text));
        if (served !== undefined && !OUR_PEOPLE.has(served.lemma) && !ORGANISATION_NOUNS.has(served.lemma)) continue;
        const beforePeople = target.slice(0, 6);
        if (beforePeople.some((x) => x.text === 'our' || organisation.has(x.text)) || (beforePeople[0]?.text === 'everyone' && beforePeople[1]?.text === 'at')) return true;
        if (beforePeople.slice(0, 4).some((x) => ORGANISATION_NOUNS.has(x.lemma) || x.lemma === 'brewery' || x.lemma === 'company')) return true;
      }
      // "the worst day in the ninety-year history of St Brendan's", "the darkest day in our history"
      // (whose history: ours or the organisation's, not "the history of this town")
      const historyAt = ws.slice(k + 1, k + 11).findIndex((x) => x.lemma === 'history');
      if (DARKEST.has(w.text) && historyAt >= 0) {
        const around = ws.slice(k + 1, k + historyAt + 6);
        if (around.some((x) => x.text === 'our' || x.text === 'my' || organisation.has(x.text) || ORGANISATION_NOUNS.has(x.lemma))) return true;
      }
    }
    // "Our staff have been working round the clock …, and some have been subjected to horrendous abuse"
    if ((ORDEAL.has(w.lemma) || ORDEAL.has(w.text)) && !negatedJustBefore(ws, k)) {
      const ourAt = ws.slice(0, k).findIndex((x, i) => OUR_PEOPLE.has(x.lemma) && ws.slice(Math.max(0, i - 2), i).some((y) => y.text === 'our' || organisation.has(y.text)));
      if (ourAt >= 0 && !ws.slice(ourAt + 1, k).some((x) => personWord(x) && !OUR_PEOPLE.has(x.lemma))) return true;
    }
    // "the hospital has been hung out to dry", "our staff are being scapegoated", "we were thrown under the bus"
    if ((w.text === 'hung' && ws[k + 1]?.text === 'out') || (w.text === 'thrown' && ws.slice(k + 1, k + 4).some((x) => x.text === 'bus')) || (SCAPEGOATED.has(w.text) && (w.text !== 'singled' || ws[k + 1]?.text === 'out') && (w.text !== 'targeted' || ws[k - 1]?.text === 'unfairly'))) {
      const subject = ws.slice(0, k);
      if (subject.some((x) => FIRST_PERSON.has(x.text) || organisation.has(x.text) || ORGANISATION_NOUNS.has(x.lemma) || OUR_PEOPLE.has(x.lemma)) && !negatedJustBefore(ws, k)) return true;
    }
    // "a recall like this could put us under", "put us out of business"
    if (w.lemma === 'put' && ws[k + 1]?.text === 'us' && (ws[k + 2]?.text === 'under' || (ws[k + 2]?.text === 'out' && ws[k + 4]?.lemma === 'business'))) return true;
    // "remember we're people too", "they're human beings too", "spare a thought for our staff"
    if ((w.lemma === 'people' || w.lemma === 'human' || w.lemma === 'being') && ws[k + 1]?.text === 'too') return true;
    if (w.lemma === 'spare' && ws[k + 2]?.lemma === 'thought') return true;
    // "we're as frustrated as our members"
    if (w.text === 'as' && (ws[k + 1]?.lemma === 'frustrated' || ws[k + 1]?.lemma === 'upset' || ws[k + 1]?.lemma === 'angry') && ws[k + 2]?.text === 'as' && ws.slice(Math.max(0, k - 3), k).some((x) => FIRST_PERSON.has(x.text))) return true;
    // "could wipe us out", "cannot survive"
    if ((w.lemma === 'wipe' && ws[k + 1]?.text === 'us') || (w.lemma === 'survive' && ws.slice(Math.max(0, k - 3), k).some((x) => x.text === 'not' || x.lemma === 'cannot'))) return true;
  }
  return false;
}

function negatedJustBefore(ws: readonly Word[], k: number): boolean {
  return ws.slice(Math.max(0, k - 3), k).some((x) => x.lemma === 'not' || x.text === 'never' || x.text === 'no');
}

// --- minimising ---------------------------------------------------------------------------------

/** Harm named as grave: beside it, "minor" or "mild" sorts the injuries, it does not shrink them. */
const GRAVE = words('serious seriously severe severely critical critically die dead death deaths kill killed fatal fatally fatality fatalities life-threatening intensive grave gravely');
/** Degree words that are a triage or a risk figure when the harm's gravity is named with them. */
const DEGREE = words('minor mild mildly slight slightly rare rarely low');

/**
 * A degree word said honestly: beside grave harm in the same sentence ("three people were seriously
 * hurt; 40 had minor injuries"), or weighed straight after with "but" ("side effects are rare but
 * can be serious", "the risk is low, but see a doctor if …"). `k` is the degree word's index in the
 * sentence.
 */
export function honestDegree(s: Sentence, k: number): boolean {
  const w = s.words[k];
  if (w === undefined || !DEGREE.has(w.text)) return false;
  if (s.words.some((x, j) => j !== k && (GRAVE.has(x.text) || GRAVE.has(x.lemma)) && !negatedJustBefore(s.words, j))) return true;
  const after = s.words.slice(k + 1, k + 4);
  return after.some((x) => x.text === 'but' || x.text === 'yet' || x.text === 'although' || x.text === 'though');
}

const RESTRICTIVE = words('only just merely simply');
const SMALL_SCALE = words('few handful fraction one two three some small tiny little');
const MILD = words('mild mildly minor slight slightly trivial negligible superficial');
const MOST = words('most majority');
const TIME_UNITS = words('second minute hour day week month year ago time');
const NOT_PLAYED_DOWN = words('more less later earlier longer further');
const UNHARMED = words('unaffected unharmed fine safe safely okay ok well recover recovered release released home');

function minimisingClause(c: Clause, s: Sentence): boolean {
  const ws = c.words;
  for (let k = 0; k < ws.length; k++) {
    const w = ws[k];
    if (w === undefined) continue;
    const next = ws[k + 1];
    // "only three batches are affected", "just a handful of customers were hurt": a restrictive
    // focus on the count of the harm ("only two of our staff could reach the site" counts no harm)
    // ("just three days ago" dates the harm, it does not count it)
    const timed = ws.slice(k + 1, k + 4).some((x) => TIME_UNITS.has(x.lemma));
    if (RESTRICTIVE.has(w.text) && next !== undefined && !timed && (next.pos === 'NUM' || SMALL_SCALE.has(next.text) || (next.text === 'a' && SMALL_SCALE.has(ws[k + 2]?.text ?? '')))) {
      const harmed = s.words.some((x) => HARM_PREDICATES.has(x.lemma) || HARM_NOUNS.has(x.lemma) || x.lemma === 'concern' || x.lemma === 'involve' || x.lemma === 'case');
      if (harmed && !c.negated && !ws.slice(Math.max(0, k - 2), k).some((x) => x.text === 'not')) return true;
    }
    // "mild hypothermia", "minor injuries", "slight discomfort": seriousness played down
    if (MILD.has(w.text) && next !== undefined && !honestDegree(s, s.words.indexOf(w)) && (HARM_NOUNS.has(next.lemma) || HARM_PREDICATES.has(next.lemma) || next.lemma === 'hypothermia' || next.lemma === 'symptom' || next.lemma === 'burn' || next.lemma === 'cut' || next.lemma === 'bruise' || next.lemma === 'discomfort' || next.lemma === 'reaction')) return true;
    // "the vast majority … unaffected", "most runners finished safely", "most of the injuries are bruises"
    if (MOST.has(w.lemma) && (w.text === 'most' || ws[k - 1]?.text === 'vast' || ws[k - 1]?.text === 'overwhelming')) {
      const rest = ws.slice(k + 1);
      if (rest.some((x) => UNHARMED.has(x.text) || UNHARMED.has(x.lemma)) || (w.lemma === 'majority' && (ws[k - 1]?.text === 'vast' || ws[k - 1]?.text === 'overwhelming'))) return true;
      if (rest.slice(0, 4).some((x) => HARM_NOUNS.has(x.lemma)) && rest.some((x) => x.lemma === 'bruise' || x.lemma === 'cut' || MILD.has(x.text))) return true;
    }
    // "a little bit of soot", "a bit shaken", "got a bit squashed"
    // (not in advice: "keep a bit of a buffer" plays nothing down)
    if (w.text === 'bit' && (ws[k - 1]?.text === 'a' || (ws[k - 1]?.text === 'little' && ws[k - 2]?.text === 'a')) && next !== undefined && !NOT_PLAYED_DOWN.has(next.text) && (next.pos === 'ADJ' || next.pos === 'VERB' || next.text === 'of') && !advice(s)) return true;
  }
  return false;
}

/**
 * Set phrases of downplaying, generic English rather than any writer's wording. "The risk is low"
 * and "you don't need to worry about your card" are not here: public-health and breach notices
 * say them as facts about a risk, not to play down a harm that happened ("should not panic" stays:
 * it dismisses the people's concern).
 */
const DOWNPLAY = /\b(?:(?:these|such) things happen|could have been (?:much |a lot |far )?worse|(?:was|were|is) not worse|keep (?:some |a sense of )?perspective|put (?:this|it|things) (?:in|into) (?:context|perspective)|no harm (?:was )?done|not (?:the end of the world|a big deal)|no big deal|relatively (?:contained|small|minor|low|limited)|nothing (?:to worry about|serious)|(?:should not|shouldn't|no need to) panic|keep calm|overreact(?:ing|ion)?|out of (?:all )?proportion)\b/;

export function minimising(s: Sentence): boolean {
  if (s.isQuestion) return false;
  if (DOWNPLAY.test(s.norm)) return true;
  return s.clauses.some((c) => minimisingClause(c, s));
}

// --- no comment -----------------------------------------------------------------------------------

/** Verbs of saying anything at all: refused, they leave the question unanswered. */
const SAYING = words('say comment respond answer discuss speak talk elaborate add get go');
const REFUSING = words('decline refuse');
/** What people cannot yet know is an honest unknown ("I can't tell you yet what caused it"), and a refusal to guess is not a refusal to speak. */
const INDIRECT = words('what how why whether who when which where if');

/**
 * A refusal to say anything: the speaker (we, I, the company, its name) does not, cannot or will not
 * say, comment, respond or discuss, with nothing after it that names what is not yet known ("we're
 * not in a position to say anything right now", "the company is not going to respond to social
 * media conversations", "no further comment"). Not: "I can't tell you yet what caused it", "I'm not
 * going to speculate".
 */
export function noComment(s: Sentence, organisation: ReadonlySet<string>): boolean {
  if (s.isQuestion) return false;
  if (/\bno\s+(?:further\s+)?comment\b|\bnot\s+in\s+a\s+position\s+to\s+(?:say|comment|discuss|go\s+into|share)\b|\breferring\s+(?:all\s+)?(?:questions|enquiries|inquiries|media)\s+to\b/.test(s.norm)) return true;
  return s.clauses.some((c) => {
    const head = c.subject[c.subject.length - 1];
    const speaker = organisationAgent(c, organisation) || (head !== undefined && (head.text === 'we' || head.text === 'i'));
    // "I did not say them", "we should never have said it": a denial or a regret about the past, not a refusal.
    if (!speaker || c.counterfactual || c.auxiliaries.some((x) => x.text === 'did' || x.text === 'had' || x.text === "didn't")) return false;
    return c.words.some((w, k) => {
      const refused = REFUSING.has(w.lemma) && c.words[k + 1]?.text === 'to' && SAYING.has(c.words[k + 2]?.lemma ?? '');
      const denied = SAYING.has(w.lemma) && w.pos === 'VERB' && c.negated && c.words.slice(0, k).some((x) => x.lemma === 'not' || x.text === 'never' || x.lemma === 'cannot');
      if (!refused && !denied) return false;
      if ((w.lemma === 'get' || w.lemma === 'go') && c.words[k + 1]?.text !== 'into') return false;
      const rest = c.words.slice(k + 1);
      // "I can't say more about the inquiry" has said something already.
      return !rest.some((x) => INDIRECT.has(x.text) || x.text === 'yet' || x.text === 'more');
    });
  });
}

// --- hedged harm ----------------------------------------------------------------------------------

/** Words that make a harm someone else's claim. */
const DOUBTING = words('alleged allegedly so-called supposed supposedly purported purportedly');
const CLAIMING = words('say claim complain allege');
const INCIDENT = words('transaction payment charge debit withdrawal mix-up mix incident error breach leak');

/**
 * Harm made someone's claim: "the patients concerned allegedly received incorrect reports", "the
 * so-called mix-up", "alleged unauthorised transactions", or the people affected as the ones who
 * say it happened ("a small number of patients say they experienced some discomfort", "some
 * residents are claiming they have been left without shelter"). Not the organisation's own account
 * ("we say", "our staff report"), and not a doubt about someone else ("the alleged attacker").
 */
export function hedgedHarm(s: Sentence): boolean {
  if (s.isQuestion) return false;
  const ws = s.words;
  const harmOrPeople = (w: Word): boolean => HARM_PREDICATES.has(w.lemma) || HARM_NOUNS.has(w.lemma) || INCIDENT.has(w.lemma) || (personWord(w) && !OWNED.has(w.text));
  for (let k = 0; k < ws.length; k++) {
    const w = ws[k];
    if (w === undefined) continue;
    // ("so-called" reaches the tagger as "so", "-", "called")
    const doubting = DOUBTING.has(w.text) || (w.text === 'called' && ws[k - 2]?.text === 'so');
    if (doubting && ws.slice(k + 1, k + 6).some(harmOrPeople)) return true;
    if (CLAIMING.has(w.lemma) && w.pos === 'VERB' && peopleAgentBefore(ws, k)) {
      const rest = ws.slice(k + 1, k + 4);
      const they = rest.findIndex((x) => x.text === 'they');
      if (they >= 0 && ws.slice(k + 2 + they, k + 10).some((x) => HARM_PREDICATES.has(x.lemma) || x.lemma === 'experience' || x.lemma === 'leave' || x.lemma === 'feel' || HARM_NOUNS.has(x.lemma))) return true;
    }
  }
  return false;
}

// --- humour ---------------------------------------------------------------------------------------

/**
 * A flippant register about the crisis: banter forms of address ("Mate, …", "…, my brother"),
 * laughing or shrugging interjections ("Kids, eh?", "Whoops"), a tag question that asks the reader
 * to agree it is nothing (", no?"), or a shrugging opener ("Well, …", "Look, …") made ironic by an
 * intensifier, an exclamation, a sarcastic contrast ("…, not the Sahara") or a comparison. A
 * vocative or interjection counts only where it stands as a clause of its own, so "the welfare of
 * our mates" or "look at the figures" is not banter.
 */
export function flippant(s: Sentence): boolean {
  const ws = s.words;
  const content = ws.filter((w) => w.pos !== 'PUNCT' && w.pos !== 'SYM');
  if (content.length === 0) return false;
  let vocative = false;
  for (const c of s.clauses) {
    const cw = c.words.filter((w) => w.pos !== 'PUNCT');
    const first = cw[0];
    if (first === undefined) continue;
    // A clause that is only a form of address or an interjection.
    if (cw.length === 1 && (INFORMAL_VOCATIVES.has(first.text) || FLIPPANT_INTERJECTIONS.has(first.text))) return true;
    if (cw.length === 2 && first.text === 'my' && MY_VOCATIVES.has(cw[1]?.text ?? '')) return true;
    if (cw.length === 1 && SOFT_VOCATIVES.has(first.text) && c !== s.clauses[0]) vocative = true;
  }
  if (ws.some((w) => FLIPPANT_INTERJECTIONS.has(w.text) && w.pos === 'INTJ')) return true;
  // a stage direction of laughter: "[laughs]", "(chuckles)"
  if (/[[(*](?:laughs?|laughing|chuckles?|chuckling|giggles?|grins?|smiles?|jokingly)[\])*]/.test(s.norm)) return true;
  // "…, that's part of the fun, no?": a tag question after a statement.
  const last = content[content.length - 1];
  const beforeLast = ws[ws.length - 3];
  if (s.isQuestion && last !== undefined && TAG_QUESTIONS.has(last.text) && beforeLast?.text === ',' && content.length > 4) return true;
  const exclaimed = ws.some((w) => w.text === '!');
  // "Change your passwords, folks!"
  if (vocative && exclaimed) return true;
  const opener = content[0] !== undefined && SHRUG_OPENERS.has(content[0].text) && ws[1]?.text === ',';
  if (!opener) return false;
  // After a shrug: irony ("definitely recycled very quickly"), a mocking contrast ("it was Ottawa in
  // June, not the Sahara") or a comparison ("more likely at the gym than at our clinic").
  if (ws.some((w) => IRONIC_INTENSIFIERS.has(w.text))) return true;
  // "Well, at least everyone knows where we make it now": a silver lining offered for the harm
  if (ws.some((w, k) => w.text === 'at' && ws[k + 1]?.text === 'least' && ws[k + 2]?.pos !== 'NUM')) return true;
  if (s.clauses.some((c, k) => k > 0 && c.words[0]?.text === 'not' && (c.words[1]?.text === 'the' || c.words[1]?.text === 'a' || c.words[1]?.pos === 'PROPN') && c.verb === null)) return true;
  return ws.some((w) => w.text === 'than');
}

// --- minimising, more frames ----------------------------------------------------------------------

/**
 * More ways to play the harm down, each a frame rather than a phrase:
 * - a tautology that shrugs ("rivers are rivers", "accidents will be accidents");
 * - the harm made normal ("that's part of the fun", "par for the course", "it happens all the time");
 * - scare quotes around the harm ("the 'hack'");
 * - an incident shrunk by its adjective ("an unfortunate incident", "a one-off glitch");
 * - the harm fenced in by a small scale ("limited to one section", "confined to a few flats");
 * - the whole of it counted as one ("it was one misconfigured folder", "this was a single line");
 * - what is unharmed put beside it ("the rest of the plant is intact").
 */
export function minimisingMore(s: Sentence): boolean {
  const ws = s.words;
  for (const c of s.clauses) {
    const cw = c.words.filter((w) => w.pos !== 'PUNCT');
    const be = cw.findIndex((w) => w.lemma === 'be');
    const subj = cw.slice(0, Math.max(0, be)).reverse().find((w) => w.pos !== 'AUX');
    const comp = cw.slice(be + 1).find((w) => w.pos !== 'DET' && w.pos !== 'AUX');
    if (be > 0 && subj !== undefined && comp !== undefined && (subj.pos === 'NOUN' || subj.pos === 'PROPN') && (comp.pos === 'NOUN' || comp.pos === 'PROPN') && sameNoun(subj, comp) && !c.negated) return true;
    // "accidents happen", "mistakes happen": a bare plural of mishaps that just happen, in general
    const verb = c.verb;
    const head = c.subject[c.subject.length - 1];
    if (verb !== null && verb.lemma === 'happen' && verb.text !== 'happened' && head !== undefined && c.subject.length === 1 && head.text.endsWith('s') && (MISHAPS.has(head.lemma) || MISHAPS.has(head.text.slice(0, -1))) && !c.negated) return true;
  }
  for (let k = 0; k < ws.length; k++) {
    const w = ws[k];
    if (w === undefined) continue;
    const next = ws[k + 1];
    if (w.text === 'part' && next?.text === 'of' && ws[k + 2]?.text === 'the' && NORMAL_PARTS.has(ws[k + 3]?.lemma ?? '') && ws.slice(Math.max(0, k - 4), k).some((x) => x.lemma === 'be')) return true;
    if (w.text === 'par' && next?.text === 'for') return true;
    // "it happens everywhere", "these things happen all the time"
    if (w.lemma === 'happen' && (ws[k + 1]?.text === 'everywhere' || (ws[k + 1]?.text === 'all' && ws[k + 2]?.text === 'the' && ws[k + 3]?.text === 'time'))) return true;
    // 'hack' in quotes (the quotes come back as punctuation on both sides)
    if ((w.text === "'" || w.text === '"') && DOUBTED_HARMS.has(next?.text ?? '') && (ws[k + 2]?.text === w.text || (ws[k + 3]?.text === w.text && DOUBTED_HARMS.has(ws[k + 2]?.text ?? '')))) return true;
    // ("this is not a minor incident" says the opposite)
    if (DOWNGRADING.has(w.text) && INCIDENT_NOUNS.has(next?.lemma ?? '') && !negatedJustBefore(ws, k) && (w.text !== 'small' && w.text !== 'little' && w.text !== 'brief' ? true : ws[k - 1]?.text === 'a')) return true;
    if (CONFINED.has(w.lemma) && next?.text === 'to' && smallScaleAt(ws, k + 2)) return true;
    if (w.text === 'rest' && ws[k - 1]?.text === 'the' && ws.slice(k + 1, k + 8).some((x) => x.lemma === 'be') && ws.slice(k + 1, k + 10).some((x) => INTACT.has(x.text))) return true;
  }
  // "one small workshop out of 140 factories", "well under one per cent of our production", "a
  // fraction of one per cent": the harm set against a large whole
  if (/\b(?:one|a single|a few|a handful|only \d+|just \d+)\b[a-z ]{0,30}\bout of (?:\d[\d,]*|hundreds|thousands|millions|billions)\b/.test(s.norm)) return true;
  if (/\b(?:under|less than|below|fewer than|a fraction of) (?:one|1|half a|half of one|0\.\d+) ?(?:per ?cent|%)/.test(s.norm)) return true;
  // "sorry for any inconvenience", "if our letter caused any confusion": the harm named as a nuisance
  if (s.words.some((w) => APOLOGY_LEMMAS.has(w.lemma)) && s.words.some((w, k) => (w.text === 'any' || w.text === 'the') && NUISANCE.has(s.words[k + 1]?.lemma ?? ''))) return true;
  // "it was one misconfigured folder", "this was a single line on one billboard"
  return s.clauses.some((c) => {
    const cw = c.words;
    const be = cw.findIndex((w) => w.lemma === 'be');
    if (be < 1 || c.negated) return false;
    const subj = cw[be - 1];
    if (subj === undefined || !['it', 'this', 'that'].includes(subj.text)) return false;
    const rest = cw.slice(be + 1).filter((w) => w.pos !== 'ADV');
    const head = rest[0];
    // ("one of the worst fires" is not a count of one)
    return head !== undefined && (head.text === 'one' || (head.text === 'a' && rest[1]?.text === 'single')) && rest[1]?.text !== 'of' && rest.slice(1, 5).some((w) => w.pos === 'NOUN');
  });
}

const NUISANCE = words('inconvenience confusion hassle frustration annoyance');
const IRREGULAR_SAME = words('set put cut hit shut spread let cast');
const MISHAPS = words('accident mistake error thing incident glitch mishap slip');

function sameNoun(a: Word, b: Word): boolean {
  const base = (w: Word): string => (w.text.endsWith('s') ? w.text.slice(0, -1) : w.text);
  return a.lemma === b.lemma || base(a) === base(b);
}

function smallScaleAt(ws: readonly Word[], k: number): boolean {
  const w = ws[k];
  const next = ws[k + 1];
  if (w === undefined) return false;
  if (w.text === 'one' || w.text === 'a' || w.text === 'just' || w.text === 'only') return next !== undefined && (next.pos === 'NOUN' || next.pos === 'ADJ' || SMALL_SCALE.has(next.text) || next.text === 'single');
  return SMALL_SCALE.has(w.text);
}

// --- agentless passive ------------------------------------------------------------------------------

/** Subordinators that give the reason or the occasion: with "we" or "I" as their subject they name who did it. */
const CAUSAL = words('because as since after when');

/**
 * The sentence names the organisation as the one who brought it about, in a clause of reason or
 * occasion ("the tank was not inspected because we cancelled the contract", "the site was left
 * unattended after I sent the guard home"): the passive hides nobody.
 */
function agentNamedInCause(s: Sentence): boolean {
  return s.clauses.some((c) => {
    if (!CAUSAL.has(c.intro) || c.negated || c.passive || c.verb === null) return false;
    const head = c.subject[c.subject.length - 1];
    return head !== undefined && (FIRST_PERSON.has(head.text) || c.subject.some((w) => w.text === 'our' || w.text === 'my'));
  });
}

/**
 * The organisation's own failing told in the passive with nobody doing it: a verb of getting it
 * wrong ("a setting was misconfigured", "supplies were depleted"), a step done wrong ("was
 * incorrectly configured", "were mistakenly sent"), a duty not done ("not all of the works were
 * completed", "families were not told"), a thing left open ("files were left accessible"), or a
 * fault that "occurred". Not with a "by" agent ("was skipped by our night shift" names who), not
 * when the sentence itself owns the failing ("…, and that was our failure") or names the
 * organisation in a clause of reason or occasion (`agentNamedInCause`), not the people affected as
 * the subject of anything but being told, and not a question or a condition.
 */
export function agentlessPassive(s: Sentence): boolean {
  if (s.isQuestion || agentNamedInCause(s)) return false;
  return s.clauses.some((c) => {
    // "may be contaminated", "should never have been locked", "no door may be locked": a risk, a
    // regret or a rule, not an account of what happened.
    if (c.conditional) return false;
    const cw = c.words;
    let k = -1;
    for (let i = 1; i < cw.length && k < 0; i++) if (isPassiveParticiple(cw, i)) k = i;
    if (k < 0) return false;
    if (cw.slice(Math.max(0, k - 5), k).some((w) => VERB_GROUP_MODALS.has(w.text))) return false;
    const verb = cw[k];
    if (verb === undefined) return false;
    if (cw.slice(k + 1).some((w, i) => w.text === 'by' && cw[k + 2 + i]?.text !== 'mistake' && cw[k + 2 + i]?.text !== 'error')) return false;
    const lemmas = baseForms(verb);
    const head = c.subject[c.subject.length - 1];
    const personSubject = head !== undefined && (personWord(head) || FIRST_PERSON.has(head.text));
    const telling = lemmas.some((l) => TELLING.has(l));
    const negated = negatedPassive(cw, k);
    if (personSubject && !(telling && negated)) return false;
    if (lemmas.some((l) => FAULT_PASSIVES.has(l)) && !negated) return true;
    if (cw.slice(Math.max(0, k - 3), k).some((w) => ERROR_ADVERBS.has(w.text))) return true;
    if (negated && lemmas.some((l) => DUTY_PASSIVES.has(l))) return true;
    if (lemmas.includes('leave') && LEFT_STATES.has(cw[k + 1]?.text ?? '') && !negated) return true;
    return false;
  }) || s.clauses.some((c) => {
    const head = c.subject[c.subject.length - 1];
    // "errors were identified", "mistakes were made", "failures have been found": a fault with no one who made it
    if (head !== undefined && faultEvent(head) && c.passive && c.verb !== null && FOUND.has(c.verb.lemma) && !c.words.some((w) => w.text === 'by') && !c.subject.some((w) => w.text === 'our' || w.text === 'my')) return true;
    return head !== undefined && faultEvent(head) && c.verb !== null && HAPPENING.has(c.verb.lemma) && !c.negated && !c.subject.some((w) => w.text === 'our' || w.text === 'my') && (c.verb.lemma !== 'take' || c.words.some((w) => w.text === 'place'));
  });
}

/** be/get/become + participle (the tagger sometimes calls the participle an adjective: "was incorrectly configured"). */
function isPassiveParticiple(cw: readonly Word[], i: number): boolean {
  const w = cw[i];
  if (w === undefined) return false;
  // (an irregular participle that looks like its lemma, "was incorrectly set", counts after a be-verb)
  const participle = w.pos === 'VERB' ? !w.text.endsWith('ing') && !(w.text.endsWith('s') && w.text !== w.lemma) && (w.text !== w.lemma || IRREGULAR_SAME.has(w.text)) : w.pos === 'ADJ' && /(?:ed|en)$/.test(w.text);
  if (!participle) return false;
  for (let j = i - 1; j >= Math.max(0, i - 4); j--) {
    const x = cw[j];
    if (x === undefined) break;
    if (x.lemma === 'be' || x.lemma === 'get' || x.lemma === 'become') return true;
    if (!(x.pos === 'ADV' || x.pos === 'AUX' || x.pos === 'PART')) return false;
  }
  return false;
}

/** The lemma, and for a participle the tagger left alone ("configured"/ADJ), the forms it may come from. */
function baseForms(w: Word): string[] {
  const t = w.text;
  const out = [w.lemma];
  if (t.endsWith('ied')) out.push(`${t.slice(0, -3)}y`);
  if (t.endsWith('ed')) out.push(t.slice(0, -2), t.slice(0, -1));
  if (/([bdgklmnprt])\1ed$/.test(t)) out.push(t.slice(0, -3));
  return out;
}

/** "may be contaminated", "should never have been locked", "no door may be locked": a risk, a regret or a rule, not an account of what happened. */
const VERB_GROUP_MODALS = words('may might can could will would must should shall ought');
/** Finding or making a fault, in the passive: who made it goes unsaid. */
const FOUND = words('make commit identify find detect discover uncover note observe');

/** ("Errors were identified": a capitalised plural reaches the tagger as a name.) */
function faultEvent(w: Word): boolean {
  return FAULT_EVENTS.has(w.lemma) || (w.text.endsWith('s') && FAULT_EVENTS.has(w.text.slice(0, -1)));
}

function advice(s: Sentence): boolean {
  return instruction(s) || s.words.some((w) => w.lemma === 'encourage' || w.lemma === 'recommend' || w.lemma === 'advise' || w.lemma === 'urge');
}

/** The negation belongs to the passive: in its verb group ("was not checked") or on its subject ("not all of the works were completed", "none of the logs were reviewed"). */
function negatedPassive(cw: readonly Word[], k: number): boolean {
  if (cw.slice(Math.max(0, k - 4), k).some((w) => w.lemma === 'not' || w.text === 'never')) return true;
  const first = cw[0]?.text ?? '';
  return (first === 'not' || first === 'none' || first === 'no' || first === 'neither') && !cw.slice(1, k).some((w) => w.pos === 'VERB');
}

/**
 * The statement owns the failing somewhere ("this is our fault", "we failed her", "we take
 * responsibility", "we did not repair it", "accepts the findings"): then a passive elsewhere in it
 * hides nobody's agency.
 */
export function ownsFailure(s: Sentence): boolean {
  const ws = s.words;
  return ws.some((w, k) => {
    if ((w.text === 'our' || w.text === 'my') && FAULT_NOUN_OWNED.has(ws[k + 1]?.lemma ?? '')) return true;
    if (!(FIRST_PERSON.has(w.text) || w.pos === 'PROPN' || ORGANISATION_NOUNS.has(w.lemma)) || w.text === 'our' || w.text === 'my' || w.text === 'us') return false;
    const group = ws.slice(k + 1, k + 5);
    const firstPerson = FIRST_PERSON.has(w.text);
    // "we failed", "we let you down", "we got this wrong", "we made a mistake", "we are responsible", "I am accountable"
    if (group.some((x) => x.lemma === 'fail' || (x.lemma === 'let' && ws.slice(k + 2, k + 7).some((y) => y.text === 'down')))) return firstPerson;
    if (firstPerson && group.some((x) => x.lemma === 'get') && ws.slice(k + 2, k + 6).some((y) => y.text === 'wrong')) return true;
    if (firstPerson && group.some((x) => x.lemma === 'make') && ws.slice(k + 2, k + 7).some((y) => y.lemma === 'mistake' || y.lemma === 'error')) return true;
    if (firstPerson && group.some((x) => x.lemma === 'be') && ws.slice(k + 2, k + 6).some((y) => y.text === 'responsible' || y.text === 'accountable' || y.text === 'blame') && !group.some((x) => x.lemma === 'not')) return true;
    if (group.some((x) => (x.lemma === 'take' || x.lemma === 'accept' || x.lemma === 'bear') && ws.slice(k + 2, k + 8).some((y) => y.lemma === 'responsibility' || y.lemma === 'blame' || y.lemma === 'finding' || y.lemma === 'accountability'))) return true;
    // "The hospital accepts that a report was not escalated", "we admit that …": said as its own
    // ("we acknowledge that not all works were completed" still hides who did not complete them)
    if (group.some((x, i) => (x.lemma === 'accept' || x.lemma === 'admit') && group[i + 1]?.text === 'that')) return true;
    const verb = group.find((x) => x.pos === 'VERB');
    return FIRST_PERSON.has(w.text) && verb !== undefined && DUTY_PASSIVES.has(verb.lemma) && group.slice(0, group.indexOf(verb)).some((x) => x.lemma === 'not' || x.text === 'never');
  });
}
const FAULT_NOUN_OWNED = words('fault failure failing mistake error responsibility negligence');

// --- threats without a legal word ---------------------------------------------------------------

/** Sanctions an organisation can visit on people: "will be disconnected", "will be dismissed", "will be banned". */
const SANCTIONS = words('disconnect evict ban bar fine prosecute dismiss sack fire terminate suspend block blacklist expel exclude pursue remove disqualify penalise penalize punish discipline sue charge report');
/** What the people sanctioned did: spoke, shared, or held back what the organisation wants from them. */
const DEFIANCE = words('talk speak post share spread leak forward withhold hold refuse protest publish film record circulate repeat boycott strike join stop brief contact');
/**
 * "Members who hold back payment because of this week will be disconnected like anyone else",
 * "anyone found sharing the video will be banned": a sanction promised to people for speaking or for
 * holding back, not a step on the crisis. Staff "who ignored the alarm will be disciplined" is
 * accountability for the fault, so the relative clause must tell of speaking or defiance.
 */
function sanctionForDefiance(ws: readonly Word[]): boolean {
  const who = ws.findIndex((w, k) => w.text === 'who' || w.text === 'whoever' || ((w.text === 'anyone' || w.text === 'anybody') && (ws[k + 1]?.lemma === 'find' || ws[k + 1]?.lemma === 'catch' || ws[k + 1]?.lemma === 'see')));
  if (who < 0) return false;
  const will = ws.findIndex((w, k) => k > who && (w.text === 'will' || w.text === "'ll") && ws[k + 1]?.text === 'be');
  if (will < 0) return false;
  const sanction = ws.slice(will + 2, will + 5).find((w) => w.pos === 'VERB' || w.pos === 'ADJ');
  if (sanction === undefined || !SANCTIONS.has(sanction.lemma)) return false;
  return ws.slice(who + 1, will).some((w) => w.pos === 'VERB' && DEFIANCE.has(w.lemma));
}

/** Verbs that, stood at the head of a sentence, dare the reader ("Say that again and …", "Post one more lie and …"). */
const DARED = words('say repeat post publish print share write try do keep run tweet spread air broadcast');
/** What lies in store for them: a sanction verb or someone who enforces one. */
const SANCTION_WORDS = words('sue prosecute discipline dismiss sack fire punish terminate blacklist ban regret lawyer solicitor attorney court lawsuit litigation injunction police tribunal disciplinary consequence consequences');

/**
 * Threats told without the word "sue" against people who speak, as frames (threats.ts-style lists
 * in penalties.ts keep the older ones):
 * - a dare: an imperative of speaking, then "and you'll …" with a sanction ("Say that again and
 *   you'll be hearing from our lawyers"); not "Call us and you'll get a refund";
 * - a binding made felt against staff: enforcing, invoking or reminding them of an NDA, a
 *   confidentiality clause or their obligations under an agreement ("their NDAs are still binding,
 *   and we will enforce them", "we would remind former staff of their obligations under the
 *   agreements they signed"); not "we have released former staff from their confidentiality
 *   agreements", not "we will not enforce the NDAs";
 * - legal action against the media or for what was said, begun by the organisation ("we are filing a
 *   defamation suit against the channel"); not a suit against a supplier, not a suit against us;
 * - not hesitating to act against people who speak ("we will not hesitate to take action against
 *   anyone spreading these claims");
 * - critics' words kept on file ("we are keeping a record of every post", "we have screenshots of
 *   the comments"); not "we keep a record of every call to the helpline".
 * `speakers` says whether people who speak stand in this sentence or the one before; the staff a
 * binding holds may stand in the one before too ("Some former staff are … Their NDAs are binding").
 */
export function threatFrame(s: Sentence, previous: Sentence | undefined, speakers: () => boolean, organisation: ReadonlySet<string>): boolean {
  if (s.isQuestion) return false;
  const ws = s.words;
  if (sanctionForDefiance(ws)) return true;
  // A dare: "Say it again and you'll …"
  const first = ws[0];
  if (first !== undefined && DARED.has(first.lemma) && first.text === first.lemma) {
    const and = ws.findIndex((w, k) => w.text === 'and' && ws[k + 1]?.text === 'you');
    if (and > 0 && ws.slice(and + 2, and + 4).some((w) => w.text === "'ll" || w.text === 'will' || w.lemma === 'can') && ws.slice(and + 2).some((w) => SANCTION_WORDS.has(w.lemma) || SANCTION_WORDS.has(w.text))) return true;
  }
  // Every frame below needs one of these words; most sentences have none.
  if (!ws.some((w) => w.lemma === 'hesitate' || BINDINGS.has(w.lemma) || BINDINGS.has(w.text) || FILING.has(w.lemma) || w.lemma === 'sue' || RECORDS.has(w.lemma))) return false;
  for (const c of s.clauses) {
    if (c.conditional || c.counterfactual) continue;
    const cw = c.words;
    const ours = organisationAgent(c, organisation) || cw.some((w) => w.text === 'we' || w.text === 'i');
    // "we will not hesitate to take action": the one negation that affirms
    const hesitate = cw.findIndex((w) => w.lemma === 'hesitate');
    if (hesitate > 0 && cw.slice(Math.max(0, hesitate - 3), hesitate).some((w) => NEGATORS.has(w.text) || w.lemma === 'not') && speakers()) {
      const after = cw.slice(hesitate + 1, hesitate + 8);
      if (after.some((w) => SANCTION_WORDS.has(w.lemma) || w.lemma === 'action' || w.lemma === 'step' || w.lemma === 'measure' || w.lemma === 'involve')) return true;
    }
    if (c.negated) continue;
    // a binding made felt: "we will enforce them" after "their NDAs", "remind former staff of their obligations"
    const binding = ws.some((w) => BINDINGS.has(w.lemma) || BINDINGS.has(w.text));
    const bound = [...ws, ...(previous?.words ?? [])].some((w) => BOUND_PEOPLE.has(w.lemma) || BOUND_PEOPLE.has(w.text));
    if (binding && bound && cw.some((w) => ENFORCING.has(w.lemma) || ENFORCING.has(w.text))) {
      // "released staff from their agreements", "we will not enforce": not a threat; reminding customers of their rights is not either
      const remind = cw.findIndex((w) => w.lemma === 'remind');
      if (remind < 0) return ours || cw.some((w) => w.text === 'binding');
      const of = cw.findIndex((w, k) => k > remind && w.text === 'of');
      const next = cw.slice(of + 1, of + 4).find((w) => w.pos === 'NOUN' || w.pos === 'PROPN');
      if (of > remind && next !== undefined && (BINDINGS.has(next.lemma) || BINDINGS.has(next.text))) return true;
    }
    // legal action against the media or over what was said, begun by us
    if (ours && cw.some((w) => FILING.has(w.lemma) || w.lemma === 'sue')) {
      const action = cw.some((w) => LEGAL_ACTIONS.has(w.lemma) && w.pos === 'NOUN');
      const defamation = ws.some((w) => DEFAMATION.has(w.lemma) || DEFAMATION.has(w.text));
      const against = cw.findIndex((w) => w.text === 'against');
      const atMedia = against >= 0 && cw.slice(against + 1, against + 6).some((w) => MEDIA_TARGETS.has(w.lemma) || MEDIA_TARGETS.has(w.text));
      if ((action && (defamation || atMedia)) || (cw.some((w) => w.lemma === 'sue') && atMedia)) return true;
    }
    // critics' words kept on file
    if (ours && (ws.some((w) => SPEECH_ITEMS.has(w.lemma)) || speakers()) && cw.some((w) => w.lemma === 'keep' || w.lemma === 'take' || w.lemma === 'compile' || w.lemma === 'have' || w.lemma === 'make')) {
      const rec = cw.findIndex((w) => RECORDS.has(w.lemma) && w.pos === 'NOUN');
      if (rec >= 0 && cw.slice(rec + 1, rec + 6).some((w) => SPEECH_ITEMS.has(w.lemma) && w.pos === 'NOUN')) return true;
    }
  }
  return false;
}
