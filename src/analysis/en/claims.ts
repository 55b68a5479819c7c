/**
 * Claims about the scenario's facts. A sentence is about a fact when it contains one of the fact's
 * cue words (the scenario author's list, singular and plural); what it says depends on the kind:
 *
 * - number: the count standing next to the cue ("four batches", "1.2 million customer records",
 *   "six of whom were treated in hospital", "batches … revised from three to four"); "no batches",
 *   "not a single complaint" give 0.
 * - boolean: true, or false when the clause is negated ("no illnesses have been reported") or the
 *   cue is declared false ("the story about glass … is false"). When the author gives predicate
 *   words (`values: { "true": [...], "false": [...] }`) the clause must contain one, so "staff
 *   passwords reset" says nothing about whether passwords were stolen.
 * - text: the value whose synonyms appear, not negated ("caused by listeria").
 * - date: the calendar date in the clause ("produced on 8 May").
 *
 * Any kind can be "unknown" when the statement says it is not known yet ("we don't know yet how
 * many pots were sold"). Questions, conditionals ("if a recall is needed") and reported speech ("a
 * video claiming glass was found") assert nothing and give no claim.
 */
import { UNKNOWN, type Claim, type ClaimValue } from '../../engine/index.ts';
import { findAll, normalise, quote, sentenceQuote, test, type Doc, type Hit, type Sentence } from './document.ts';
import { approximatedAt, modalHedgedIn } from './hedges.ts';
import { tagWords, type Word } from './nlp.ts';
import { numbersIn, type NumberMention } from './numbers.ts';
import { lexicon, phrasesRegex } from './patterns.ts';
import { clauseAt, conditionalBefore, declaredFalseAfter, falseLaterIn, hypotheticalAt, negatedBefore, negatorsIn, reportedBefore } from './scope.ts';
import { datesIn, type DateMention, type ScenarioClock } from './times.ts';
import type { Token } from './tokens.ts';
import { isOldValue, type UpdateReading } from './updates.ts';

export interface FactInput {
  readonly id: string;
  readonly kind: 'number' | 'date' | 'boolean' | 'text';
  readonly cues: readonly string[];
  readonly unit?: string | undefined;
  readonly values?: Readonly<Record<string, readonly string[]>> | undefined;
}

export interface CompiledFact {
  readonly id: string;
  readonly kind: FactInput['kind'];
  readonly cue: RegExp;
  readonly unit: NumberMention['unit'];
  /** Text facts: each value and the words naming it. */
  readonly values: readonly { readonly value: string; readonly words: RegExp }[];
  /**
   * Boolean facts: the author's predicate words, each saying the proposition is true or false
   * ("paid the ransom" → true, "refused to pay" → false). Read by lemma on first use.
   */
  readonly predicates: readonly { readonly phrase: string; readonly says: boolean }[];
  readonly cues: readonly string[];
}

const TRUE_KEYS = ['true', 'yes'];
const FALSE_KEYS = ['false', 'no'];

export function compileFacts(facts: readonly FactInput[]): CompiledFact[] {
  const out: CompiledFact[] = [];
  for (const f of facts) {
    const cue = phrasesRegex(f.cues, { inflect: true });
    if (cue === null) continue;
    const values = f.kind === 'text' ? textValues(f.values) : [];
    const pick = (keys: readonly string[], says: boolean) =>
      f.kind === 'boolean' ? keys.flatMap((k) => f.values?.[k] ?? []).filter((p) => p.trim() !== '').map((phrase) => ({ phrase, says })) : [];
    const predicates = [...pick(TRUE_KEYS, true), ...pick(FALSE_KEYS, false)];
    out.push({ id: f.id, kind: f.kind, cue, unit: unitOf(f.unit), values, predicates, cues: f.cues });
  }
  return out;
}

function textValues(values: FactInput['values']): CompiledFact['values'] {
  if (values === undefined) return [];
  return Object.entries(values).flatMap(([value, words]) => {
    const re = phrasesRegex(words.length > 0 ? words : [value], { inflect: true });
    return re === null ? [] : [{ value, words: re }];
  });
}

function unitOf(unit: string | undefined): NumberMention['unit'] {
  if (unit === undefined) return 'count';
  if (/%|percent|per cent/i.test(unit)) return 'percent';
  if (/[£$€]|usd|gbp|eur|dollar|pound|euro/i.test(unit)) return 'money';
  return 'count';
}

