/**
 * What costs a statement empathy or transparency points (vocabulary.ts PENALTIES). Each penalty
 * quotes the exact words that triggered it, so the debrief can show them. Detection does not look
 * at severity or cluster: whether "minor" hurts under a critical crisis is the scorer's call.
 */
import type { Penalty } from '../../format/index.ts';
import { findAll, quote, sentenceQuote, test, type Doc, type Hit, type Sentence } from './document.ts';
import { lexicon } from './patterns.ts';
import { negatedBefore } from './scope.ts';

export interface PenaltyHit {
  readonly kind: Penalty;
  readonly quote: string;
  readonly detail?: string;
}

/** A statement listing more than this many penalties is not made more useful by the rest. */
export const MAX_PENALTIES = 30;

const APOLOGY = 'sorry|apologi[sz]e[sd]?|apologi[sz]ing|apologies|regret';

export const CONDITIONAL_APOLOGY = lexicon(
  [
    `(?:${APOLOGY})\\s+if\\b`,
    `(?:${APOLOGY})\\s+(?:to|for)\\s+(?:anyone|anybody|those|any(?:one)?\\s+of\\s+you)\\s+who\\s+(?:was|were|is|are|may|might|felt|feels|has|have)`,
    `(?:${APOLOGY})\\s+(?:that\\s+)?(?:you|people|some)\\s+(?:feel|felt|were offended|are offended|were upset|are upset|took offence|took offense)`,
    'if\\s+(?:anyone|anybody|you|people)\\s+(?:was|were|felt|has been|have been|may have been)\\s+(?:offended|upset|hurt|inconvenienced)',
  ].join('|'),
);
export const INCONVENIENCE_APOLOGY = lexicon(`(?:${APOLOGY})\\s+(?:for\\s+)?(?:any|the)\\s+inconvenience`);

const AGENTLESS_PASSIVE = lexicon(
  [
    '(?:mistakes|errors|misjudgements|misjudgments|failures|oversights|wrongs)\\s+(?:were|have been|had been|may have been)\\s+(?:made|committed)',
    'lessons\\s+(?:will be|have been|are being)\\s+learn(?:ed|t)',
    '(?:procedures|protocols|checks|standards|rules|policies|steps|processes)\\s+(?:were|was|have been)\\s+not\\s+(?:followed|met|applied|carried out)',
    'it\\s+is\\s+regrettable|(?:things|something|it)\\s+went\\s+wrong',
    '(?:was|were)\\s+not\\s+acted\\s+on',
  ].join('|'),
);

const MINIMISING = lexicon(
  [
    'isolated\\s+(?:incident|case|cases|reports?|problem|issue|event)',
    'only\\s+(?:a\\s+(?:few|handful|small\\s+(?:number|fraction|percentage|amount)|tiny\\s+(?:number|fraction)|limited\\s+number|fraction)|one|two|three|\\d+)',
    '(?:a\\s+)?(?:very\\s+)?(?:small|tiny|limited)\\s+(?:number|fraction|percentage|proportion|minority|amount)',
    '(?:a\\s+)?handful|minor|rare|glitch|hiccup|blip',
    'nothing\\s+to\\s+worry\\s+about|no\\s+cause\\s+for\\s+(?:alarm|concern|panic)|no\\s+need\\s+(?:for|to)\\s+(?:[a-z]+\\s+)?(?:panic|worry|alarm|overreact)',
    "(?:any|the)\\s+inconvenience|blow(?:ing|n)?\\s+(?:this|it|things)\\s+out\\s+of\\s+proportion|under\\s+control|is\\s+nothing|out\\s+of\\s+millions",
    'precautionary\\s+(?:measure|basis)|purely\\s+precautionary|abundance\\s+of\\s+caution',
    'within\\s+(?:expected|normal|acceptable|safe)\\s+(?:levels|limits|ranges?)|just\\s+a\\s+few',
  ].join('|'),
);

const SELF_FOCUS = lexicon(
  [
    "(?:hard|difficult|tough|painful|stressful|upsetting|devastating|distressing|challenging)(?:\\s+(?:time|week|day|days|period|month|few days))?\\s+for\\s+(?:all\\s+of\\s+)?(?:us|me|everyone at [a-z]+|our\\s+(?:company|business|brand|management|shareholders|scientists|staff and our business))",
    "(?:i|we)\\s+(?:want|would like|'d like)\\s+(?:my|our)\\s+(?:life|lives|weekend|normal lives?)\\s+back|my\\s+life\\s+back",
    'our\\s+(?:reputation|brand|share price|business|sales|bottom line)\\s+(?:has|have)\\s+(?:suffered|fallen|been\\s+(?:hit|damaged|hurt))|damaged\\s+a\\s+reputation|(?:our\\s+)?sales\\s+have\\s+fallen',
    '(?:unfair|hurtful|damaging)\\s+to\\s+(?:us|a\\s+family\\s+business|our\\s+(?:company|brand|business|reputation))|(?:we\\s+are|we\'re)\\s+the\\s+real\\s+victims|for\\s+our\\s+shareholders',
  ].join('|'),
);

