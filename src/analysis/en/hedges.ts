/**
 * Hedges: words that soften a statement's certainty (Zou et al. 2019 found "might be affected" and
 * "no evidence of misuse" all over breach notices). "about" and "around" only hedge a number ("about
 * 300", not "concerned about"); "may" is not the month ("8 May").
 */
import { findAll, type Doc, type Hit, type Sentence } from './document.ts';
import { lexicon } from './patterns.ts';

const NUMBER_WORD =
  '(?:\\d[\\d,.]*|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|a\\s+hundred|half)';

/** Words that make a figure approximate ("about 300", "up to 1.2 million"). */
const APPROXIMATOR = `(?:about|around|approximately|roughly|nearly|almost|up to|as many as|some|in the region of|an estimated|more than|over|at least|fewer than|less than)(?=\\s+${NUMBER_WORD}\\b)|approximately|roughly|an estimated|estimated`;
/** Words that make a whole proposition uncertain ("may", "we believe", "no evidence"). */
const MODAL = [
  'may|might|could\\s+(?:have|be|possibly|potentially)|possibly|potentially|perhaps|probably|likely|unlikely',
  '(?:we|i)\\s+(?:believe|think|suspect|understand that|assume)',
  "it\\s+(?:appears|seems|is possible|is likely)|appears? to|seems? to|it's possible",
  "no evidence|to (?:our|the best of our) knowledge|as far as we (?:know|are aware)|(?:we are|we're) not aware of",
  'preliminary|initial (?:indications|findings|results)',
].join('|');

export const HEDGE = lexicon(`${APPROXIMATOR}|${MODAL}`);
const MODAL_HEDGE = lexicon(MODAL);
const APPROXIMATOR_HEDGE = lexicon(APPROXIMATOR);

/** The hedge words in a sentence, as absolute hits. */
export function hedgesIn(sentence: Sentence, doc: Doc): Hit[] {
  return findAll(HEDGE, sentence).filter((hit) => !isMonthMay(doc, hit));
}

/** "May" written with a capital inside a sentence, or after a day number, is the month. */
function isMonthMay(doc: Doc, hit: Hit): boolean {
  if (hit.end - hit.start !== 3 || doc.norm.slice(hit.start, hit.end) !== 'may') return false;
  const before = doc.norm.slice(Math.max(0, hit.start - 4), hit.start);
  if (/\d\s*$/.test(before)) return true;
  const written = doc.original.slice(hit.start, hit.end);
  const atSentenceStart = /(?:^|[.!?\n]\s*)$/.test(doc.original.slice(Math.max(0, hit.start - 3), hit.start));
  return written === 'May' && !atSentenceStart;
}

/** True when [from, to) contains a hedge on the proposition ("may", "we believe"), not just an approximate figure. */
export function modalHedgedIn(doc: Doc, sentence: Sentence, from: number, to: number): boolean {
  return findAll(MODAL_HEDGE, sentence).some((h) => h.start >= from && h.end <= to && !isMonthMay(doc, h));
}

/** An approximator ends within a few characters before the figure at `numberStart` ("about 1.2 million"). */
export function approximatedAt(sentence: Sentence, numberStart: number): boolean {
  return findAll(APPROXIMATOR_HEDGE, sentence).some((h) => h.end <= numberStart && numberStart - h.end <= 2);
}