// -------------------------------------------------------------------------------------------
// "We don't know yet how many pots …", "whether passwords were taken", "… is still being assessed".

const UNKNOWN_LEAD = lexicon(
  [
    "(?:we|i|they|nobody|no one)\\s+(?:do not|don't|did not|didn't|cannot|can't|can not|are not able to|aren't able to|are unable to|could not|couldn't)\\s+(?:yet\\s+|currently\\s+|at this (?:stage|point)\\s+)?(?:know|say|confirm|tell|be sure|establish|determine)(?:\\s+yet)?",
    "(?:it is|it's|it remains)\\s+(?:not\\s+(?:yet\\s+)?(?:known|clear|possible to say)|unclear|too early to (?:say|tell|know))",
    'too (?:early|soon) to (?:say|tell|know|confirm)',
    "(?:we are|we're|we have been)\\s+(?:still\\s+)?(?:working|trying) to (?:establish|find out|determine|understand|confirm)|find(?:ing)? out",
  ].join('|'),
);
const QUESTION_WORD = lexicon('how many|how much|whether|which|if|when|what|why|how');
const EXTENSION = lexicon('else|more|other|others|further|additional|another|also');
const UNKNOWN_AFTER = lexicon(
  "(?:is|are|was|were|has|have)\\s+(?:still\\s+)?(?:not\\s+(?:yet\\s+)?(?:been\\s+)?(?:known|clear|established|confirmed|determined)|unknown|unclear|being (?:assessed|investigated|established|determined|confirmed|counted)|under (?:investigation|review))",
);

function saysUnknown(sentence: Sentence, cue: Hit): boolean {
  const before = sentence.norm.slice(0, cue.start - sentence.start);
  const lead = lastMatch(UNKNOWN_LEAD, before);
  if (lead !== null) {
    const between = before.slice(lead);
    const q = lastMatch(QUESTION_WORD, between);
    // The cue must sit in the indirect question right after the lead ("… how many pots"), and the
    // question must not be about more of it ("whether anyone else …").
    if (q !== null && wordsIn(between.slice(q)) <= 4 && !test(EXTENSION, between.slice(q))) return true;
  }
  const clause = clauseAt(sentence, cue.start);
  const after = sentence.norm.slice(cue.end - sentence.start, clause.end - sentence.start);
  return test(UNKNOWN_AFTER, after) && wordsIn(after.slice(0, after.search(UNKNOWN_AFTER))) <= 3;
}

function lastMatch(pattern: RegExp, text: string): number | null {
  // exec with lastIndex, not matchAll, which clones the pattern on every call.
  let last: number | null = null;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    last = m.index + m[0].length;
    if (m[0].length === 0) pattern.lastIndex++;
  }
  pattern.lastIndex = 0;
  return last;
}

const SPACES = /\s+/;

function wordsIn(text: string): number {
  return text.split(SPACES).filter((w) => w !== '').length;
}

// -------------------------------------------------------------------------------------------

export interface ClaimContext {
  readonly doc: Doc;
  readonly facts: readonly CompiledFact[];
  readonly updates: UpdateReading;
  readonly clock: ScenarioClock;
  readonly now: number;
}

export function extractClaims(context: ClaimContext): Claim[] {
  // Dates are read once per clause: chrono is the costliest call here, and a clause full of date
  // cues ("produced … made … production …") must not parse the same text again for each.
  const dateCache = new Map<number, DateMention[]>();
  const c: ClaimContextWithCache = { ...context, dateCache, cueCache: new Map() };
  const claims: Claim[] = [];
  for (const sentence of c.doc.sentences) {
    if (sentence.isQuestion) continue;
    // Facts that a number stands right next to claim it first, so "six patients … hospital" and
    // "14 reports" do not trade numbers.
    const numberClaims = assignNumbers(c, sentence);
    for (const fact of c.facts) {
      const claim = claimIn(c, sentence, fact, numberClaims.get(fact.id));
      if (claim !== null) claims.push(claim);
      else if (fact.kind === 'boolean') {
        const other = deniedReport(c, sentence, fact) ?? ellipticalClaim(c, sentence, fact);
        if (other !== null) claims.push(other);
      }
    }
  }
  return dropUnknownWhereStated(claims);
}

interface ClaimContextWithCache extends ClaimContext {
  readonly dateCache: Map<number, DateMention[]>;
  /** Each fact's cue hits per sentence index: several readings ask for the same ones. */
  readonly cueCache: Map<CompiledFact, (readonly Hit[] | undefined)[]>;
}

