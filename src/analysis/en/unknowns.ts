/**
 * What the statement says is not known yet (CERC first message: "what you do not know"). Saying
 * "we don't know yet" about an unknown is good practice, not a gap, so it is found separately from
 * the claims that may carry the value "unknown".
 */
import { findAll, sentenceQuote, type Doc } from './document.ts';
import { lexicon } from './patterns.ts';

const UNKNOWN = lexicon(
  [
    "(?:we|i)\\s+(?:do not|don't|did not|didn't|cannot|can't|can not|are not able to|aren't able to|are unable to)\\s+(?:yet\\s+|currently\\s+|at this (?:stage|point)\\s+)?(?:know|say|confirm|tell|be sure|establish|determine)(?:\\s+yet)?",
    "(?:is|are|it's|has|have)\\s+not\\s+(?:yet\\s+)?(?:been\\s+)?(?:known|clear|established|confirmed|determined|identified)|(?:not|isn't|aren't)\\s+yet\\s+(?:known|clear)",
    'too\\s+(?:early|soon)\\s+to\\s+(?:say|tell|know|speculate|confirm)|remains?\\s+(?:unclear|unknown)|still\\s+(?:being\\s+)?(?:assessed|investigated|established|determined|confirmed|unknown|unclear)',
    "(?:we are|we're|we have been)\\s+(?:still\\s+)?(?:working|trying)\\s+to\\s+(?:establish|find out|determine|understand|confirm)|to\\s+find\\s+out\\s+(?:whether|how|why|what|if)|finding\\s+out\\s+(?:whether|how|why|what|if)",
    "(?:won't|will not|would be wrong to|do not want to|don't want to)\\s+(?:guess|speculate)|(?:we|i)\\s+(?:don't|do not)\\s+have\\s+(?:that|those|the full)\\s+(?:information|details|picture|answer)",
  ].join('|'),
);

export function detectUnknowns(doc: Doc): { quote: string }[] {
  return doc.sentences.filter((s) => findAll(UNKNOWN, s).length > 0).map((s) => ({ quote: sentenceQuote(doc, s) }));
}
