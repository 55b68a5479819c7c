/**
 * The SCCT response posture a statement takes (Coombs 2007): deny (denial, attacking the accuser,
 * scapegoating), diminish (excuse, justification), rebuild (apology, responsibility,
 * compensation), bolster (reminders, ingratiation, victimage), base (instructing and adjusting
 * information only) or no-comment.
 *
 * Each cue adds weight to its posture; the heaviest posture wins, ties going to the posture listed
 * first in TIE_ORDER (a denial next to an apology is read as a denial: that mix is what SCCT warns
 * about). The quote is the words of the strongest cue. A statement can mix postures; the annotation
 * has room for one, so mixing is visible only through the other annotations (e.g. empathy next to
 * a deny posture).
 */
import type { Posture } from '../../format/index.ts';
import { findAll, quote, sentenceQuote, type Doc, type Hit } from './document.ts';
import type { EmpathyHit } from './empathy.ts';
import { lexicon } from './patterns.ts';
import type { PenaltyHit } from './penalties.ts';
import { negatedSpan } from './scope.ts';

const DENY = lexicon(
  [
    "(?:is|are|was|were|'s)\\s+(?:completely\\s+|totally\\s+|simply\\s+|absolutely\\s+|entirely\\s+|one hundred percent\\s+|100%\\s+)?(?:false|untrue|not true|a lie|lies|fake|baseless|unfounded|nonsense|a hoax|exaggerated)",
    '(?:categorically\\s+|firmly\\s+|strongly\\s+)?(?:deny|denies|reject|rejects|refute|refutes)\\s+(?:the|these|those|any|all|this|that)',
    "there\\s+(?:is|was|has been)\\s+(?:absolutely\\s+)?no\\s+(?:link|connection|truth|basis|evidence|risk|problem|issue|breach|crisis|contamination|glass)",
    '(?:perfectly|completely|entirely|totally|absolutely|100%)\\s+safe|did\\s+not\\s+happen|never\\s+happened|nothing\\s+to\\s+do\\s+with\\s+(?:us|our)',
    "not\\s+our\\s+fault|(?:we\\s+are|we're)\\s+not\\s+(?:responsible|to\\s+blame)|(?:do|does)\\s+not\\s+accept\\s+(?:any\\s+)?responsibility",
    'irresponsible|scaremongering|fake\\s+news|pathetic|conspiracy\\s+theorists?|(?:spreading|peddling)\\s+(?:lies|misinformation)',
  ].join('|'),
);
const SCAPEGOAT = lexicon(
  '(?:from|by|at|blame|fault of|caused by)\\s+(?:our|a|the)\\s+(?:third-party\\s+|external\\s+)?(?:supplier|vendor|contractor|subcontractor|partner)|(?:a|the)\\s+(?:rogue|former|disgruntled)\\s+(?:employee|worker|contractor)|made\\s+by\\s+a\\s+competitor',
);
const EXCUSE = lexicon(
  "beyond\\s+our\\s+control|(?:could\\s+not|couldn't)\\s+have\\s+(?:been\\s+)?(?:foreseen|prevented|predicted)|no\\s+(?:organisation|organization|company|one)\\s+could\\s+have\\s+(?:prevented|foreseen|predicted)|unforeseeable|did\\s+not\\s+intend|highly\\s+sophisticated|act\\s+of\\s+god|met\\s+all\\s+(?:industry|regulatory|safety)\\s+standards|passed\\s+(?:its|our|every)\\s+(?:last\\s+)?inspection",
);
const BOLSTER = lexicon(
  "for\\s+(?:more\\s+than\\s+|over\\s+|nearly\\s+)?\\d+\\s+years|\\d+-year\\s+(?:record|history)|proud\\s+of|(?:our|a)\\s+(?:long\\s+|proud\\s+|excellent\\s+)?(?:safety\\s+)?(?:record|track\\s+record)|(?:we\\s+)?thank\\s+(?:our|the|all)|grateful\\s+to|valued\\s+(?:customers|consumers)|(?:we\\s+are|we're)\\s+(?:also\\s+|the\\s+real\\s+)?(?:a\\s+)?victims?|was\\s+the\\s+victim\\s+of|always\\s+been\\s+committed|highest\\s+standards|helped\\s+more\\s+than",
);
const APOLOGY = lexicon("(?:we|i)(?:'re|'m)?\\s+(?:are\\s+|am\\s+)?(?:(?:deeply|truly|so|very|really)\\s+)?(?:sorry|apologi[sz]e)|our\\s+apologies|apologi[sz]e\\s+(?:to|for)");

