/**
 * What costs a statement empathy or transparency points (vocabulary.ts PENALTIES). Each penalty
 * quotes the exact words that triggered it, so the debrief can show them. Detection does not look
 * at severity or cluster: whether "minor" hurts under a critical crisis is the scorer's call.
 */
import type { Penalty } from '../../format/index.ts';
import { findAll, quote, sentenceQuote, test, type Doc, type Hit, type Sentence } from './document.ts';
import { lexicon } from './patterns.ts';
import { isPerson } from './frames.ts';
import { agentlessPassive, conditionalApology, flippant, hedgedHarm, honestDegree, minimising, minimisingMore, noComment, ownsFailure, selfFocus, threatFrame, victimBlaming } from './penalty-frames.ts';
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
    // "to anyone who was offended" redirects the apology to a feeling; "to anyone who was hurt" or
    // "to those who were injured" apologises for the harm itself
    `(?:${APOLOGY})\\s+(?:to|for)\\s+(?:anyone|anybody|those|any(?:one)?\\s+of\\s+you)\\s+who\\s+(?:may|might|felt|feels|took|takes|(?:was|were|is|are|has\\s+been|have\\s+been|had\\s+been)\\s+(?:offended|upset|inconvenienced|disappointed|concerned|worried|bothered|troubled|confused|frustrated|annoyed|distressed|let\\s+down|affected|unhappy|dissatisfied))`,
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
    '(?:a\\s+)?(?:very\\s+)?(?:small|tiny|limited)\\s+(?:number|fraction|percentage|proportion|minority|amount)',
    '(?:a\\s+)?handful|minor|rare|glitch|hiccup|blip',
    'nothing\\s+to\\s+worry\\s+about|no\\s+cause\\s+for\\s+(?:alarm|concern|panic)|no\\s+need\\s+(?:for|to)\\s+(?:[a-z]+\\s+)?(?:panic|worry|alarm|overreact)',
    "(?:any|the)\\s+inconvenience|blow(?:ing|n)?\\s+(?:this|it|things)\\s+out\\s+of\\s+proportion|(?:it|this|that)(?:'s|\\s+is|\\s+was)\\s+(?:really\\s+)?nothing(?=\\s*(?:[.!,;]|$))|out\\s+of\\s+millions",
    'precautionary\\s+(?:measure|basis)|purely\\s+precautionary|abundance\\s+of\\s+caution',
    'within\\s+(?:expected|normal|acceptable|safe)\\s+(?:levels|limits|ranges?)|just\\s+a\\s+few',
    // the harm put in proportion: "a storm in a teacup", "keep it in perspective", "out of thousands"
    '(?:storm|tempest)\\s+in\\s+a\\s+(?:tea|chai\\s+)?cup|teacup|not\\s+the\\s+crisis|out\\s+of\\s+(?:all\\s+)?proportion|(?:keep|put|putting|keeping)\\s+(?:it|this|things|that)\\s+in\\s+(?:proportion|perspective)',
    'one[- ]in[- ]a[- ](?:million|thousand)|freak\\s+(?:accident|event|incident|occurrence)|(?:extremely|very|incredibly)\\s+(?:low|small)\\s+(?:rate|number|risk)|out\\s+of\\s+(?:hundreds|thousands)|in\\s+a\\s+country\\s+of',
    "limited\\s+(?:subset|quantity)|small\\s+(?:push|matter)|(?:only|just|mostly|mainly)\\s+(?:a\\s+)?(?:few\\s+)?(?:bruises|steam|a\\s+(?:big\\s+)?scare|scratches)|(?:calm|settle)\\s+down|(?:weren't|wasn't|not)\\s+ideal|fact\\s+of\\s+life|not\\s+functioning\\s+optimally|(?:no|not\\s+a)\\s+big\\s+deal",
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

/**
 * A sanction promised to people who speak, as a frame: people who talk, post or share (a word for
 * people followed by a verb of speaking: "anyone who talks to the press", "those spreading this")
 * and, in an affirmed clause about what is to come, a sanction verb ("will be dealt with", "we will
 * sue", "will be disciplined") or someone who enforces it ("will hear from our lawyers"). A report
 * of what was done ("we have lodged police reports" about an assault) is not about what is to come,
 * and people merely named near the police are not its target, so neither is a threat.
 */