function cuesIn(c: ClaimContextWithCache, fact: CompiledFact, sentence: Sentence): readonly Hit[] {
  let perSentence = c.cueCache.get(fact);
  if (perSentence === undefined) {
    perSentence = [];
    c.cueCache.set(fact, perSentence);
  }
  let hits = perSentence[sentence.index];
  if (hits === undefined) {
    hits = findAll(fact.cue, sentence);
    perSentence[sentence.index] = hits;
  }
  return hits;
}

function claimIn(
  c: ClaimContextWithCache,
  sentence: Sentence,
  fact: CompiledFact,
  assigned: Assigned | undefined,
): Claim | null {
  for (const cue of cuesIn(c, fact, sentence)) {
    if (reportedBefore(sentence, cue.start)) {
      // "Claims that we paid the ransom are untrue": the speaker denies what others say.
      if (fact.kind !== 'boolean' || !falseLaterIn(sentence, cue.end)) continue;
      const reported = booleanValue(sentence, fact, cue, clauseAt(sentence, cue.start), false);
      if (reported === null) continue;
      return { fact: fact.id, value: !reported, quote: sentenceQuote(c.doc, sentence), update: false, hedged: false };
    }
    const clause = clauseAt(sentence, cue.start);
    let value: ClaimValue | null = null;
    if (saysUnknown(sentence, cue)) value = UNKNOWN;
    else if (hypotheticalAt(sentence, cue.start) || conditionalBefore(sentence, cue.start)) continue;
    else if (fact.kind === 'number') {
      if (assigned !== undefined && assigned.cue.start === cue.start) value = assigned.value;
      else if (assigned === undefined) value = negatedZero(sentence, cue);
    } else if (fact.kind === 'boolean') value = booleanValue(sentence, fact, cue, clause);
    else if (fact.kind === 'text') value = textValue(sentence, fact);
    else value = dateValue(c, sentence, cue, clause);
    if (value === null) continue;
    const figure = fact.kind === 'number' && assigned !== undefined && assigned.cue.start === cue.start ? assigned.number : null;
    const hedged =
      value !== UNKNOWN &&
      (modalHedgedIn(c.doc, sentence, clause.start, clause.end) || (figure !== null && (figure.approximate || approximatedAt(sentence, figure.start))));
    const update = value !== UNKNOWN && c.updates.updateSentences.has(sentence.index);
    const reason = update ? c.updates.reasons.get(sentence.index) : undefined;
    const claim: Claim = {
      fact: fact.id,
      value,
      quote: quoteFor(c.doc, sentence, clause),
      update,
      hedged,
    };
    if (reason !== undefined) claim.reason = reason;
    return claim;
  }
  return null;
}

// "Posts say glass was found in our formula. It isn't true.": the report asserts nothing, the
// sentence after it denies what the report says.
const DENIAL = /^\s*(?:(?:it|that|this|which)(?:\s+is|\s+was|'s)\s+(?:simply\s+|completely\s+|absolutely\s+|just\s+)?(?:not\s+true|untrue|false|a\s+lie|wrong|nonsense|fake|incorrect|baseless)|(?:there\s+is|there's)\s+no\s+truth|(?:this|that|it)\s+(?:is|was)\s+not\s+(?:the\s+case|what\s+happened)|(?:it|that)\s+(?:isn't|wasn't)\s+(?:true|the\s+case)|not\s+true|false|(?:we|i)\s+(?:did\s+not|didn't|have\s+not|haven't|never\s+did|never\s+have|has\s+not|hasn't)(?=\s*[.!]?\s*$)|(?:none\s+of\s+(?:that|this|it)\s+is\s+true|(?:that|this|it)\s+(?:never|did\s+not|didn't)\s+happen(?:ed)?))\b/;

function deniedReport(c: ClaimContextWithCache, sentence: Sentence, fact: CompiledFact): Claim | null {
  const next = c.doc.sentences[sentence.index + 1];
  if (next === undefined || !DENIAL.test(next.norm)) return null;
  for (const cue of cuesIn(c, fact, sentence)) {
    if (!reportedBefore(sentence, cue.start)) continue;
    const clause = clauseAt(sentence, cue.start);
    const reported = booleanValue(sentence, fact, cue, clause, false);
    if (reported === null) continue;
    return { fact: fact.id, value: !reported, quote: `${sentenceQuote(c.doc, sentence)} ${sentenceQuote(c.doc, next)}`, update: false, hedged: false };
  }
  return null;
}

