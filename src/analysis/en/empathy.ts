/**
 * Empathy elements (vocabulary.ts: Lewicki et al. 2016; Pace et al. 2010; CERC). Each is a small
 * lexicon of phrase patterns plus scope rules; no sentiment score is used anywhere, because common
 * sentiment lexicons score "apologize", "concerned" and "devastating" as negative.
 *
 * - responsibility: explicit, first person, active ("we take full responsibility", "this was our
 *   failure", "we made a mistake", "we let you down") = 1; implicit ("this should not have
 *   happened") = 0.5. Negated ("we do not accept responsibility") or conditional: nothing.
 * - corrective-action: a first-person (or named team) action verb with an object, in past, present
 *   progressive or future ("we have recalled four batches", "we will contact every customer") = 1;
 *   investigating, reviewing, monitoring = 0.5; agentless passive actions ("the batches have been
 *   withdrawn") = 0.5.
 * - concern: a sympathy or apology phrase with a victim term in the same sentence = 1; a bare
 *   apology or sympathy without one ("We are sorry.") = 0.5. Conditional apologies and "sorry for
 *   any inconvenience" are penalties, not concern.
 * - harm-acknowledged: a harm word and a victim term in the same sentence, neither negated nor
 *   hedged nor hypothetical ("two children … are being treated in hospital").
 * - explanation: a cause ("caused by", "because of a", "traced to", "broke into"), or one told as a
 *   story (frames.ts: a check skipped, the wrong part used, a safeguard disconnected).
 * - prevention: "so that this never happens again", changed procedures, a rule from a date on.
 * - compensation: refunds, paid costs, free protection.
 * - forgiveness: asking for it = 1; earning back trust = 0.5.
 */
import type { EmpathyElement } from '../../format/index.ts';
import { findAll, sentenceQuote, test, type Doc, type Hit, type Sentence } from './document.ts';
import { lexicon } from './patterns.ts';
import { clauseAt, conditionalBefore, hypotheticalAt, negatedBefore, negatedSpan, negatorsIn, reportedBefore } from './scope.ts';
import { CONDITIONAL_APOLOGY, INCONVENIENCE_APOLOGY } from './penalties.ts';
import { conditionalApology, hedgedHarm, minimising } from './penalty-frames.ts';
import { NO_EVIDENCE, motive, actionHeading, apologyForOwnAct, compensation, compensationFrame, concernFrame, correctiveAction, explanation, explanationHasContent, harm, isPerson, noteAction, passiveAction, prevention, reasonForRefusal, reasonForStep, reasonOfSomethingElse, responsibility, responsibilityInSentence } from './frames.ts';
import type { Word } from './nlp.ts';
import type { Clause } from './clauses.ts';

export interface EmpathyHit {
  readonly element: EmpathyElement;
  readonly quote: string;
  readonly strength: number;
}

const WE = "(?:we|i)(?:'ve|'ll|'re|'m|'d)?";

