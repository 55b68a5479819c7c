/** Sentences, numbers, times and dates: the building blocks the detectors stand on. */
import { describe, expect, it } from 'vitest';
import { normalise, readDocument } from '../../src/analysis/en/document.ts';
import { numbersIn } from '../../src/analysis/en/numbers.ts';
import { datesIn, futureTime, scenarioClock } from '../../src/analysis/en/times.ts';

function sentences(text: string): string[] {
  const doc = readDocument(text);
  return doc.sentences.map((s) => doc.original.slice(s.start, s.end));
}

function counts(text: string): number[] {
  const doc = readDocument(text);
  return doc.sentences.flatMap((s) => numbersIn(s).map((n) => n.value));
}

describe('normalise', () => {
  it('keeps the length of the text, so offsets hold', () => {
    for (const t of ['We’re “sure” – İstanbul', 'ß and ﬁ', '😂 A\u00a0B']) expect(normalise(t).length).toBe(t.length);
    expect(normalise('We’re SURE – yes')).toBe("we're sure - yes");
  });
});

describe('sentences', () => {
  it('splits on terminators and line breaks', () => {
    expect(sentences('We are sorry. We recalled it!\nCall us? Thanks')).toEqual(['We are sorry.', 'We recalled it!', 'Call us?', 'Thanks']);
  });

  it('does not split decimals, addresses, titles or "No. 3"', () => {
    expect(sentences('About 1.2 million customers. See northwind.example/recall today. Dr. Reyes leads line No. 3 now.')).toEqual([
      'About 1.2 million customers.',
      'See northwind.example/recall today.',
      'Dr. Reyes leads line No. 3 now.',
    ]);
  });

  it('splits after an answer "No."', () => {
    expect(sentences('No. The passwords were safe.')).toEqual(['No.', 'The passwords were safe.']);
  });
});

describe('numbers', () => {
  it('reads digits and words', () => {
    expect(counts('14 reports, 1,200 pots, 1.2 million records, 3m users')).toEqual([14, 1200, 1_200_000, 3_000_000]);
    expect(counts('fourteen cases, twenty-five lots, one hundred and twenty patients')).toEqual([14, 25, 120]);
    expect(counts('a dozen batches, half a million pots, a couple of kids, a single complaint')).toEqual([12, 500_000, 2, 1]);
  });

  it('leaves out times, dates, phone numbers, identifiers, durations and increments', () => {
    expect(counts('at 9:00, at 3pm, on 8 May, in May 2026, 0800 555 0199, 1-800-555-0177')).toEqual([]);
    expect(counts('line 3, batch 2141, Article 33, for 48 hours, over 60 years, one more batch')).toEqual([]);
  });

  it('leaves out vague quantities', () => {
    expect(counts('dozens of pots, hundreds of people, several batches, a few cases')).toEqual([]);
  });

  it('marks percentages and money', () => {
    const doc = readDocument('5% of users and £2 million of stock');
    const units = doc.sentences.flatMap((s) => numbersIn(s).map((n) => n.unit));
    expect(units).toEqual(['percent', 'money']);
  });
});

describe('times', () => {
  const clock = scenarioClock('2026-05-12T07:30:00+02:00');
  const now = 2 * 3_600_000; // 09:30 on the scenario's wall clock

  it('places wall-clock times on the scenario clock', () => {
    expect(futureTime('at 12:00', clock, now)).toBe(4.5 * 3_600_000);
    expect(futureTime('at 9:00 tomorrow', clock, now)).toBe(25.5 * 3_600_000);
    expect(futureTime('in two hours', clock, now)).toBe(4 * 3_600_000);
  });

  it('reads "at 9:00" said after nine as tomorrow, and gives nothing for no time', () => {
    expect(futureTime('at 9:00', clock, now)).toBe(25.5 * 3_600_000);
    expect(futureTime('as soon as we can', clock, now)).toBeNull();
  });

  it('reads calendar dates on the scenario clock', () => {
    expect(datesIn('produced on 8 May', clock, now).map((d) => d.value)).toEqual(['2026-05-08']);
    expect(datesIn('found this morning', clock, now).map((d) => d.value)).toEqual(['2026-05-12']);
  });

  it('has no wall clock without a clock start', () => {
    const none = scenarioClock(null);
    expect(none.startMs).toBeNull();
    expect(datesIn('on 8 May', none, now)).toEqual([]);
    expect(scenarioClock('not a date').startMs).toBeNull();
  });
});