function quoteFor(doc: Doc, sentence: Sentence, clause: Hit): string {
  const clauseQuote = quote(doc, clause.start, clause.end);
  return clauseQuote.split(/\s+/).length >= 4 ? clauseQuote : sentenceQuote(doc, sentence);
}

// ------------------------------------------------------------------------------- numbers

interface Assigned {
  readonly cue: Hit;
  readonly number: NumberMention;
  readonly value: number;
}

/** A count after its cue must be linked by a verb or "to"/"at" ("batches … revised from three to four"), not by "of". */
const LINK_WORDS = new Set([
  'is', 'are', 'was', 'were', 'stands', 'stood', 'rose', 'risen', 'increased', 'fallen', 'fell', 'to', 'at', 'now',
  'total', 'totals', 'totalled', 'reached', 'numbered',
]);
const MAX_BEFORE_GAP = 5;
/** "210,000 of the affected customers": what stands between a number and its cue when it is a part. */
const PART_OF = /^\s*of\s+(?:the|our|those|these|all|its|their)\b/;
const MAX_AFTER_GAP = 6;

function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  return tokens.findIndex((t) => t.start <= offset && offset < t.end);
}

/** Pairs each number fact with the nearest count in the same clause, closest pairs first. */
function assignNumbers(c: ClaimContextWithCache, sentence: Sentence): Map<string, Assigned> {
  const candidates: { fact: string; cue: Hit; number: NumberMention; distance: number }[] = [];
  // Read only when a number fact is named: most sentences name none.
  let numbers: readonly NumberMention[] | null = null;
  for (const fact of c.facts) {
    if (fact.kind !== 'number') continue;
    for (const cue of cuesIn(c, fact, sentence)) {
      numbers ??= numbersIn(sentence);
      const clause = clauseAt(sentence, cue.start);
      const cueFirst = tokenIndexAt(sentence.tokens, cue.start);
      const cueLast = tokenIndexAt(sentence.tokens, cue.end - 1);
      if (cueFirst < 0 || cueLast < 0) continue;
      for (const n of numbers) {
        if (n.unit !== fact.unit || n.start < clause.start || n.end > clause.end) continue;
        if (isOldValue(sentence, clause, n.start)) continue;
        let distance: number | null = null;
        // "210,000 of the affected customers" is a part of them, not how many there are.
        const partOf = PART_OF.test(sentence.norm.slice(n.end - sentence.start, cue.start - sentence.start));
        if (n.last < cueFirst && cueFirst - n.last - 1 <= MAX_BEFORE_GAP && !partOf) distance = cueFirst - n.last - 1;
        else if (n.first > cueLast && n.first - cueLast - 1 <= MAX_AFTER_GAP) {
          const between = sentence.tokens.slice(cueLast + 1, n.first).map((t) => t.text);
          const colon = sentence.norm.slice(cue.end - sentence.start, n.start - sentence.start).includes(':');
          if (colon || between.some((w) => LINK_WORDS.has(w))) distance = n.first - cueLast + 1;
        }
        if (distance !== null) candidates.push({ fact: fact.id, cue, number: n, distance });
      }
    }
  }
  candidates.sort((a, b) => a.distance - b.distance || a.number.start - b.number.start);
  const byFact = new Map<string, Assigned>();
  const taken = new Set<number>();
  for (const cand of candidates) {
    if (byFact.has(cand.fact) || taken.has(cand.number.start)) continue;
    taken.add(cand.number.start);
    // "not a single complaint", "not one batch": a negated count is zero.
    const value = negatedBefore(sentence, cand.number.start, 2) ? 0 : cand.number.value;
    byFact.set(cand.fact, { cue: cand.cue, number: cand.number, value });
  }
  return byFact;
}

// "no illnesses", "no confirmed cases", "none of the patients needed hospital treatment", "we have
// not had any complaints", "no one has died". Words between the determiner and the cue may not be prepositions ("no
// risk to customers" says nothing about how many customers).
const ZERO_DETERMINER =
  /(?:^|\s)(?:(?:no|zero|not (?:a single|one|any)|not (?:had|received|found|seen|recorded) any|without any)\s+(?:(?!(?:to|for|of|from|with|about|in|on|at|by)\s)[a-z-]+\s+)?|none of (?:the|our)\s+(?:(?!(?:to|for|of|from|with|about|in|on|at|by)\s)[a-z-]+\s+){0,3}|(?:no one|no-one|nobody)\s+(?:has\s+|have\s+|was\s+|were\s+|is\s+)?(?:been\s+)?)$/;