const RESPONSIBILITY = lexicon(
  [
    `${WE}\\s+(?:fully\\s+|completely\\s+)?(?:take|takes|accept|accepts|bear|own|assume)\\s+(?:full\\s+|complete\\s+|total\\s+|sole\\s+)?(?:responsibility|the blame|blame|accountability|ownership)`,
    `${WE}\\s+(?:are|am)\\s+(?:fully\\s+|entirely\\s+|solely\\s+)?(?:responsible|accountable|to blame)(?=\\s*(?:[.,;:]|$|for\\s+(?:this|that|it|what|the\\s+(?:failure|mistake|error|contamination|breach|harm))))`,
    '(?:this|it|that)\\s+(?:was|is)\\s+(?:entirely\\s+|all\\s+|completely\\s+)?our\\s+(?:own\\s+)?(?:fault|failure|mistake|error|responsibility)',
    '(?:the\\s+)?(?:fault|failure|mistake|error|responsibility)\\s+(?:is|was|lies|rests)\\s+(?:entirely\\s+|all\\s+|solely\\s+)?(?:ours|with us|on us)',
    "(?:that|this|it)(?:\\s+is|\\s+was|'s)\\s+on\\s+us",
    `${WE}\\s+(?:have\\s+|has\\s+)?(?:made|make)\\s+(?:a\\s+|an\\s+)?(?:serious\\s+|grave\\s+|terrible\\s+|big\\s+|real\\s+)?(?:mistakes?|errors?)`,
    `${WE}\\s+(?:got|have got|were|was)\\s+(?:this\\s+|it\\s+|that\\s+|things\\s+)?wrong`,
    `${WE}\\s+(?:have\\s+)?(?:also\\s+)?failed`,
    `${WE}\\s+(?:have\\s+)?let\\s+(?:you|them|everyone|people|our\\s+[a-z]+|the\\s+[a-z]+|these\\s+[a-z]+)\\s+down`,
    `${WE}\\s+should\\s+have\\s+(?:[a-z]+\\s+)?(?:told|known|acted|done|checked|caught|spotted|stopped|warned|tested|been|moved|recalled|said)`,
    `${WE}\\s+(?:fell|have fallen)\\s+short`,
    'our\\s+(?:own\\s+)?(?:[a-z]+\\s+)?(?:checks|systems|processes|controls|procedures|safeguards|testing|security)\\s+(?:failed|were not good enough|let you down)',
  ].join('|'),
);
const IMPLICIT_RESPONSIBILITY = lexicon(
  "(?:this|it|that|what happened)\\s+(?:should|must)\\s+(?:never|not)\\s+have\\s+happened|(?:this|it|that)(?:\\s+is|\\s+was|'s)\\s+(?:simply\\s+|totally\\s+)?(?:unacceptable|inexcusable|not good enough)",
);

const IN_TOUCH = lexicon(`${WE}\\s+(?:are|have been|'re)\\s+(?:already\\s+|now\\s+)?in\\s+(?:touch|contact)\\s+with`);
const CONCERN_CUE = lexicon(
  [
    'sorry|apologi[sz]e[sd]?|apologi[sz]ing|apologies|apology|regret|condolences|sympath(?:y|ies|ise|ize)',
    '(?:our\\s+)?thoughts\\s+(?:are|remain)\\s+with|hearts?\\s+(?:goes|go)\\s+out|heartbroken|saddened|devastated\\s+(?:for|by)',
    '(?:deeply|very|so|truly|extremely|gravely|really)\\s+concerned|concerned\\s+(?:for|about)',
    `${WE}\\s+(?:fully\\s+)?(?:understand|know|recognise|recognize|realise|realize|appreciate)\\b[^.;]{0,60}?(?:worr|frighten|anxious|anxiety|distress|upset|scar|difficult|hard|concern|fear|angry|anger|stress)[a-z]*`,
    `(?:anxious|worried|frightened|scared|upset|angry|distressed|concerned)\\b[^.;]{0,80}?\\b(?:we|i)\\s+(?:understand|hear you|get it)`,
    `${WE}\\s+(?:hear|feel for)\\s+you|${WE}\\s+care\\b`,
  ].join('|'),
);

const HARM = lexicon(
  [
    'ill|illness(?:es)?|sick|unwell|fallen ill|fell ill|hospitali[sz]ed|in hospital|hospital treatment|treated in hospital|being treated',
    'died|dead|deaths?|injur(?:y|ies|ed)|hurt|harmed|suffer(?:ed|ing|s)?|pain|liver (?:injury|damage|failure|problems)',
    'exposed|stolen|copied|accessed|lost|losses|damaged',
  ].join('|'),
);
const HARM_CAUSED = lexicon(
  "the\\s+(?:fear|worry|distress|anxiety|harm|pain|suffering|disruption|hurt|damage)\\s+(?:this|we|it|that|our\\s+[a-z]+)\\s+(?:has\\s+|have\\s+)?(?:caused|brought)",
);
const HARM_HEDGE = /(?:may|might|could|possibly|potentially)(?:\s+have)?(?:\s+been)?\s*$/;