const SPEAKING = new Set(['talk', 'speak', 'post', 'share', 'spread', 'leak', 'tweet', 'retweet', 'repost', 'repeat', 'publish', 'forward', 'circulate', 'smear', 'speculate', 'gossip', 'badmouth', 'criticise', 'criticize', 'defame', 'slander', 'brief']);
const SPEAKERS = new Set(['critic', 'troll', 'leaker', 'whistleblower', 'blogger', 'influencer']);
const SANCTIONS = new Set(['sue', 'prosecute', 'discipline', 'dismiss', 'sack', 'fire', 'punish', 'pursue', 'terminate', 'blacklist', 'ban', 'deal', 'regret']);
const ENFORCERS = new Set(['lawyer', 'solicitor', 'attorney', 'court', 'lawsuit', 'litigation', 'injunction', 'police', 'tribunal', 'disciplinary', 'consequence']);
const TO_COME = new Set(['will', "'ll", 'shall', 'going', 'can', 'face', 'expect']);

function speakersIn(s: Sentence): boolean {
  const w = s.words;
  return w.some((x, k) => {
    if (SPEAKERS.has(x.lemma)) return true;
    if (!(isPerson(x) || x.text === 'who' || x.text === 'whoever')) return false;
    return w.slice(k + 1, k + 4).some((y) => (y.pos === 'VERB' || y.pos === 'NOUN') && SPEAKING.has(y.lemma));
  });
}

function sanctionFrame(s: Sentence): boolean {
  return s.clauses.some((c) => {
    if (c.negated || c.conditional || c.counterfactual) return false;
    if (!c.words.some((w) => TO_COME.has(w.text))) return false;
    return c.words.some((w) => (w.pos === 'VERB' && SANCTIONS.has(w.lemma) && (w.lemma !== 'deal' || c.passive)) || ((w.pos === 'NOUN' || w.pos === 'PROPN' || w.pos === 'ADJ') && ENFORCERS.has(w.lemma)));
  });
}

function threats(doc: Doc, s: Sentence, previous: Sentence | undefined, organisation: ReadonlySet<string>): PenaltyHit[] {
  if (test(THREAT_EXCLUDED, s.norm)) return [];
  // Asked only when a frame needs it: most sentences have no sanction and no trigger word.
  const speakers = (): boolean => speakersIn(s) || (previous !== undefined && speakersIn(previous) && !test(THREAT_EXCLUDED, previous.norm));
  if ((sanctionFrame(s) && speakers()) || threatFrame(s, previous, speakers, organisation)) {
    return [{ kind: 'threat', quote: sentenceQuote(doc, s) }];
  }
  const consequence = findAll(THREAT_CONSEQUENCE, s).filter((h) => !negatedBefore(s, h.start, 4));
  if (consequence.length === 0) return [];
  const aimed = test(THREAT_TARGET, s.norm) || (previous !== undefined && test(THREAT_TARGET, previous.norm) && !test(THREAT_EXCLUDED, previous.norm));
  return aimed ? [{ kind: 'threat', quote: sentenceQuote(doc, s) }] : [];
}