/** "no more children", "no further batches": a change, not a total of zero. */
const NOT_TOTAL = /\b(?:more|further|other|additional|new|extra|else)\b/;

function negatedZero(sentence: Sentence, cue: Hit): number | null {
  const clause = clauseAt(sentence, cue.start);
  const before = sentence.norm.slice(clause.start - sentence.start, cue.start - sentence.start);
  const m = ZERO_DETERMINER.exec(before);
  if (m === null || NOT_TOTAL.test(m[0])) return null;
  return 0;
}

// ------------------------------------------------------------------------------- booleans

/** A cue followed by one of these is a modifier ("glass detection", "password reset"), not the topic. */
const MODIFIED_HEADS = lexicon(
  'detection|detectors?|testing|tests?|checks?|screening|polic(?:y|ies)|managers?|resets?|reset|standards|procedures|controls|rules|requirements|strength|protection|free|safety|security|changes?|changed',
);
const EXISTENTIAL = /\bthere\s+(?:is|are|was|were|has been|have been)\s+(?:absolutely\s+|definitely\s+)?(?:no\s+|not\s+any\s+)?$/;

const RESTRICTED = /\b(?:full|complete|entire|whole|all\s+(?:the\s+)?|unmasked|unencrypted)\s*(?:[a-z-]+\s+)?$/;

/**
 * A predicate phrase as it is matched. Its content words are matched by lemma in any order, so the
 * author's "paid the ransom" also reads "we did not pay the ransom" and "no ransom was paid"; its
 * own negation is taken out of it ("not paid" is "paid", said false), so the negation the trainee
 * wrote is counted once, in the clause.
 */
interface PredicateWord {
  readonly lemma: string;
  readonly text: string;
  readonly pos: string;
  readonly cue: boolean;
}

interface Predicate {
  readonly words: readonly PredicateWord[];
  /** A phrase that adds nothing to the cue but a negation or a copula ("no passwords", "passwords were not") is matched as written. */
  readonly literal: RegExp | null;
  readonly says: boolean;
  /** Content words beyond the cue: the more, the more specific ("refused to pay" over "paid"). */
  readonly weight: number;
}

const PREDICATE_NEGATORS = new Set(['not', 'no', 'never', 'none', 'nothing', 'neither', 'nor']);
const PREDICATE_FILLERS = new Set(['DET', 'AUX', 'PART', 'PUNCT', 'CCONJ']);

// Built on first use: reading the phrases needs the tagger, which a host that never reads free
// text should not build.
const predicateCache = new WeakMap<CompiledFact, readonly Predicate[]>();

function predicatesOf(fact: CompiledFact): readonly Predicate[] {
  const cached = predicateCache.get(fact);
  if (cached !== undefined) return cached;
  // The topic a cue names: a one-word cue, or the nouns of a longer one (the verb of "paid the
  // attackers" is what a predicate "paid the ransom" asserts, not its topic).
  const cueWords = new Set(
    fact.cues.flatMap((c) => {
      const words = tagWords(c, normalise(c));
      return words.filter((w) => words.length === 1 || w.pos === 'NOUN' || w.pos === 'PROPN').flatMap((w) => [w.lemma, w.text]);
    }),
  );
  const compiled = fact.predicates.flatMap((p): Predicate[] => {
    let says = p.says;
    const words: PredicateWord[] = [];
    for (const w of tagWords(p.phrase, normalise(p.phrase))) {
      if (PREDICATE_NEGATORS.has(w.lemma) || PREDICATE_NEGATORS.has(w.text)) says = !says;
      else if (!PREDICATE_FILLERS.has(w.pos)) words.push({ lemma: w.lemma, text: w.text, pos: wordClass(w.pos), cue: cueWords.has(w.lemma) || cueWords.has(w.text) });
    }
    const weight = words.filter((w) => !w.cue).length;
    if (weight > 0) return [{ words, literal: null, says, weight }];
    const literal = phrasesRegex([p.phrase]);
    return literal === null ? [] : [{ words: [], literal, says, weight: 0 }];
  });
  predicateCache.set(fact, compiled);
  return compiled;
}

