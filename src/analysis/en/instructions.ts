/**
 * Instructions to the public: imperatives and advice that tell people how to protect themselves
 * ("do not eat it", "return it to the store", "check the batch code", "call 0800 …", "see a doctor
 * if …"). CERC's "promote action". A protective verb must open a clause (after "please", a
 * condition, "and", or punctuation), or follow "you should", "customers must", "we advise you to".
 * Instructions to staff about the media ("do not speak to journalists") are not protective and
 * are not counted.
 */
import { findAll, sentenceQuote, type Doc } from './document.ts';
import { lexicon, verbForms } from './patterns.ts';

const NEGATIVE_VERBS = 'eat|drink|consume|use|take|give|feed|open|click|reply|respond|share|stop|buy|serve|cook|enter|download|panic';
const POSITIVE_VERBS = [
  'return', 'bring it', 'bring them', 'bring the', 'bring back', 'throw away', 'throw it away', 'discard', 'dispose of', 'check',
  'call', 'ring', 'phone us', 'phone our', 'contact us', 'contact our', 'contact your', 'contact the', 'visit', 'seek',
  'get medical', 'get help', 'keep taking', 'keep using', 'store it', 'store them', 'store the', 'store your', 'wash', 'avoid',
  'change your', 'change it', 'change the', 'reset your', 'enable', 'monitor your', 'monitor the', 'monitor for', 'watch out',
  'watch for', 'look at', 'look for', 'look out', 'report it', 'report any', 'report them', 'report this', 'report suspicious',
  'hang up', 'delete', 'ignore', 'consult', 'go to', 'follow the', 'follow our', 'freeze', 'cancel your', 'stop eating',
  'stop using', 'stop taking', 'stop drinking', 'switch off',
  'be alert', 'be careful', 'be wary', 'be aware', 'be vigilant', 'beware', 'see a doctor', 'see your doctor', 'see a gp',
  'talk to your doctor', 'talk to a doctor', 'talk to your pharmacist', 'speak to your doctor', 'speak to a doctor',
  'speak to your pharmacist', 'ask your doctor', 'ask your pharmacist', 'keep an eye',
].join('|');
const MEDICAL = '(?:talk|speak)\\s+to\\s+(?:your|their|a|the)\\s+(?:doctor|gp|pharmacist|nurse|prescriber)|see\\s+(?:a|your|their)\\s+(?:doctor|gp)';
const PROTECTIVE = `(?:(?:do\\s+not|don't|never)\\s+(?:${NEGATIVE_VERBS})|${MEDICAL}|${POSITIVE_VERBS})`;
const OPENER = "(?:^|[:;,(]\\s*|\\s(?:and|or|then|please)\\s+|^please\\s+|\\.\\s+)";

const IMPERATIVE = new RegExp(`${OPENER}(?:please\\s+)?${PROTECTIVE}(?![\\p{L}])`, 'gu');
const ADVISED = lexicon(
  `(?:you|customers|parents|patients|users|anyone|everyone|people|consumers|carers|the public)\\s+(?:should|must|need to|are advised to|are asked to|are urged to|can|may wish to|ought to)\\s+(?:(?:not|also|now|immediately)\\s+)*(?:${PROTECTIVE}|${verbForms(['stop', 'return', 'check', 'call', 'contact', 'change', 'seek', 'avoid'])})`,
);
const URGED = lexicon(
  "(?:we|i)\\s+(?:strongly\\s+)?(?:advise|urge|ask|recommend|encourage|tell)\\s+(?:you|all|anyone|customers|parents|patients|people|users|everyone|consumers)\\b[^.;]{0,60}?\\s+to\\s+(?:not\\s+)?[a-z]+",
);
/** "keep you informed" is a promise, not an instruction. */
const NOT_INSTRUCTION = lexicon('keep\\s+(?:you|them|everyone|the public)\\s+(?:updated|informed|posted)|(?:do\\s+not|don\'t)\\s+need\\s+to');

export function detectInstructions(doc: Doc): { quote: string }[] {
  const out: { quote: string }[] = [];
  for (const s of doc.sentences) {
    if (s.isQuestion) continue;
    if (findAll(NOT_INSTRUCTION, s).length > 0 && findAll(IMPERATIVE, s).length === 0) continue;
    if (findAll(IMPERATIVE, s).length > 0 || findAll(ADVISED, s).length > 0 || findAll(URGED, s).length > 0) {
      out.push({ quote: sentenceQuote(doc, s) });
    }
  }
  return out;
}