type Scored = { posture: Posture; weight: number; quote: string };

const TIE_ORDER: readonly Posture[] = ['deny', 'rebuild', 'diminish', 'no-comment', 'bolster', 'base'];

export interface PostureInputs {
  readonly empathy: readonly EmpathyHit[];
  readonly penalties: readonly PenaltyHit[];
  /** Evidence of base content: instructions, unknowns stated, claims, next update, contact. */
  readonly baseQuote: string | null;
  /** How much base content there is (one per kind present). */
  readonly baseWeight: number;
}

export function detectPosture(doc: Doc, inputs: PostureInputs): { value: Posture; quote: string } | null {
  const scored: Scored[] = [];
  const add = (posture: Posture, weight: number, q: string): void => {
    scored.push({ posture, weight, quote: q });
  };
  for (const s of doc.sentences) {
    const affirmed = (pattern: RegExp): Hit[] => findAll(pattern, s).filter((h) => !negatedSpan(s, h));
    for (const h of findAll(DENY, s)) add('deny', 3, quote(doc, h.start, h.end));
    for (const h of affirmed(SCAPEGOAT)) add('deny', 2, quote(doc, h.start, h.end));
    for (const h of findAll(EXCUSE, s)) add('diminish', 2, quote(doc, h.start, h.end));
    for (const h of findAll(BOLSTER, s)) add('bolster', 1.5, quote(doc, h.start, h.end));
    if (affirmed(APOLOGY).length > 0) add('rebuild', 2, sentenceQuote(doc, s));
  }
  for (const e of inputs.empathy) {
    if (e.element === 'responsibility' && e.strength >= 1) add('rebuild', 3, e.quote);
    if (e.element === 'compensation') add('rebuild', 2, e.quote);
    if (e.element === 'forgiveness') add('rebuild', 1, e.quote);
  }
  for (const p of inputs.penalties) {
    if (p.kind === 'minimising') add('diminish', 1.5, p.quote);
    if (p.kind === 'no-comment') add('no-comment', 2.5, p.quote);
    if (p.kind === 'self-focus') add('bolster', 1, p.quote);
    if (p.kind === 'conditional-apology') add('diminish', 1, p.quote);
  }
  if (inputs.baseQuote !== null && inputs.baseWeight > 0) add('base', Math.min(3, 0.75 * inputs.baseWeight), inputs.baseQuote);
  if (scored.length === 0) return null;
  const totals = new Map<Posture, { weight: number; best: Scored }>();
  for (const s of scored) {
    const t = totals.get(s.posture);
    if (t === undefined) totals.set(s.posture, { weight: s.weight, best: s });
    else totals.set(s.posture, { weight: t.weight + s.weight, best: s.weight > t.best.weight ? s : t.best });
  }
  let winner: Posture | null = null;
  let winnerWeight = -1;
  for (const posture of TIE_ORDER) {
    const t = totals.get(posture);
    if (t !== undefined && t.weight > winnerWeight) {
      winner = posture;
      winnerWeight = t.weight;
    }
  }
  const best = winner === null ? undefined : totals.get(winner)?.best;
  return winner === null || best === undefined ? null : { value: winner, quote: best.quote };
}
