/**
 * The promise of a next update ("we will update you at 9:00 tomorrow", "next update in two hours",
 * "our lab results will be published at 5pm today"). `at` is the promised time in scenario ms when
 * a time is named and can be placed on the scenario clock, null otherwise. Vague promises ("in due
 * course", "when appropriate") are not promises.
 */
import { findAll, sentenceQuote, test, type Doc } from './document.ts';
import { lexicon } from './patterns.ts';
import { negatedSpan } from './scope.ts';
import { futureTime, type ScenarioClock } from './times.ts';

/** Update words that promise news whether or not a time is given. */
const UPDATE_PROMISE = lexicon(
  [
    '(?:next|further|another|a\\s+further|an)\\s+(?:update|updates|briefing|statement|press\\s+conference|announcement)',
    "(?:we|i)(?:'ll)?\\s+(?:will\\s+|shall\\s+|are\\s+going\\s+to\\s+)?(?:update|brief|report\\s+back\\s+to|come\\s+back\\s+to|get\\s+back\\s+to|be\\s+back\\s+in\\s+touch\\s+with|let)\\s+(?:you|everyone|the\\s+public|parents|customers|patients|all|staff|colleagues)",
    "(?:we|i)(?:'ll)?\\s+(?:will\\s+)?(?:give|provide|share|publish|post|issue|hold)\\s+(?:you\\s+)?(?:an|a|our|another|more|further|the\\s+next|the\\s+latest)\\s+(?:update|information|briefing|details|figures|results)",
    "keep\\s+(?:you|everyone|the\\s+public|parents|customers|patients)\\s+(?:updated|informed|posted)|(?:we|i)(?:'ll)?\\s+(?:will\\s+)?tell\\s+you\\s+(?:as\\s+soon\\s+as|when)|updates?\\s+will\\s+follow|will\\s+follow\\s+in\\s+phases",
    'update\\s+(?:you|everyone|the\\s+public|parents|customers|patients|staff)',
  ].join('|'),
);
/**
 * Publication words that promise news only when a time is named ("results will be published at 5pm",
 * "we will update by 9:00"). "updated" is left out: "we updated the website at 9:00" reports, it does
 * not promise.
 */
const TIMED_PUBLICATION = lexicon('publish(?:ed|ing)?|post(?:ed|ing)?|release[ds]?|releasing|brief(?:ed|ing)?|announce[ds]?|update[s]?|updating');
const VAGUE = lexicon('in\\s+due\\s+course|when\\s+appropriate|at\\s+the\\s+appropriate\\s+time|when\\s+(?:our|the)\\s+investigation\\s+(?:concludes|is\\s+complete)');

export function detectNextUpdate(doc: Doc, clock: ScenarioClock, now: number): { at: number | null; quote: string } | null {
  let untimed: { at: null; quote: string } | null = null;
  for (const s of doc.sentences) {
    if (s.isQuestion || test(VAGUE, s.norm)) continue;
    const promise = findAll(UPDATE_PROMISE, s).some((h) => !negatedSpan(s, h));
    const publication = test(TIMED_PUBLICATION, s.norm);
    if (!promise && !publication) continue;
    const at = futureTime(doc.original.slice(s.start, s.end), clock, now);
    if (at !== null) return { at, quote: sentenceQuote(doc, s) };
    if (promise) untimed ??= { at: null, quote: sentenceQuote(doc, s) };
  }
  return untimed;
}
