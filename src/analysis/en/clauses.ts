/**
 * Clauses over tagged words: where each clause starts and ends, its subject (or the subject it
 * shares with an earlier verb: "We shut the site, phoned every family and told the inspector"
 * gives three clauses, all with "we"), its main verb, and what frames it: negation ("we did not
 * check"), a modal ("may have", "could"), a condition ("if", "should anyone"), the passive ("were
 * made"), a question, reported speech ("posts say …").
 *
 * Shallow on purpose: a clause is cut at punctuation, conjunctions and relative pronouns, and its
 * subject is the nearest noun or pronoun before its verb. That is enough for frames that ask "who
 * does what to whom, and is it affirmed", and it runs in microseconds per sentence.
 */
import type { Word } from './nlp.ts';

export interface Clause {
  readonly words: readonly Word[];
  readonly start: number;
  readonly end: number;
  /** The word that opened it: a conjunction or relative pronoun, lower case; '' at sentence start. */
  readonly intro: string;
  /** Subject words (the head last), or the subject shared with the previous clause. */
  readonly subject: readonly Word[];
  readonly sharedSubject: boolean;
  /** Main verb (the first lexical verb, else the copula), its index in `words`, and the auxiliaries before it. */
  readonly verb: Word | null;
  readonly verbAt: number;
  readonly auxiliaries: readonly Word[];
  readonly negated: boolean;
  /** may, might, could, would (not "will": a commitment is not a hedge). */
  readonly modal: boolean;
  readonly conditional: boolean;
  readonly passive: boolean;
  /** "should have" + participle: a duty not done. */
  readonly counterfactual: boolean;
}

const CLAUSE_PUNCT = new Set([',', ';', ':', '(', ')', '-', '--', '—', '–', '"']);
const SUBORDINATORS = new Set(['because', 'although', 'though', 'if', 'unless', 'when', 'while', 'whereas', 'after', 'before', 'since', 'until', 'till', 'once', 'whether', 'so']);
const COORDINATORS = new Set(['and', 'but', 'or', 'yet', 'nor', 'then', 'plus']);
const RELATIVES = new Set(['who', 'which', 'that', 'whose', 'whom', 'where']);
const CONDITIONALS = new Set(['if', 'unless', 'whether', 'should', 'provided', 'in case', 'assuming', 'supposing', 'insofar']);
const MODALS = new Set(['may', 'might', 'could', 'would']);
const NEGATORS = new Set(['not', 'never', 'no', 'neither', 'nor', 'nobody', 'none', 'nothing', 'without']);
const SUBJECT_POS = new Set(['NOUN', 'PRON', 'PROPN', 'NUM']);
const BE = new Set(['be', 'get']);
const MODIFIERS = new Set(['ADV', 'ADJ']);

/** Splits a sentence's words into clauses. */
export function clausesOf(words: readonly Word[]): Clause[] {
  const spans: { from: number; to: number; intro: string }[] = [];
  let from = 0;
  let intro = '';
  const cut = (at: number, nextIntro: string): void => {
    if (at > from) spans.push({ from, to: at, intro });
    from = at;
    intro = nextIntro;
  };
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    if (w === undefined) continue;
    if (w.pos === 'PUNCT' && CLAUSE_PUNCT.has(w.text) && !joinsCompound(words, k)) {
      cut(k, '');
      from = k + 1;
    } else if (k > from && (w.pos === 'SCONJ' || SUBORDINATORS.has(w.text)) && w.text !== 'that' && !(w.text === 'after' && words[k - 1]?.lemma === 'look')) {
      // "are being looked after by our staff": a particle of the verb, not a clause of time.
      cut(k, w.text);
    } else if (k > from && w.pos === 'CCONJ' && COORDINATORS.has(w.text) && !MODIFIERS.has(words[k + 1]?.pos ?? 'PUNCT')) {
      // "completely and utterly wrong": coordinated modifiers stay in their clause.
      cut(k, w.text);
    } else if (k > from && RELATIVES.has(w.text) && (w.pos === 'PRON' || w.pos === 'DET' || w.pos === 'SCONJ') && isNominal(words[k - 1])) {
      cut(k, w.text);
    }
  }
  cut(words.length, '');
  const out: Clause[] = [];
  for (const span of spans) {
    const slice = words.slice(span.from, span.to);
    if (slice.length === 0) continue;
    const head = slice[0];
    // "…, and we should have": the clause was cut at the comma, its conjunction is its first word.
    const intro = span.intro !== '' || head === undefined ? span.intro : head.pos === 'CCONJ' || head.pos === 'SCONJ' || SUBORDINATORS.has(head.text) ? head.text : '';
    out.push(analyse(slice, intro, out[out.length - 1]));
  }
  return out;
}

/** A hyphen with no space either side joins a compound ("a nine-year-old", "third-party"); it ends no clause. */
function joinsCompound(words: readonly Word[], k: number): boolean {
  const w = words[k];
  const before = words[k - 1];
  const after = words[k + 1];
  return w !== undefined && w.text === '-' && before !== undefined && after !== undefined && before.end === w.start && w.end === after.start;
}

function isNominal(w: Word | undefined): boolean {
  return w !== undefined && (w.pos === 'NOUN' || w.pos === 'PROPN' || w.pos === 'PRON' || w.pos === 'NUM');
}

