/**
 * Where to get more information: a phone number, a web address, an e-mail address, or a named
 * hotline/helpline. CERC's first message ends with it.
 */
import { findAll, sentenceQuote, type Doc } from './document.ts';
import { lexicon } from './patterns.ts';

const CHANNEL = lexicon(
  [
    // Phone numbers: at least seven digits in groups ("0800 555 0199", "1-800-555-0177"), or the
    // short public-health numbers.
    '\\+?\\d[\\d\\s().-]{5,}\\d|nhs\\s+111|911|999|111',
    // Web and e-mail addresses.
    'https?://\\S+|www\\.\\S+|[a-z0-9-]+(?:\\.[a-z0-9-]+)+/[\\w/.-]*|[\\w.+-]+@[a-z0-9-]+(?:\\.[a-z0-9-]+)+',
    'hotline|helpline|careline|care\\s+line|phone\\s+line|patient\\s+line|information\\s+line|advice\\s+line|call\\s+cent(?:re|er)|(?:our|the)\\s+website',
  ].join('|'),
);
const DIGITS = /\d/g;

export function detectContact(doc: Doc): { quote: string } | null {
  for (const s of doc.sentences) {
    const found = findAll(CHANNEL, s).some((h) => {
      const text = doc.norm.slice(h.start, h.end);
      const digits = text.match(DIGITS)?.length ?? 0;
      return !/^\+?\d/.test(text) || digits >= 7 || /^(?:nhs\s+111|911|999|111)$/.test(text);
    });
    if (found) return { quote: sentenceQuote(doc, s) };
  }
  return null;
}
