/**
 * What the team's own talk does (vocabulary.ts INTERNAL_ACTS): decides ("Agreed: we say …", "my
 * vote is no", "Do NOT confirm …"), escalates to someone with authority or a duty ("taking it to
 * the Chair", "legal should decide"), prepares ("Mel to redraft the release by 3", "script is
 * ready") or stays silent for now ("say nothing till …", "hold off confirming"). Detected on any
 * text; the scorer reads them only for statements on internal channels.
 */
import type { InternalAct } from '../../format/index.ts';
import { findAll, sentenceQuote, test, type Doc, type Sentence } from './document.ts';
import { negatedBefore } from './scope.ts';
import { lexicon } from './patterns.ts';

const CUES: readonly (readonly [InternalAct, RegExp])[] = [
  [
    'silence',
    lexicon(
      "say\\s+nothing|hold\\s+(?:off|back|at)|do\\s+not\\s+(?:confirm|say|mention|put\\s+out|publish|post)|don't\\s+(?:confirm|say|mention|put\\s+out|publish|post)|not\\s+(?:confirm|mention|say)\\s+[a-z' ]{0,30}(?:yet|until|till)|wait\\s+(?:until|till|for)|keep\\s+(?:this|it)\\s+(?:quiet|internal|an?\\s+[a-z]+\\s+story)|no\\s+press\\s+release|on\\s+request\\s+only|holding\\s+line\\s+only|delete\\s+the|just\\s+put\\s+out\\s+the|rather\\s+be\\s+(?:an\\s+hour\\s+)?late|nothing\\s+(?:outside|external)|can\\s+we\\s+(?:hold|just)|won't\\s+ask\\s+if\\s+we\\s+don't|don't\\s+put\\s+out",
    ),
  ],
  [
    'escalation',
    lexicon(
      "escalat[a-z]*|taking\\s+(?:it|this|a\\s+proposal)\\s+to|take\\s+it\\s+to|sending\\s+(?:this|it)\\s+to|flagging\\s+(?:this\\s+|it\\s+)?to|run\\s+it\\s+past|(?:i've|i\\s+have)\\s+(?:rung|called|phoned|asked)|need\\s+(?:the|somebody|someone)\\s+(?:[a-z]+\\s+)?(?:cfo|ceo|board|chair|senior|gc|legal)|(?:ceo|chair|board|legal|principal|gc|dpo|minister|mayor)\\s+(?:should|must|has\\s+to|needs?\\s+to)\\s+(?:decide|know|sign)|must\\s+know\\s+before|on\\s+a\\s+call|ring\\s+the\\s+(?:regulator|chair|mayor|minister)|on\\s+copy|cc'd",
    ),
  ],
  [
    'preparation',
    lexicon(
      "draft(?:s|ing|ed)?|redraft|script|talking\\s+points|fact\\s+sheet|(?:get|getting)\\s+[a-z ]{0,30}ready|is\\s+ready|line\\s+up|prepar[a-z]*|door-by-door|list\\s+for|to\\s+print|on\\s+phones|contract\\s+ready|holding\\s+line\\s+goes\\s+out|set\\s+up|has\\s+our\\s+draft",
    ),
  ],
  [
    'decision',
    lexicon(
      "agreed|decision|decided|my\\s+vote|we\\s+(?:say|go\\s+with|publish|post|tell)|let's|let\\s+us|(?:^|\\.\\s)(?:no|yes)\\.|chair\\s+agrees|(?:do\\s+not|don't)\\s+(?:confirm|say|mention|put)|delete\\s+the|tell\\s+(?:branches|staff|the)|take\\s+'|replace\\s+it\\s+with|use\\s+'|suggest\\s+we|goes\\s+to\\s+the|post\\s+what\\s+we\\s+know|to\\s+ring|i'll\\s+(?:run|ring|take)",
    ),
  ],
];

// Waiting and holding back, which a negation turns into the opposite: "let us not wait for the
// 72 hours" argues to act now.
const DEFERRAL = lexicon('wait\\s+(?:until|till|for)|hold\\s+(?:off|back)');

function silentIn(s: Sentence, pattern: RegExp): boolean {
  return findAll(pattern, s).some((h) => {
    const deferral = findAll(DEFERRAL, s).some((d) => d.start === h.start);
    return !deferral || !negatedBefore(s, h.start, 3);
  });
}

export function detectInternalActs(doc: Doc): { act: InternalAct; quote: string }[] {
  const out: { act: InternalAct; quote: string }[] = [];
  for (const [act, pattern] of CUES) {
    const s = doc.sentences.find((x) => (act === 'silence' ? silentIn(x, pattern) : test(pattern, x.norm)));
    if (s !== undefined) out.push({ act, quote: sentenceQuote(doc, s) });
  }
  return out;
}
