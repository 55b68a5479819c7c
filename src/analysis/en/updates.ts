/**
 * Update and correction markers. CERC advises giving facts in increments; a changed figure that is
 * flagged as an update with a reason ("revised from 3 to 4 after further testing") is a sanctioned
 * update, not an inconsistency. This module says which sentences present their figures as updates,
 * which clauses only repeat an old figure ("yesterday we said 800,000", "from three …"), and the
 * reason given, when there is one.
 */
import { findFirst, quote, test, type Doc, type Hit, type Sentence } from './document.ts';
import { lexicon } from './patterns.ts';

const UPDATE_MARKER = lexicon(
  [
    'revised|revising|revision|correction|corrected|correcting|the correct (?:figure|number|total)|updated (?:figure|number|total|count|estimate)',
    'previously|earlier (?:today|this morning|we)|initially|originally|at first',
    'we (?:now|have now) (?:know|believe|estimate|understand|count|confirm)|now (?:stands|rises|rose|totals)',
    '(?:has|have) (?:risen|increased|grown|gone up|fallen|dropped|decreased|been revised)|up from|down from|no longer',
    '(?:new|further|latest|additional) (?:laboratory |lab )?(?:tests?|testing|results|information|evidence|data|figures|analysis)',
  ].join('|'),
);

/** "Update:" / "Correction -" opening the statement marks every figure in it as an update. */
const HEADER_MARKER = /^\s*(?:update|updated|correction|clarification)\b\s*(?:[:,-]|\d)/;

/** Clauses that state the figure being replaced, not the current one. */
const OLD_VALUE = lexicon(
  [
    "(?:earlier|yesterday|previously|initially|originally|at first|this morning|last week|on [a-z]+day),?\\s+(?:we|i)\\s+(?:had\\s+)?(?:said|reported|stated|announced|thought|estimated|told you)",
    "(?:we|i)\\s+(?:had\\s+)?(?:previously|earlier|initially|originally|first)\\s+(?:said|reported|stated|announced|thought|estimated)",
    "(?:we|i)\\s+(?:had\\s+)?(?:said|reported|stated|announced)\\s+(?:earlier|yesterday|previously|this morning)",
  ].join('|'),
);

const FROM_VALUE = /\bfrom\s+$/;

const REASON = lexicon(
  [
    "(?:because|as a result of|due to|following|after|since)\\s+[^,;.:]{3,120}",
    "(?:new|further|latest|additional|more)\\s+(?:laboratory\\s+|lab\\s+)?(?:tests?|testing|results|information|evidence|data|analysis|reports)[^,;.:]{0,120}",
    "(?:our\\s+)?(?:forensic\\s+|independent\\s+)?(?:investigators|investigation|analysis|tests|inspectors|laboratory|lab)\\s+(?:have\\s+|has\\s+)?(?:now\\s+)?(?:found|shown|show|shows|confirmed|finished|completed|established)[^,;.:]{0,120}",
  ].join('|'),
);

export interface UpdateReading {
  /** Sentence indexes whose figures are presented as updates. */
  readonly updateSentences: ReadonlySet<number>;
  /** The reason given for the update in or next to each such sentence. */
  readonly reasons: ReadonlyMap<number, string>;
}

export function readUpdates(doc: Doc): UpdateReading {
  const updateSentences = new Set<number>();
  const reasons = new Map<number, string>();
  const header = doc.sentences[0] !== undefined && HEADER_MARKER.test(doc.sentences[0].norm);
  doc.sentences.forEach((s, i) => {
    const marked = header || test(UPDATE_MARKER, s.norm);
    // "Yesterday we said 800,000. The correct figure is …": the next sentence is the update.
    const previous = doc.sentences[i - 1];
    const afterOld = previous !== undefined && test(OLD_VALUE, previous.norm);
    if (!marked && !afterOld) return;
    updateSentences.add(i);
    const reason = reasonNear(doc, i);
    if (reason !== null) reasons.set(i, reason);
  });
  return { updateSentences, reasons };
}

function reasonNear(doc: Doc, index: number): string | null {
  for (const k of [index, index - 1, index + 1]) {
    const s = doc.sentences[k];
    if (s === undefined) continue;
    const hit = findFirst(REASON, s);
    if (hit !== null) return quote(doc, hit.start, hit.end);
  }
  return null;
}

/** The number at `numberStart` only restates the figure being replaced. */
export function isOldValue(sentence: Sentence, clause: Hit, numberStart: number): boolean {
  const clauseText = sentence.norm.slice(clause.start - sentence.start, numberStart - sentence.start);
  return FROM_VALUE.test(clauseText) || test(OLD_VALUE, clauseText);
}