// Broader wording for hedged harm, no comment, humour and agentless passives, read off the
// independent train split: these four are still phrase lists (conditional apologies, victim
// blaming, self-focus and minimising are frames, penalty-frames.ts).
const MORE_HEDGED_HARM = lexicon(
  [
    '(?:alleged|possible|potential|suspected|claimed|reported)\\s+(?:injur|illness|adverse|allergic|reaction|harm|exposure|death|case|symptom)[a-z]*',
    "(?:claims|reports|a\\s+post)\\s+(?:[a-z]+\\s+){0,4}(?:that|of|about)\\s+(?:[a-z]+\\s+){0,4}(?:may|might|alleged|possible|lost\\s+their|unaccounted|adverse|allergic|reaction|symptoms)",
    "(?:reporting|reported|report)\\s+(?:experiencing\\s+)?(?:[a-z]+\\s+)?(?:symptoms|discomfort|complaints)|(?:which|that)\\s+they\\s+(?:believe|associate)|say\\s+they\\s+had|(?:may|might)\\s+(?:have\\s+)?(?:become|felt|sought|lost|faced)|if\\s+anybody\\s+felt\\s+unwell|assuming\\s+anybody|could\\s+have\\s+been\\s+put\\s+at\\s+risk",
    // harm told as reports still to be checked, or as something that may have happened
    '(?:reports?|claims?)\\s+of\\s+(?:[a-z]+\\s+){0,2}(?:injur|casualt|fatalit|death|illness|sickness)[a-z]*(?:\\s+[a-z]+){0,4}?\\s+(?:are|is)\\s+being\\s+(?:verified|checked|looked\\s+into)|reportedly\\s+(?:injured|sustained|suffered|hurt|ill|died|killed)|(?:persons|people|patients|passengers)\\s+reportedly|allegedly\\s+(?:ingested|swallowed|injured|harmed|suffered|became|fell)|(?:alleged|alleging)\\s+to\\s+(?:be|have)\\s+(?:associated|linked|caused)|reports?\\s+alleging',
    "(?:may|might|could)\\s+(?:potentially\\s+)?have\\s+(?:been\\s+)?(?:sustained|incurred|breathed|caused|been\\s+made\\s+unwell|made\\s+(?:anyone|people|someone)\\s+(?:ill|unwell|sick)|fatally|seriously|hurt|injured|fallen\\s+ill)|if\\s+(?:indeed\\s+)?(?:our\\s+[a-z]+|we|it|this|any\\s+of\\s+our\\s+[a-z']+(?:\\s+[a-z]+)?)\\s+(?:has|have)\\s+(?:caused|made|been\\s+unwell|harmed)|(?:no|not\\s+(?:yet\\s+)?a)\\s+confirmed\\s+link|link\\s+(?:has\\s+not|hasn't)\\s+(?:yet\\s+)?been\\s+(?:formally\\s+)?(?:established|proven|confirmed)|not\\s+in\\s+a\\s+position\\s+to\\s+confirm\\s+(?:the\\s+nature\\s+of\\s+)?(?:any\\s+)?(?:injur|fatalit|death|casualt)",
  ].join('|'),
);
const MORE_NO_COMMENT = lexicon(
  "(?:cannot|can't|can\\s+not|won't|will\\s+not|are\\s+not\\s+going\\s+to|'re\\s+not\\s+going\\s+to|not\\s+going\\s+to)\\s+(?:say\\s+anything|comment|get\\s+into|go\\s+into|discuss|be\\s+making\\s+any\\s+comment|make\\s+any\\s+comment)|(?:would\\s+be|it's)\\s+inappropriate\\s+(?:for\\s+(?:me|us)\\s+)?to\\s+comment|not\\s+speaking\\s+to\\s+the\\s+(?:press|media)|don't\\s+respond\\s+to|do\\s+not\\s+respond\\s+to|decline\\s+to\\s+(?:comment|discuss)",
);
const MORE_HUMOUR = lexicon(
  "mate,|come\\s+on\\b|what\\s+did\\s+you\\s+expect|last\\s+time\\s+i\\s+checked|hang\\s+tight|keep\\s+calm\\s+and|folks!",
);
// Sweating-laugh, upside-down, eyes, shrug, smirk and zany faces: a shrug at the crisis. (Food and
// drink emoji are no longer here: a beer mug beside "back to brewing" is a brand's sign-off, not a joke.)
const HUMOUR_EMOJI_MORE = /[\u{1F605}\u{1F643}\u{1F440}\u{1F937}\u{1F60F}\u{1F92A}\u{1F61C}\u{1F61D}]/gu;
const MORE_AGENTLESS = lexicon(
  [
    '(?:the\\s+)?wrong\\s+(?:call|decision)\\s+was\\s+made',
    '(?:was|were|have\\s+been|has\\s+been)\\s+not\\s+(?:[a-z]+ed)\\s+(?:in\\s+(?:line|accordance)\\s+with|as\\s+required|within)|not\\s+(?:progressed|reviewed|escalated|completed|actioned)\\s+(?:in\\s+(?:line|accordance)\\s+with|within)|(?:found\\s+to\\s+have\\s+exceeded)',
    // faults that "occurred" or "were identified", decisions "taken", things "left accessible", with no one who did them
    '(?:certain|some)\\s+(?:irregularities|lapses|shortcomings|deficiencies|failings|discrepancies|non-conformances?)\\s+(?:(?:were|was|have\\s+been|had\\s+been)\\s+)?(?:observed|identified|noted|found|occurred|detected)|(?:lapses|shortcomings|irregularities|failings|deficiencies)\\s+(?:in\\s+(?:[a-z-]+\\s+){1,4})?(?:occurred|took\\s+place)',
    '(?:a|the)\\s+decision\\s+was\\s+taken|decisions\\s+were\\s+(?:taken|made)\\s+that|(?:was|were)\\s+left\\s+(?:publicly\\s+)?(?:accessible|open|exposed|enabled|unsecured|unlocked)',
    '(?:was|were)\\s+(?:subsequently\\s+)?released\\s+(?:prior\\s+to|before|without)|(?:were|was)\\s+deferred|(?:was|were|had\\s+been)\\s+not\\s+(?:adhered\\s+to|performed|referred|escalated|actioned|closed\\s+out|progressed|adjusted|followed\\s+up)|the\\s+incident\\s+which\\s+occurred|a\\s+system\\s+incident\\s+occurred',
  ].join('|'),
);

