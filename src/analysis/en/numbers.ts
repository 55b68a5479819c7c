/**
 * Counts written in digits or words: "14", "1,200", "1.2 million", "1.2m", "fourteen",
 * "twenty-five", "one hundred and twenty", "a dozen", "half a million", "a couple of", "a single".
 *
 * Numbers that are not counts are left out, because a claim must never be read from them: times
 * ("9:00", "3pm"), dates ("8 May", "2026"), phone numbers ("0800 555 0199", "1-800-555-0177"),
 * identifiers ("line 3", "batch 2141", "Article 33") and increments ("one more batch": a change,
 * not a total). Vague quantities ("dozens", "hundreds", "a few") are not numbers either: they
 * cannot be checked against a figure.
 */
import type { Sentence } from './document.ts';
import type { Token } from './tokens.ts';

export interface NumberMention {
  readonly value: number;
  /** Index of the first and last token of the mention in the sentence's tokens. */
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
  readonly unit: 'count' | 'percent' | 'money';
  /** Written as an approximation in itself ("a couple of"). */
  readonly approximate: boolean;
}

// Maps, not object literals: every token of every sentence is looked up here, and an object would
// also answer for "constructor" or "toString" through its prototype.
const UNITS: ReadonlyMap<string, number> = new Map(Object.entries({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, dozen: 12,
}));
const TENS: ReadonlyMap<string, number> = new Map(Object.entries({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
}));
const SCALES: ReadonlyMap<string, number> = new Map(Object.entries({
  hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000, m: 1_000_000, bn: 1_000_000_000, k: 1_000,
}));
const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
/** A number right after these words names something ("line 3", "article 33"), it does not count. */
const IDENTIFIER_BEFORE = new Set([
  'line', 'lot', 'batch', 'code', 'no', 'number', 'flight', 'room', 'page', 'article', 'section', 'item', 'version',
  'model', 'ward', 'gate', 'step', 'phase', 'plant', 'site', 'unit', 'building', 'floor', 'chapter', 'nhs', 'level',
  'grade', 'category', 'class', 'type', 'stage', 'annex', 'paragraph', 'rule', 'order', 'case',
]);
const INCREMENT_AFTER = new Set(['more', 'further', 'additional', 'extra', 'other', 'new', 'fewer', 'less']);
const NOT_A_COUNT_BEFORE = new Set(['no', 'every', 'any', 'each', 'the', 'this', 'that', 'which', 'someone', 'anyone']);
const TIME_AFTER = new Set(['am', 'pm', 'a.m', 'p.m', "o'clock", 'hrs', 'gmt', 'bst', 'utc', 'cet', 'et', 'est', 'edt']);
const YEAR_BEFORE = new Set(['in', 'since', 'until', 'by', 'year', 'of', 'from']);
const MONEY_AFTER = new Set(['dollars', 'pounds', 'euros', 'usd', 'gbp', 'eur']);
/** "48 hours", "12 months", "60 years" are durations, not counts of anything a fact is about. */
const DURATION_AFTER = new Set([
  'second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'decades',
]);

const DIGITS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/;
const DIGITS_WITH_SCALE = /^(\d+(?:\.\d+)?)(k|m|bn)$/;

function digitValue(text: string): number | null {
  if (DIGITS.test(text)) return Number(text.replace(/,/g, ''));
  const m = DIGITS_WITH_SCALE.exec(text);
  if (m !== null) return Number(m[1]) * (SCALES.get(m[2] ?? '') ?? 1);
  return null;
}

function wordValue(text: string): number | null {
  const value = UNITS.get(text) ?? TENS.get(text);
  if (value !== undefined) return value;
  const dash = text.indexOf('-');
  if (dash < 0) return null;
  const tens = TENS.get(text.slice(0, dash));
  const unit = UNITS.get(text.slice(dash + 1));
  return tens !== undefined && unit !== undefined && unit < 10 ? tens + unit : null;
}

function isPhoneLike(text: string): boolean {
  return /^0\d{2,}$/.test(text) || /^\+?\d+(?:-\d+){2,}$/.test(text);
}