function analyse(words: readonly Word[], intro: string, previous: Clause | undefined): Clause {
  let verbAt = mainVerbAt(words);
  if (verbAt < 0) verbAt = lastOfFirstAuxiliaryRun(words);
  const verb = verbAt >= 0 ? (words[verbAt] ?? null) : null;
  const before = verbAt >= 0 ? words.slice(0, verbAt) : words;
  const auxiliaries: Word[] = [];
  for (let k = verbAt - 1; k >= 0; k--) {
    const w = words[k];
    if (w === undefined) break;
    if (w.pos === 'AUX' || w.lemma === 'not' || w.pos === 'PART' || w.pos === 'ADV') {
      if (w.pos === 'AUX') auxiliaries.unshift(w);
      continue;
    }
    break;
  }
  // The subject: the nearest noun phrase before the verb group; a clause that opens with its verb
  // (after a comma or "and") shares the previous clause's subject.
  let subjectEnd = -1;
  for (let k = before.length - 1; k >= 0; k--) {
    const w = before[k];
    if (w !== undefined && SUBJECT_POS.has(w.pos) && !(w.pos === 'PRON' && RELATIVES.has(w.text))) {
      subjectEnd = k;
      break;
    }
  }
  let subject: readonly Word[] = [];
  let sharedSubject = false;
  if (subjectEnd >= 0) {
    let subjectStart = subjectEnd;
    while (subjectStart > 0) {
      const w = before[subjectStart - 1];
      if (w === undefined || !(w.pos === 'DET' || w.pos === 'ADJ' || w.pos === 'NOUN' || w.pos === 'PROPN' || w.pos === 'NUM' || w.text === 'our' || w.text === 'my' || w.text === 'their' || w.text === 'your')) break;
      subjectStart--;
    }
    subject = before.slice(subjectStart, subjectEnd + 1);
  } else if (previous !== undefined && verb !== null && (COORDINATORS.has(intro) || intro === '') && !RELATIVES.has(intro)) {
    subject = previous.subject;
    sharedSubject = true;
  }
  const upToVerb = verbAt >= 0 ? words.slice(0, verbAt + 1) : words;
  const negated = upToVerb.some((w) => NEGATORS.has(w.lemma) || NEGATORS.has(w.text)) || (previous?.negated === true && sharedSubject && auxiliaries.length === 0 && intro === 'or');
  const modal = auxiliaries.some((w) => MODALS.has(w.text)) || (sharedSubject && previous?.modal === true && auxiliaries.length === 0);
  const conditional = CONDITIONALS.has(intro) || (words[0]?.text === 'should' && verbAt > 1) || (sharedSubject && previous?.conditional === true);
  const passive = verb !== null && verb.pos === 'VERB' && auxiliaries.some((w) => BE.has(w.lemma)) && isParticiple(verb);
  const counterfactual = words.some((w, k) => (w.text === 'should' || w.text === 'ought' || w.text === 'shouldn\'t') && words.slice(k + 1, k + 4).some((x) => x.text === 'have' || x.text === "'ve"));
  const first = words[0];
  const last = words[words.length - 1];
  return {
    words,
    start: first?.start ?? 0,
    end: last?.end ?? 0,
    intro,
    subject,
    sharedSubject,
    verb,
    verbAt,
    auxiliaries,
    negated,
    modal,
    conditional,
    passive,
    counterfactual,
  };
}

/**
 * The first lexical verb that is not straight before an auxiliary: the tagger reads some plural
 * nouns as verbs ("sterilisation logs were not reviewed"), and a verb cannot be followed at once
 * by "were" or "has" unless it is really the subject ("what we have done is pull every pouch": the
 * verb is "pull").
 */
function mainVerbAt(words: readonly Word[]): number {
  let first = -1;
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    if (w === undefined || w.pos !== 'VERB') continue;
    if (first < 0) first = k;
    const next = words[k + 1];
    if (next !== undefined && next.pos === 'AUX' && AUX_AFTER_SUBJECT.has(next.lemma) && words.slice(k + 2).some((x) => x.pos === 'VERB' || x.pos === 'AUX')) continue;
    return k;
  }
  return first;
}
const AUX_AFTER_SUBJECT = new Set(['be', 'have', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'shall', 'should']);

/** With no lexical verb, the last auxiliary of the first run: "we didn't have an alarm" has "have", not "did". */
function lastOfFirstAuxiliaryRun(words: readonly Word[]): number {
  const first = words.findIndex((w) => w.pos === 'AUX');
  if (first < 0) return -1;
  let last = first;
  for (let k = first + 1; k < words.length; k++) {
    const w = words[k];
    if (w === undefined) break;
    if (w.pos === 'AUX') last = k;
    else if (!(w.lemma === 'not' || w.pos === 'PART' || w.pos === 'ADV')) break;
  }
  return last;
}

/** Participles spelt like their base form: "were hit", "was shut", "had been cut", "was set on fire". */
const SAME_FORM_PARTICIPLES = new Set(['hit', 'cut', 'put', 'set', 'shut', 'let', 'hurt', 'spread', 'cost', 'quit', 'split', 'shed', 'burst', 'cast', 'broadcast', 'upset', 'read', 'thrust', 'rid', 'bet']);

/** A past participle: inflected, not "-ing", not a third-person "-s". */
export function isParticiple(w: Word): boolean {
  if (SAME_FORM_PARTICIPLES.has(w.text)) return true;
  return w.text !== w.lemma && !w.text.endsWith('ing') && !(w.text.endsWith('s') && w.text.slice(0, -1) === w.lemma);
}