interface PredicateMatch {
  readonly value: boolean;
  readonly weight: number;
}

/** Where in the clause the predicate's own word stands (its first word beyond the cue), or null. */
function wordClass(pos: string): string {
  return pos === 'AUX' ? 'VERB' : pos === 'PROPN' ? 'NOUN' : pos;
}

/** The same word, or another form of it in the same part of speech ("doctored" is not "doctors"). */
function sameWord(w: Word, pw: PredicateWord): boolean {
  return w.text === pw.text || (w.lemma === pw.lemma && wordClass(w.pos) === pw.pos);
}

function predicateAnchor(sentence: Sentence, clause: Hit, p: Predicate): Word | null {
  if (p.literal !== null) {
    const hit = findAll(p.literal, sentence).find((h) => h.start >= clause.start && h.end <= clause.end);
    return hit === undefined ? null : (sentence.words.find((w) => w.start >= hit.start) ?? null);
  }
  let anchor: Word | null = null;
  for (const pw of p.words) {
    const found = sentence.words.find((w) => w.start >= clause.start && w.end <= clause.end && sameWord(w, pw));
    if (found === undefined) return null;
    if (!pw.cue && anchor === null) anchor = found;
  }
  return anchor;
}

/**
 * Negation that reaches the word at `at`: the negators of its clause (the tagged clause, so "has not
 * been withdrawn and remains available" keeps "not" away from "remains"), inside the scope clause.
 */
function negatedAt(sentence: Sentence, scope: Hit, at: number): boolean {
  const own = sentence.clauses.find((c) => c.start <= at && at < c.end);
  const from = Math.max(scope.start, own?.start ?? scope.start);
  const to = Math.min(scope.end, own?.end ?? scope.end);
  return negatorsIn(sentence, from, to).length % 2 === 1;
}

function predicateMatches(sentence: Sentence, fact: CompiledFact, clause: Hit): PredicateMatch[] {
  const out: PredicateMatch[] = [];
  for (const p of predicatesOf(fact)) {
    const anchor = predicateAnchor(sentence, clause, p);
    if (anchor !== null) out.push({ value: p.says !== negatedAt(sentence, clause, anchor.start), weight: p.weight });
  }
  return out;
}

/** Matches that agree give their value; when they disagree the most specific one decides, or none does. */
function strongest(matches: readonly PredicateMatch[]): boolean | null {
  const first = matches[0];
  if (first === undefined) return null;
  if (matches.every((m) => m.value === first.value)) return first.value;
  const top = Math.max(...matches.map((m) => m.weight));
  const best = matches.filter((m) => m.weight === top);
  return best.every((m) => m.value === best[0]?.value) ? (best[0]?.value ?? null) : null;
}

function booleanValue(sentence: Sentence, fact: CompiledFact, cue: Hit, clause: Hit, falsity = true): boolean | null {
  const after = sentence.norm.slice(cue.end - sentence.start, clause.end - sentence.start);
  if (/^\s*[a-z]+/.test(after) && test(MODIFIED_HEADS, after.trimStart().split(/\s+/)[0] ?? '')) return null;
  // "We don't know how many pots were sold before the recall": the negation belongs to "know", and
  // the clause says nothing either way about the recall.
  if (test(UNKNOWN_LEAD, sentence.norm.slice(clause.start - sentence.start, cue.start - sentence.start))) return null;
  const declaredFalse = falsity && declaredFalseAfter(sentence, cue.end);
  let value: boolean;
  if (fact.predicates.length > 0) {
    const said = strongest(predicateMatches(sentence, fact, clause));
    if (said !== null) value = said !== declaredFalse;
    else {
      // "There is no ransom demand": with no predicate, only the bare existential speaks.
      const before = sentence.norm.slice(clause.start - sentence.start, cue.start - sentence.start);
      if (!EXISTENTIAL.test(before)) return null;
      value = !negatedAt(sentence, clause, cue.start) !== declaredFalse;
    }
  } else {
    const negations = negatorsIn(sentence, clause.start, clause.end).length;
    value = (negations % 2 === 0) !== declaredFalse;
  }
  // "Full card numbers were not taken": denying the whole of something says nothing about a part
  // of it (the last four digits may still have been taken).
  if (!value && RESTRICTED.test(sentence.norm.slice(Math.max(clause.start, cue.start - 24) - sentence.start, cue.start - sentence.start))) return null;
  return value;
}

