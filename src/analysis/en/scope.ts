/**
 * Clause boundaries and the scope words that change what a clause asserts: negation ("no
 * illnesses have been reported"), hypotheticals ("if a recall is needed"), reported speech ("a
 * video claiming glass was found") and falsity predicates ("the claim that … is false").
 *
 * Negation scope is the clause: from the last boundary (punctuation, "but", "so", a new subject
 * after "and") to the next. That is the rule of thumb NegEx-style detectors use; it misses long
 * -distance scope and double negatives inside one clause are counted, not parsed.
 */
import { test, type Hit, type Sentence } from './document.ts';
import { lexicon } from './patterns.ts';

const CLAUSE_BOUNDARY =
  /[;:()]|,\s|\s-\s|\s(?:but|however|although|though|whereas|while|so|so that|because)\s|\sand\s(?=(?:we|i|they|it|there|our|this|that|he|she|you|no|none)\b)/g;

/**
 * Clause boundaries of a sentence, relative to its start: [boundary start, boundary end] pairs.
 * Detectors ask for the clause around many offsets of the same sentence, so they are found once.
 */
const boundaryCache = new WeakMap<Sentence, readonly (readonly [number, number])[]>();

function boundariesOf(sentence: Sentence): readonly (readonly [number, number])[] {
  let found = boundaryCache.get(sentence);
  if (found === undefined) {
    found = spans(CLAUSE_BOUNDARY, sentence.norm);
    boundaryCache.set(sentence, found);
  }
  return found;
}

/**
 * [start, end) of every match of a global pattern that never matches the empty string. exec with
 * lastIndex, not matchAll: matchAll clones the pattern on every call, and this runs for every
 * sentence and every negation lookup.
 */
function spans(pattern: RegExp, text: string): (readonly [number, number])[] {
  const out: (readonly [number, number])[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) out.push([m.index, m.index + m[0].length]);
  pattern.lastIndex = 0;
  return out;
}

/** Absolute [start, end) of the clause of `sentence` that contains absolute offset `at`. */
export function clauseAt(sentence: Sentence, at: number): Hit {
  const rel = at - sentence.start;
  let start = 0;
  let end = sentence.norm.length;
  for (const [from, to] of boundariesOf(sentence)) {
    if (to <= rel) start = to;
    else if (from >= rel) {
      end = from;
      break;
    }
  }
  return { start: sentence.start + start, end: sentence.start + end };
}

// "not only", "not just", "no doubt", "no matter" do not negate what follows.
const NEGATOR = lexicon(
  "(?:not|no|never|none|nobody|nothing|neither|nor|without|cannot|zero|unlikely)(?!\\s+(?:only|just|doubt|matter)\\b)|[a-z]+n't|(?:do|does|did|is|are|was|were|has|have|had|could|would|should|wo|ca)nt",
);

function slice(sentence: Sentence, from: number, to: number): string {
  return sentence.norm.slice(Math.max(0, from - sentence.start), Math.max(0, to - sentence.start));
}

/** Offsets of the negators in [from, to). */
export function negatorsIn(sentence: Sentence, from: number, to: number): number[] {
  const text = slice(sentence, from, to);
  const out: number[] = [];
  NEGATOR.lastIndex = 0;
  for (let m = NEGATOR.exec(text); m !== null; m = NEGATOR.exec(text)) out.push(from + m.index);
  NEGATOR.lastIndex = 0;
  return out;
}

/** A negator among the `words` words before `at`, inside the same clause. */
export function negatedBefore(sentence: Sentence, at: number, words = 4): boolean {
  const clause = clauseAt(sentence, at);
  const before = slice(sentence, clause.start, at);
  const tail = before.split(/\s+/).filter((w) => w !== '').slice(-words).join(' ');
  return test(NEGATOR, tail);
}

/** A negator inside [from, to) or among the few words before it in its clause. */
export function negatedSpan(sentence: Sentence, hit: Hit, wordsBefore = 3): boolean {
  return negatorsIn(sentence, hit.start, hit.end).length > 0 || negatedBefore(sentence, hit.start, wordsBefore);
}

const HYPOTHETICAL = lexicon('if|unless|whether|in case|suppose|supposing|would|any\\s+[a-z]+\\s+(?:who|whose)');

/** The clause around `at` is conditional or hypothetical up to that point ("if a recall is needed"). */
export function hypotheticalAt(sentence: Sentence, at: number): boolean {
  const clause = clauseAt(sentence, at);
  return test(HYPOTHETICAL, slice(sentence, clause.start, at));
}

const SENTENCE_HYPOTHETICAL = lexicon('if|unless|in case|any\\s+[a-z]+\\s+(?:who|whose)');

/** The sentence is framed as a condition anywhere before `at` ("If your child has a fever, …"). */
export function conditionalBefore(sentence: Sentence, at: number): boolean {
  return test(SENTENCE_HYPOTHETICAL, slice(sentence, sentence.start, at));
}

const REPORTED = lexicon(
  "(?:reports?|rumou?rs?|speculation|suggestions?|stories|posts?) that|it (?:has been|was|is being|is) (?:reported|said|claimed|suggested|alleged) that|(?:some|others|critics|journalists|commentators|the media|newspapers|the press) (?:say|said|claim|claimed|have claimed|have said|are saying|allege|suggest|reported)|claim(?:s|ed|ing)?|alleg[a-z]*|rumou?r(?:s|ed)?|purport[a-z]*|supposedly|reportedly|according to|suggest(?:s|ed|ing)? that|(?:videos?|posts?|clips?|stor(?:y|ies)|messages?|people|users|reports?|comments?)(?:\\s+(?:on|online|circulating)(?:\\s+[a-z]+)?)?\\s+(?:are\\s+|have\\s+been\\s+)?(?:shows?|showing|says?|saying|claims?|claiming|suggests?|suggesting)",
);

/** What follows a reporting word in the sentence is someone else's claim, not the speaker's. */
export function reportedBefore(sentence: Sentence, at: number): boolean {
  return test(REPORTED, slice(sentence, sentence.start, at));
}

const FALSITY = lexicon(
  "(?:is|are|was|were|'s)\\s+(?:completely\\s+|totally\\s+|simply\\s+|absolutely\\s+|entirely\\s+)?(?:false|untrue|not true|a lie|lies|fake|incorrect|wrong|baseless|unfounded|nonsense|a hoax)",
);

/** "… about glass in our formula is false": a falsity predicate after `at` in the same clause. */
export function declaredFalseAfter(sentence: Sentence, at: number): boolean {
  const clause = clauseAt(sentence, at);
  return test(FALSITY, slice(sentence, at, clause.end));
}

/** A falsity predicate anywhere after `at` in the sentence ("Claims, shared widely online, that … are untrue"). */
export function falseLaterIn(sentence: Sentence, at: number): boolean {
  return test(FALSITY, slice(sentence, at, sentence.end));
}