/**
 * Minimising set phrases, except where they are negated ("this is not a minor incident") or a degree
 * word is said honestly (a triage beside grave harm, a risk weighed with "but": `honestDegree`).
 */
function minimisingHits(doc: Doc, s: Sentence): PenaltyHit[] {
  const found = findAll(MINIMISING, s);
  if (found.length === 0) return [];
  return found
    .filter((h) => !negatedBefore(s, h.start, 3))
    .filter((h) => {
      const k = s.words.findIndex((w) => w.start >= h.start && w.start < h.end);
      return !(k >= 0 && h.end - h.start === (s.words[k]?.end ?? 0) - (s.words[k]?.start ?? 0) && honestDegree(s, k));
    })
    .map((h) => ({ kind: 'minimising' as const, quote: quote(doc, h.start, h.end) }));
}

/** With `unlessNegated`, a negation just before the words cancels the penalty ("we are not sure"). */
function hits(doc: Doc, s: Sentence, pattern: RegExp, kind: Penalty, options: { readonly unlessNegated?: boolean } = {}): PenaltyHit[] {
  const found = findAll(pattern, s);
  // Most patterns find nothing in most sentences: no filtering and mapping of an empty list.
  if (found.length === 0) return [];
  return found
    .filter((h: Hit) => !(options.unlessNegated ?? false) || !negatedBefore(s, h.start, 3))
    .map((h) => ({ kind, quote: quote(doc, h.start, h.end) }));
}

export function detectPenalties(doc: Doc, avoid: RegExp | null, organisation: ReadonlySet<string> = new Set()): PenaltyHit[] {
  const out: PenaltyHit[] = [];
  // A statement that owns its failing somewhere hides nobody's agency with a passive elsewhere.
  const owned = doc.sentences.some(ownsFailure);
  for (const s of doc.sentences) {
    const before = out.length;
    // A frame quotes the whole sentence, unless a set phrase of the same kind already quoted part of it.
    const frame = (kind: Penalty, found: (x: Sentence) => boolean): void => {
      for (let k = before; k < out.length; k++) if (out[k]?.kind === kind) return;
      if (found(s)) out.push({ kind, quote: sentenceQuote(doc, s) });
    };
    out.push(...hits(doc, s, CONDITIONAL_APOLOGY, 'conditional-apology'));
    out.push(...hits(doc, s, AGENTLESS_PASSIVE, 'agentless-passive'));
    out.push(...minimisingHits(doc, s));
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
    out.push(...threats(doc, s, doc.sentences[s.index - 1], organisation));
    frame('conditional-apology', conditionalApology);
    frame('victim-blaming', victimBlaming);
    frame('self-focus', (x) => selfFocus(x, organisation));
    frame('minimising', minimising);
    frame('minimising', minimisingMore);
    frame('humour', flippant);
    if (!owned) frame('agentless-passive', agentlessPassive);
    frame('no-comment', (x) => noComment(x, organisation));
    frame('hedged-harm', hedgedHarm);
    out.push(...hits(doc, s, MORE_HEDGED_HARM, 'hedged-harm', { unlessNegated: true }));
    out.push(...hits(doc, s, MORE_NO_COMMENT, 'no-comment'));
    out.push(...hits(doc, s, MORE_HUMOUR, 'humour'));
    out.push(...hits(doc, s, HUMOUR_EMOJI_MORE, 'humour'));
    if (!owned) out.push(...hits(doc, s, MORE_AGENTLESS, 'agentless-passive'));
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