/**
 * A predicate whose cue was named before ("The attackers demanded a ransom. We did not pay.", "…
 * a ransom, but we refused to pay"): the verb with no object of its own speaks about the fact.
 */
const ELLIPTICAL_NEXT = new Set(['it', 'them', 'one', 'anything', 'nothing', 'a', 'up']);

function ellipticalClaim(c: ClaimContextWithCache, sentence: Sentence, fact: CompiledFact): Claim | null {
  const previous = c.doc.sentences[sentence.index - 1];
  const cues = cuesIn(c, fact, sentence);
  const namedBefore = previous !== undefined && cuesIn(c, fact, previous).length > 0;
  // Every reading below needs the cue in this sentence or the one before.
  if (cues.length === 0 && !namedBefore) return null;
  const matches: (PredicateMatch & { readonly clause: Hit })[] = [];
  for (const p of predicatesOf(fact)) {
    const own = p.words.filter((w) => !w.cue);
    const head = own[0];
    const tail = own.at(-1);
    if (p.literal !== null || head === undefined || tail === undefined) continue;
    for (const w of sentence.words) {
      if (!sameWord(w, head)) continue;
      const clause = clauseAt(sentence, w.start);
      const inClause = (x: Word): boolean => x.start >= clause.start && x.end <= clause.end;
      if (cues.some((h) => h.start >= clause.start && h.end <= clause.end)) continue;
      if (!namedBefore && !cues.some((h) => h.end <= clause.start)) continue;
      if (own.some((pw) => !sentence.words.some((x) => inClause(x) && sameWord(x, pw)))) continue;
      const last = sentence.words.find((x) => x.start >= w.start && inClause(x) && sameWord(x, tail)) ?? w;
      const next = sentence.words.find((x) => x.start >= last.end);
      const bare = next === undefined || next.start >= clause.end || next.pos === 'AUX' || next.pos === 'PUNCT' || ELLIPTICAL_NEXT.has(next.text);
      if (!bare || hypotheticalAt(sentence, w.start) || conditionalBefore(sentence, w.start)) continue;
      const falseAfter = declaredFalseAfter(sentence, w.end);
      if (reportedBefore(sentence, w.start) && !falseAfter) continue;
      matches.push({ value: p.says !== negatedAt(sentence, clause, w.start) !== falseAfter, weight: p.weight, clause });
      break;
    }
  }
  const value = strongest(matches);
  const clause = matches.find((m) => m.value === value)?.clause;
  if (value === null || clause === undefined) return null;
  return { fact: fact.id, value, quote: quoteFor(c.doc, sentence, clause), update: false, hedged: modalHedgedIn(c.doc, sentence, clause.start, clause.end) };
}

// ------------------------------------------------------------------------------- text, date

function textValue(sentence: Sentence, fact: CompiledFact): string | null {
  for (const v of fact.values) {
    for (const hit of findAll(v.words, sentence)) {
      if (negatedBefore(sentence, hit.start, 3) || reportedBefore(sentence, hit.start)) continue;
      return v.value;
    }
  }
  return null;
}

/**
 * A date close to the cue: up to six words after it ("produced at our Leeds site on 8 May"), or up
 * to three words before it with no "and" between ("On 27 February we discovered").
 */
function dateValue(c: ClaimContextWithCache, sentence: Sentence, cue: Hit, clause: Hit): string | null {
  let dates = c.dateCache.get(clause.start);
  if (dates === undefined) {
    dates = datesIn(c.doc.original.slice(clause.start, clause.end), c.clock, c.now);
    c.dateCache.set(clause.start, dates);
  }
  for (const d of dates) {
    const start = clause.start + d.index;
    const end = start + d.length;
    if (start >= cue.end) {
      if (wordsIn(sentence.norm.slice(cue.end - sentence.start, start - sentence.start)) <= 6) return d.value;
    } else if (end <= cue.start) {
      const between = sentence.norm.slice(end - sentence.start, cue.start - sentence.start);
      if (wordsIn(between) <= 3 && !/\b(?:and|but|or)\b/.test(between)) return d.value;
    }
  }
  return null;
}

/** "We don't know yet how many more …" next to a stated figure: the figure is the claim. */
function dropUnknownWhereStated(claims: Claim[]): Claim[] {
  const stated = new Set(claims.filter((cl) => cl.value !== UNKNOWN).map((cl) => cl.fact));
  return claims.filter((cl) => cl.value !== UNKNOWN || !stated.has(cl.fact));
}
