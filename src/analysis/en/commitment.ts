/**
 * A commitment to stay with the people affected through the crisis (CERC first message:
 * "commitment"): "we will stay with the families for as long as they need us", "we will keep you
 * informed until every pot is off the shelves", "our helpline is open for as long as it is needed".
 * A plain "we will keep you updated" is a promise of updates, not a commitment: it needs an
 * endurance marker.
 */
import { findAll, sentenceQuote, type Doc } from './document.ts';
import { lexicon } from './patterns.ts';
import { negatedSpan } from './scope.ts';

const COMMITMENT = lexicon(
  [
    '(?:stay|stand|remain|be there)\\s+(?:with|by|for)\\s+(?:you|them|every|each|all|the|our|those|these|families|patients|customers|parents|everyone)',
    'for\\s+as\\s+long\\s+as\\s+(?:it\\s+takes|they\\s+need|you\\s+need|it\\s+is\\s+needed|needed|[a-z]+\\s+need)',
    '(?:keep|kept)\\s+(?:you|them|everyone|the\\s+public|[a-z]+)\\s+(?:informed|updated|posted)\\s+until',
    'see\\s+this\\s+through|(?:not|never)\\s+rest\\s+until|every\\s+step\\s+of\\s+the\\s+way|throughout\\s+(?:this|the\\s+recovery|the\\s+investigation)|until\\s+we\\s+have\\s+answers',
  ].join('|'),
);

export function detectCommitment(doc: Doc): { quote: string } | null {
  for (const s of doc.sentences) {
    if (findAll(COMMITMENT, s).some((h) => !negatedSpan(s, h))) return { quote: sentenceQuote(doc, s) };
  }
  return null;
}