const VICTIM_BLAMING = lexicon(
  [
    '(?:customers|users|people|patients|parents|consumers|victims|passengers|families|anyone)\\s+who\\s+(?:failed|neglected|chose not|did not|didn\'t|forgot|ignored|reuse|re-use|use weak|share|shared|misused)',
    '(?:they|patients|customers|users|people)\\s+misused|misused\\s+the\\s+product|(?:product\\s+)?misuse\\s+of\\s+the\\s+product|improper(?:ly)?\\s+(?:use|used|stor|handl)[a-z]*|against\\s+medical\\s+advice',
    '(?:their|your)\\s+own\\s+(?:fault|responsibility|risk)|should\\s+have\\s+(?:known|read|checked|changed)|user\\s+error|careless|do\\s+their\\s+own\\s+research|before\\s+panicking|needs?\\s+their\\s+head\\s+examined',
  ].join('|'),
);

// Emoji that laugh, wink or celebrate; laughter and flippant phrases.
const HUMOUR = lexicon(
  "lol|lmao|rofl|ha(?:ha)+|he(?:he)+|jk|just kidding|only joking|joking aside|seriously though|look on the bright side|bright side|silver lining|every cloud|at least it wasn't|relax,?|chill out|not like we're",
);
const HUMOUR_EMOJI = /[\u{1F600}-\u{1F606}\u{1F609}\u{1F60B}-\u{1F60E}\u{1F61B}-\u{1F61D}\u{1F602}\u{1F923}\u{1F92A}\u{1F973}\u{1F389}\u{1F643}\u{1F60F}\u{1F61C}]/gu;

const HEDGED_HARM = lexicon(
  '(?:may|might|could)\\s+(?:potentially\\s+|possibly\\s+)?(?:have\\s+)?(?:potentially\\s+|possibly\\s+)?(?:been|be)\\s+(?:affected|impacted|exposed|harmed|compromised|involved|accessed|at risk)|potentially\\s+(?:affected|impacted|exposed|harmed)|(?:may|might)\\s+(?:potentially\\s+|possibly\\s+)?(?:have\\s+)?(?:potentially\\s+|possibly\\s+)?(?:experienced|suffered|involved)',
);

const NO_COMMENT = lexicon(
  "no\\s+comment|(?:not|n't|never|decline\\s+to|refuse\\s+to|unable\\s+to|cannot|can't|won't|will\\s+not|do\\s+not|does\\s+not|don't|doesn't)\\s+(?:be\\s+)?comment(?:ing)?|nothing\\s+(?:further\\s+|more\\s+)?to\\s+(?:say|add)",
);

const SPECULATION = lexicon(
  [
    "(?:i'm|i am|we're|we are)\\s+(?:sure|certain|convinced|confident)\\s+(?:that\\s+)?(?:this|it|the|they|he|she|a|an|most|everything)",
    "(?:it is|it's)\\s+(?:now\\s+)?(?:clear|obvious|certain)\\s+that",
    "(?:this|it|that)\\s+(?:was|is|'s)\\s+(?:clearly|obviously|definitely|undoubtedly|certainly)",
    '(?:clearly|obviously|definitely|undoubtedly)\\s+(?:the\\s+work|caused|sabotage|deliberate)',
    'must\\s+have\\s+been|my\\s+guess|(?:i|we)\\s+(?:expect|bet|reckon|guess)\\s+(?:that\\s+)?(?:the|it|this|they|most)',
    'probably\\s+(?:from|caused|sabotage|because|including|sold|a|an|the)|can\\s+guarantee|never\\s+will\\s+be|it\\s+never\\s+will|will\\s+rise\\s+to',
  ].join('|'),
);