/** Number mentions of a sentence that may be counts. */
export function numbersIn(sentence: Sentence): NumberMention[] {
  const tokens = sentence.tokens;
  const out: NumberMention[] = [];
  const norm = sentence.norm;
  let i = 0;
  while (i < tokens.length) {
    const parsed = parseAt(tokens, i);
    if (parsed === null) {
      i++;
      continue;
    }
    const { value, last, approximate } = parsed;
    const first = i;
    i = last + 1;
    const firstToken = tokens[first];
    const lastToken = tokens[last];
    if (firstToken === undefined || lastToken === undefined) continue;
    const before = tokens[first - 1]?.text ?? '';
    const after = tokens[last + 1]?.text ?? '';
    // Characters right around the mention decide units and times.
    const charBefore = norm.charAt(firstToken.start - sentence.start - 1);
    const charAfter = norm.charAt(lastToken.end - sentence.start);
    if (firstToken.text.includes(':') || TIME_AFTER.has(after) || charAfter === ':') continue;
    if (MONTHS.has(before) || MONTHS.has(after)) continue;
    if (/^(?:19|20)\d\d$/.test(firstToken.text) && (YEAR_BEFORE.has(before) || MONTHS.has(before))) continue;
    if (isPhoneLike(firstToken.text) || isDigitRun(tokens, first, last)) continue;
    if (IDENTIFIER_BEFORE.has(before) || charBefore === '#') continue;
    if (INCREMENT_AFTER.has(after) || DURATION_AFTER.has(after)) continue;
    if (NOT_A_COUNT_BEFORE.has(before) && firstToken.text === 'one') continue;
    const percent = charAfter === '%' || after === 'percent' || (after === 'per' && tokens[last + 2]?.text === 'cent');
    const money = /[£$€]/.test(charBefore) || MONEY_AFTER.has(after);
    out.push({
      value,
      first,
      last,
      start: firstToken.start,
      end: lastToken.end,
      unit: percent ? 'percent' : money ? 'money' : 'count',
      approximate,
    });
  }
  return out;
}

/** Digit tokens next to other digit tokens ("0800 555 0199") are a phone or reference number. */
function isDigitRun(tokens: readonly Token[], first: number, last: number): boolean {
  const neighbour = (k: number): boolean => /^\d+$/.test(tokens[k]?.text ?? '');
  return /^\d+$/.test(tokens[first]?.text ?? '') && (neighbour(first - 1) || neighbour(last + 1));
}

interface Parsed {
  readonly value: number;
  readonly last: number;
  readonly approximate: boolean;
}

function parseAt(tokens: readonly Token[], i: number): Parsed | null {
  const t = tokens[i]?.text ?? '';
  const next = tokens[i + 1]?.text ?? '';
  const next2 = tokens[i + 2]?.text ?? '';
  // Fixed phrases first.
  if (t === 'a' && next === 'couple' && next2 === 'of') return { value: 2, last: i + 2, approximate: true };
  if ((t === 'a' && next === 'single') || (t === 'single' && i > 0)) return { value: 1, last: t === 'a' ? i + 1 : i, approximate: false };
  if (t === 'half' && next === 'a' && (next2 === 'million' || next2 === 'billion')) {
    return { value: (SCALES.get(next2) ?? 0) / 2, last: i + 2, approximate: false };
  }
  if (t === 'a' && (next === 'dozen' || next === 'hundred' || next === 'thousand' || next === 'million')) {
    return scaleRun(tokens, i + 1, next === 'dozen' ? 12 : 1, next === 'dozen');
  }
  const digits = digitValue(t);
  if (digits !== null) {
    const scale = SCALES.get(next);
    if (scale !== undefined && next !== 'm' && next !== 'k' && next !== 'bn') return { value: digits * scale, last: i + 1, approximate: false };
    return { value: digits, last: i, approximate: false };
  }
  if (wordValue(t) !== null) return wordRun(tokens, i);
  return null;
}

/** "a hundred", "a dozen": the article stands for one of the scale word. */
function scaleRun(tokens: readonly Token[], i: number, base: number, approximate: boolean): Parsed {
  const t = tokens[i]?.text ?? '';
  const scale = t === 'dozen' ? 1 : (SCALES.get(t) ?? 1);
  return { value: base * scale, last: i, approximate };
}

/** "one hundred and twenty", "two million", "twenty-five". */
function wordRun(tokens: readonly Token[], i: number): Parsed {
  let total = 0;
  let current = 0;
  let last = i;
  let k = i;
  while (k < tokens.length) {
    const t = tokens[k]?.text ?? '';
    const unit = wordValue(t);
    const scale = t === 'm' || t === 'k' || t === 'bn' ? undefined : SCALES.get(t);
    if (unit !== null) {
      current += unit;
      last = k;
    } else if (scale !== undefined && k > i) {
      if (scale === 100) current = Math.max(current, 1) * 100;
      else {
        total += Math.max(current, 1) * scale;
        current = 0;
      }
      last = k;
    } else if (t === 'and' && k > i && wordValue(tokens[k + 1]?.text ?? '') !== null && SCALES.get(tokens[k - 1]?.text ?? '') !== undefined) {
      // "one hundred and twenty": "and" only joins after a scale word.
    } else break;
    k++;
  }
  return { value: total + current, last, approximate: false };
}