const EXPLANATION = lexicon(
  [
    'caused by|because (?:of\\s+)?(?:a|an|the|our|it|we|this|they)|due to (?:a|an|the|our)|the\\s+(?:root\\s+)?cause\\s+(?:was|is|of)',
    'traced\\s+(?:it\\s+|this\\s+|the\\s+[a-z]+\\s+)?(?:back\\s+)?to|happened\\s+(?:because|when|after)|resulted from|the result of|originated|stemmed from',
    '(?:broke|broken|breaking)\\s+into|through\\s+a\\s+(?:flaw|vulnerability|weakness|fault)',
    '(?:found|detected|identified)\\s+(?:in|at|on)\\s+(?:our|the|one|a)\\s+(?:[a-z]+\\s+)?(?:plant|line|factory|site|system|systems|server|batch|production)',
    '(?:checks|controls|procedures|systems|processes)\\s+(?:on\\s+[a-z0-9 ]{1,20}\\s+)?failed',
  ].join('|'),
);

const PREVENTION = lexicon(
  [
    "(?:this|it)\\s+(?:never|does not|doesn't|cannot|can't|will not|won't)\\s+happens?\\s+again|never\\s+happens?\\s+again|(?:this|it)\\s+cannot\\s+happen\\s+again",
    'prevent\\s+(?:this|it|a repeat|any repeat|similar|recurrence|a recurrence|future)|to\\s+stop\\s+this\\s+happening',
    "(?:changing|changed|introduced|introducing|strengthening|strengthened|tightening|tightened|overhauling|overhauled|replacing|replaced|reviewing)\\s+(?:all\\s+)?(?:of\\s+)?(?:our\\s+)?(?:[a-z-]+\\s+)?(?:procedures|processes|controls|checks|policies|safeguards|protocols|systems|system|training|guidance)",
    // An independent review is not yet a change (docs/scoring.md): only what it changes is prevention.
    'new\\s+(?:safeguards|controls|checks|procedures|guidance)',
  ].join('|'),
);

const COMPENSATION = lexicon(
  [
    'refunds?|refunded|reimburse[sd]?|reimbursing|compensat(?:e|es|ed|ing|ion)|money back',
    '(?:pay|paying|paid|cover|covering)\\s+(?:for\\s+)?(?:the\\s+|all\\s+|any\\s+|their\\s+|your\\s+)?(?:[a-z]+\\s+)?(?:and\\s+[a-z]+\\s+)?(?:costs?|expenses|bills|care|fees)',
    'free\\s+(?:identity|credit|replacement|monitoring)|vouchers?',
    '(?:pay|paying)\\s+for\\s+(?:two|three|one|\\d+)\\s+years?',
  ].join('|'),
);

const FORGIVENESS = lexicon("(?:ask|asking|beg|seek)\\s+(?:for\\s+)?(?:your\\s+)?forgiveness|please\\s+forgive|forgive\\s+us");
const TRUST_REPAIR = lexicon('(?:earn|win|winning|earning)\\s+back\\s+(?:your\\s+)?trust|(?:regain|rebuild)\\s+(?:your\\s+)?trust');

interface Candidate {
  readonly element: EmpathyElement;
  readonly sentence: Sentence;
  readonly strength: number;
}

/** Empathy elements in the statement: at most one per element, the strongest (earliest on ties). */
/**
 * Whether one word is among the scenario's words for the people affected. Every word of a clause
 * with no other word for people is asked, so answers are kept per pattern (the context's), bounded
 * so that a hostile paste cannot grow the cache without limit.
 */
const victimWordCache = new WeakMap<RegExp, Map<string, boolean>>();
const VICTIM_CACHE_LIMIT = 4096;

function isVictimWord(victims: RegExp, word: string): boolean {
  let cache = victimWordCache.get(victims);
  if (cache === undefined) {
    cache = new Map();
    victimWordCache.set(victims, cache);
  }
  let found = cache.get(word);
  if (found === undefined) {
    found = test(victims, word);
    if (cache.size >= VICTIM_CACHE_LIMIT) cache.clear();
    cache.set(word, found);
  }
  return found;
}