// Threats: a consequence (lawyers, police, sanctions, "we know who you are") aimed at the people
// who talk, post or share, or at critics by name; within a sentence or the one after it ("Some
// people are making defamatory claims. We've instructed lawyers.").
const THREAT_CONSEQUENCE = lexicon(
  [
    "(?:instructed|instructing|engaged|briefed)\\s+(?:our\\s+)?(?:lawyers|solicitors|counsel|legal)|our\\s+(?:lawyers|solicitors|legal\\s+team)\\s+(?:are|is|will|have)",
    'legal\\s+(?:action|consequences|proceedings|steps)|(?:sue|suing|pursue|proceed\\s+against|prosecute[ds]?)\\b|wrath\\s+of\\s+the\\s+law|(?:intend|going)\\s+to\\s+enforce|will\\s+(?:be\\s+)?(?:sanctioned|disciplined|dismissed|sacked|fired|arrested)|face\\s+(?:disciplinary|legal|the\\s+full)',
    '(?:reported|report\\s+them|give\\s+(?:the|their)\\s+names)\\s+to\\s+(?:the\\s+)?police|will\\s+not\\s+work\\s+(?:at|for|with)\\s+[a-z]+\\s+again|can\\s+expect\\s+the\\s+same',
    'we\\s+know\\s+who\\s+(?:you|some\\s+of\\s+you|they)\\s+are|taking\\s+screenshots|keeping\\s+(?:all\\s+)?(?:those|these|the)\\s+posts|tracking\\s+every|watching\\s+who',
  ].join('|'),
);
// The target is whoever talks, posts or shares (or is named as defaming), never the people a
// decision affects: "no permanent worker will be dismissed" threatens nobody.
const THREAT_TARGET = lexicon(
  '(?:spread|post|shar|forward|publish|repeat|talk|speak|leak|speculat)[a-z]*|gives?\\s+interviews|giving\\s+interviews|defamatory|journalists|media\\s+houses|former\\s+employee',
);
const THREAT_EXCLUDED = lexicon('anyone\\s+with\\s+information|crime\\s+stoppers');

function threats(doc: Doc, s: Sentence, previous: Sentence | undefined): PenaltyHit[] {
  if (test(THREAT_EXCLUDED, s.norm)) return [];
  const consequence = findAll(THREAT_CONSEQUENCE, s).filter((h) => !negatedBefore(s, h.start, 4));
  if (consequence.length === 0) return [];
  const aimed = test(THREAT_TARGET, s.norm) || (previous !== undefined && test(THREAT_TARGET, previous.norm) && !test(THREAT_EXCLUDED, previous.norm));
  return aimed ? [{ kind: 'threat', quote: sentenceQuote(doc, s) }] : [];
}

/** With `unlessNegated`, a negation just before the words cancels the penalty ("we are not sure"). */
function hits(doc: Doc, s: Sentence, pattern: RegExp, kind: Penalty, options: { readonly unlessNegated?: boolean } = {}): PenaltyHit[] {
  return findAll(pattern, s)
    .filter((h: Hit) => !(options.unlessNegated ?? false) || !negatedBefore(s, h.start, 3))
    .map((h) => ({ kind, quote: quote(doc, h.start, h.end) }));
}

export function detectPenalties(doc: Doc, avoid: RegExp | null): PenaltyHit[] {
  const out: PenaltyHit[] = [];
  for (const s of doc.sentences) {
    out.push(...hits(doc, s, CONDITIONAL_APOLOGY, 'conditional-apology'));
    out.push(...hits(doc, s, AGENTLESS_PASSIVE, 'agentless-passive'));
    out.push(...hits(doc, s, MINIMISING, 'minimising'));
    out.push(...hits(doc, s, SELF_FOCUS, 'self-focus'));
    if (avoid !== null) {
      out.push(...findAll(avoid, s).map((h) => ({ kind: 'euphemism' as const, quote: quote(doc, h.start, h.end), detail: 'avoid-term' })));
    }
    out.push(...hits(doc, s, VICTIM_BLAMING, 'victim-blaming'));
    out.push(...hits(doc, s, HUMOUR, 'humour'));
    out.push(...hits(doc, s, HUMOUR_EMOJI, 'humour'));
    out.push(...hits(doc, s, HEDGED_HARM, 'hedged-harm', { unlessNegated: true }));
    out.push(...hits(doc, s, NO_COMMENT, 'no-comment'));
    out.push(...hits(doc, s, SPECULATION, 'speculation', { unlessNegated: true }));
    out.push(...threats(doc, s, doc.sentences[s.index - 1]));
    if (out.length >= MAX_PENALTIES) break;
  }
  return dedupe(out).slice(0, MAX_PENALTIES);
}

/** The same words flagged twice for the same reason count once. */
function dedupe(list: readonly PenaltyHit[]): PenaltyHit[] {
  const seen = new Set<string>();
  return list.filter((p) => {
    const key = `${p.kind}\u0000${p.quote.toLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
