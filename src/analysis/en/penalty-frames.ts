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
const FEELING = words('feel find take perceive consider think believe upset offend inconvenience disappoint distress hurt concern worry bother affect let experience');
/** Feeling as a perception ("anyone who may feel …", "who took it the wrong way"): doubts the harm. */
const PERCEPTION = words('feel find take perceive consider think believe');
/** Being affected is a feeling only of someone unnamed ("if any customer was affected"); "if you are affected, call us" is information. */
const INDEFINITE = words('any anyone anybody someone somebody whoever');

function feelingIn(c: Clause): boolean {
  return c.words.some((w) => FEELING.has(w.lemma) && ((w.lemma !== 'affect' && w.lemma !== 'experience' && w.lemma !== 'concern') || c.words.some((x) => INDEFINITE.has(x.text))));
}
const DEGREE_CONDITIONS = /\b(?:to the extent (?:that )?|insofar as|in so far as|in as far as|if and to the extent)\b/;
const ANY_HARM = words('distress upset pain hurt offence offense concern worry harm discomfort inconvenience disappointment anxiety');

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
  return s.clauses.some((c) => victimBlamingClause(c, s));
}

// --- self-focus ---------------------------------------------------------------------------------

/** What the organisation owns that a self-focused statement mourns. */
const ASSETS = words('reputation brand name business sale sales order orders revenue profit fundraising share price account accounts contract contracts customer stock image standing');
const LOSS_PREDICATES = words('suffer hit damage drag fall drop plunge lose tarnish hurt harm gone destroy ruin collapse pull');
/** Hardship an organisation's own people go through (not bodily harm: staff hurt in a fire are the people affected). */
const MONEY = words('million billion thousand crore lakh euro euros dollar dollars pound pounds money revenue income');
const ORDEAL = words('devastate devastated shatter shattered exhaust exhausted hurting distraught heartbroken abuse abused harass harassed swear threaten threatened cop subject struggle frustrated');
const HARDSHIP = words('hard tough difficult painful brutal horrible terrible devastating upsetting hurtful stressful worst awful draining exhausting');
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
      const forAt = span.findIndex((x) => x.text === 'for' || x.text === 'on');
      if (forAt >= 0) {
        const target = span.slice(forAt + 1).concat(ws.slice(k + 5, k + 9));
        const first = target[0];
        if (first !== undefined && (first.text === 'us' || first.text === 'me')) return true;
        const beforePeople = target.slice(0, 6);
        if (beforePeople.some((x) => x.text === 'our' || organisation.has(x.text)) || (beforePeople[0]?.text === 'everyone' && beforePeople[1]?.text === 'at')) return true;
        if (beforePeople.slice(0, 4).some((x) => ORGANISATION_NOUNS.has(x.lemma) || x.lemma === 'brewery' || x.lemma === 'company')) return true;
      }
      // "the worst day in the ninety-year history of St Brendan's"
      if (w.text === 'worst' && ws.slice(k + 1, k + 11).some((x) => x.lemma === 'history')) return true;
    }
    // "Our staff have been working round the clock …, and some have been subjected to horrendous abuse"
    if ((ORDEAL.has(w.lemma) || ORDEAL.has(w.text)) && !negatedJustBefore(ws, k)) {
      const ourAt = ws.slice(0, k).findIndex((x, i) => OUR_PEOPLE.has(x.lemma) && ws.slice(Math.max(0, i - 2), i).some((y) => y.text === 'our' || organisation.has(y.text)));
      if (ourAt >= 0 && !ws.slice(ourAt + 1, k).some((x) => personWord(x) && !OUR_PEOPLE.has(x.lemma))) return true;
    }
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
    if (MILD.has(w.text) && next !== undefined && (HARM_NOUNS.has(next.lemma) || HARM_PREDICATES.has(next.lemma) || next.lemma === 'hypothermia' || next.lemma === 'symptom' || next.lemma === 'burn' || next.lemma === 'cut' || next.lemma === 'bruise' || next.lemma === 'discomfort' || next.lemma === 'reaction')) return true;
    // "the vast majority … unaffected", "most runners finished safely", "most of the injuries are bruises"
    if (MOST.has(w.lemma) && (w.text === 'most' || ws[k - 1]?.text === 'vast' || ws[k - 1]?.text === 'overwhelming')) {
      const rest = ws.slice(k + 1);
      if (rest.some((x) => UNHARMED.has(x.text) || UNHARMED.has(x.lemma)) || (w.lemma === 'majority' && (ws[k - 1]?.text === 'vast' || ws[k - 1]?.text === 'overwhelming'))) return true;
      if (rest.slice(0, 4).some((x) => HARM_NOUNS.has(x.lemma)) && rest.some((x) => x.lemma === 'bruise' || x.lemma === 'cut' || MILD.has(x.text))) return true;
    }
    // "a little bit of soot", "a bit shaken", "got a bit squashed"
    if (w.text === 'bit' && (ws[k - 1]?.text === 'a' || (ws[k - 1]?.text === 'little' && ws[k - 2]?.text === 'a')) && next !== undefined && !NOT_PLAYED_DOWN.has(next.text) && (next.pos === 'ADJ' || next.pos === 'VERB' || next.text === 'of')) return true;
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