export function detectEmpathy(doc: Doc, victims: RegExp | null, organisation: ReadonlySet<string> = new Set()): EmpathyHit[] {
  const found: Candidate[] = [];
  const victimWord = (w: Word): boolean => victims !== null && isVictimWord(victims, w.text);
  // Only the first candidate at full strength counts for an element (strongestPerElement), so once
  // an element has one, later sentences are not read for it: most of the work here is per element.
  const full = new Set<EmpathyElement>();
  const open = (element: EmpathyElement): boolean => !full.has(element);
  // A false claim knocked down: where the fake came from is what set the crisis off.
  const debunking = doc.sentences.some((s) => DEBUNKED.test(s.norm));
  for (const s of doc.sentences) {
    if (s.isQuestion) continue;
    const add = (element: EmpathyElement, strength: number): void => {
      found.push({ element, sentence: s, strength });
      if (strength >= FULL_STRENGTH) full.add(element);
    };
    const reported = reportedSentence(s);
    if (!reported) {
      // "Claims … that we ignored their complaints are false": what others allege and the speaker denies is neither admitted nor explained.
      const denied = (at: number): boolean => DENIED.test(s.norm) && reportedBefore(s, at);
      if (open('responsibility') && (s.clauses.some((c) => !denied(c.start) && responsibility(c, organisation, false)) || responsibilityInSentence(s.norm, s.words, organisation) || (apologyForOwnAct(s.words) && !test(CONDITIONAL_APOLOGY, s.norm) && !conditionalApology(s)))) add('responsibility', 1);
      // Steps against critics ("we will sue every account", "give the names to the police") are threats.
      const stepScope = open('corrective-action') && !AGAINST_CRITICS.test(s.norm);
      const listed = s.norm.includes(':');
      if (stepScope && (s.clauses.some((c) => correctiveAction(c, organisation, false)) || NOTICE_ACTION.test(s.norm) || actionHeading(s.norm))) add('corrective-action', 1);
      else if (stepScope && s.clauses.some((c, k) => passiveAction(c, false, organisation, s.clauses[k + 1]) || noteAction(c, listed))) add('corrective-action', 1);
      // A conditional apology's harm is a feeling it doubts, an "if" sentence's harm is a warning sign,
      // and what others say happened is theirs to say.
      const harmScope = open('harm-acknowledged') && !conditionalApology(s) && !test(CONDITIONAL_APOLOGY, s.norm) && !/^\s*if\b/.test(s.norm) && !reportedBefore(s, s.end);
      // The harm named plainly (docs/scoring.md): a harm the same sentence plays down or doubts ("two students had mild hypothermia, which is fairly common") is not acknowledged.
      if (harmScope && s.clauses.some((c, k) => harm(c, false, victimWord, s.clauses[k - 1], organisation, s.clauses[k + 1])) && !playedDown(s)) add('harm-acknowledged', 1);
      // "There is no evidence that anyone was refused because of …": a cause denied along with what it would explain.
      if (open('explanation') && s.clauses.some((c, k) => !denied(c.start) && !NO_EVIDENCE.test(s.norm.slice(0, c.start - s.start)) && explanation(c, s.norm.slice(c.start - s.start, c.end - s.start), false, organisation, s.clauses[k - 1], s.clauses[k + 1], s.norm.slice(0, c.start - s.start)))) add('explanation', 1);
      if (open('explanation') && debunking && FAKE_ORIGIN.test(s.norm)) add('explanation', 1);
      if (open('prevention') && prevention(s.norm, s.clauses, organisation, false)) add('prevention', 1);
      if (open('compensation') && (compensationPhrase(s) || s.clauses.some((c) => compensationFrame(c, organisation, false)))) add('compensation', 1);
    }
    const hasVictim = victims !== null && test(victims, s.norm);
    // The patterns cannot match a negated verb phrase ("we do not take responsibility" has no
    // "we take"), so only a negation before the words and a hypothetical frame cancel a match.
    const affirmed = (pattern: RegExp): Hit[] => findAll(pattern, s).filter((h) => !negatedBefore(s, h.start, 3) && !hypotheticalAt(s, h.start));

    if (open('responsibility')) {
      if (affirmed(RESPONSIBILITY).length > 0) add('responsibility', 1);
      else if (affirmed(IMPLICIT_RESPONSIBILITY).length > 0) add('responsibility', 0.5);
    }

    if (open('corrective-action') && !reported && affirmed(IN_TOUCH).length > 0) add('corrective-action', 1);

    const concern = open('concern') ? findAll(CONCERN_CUE, s).filter((h) => !negatedSpan(s, h)) : [];
    if (concern.length > 0 && !test(CONDITIONAL_APOLOGY, s.norm) && !test(INCONVENIENCE_APOLOGY, s.norm) && !conditionalApology(s)) {
      add('concern', hasVictim ? 1 : 0.5);
    } else if (open('concern') && !reported && s.clauses.some((c) => concernFrame(c, s.norm.slice(c.start - s.start, c.end - s.start), organisation))) {
      // Feeling for them, said without an apology word; a conditional apology beside it does not undo it.
      add('concern', hasVictim || s.words.some(isPerson) ? 1 : 0.5);
    }

    if (open('harm-acknowledged') && acknowledgesHarm(s, hasVictim) && !conditionalApology(s) && !test(CONDITIONAL_APOLOGY, s.norm) && !playedDown(s)) add('harm-acknowledged', 1);
    if (open('explanation') && affirmed(EXPLANATION).some((h) => !(DENIED.test(s.norm) && reportedBefore(s, h.start)) && !becauseOfSomethingElse(s, h.start, organisation)) && !reported && explanationHasContent(s)) add('explanation', 1);
    if (open('prevention') && findAll(PREVENTION, s).length > 0) add('prevention', 1);
    if (open('compensation') && findAll(COMPENSATION, s).some((h) => !negatedSpan(s, h) && !hedgedClauseAt(s, h.start))) add('compensation', 1);
    if (open('forgiveness')) {
      if (affirmed(FORGIVENESS).length > 0) add('forgiveness', 1);
      else if (affirmed(TRUST_REPAIR).length > 0) add('forgiveness', 0.5);
    }
  }
  return strongestPerElement(doc, found);
}

/** The statement calls a claim fake or false. */
const DEBUNKED = /\b(?:fake|false|not true|untrue|doctored|hoax|fabricated|forged|misinformation|disinformation|deepfake)\b/;
/**
 * Where a fake came from: "made with AI from a 2022 speech", "a 2016 document with our name edited
 * in", "shot in 2019 and has nothing to do with us", "footage from another country".
 */
const FAKE_ORIGIN =
  /\b(?:(?:made|generated|created|edited|doctored|altered|manipulated|recorded|filmed|shot|taken|lifted|copied|cut)\s+(?:with|from|in|using|out\s+of)\s+(?:ai\b|artificial intelligence|an?\s+(?:old|older|earlier|unrelated|different|\d{4})|\d{4}|another|a\s+(?:video|photo|speech|document|clip|post|film)\b)|(?:is|was|are|were)\s+an?\s+(?:\d{4}|old|years-old|unrelated|edited|doctored)\s+(?:document|video|photo|clip|picture|letter|circular|image|recording|post)|(?:is|was|are|were)\s+(?:from|of)\s+(?:a\s+)?(?:different|another)\s+(?:country|company|brand|product|year|incident|city|state)|(?:name|logo)\s+(?:was\s+|were\s+)?(?:edited|added|photoshopped|pasted)\s+in)/;
const DENIED = /\b(?:false|untrue|not true|defamatory|baseless|unfounded|nonsense|lies|a lie|fake|misleading|inaccurate)\b/;

/**
 * Steps against critics, staff who speak and those who share: complaints to the police, charges,
 * names and screenshots for the lawyers, discipline for talking to the press.
 */
const AGAINST_CRITICS =
  /\b(?:sue|suing|lawsuit|defamation|legal action|prosecut[a-z]*|(?:be|been|get) arrested|names to the police|(?:lodged|filed|laid|lodge|file|lay) (?:a |an )?(?:criminal |police )?(?:complaint|charge|case|fir)|complaint with the [a-z ]{0,30}police|(?:our|their|the company's) (?:solicitors|lawyers|legal team)|screenshot(?:s|ted)?|originators|those (?:forwarding|sharing|spreading|circulating)|will result in (?:discipline|disciplinary|dismissal|termination|immediate)|enforcement of confidentiality|breach of (?:your|the|their) [a-z ]{0,30}(?:agreement|code|contract|policy))\b/;

// Notices and headlines: "RECALL: …", "Product withdrawal: all pouches", "the rest centre … is open".
const NOTICE_ACTION =
  /^\s*(?:[a-z ]{0,20}\s)?(?:recall|withdrawal|product withdrawal|recall notice|evacuation|closure|suspension)(?:\s+notice)?\s*:|\b(?:family line|helpline|hotline|help line|phone line|rest cent(?:re|er)|reception cent(?:re|er)|support cent(?:re|er)|drop-in cent(?:re|er))\b[^.]{0,80}\b(?:is|are|has|have)\s+(?:now\s+)?(?:open|opened|been set up|running)\b/;

const REPORTED_SENTENCE = /^(?:some |many |several |online |social media )?(?:posts?|rumou?rs?|reports?|claims?|messages?|videos?|stories|people|users|commenters|critics|articles?)\s+(?:on\s+[a-z]+\s+)?(?:are\s+|have\s+been\s+)?(?:say|saying|says|claim|claiming|claims|suggest|suggesting|allege|alleging)\b/;

/** A sentence that only reports what others say ("Posts say the factory was shut."). */
function reportedSentence(s: Sentence): boolean {
  return REPORTED_SENTENCE.test(s.norm.trimStart());
}

/** A phrase of redress ("full refund", "pay the medical costs") in a sentence with no negation, in a clause that is not a "may". */
function compensationPhrase(s: Sentence): boolean {
  if (!compensation(s.norm, false) || negatorsIn(s, s.start, s.end).length > 0) return false;
  const clauses = s.clauses.filter((c) => compensation(s.norm.slice(c.start - s.start, c.end - s.start), false));
  return clauses.length === 0 || clauses.some((c) => !maybeOnly(c));
}

/**
 * The clause at an offset is a "may" ("if the court decides so, we may pay costs"). A condition
 * alone is not: "if your details were taken, you get free monitoring" says who is paid, not whether.
 */
function hedgedClauseAt(s: Sentence, at: number): boolean {
  const c = s.clauses.find((x) => x.start <= at && at < x.end);
  return c !== undefined && maybeOnly(c);
}

/** "may", "might", "could": "would" is as often an offer ("we would like to refund you") as a hedge. */
function maybeOnly(c: Clause): boolean {
  return c.auxiliaries.some((w) => w.text === 'may' || w.text === 'might' || w.text === 'could');
}

/** A "because" whose main clause is the letter itself, a condition or what will not happen (`reasonOfSomethingElse`). */
function becauseOfSomethingElse(s: Sentence, at: number, organisation: ReadonlySet<string>): boolean {
  const k = s.clauses.findIndex((c) => c.start <= at && at < c.end);
  const c = s.clauses[k];
  return c !== undefined && c.intro === 'because' && (reasonOfSomethingElse(s.clauses[k - 1]) || motive(c, organisation) || reasonForRefusal(s.norm.slice(0, c.start - s.start), s.clauses[k + 1]) || reasonForStep(c, s.clauses[k - 1], organisation));
}

/** The harm named plainly (docs/scoring.md): one the same sentence plays down or doubts ("two students had mild hypothermia, which is fairly common") is not acknowledged. */
function playedDown(s: Sentence): boolean {
  return minimising(s) || hedgedHarm(s);
}

function acknowledgesHarm(s: Sentence, hasVictim: boolean): boolean {
  if (findAll(HARM_CAUSED, s).length > 0) return true;
  if (!hasVictim) return false;
  return findAll(HARM, s).some((h) => {
    const clause = clauseAt(s, h.start);
    const before = s.norm.slice(clause.start - s.start, h.start - s.start);
    // "worried sick" is a feeling, not an illness.
    if (/\bworr[a-z]*\s+$/.test(before)) return false;
    return negatorsIn(s, clause.start, h.start).length === 0 && !HARM_HEDGE.test(before) && !conditionalBefore(s, h.start) && !hypotheticalAt(s, h.start);
  });
}

/** The most an element can score; strongestPerElement keeps the first candidate that reaches it. */
const FULL_STRENGTH = 1;

function strongestPerElement(doc: Doc, found: readonly Candidate[]): EmpathyHit[] {
  const best = new Map<EmpathyElement, Candidate>();
  for (const c of found) {
    const current = best.get(c.element);
    if (current === undefined || c.strength > current.strength) best.set(c.element, c);
  }
  return [...best.values()].map((c) => ({ element: c.element, quote: sentenceQuote(doc, c.sentence), strength: c.strength }));
}
