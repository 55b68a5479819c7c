/**
 * The analyser as the engine meets it: valid annotations, quotes that are real substrings,
 * determinism, hostile input, and the calibration facts the design rests on.
 */
import { describe, expect, it } from 'vitest';
import { createAnalyser } from '../../src/analysis/en/analyser.ts';
import { MAX_ANALYSED_CHARS } from '../../src/analysis/en/document.ts';
import { Annotation, type AnalysisContext } from '../../src/engine/index.ts';
import { analysisContextOf, readCalibrationFile } from '../calibration/contexts.ts';
import { allQuotes, annotateIn, calibrationContexts } from './helpers.ts';

const file = readCalibrationFile();
const foodContext = file.contexts['food-recall'];
if (foodContext === undefined) throw new Error('food-recall context missing');

describe('annotations', () => {
  it.each(file.statements.map((s) => [s.id, s.context, s.text] as const))('%s: valid, and every quote is a substring of the input', (_id, context, text) => {
    const a = annotateIn(context, text);
    expect(Annotation.safeParse(a).success).toBe(true);
    expect(a.source).toBe('analyser');
    for (const q of allQuotes(a)) {
      expect(q.length).toBeGreaterThan(0);
      expect(text.includes(q), `quote not in text: ${q}`).toBe(true);
    }
  });

  it('counts words and sentences', () => {
    const a = annotateIn('food-recall', 'We have recalled four batches of yoghurt. Do not eat it. Call 0800 555 0199 if you feel unwell today.');
    expect(a.words).toBe(20);
    expect(a.readability?.sentences).toBe(3);
    expect(a.readability?.words).toBe(20);
  });

  it('gives no grade for a text too short to judge', () => {
    expect(annotateIn('food-recall', 'No comment.').readability).toBeNull();
  });

  it('gives a high grade to jargon and a low one to plain words', () => {
    const plain = annotateIn('food-recall', 'Do not eat the yoghurt. Take it back to the shop. We will give you your money back. Call us if you feel ill.');
    const jargon = annotateIn(
      'food-recall',
      'Consequent upon comprehensive microbiological investigations, the organisation has determined that precautionary withdrawal of potentially non-conforming inventory constitutes the appropriate intervention.',
    );
    expect(plain.readability?.grade).toBeLessThan(6);
    expect(jargon.readability?.grade).toBeGreaterThan(14);
  });
});

describe('determinism', () => {
  it('gives the same annotation for the same text, from the same or a new analyser', () => {
    const text = file.statements[0]?.text ?? '';
    const ctx = analysisContextOf(foodContext);
    const one = createAnalyser(ctx);
    const two = createAnalyser(ctx);
    const first = one.annotate(text, { now: 7_200_000 });
    expect(one.annotate(text, { now: 7_200_000 })).toEqual(first);
    expect(two.annotate(text, { now: 7_200_000 })).toEqual(first);
  });

  it('resolves "at 12:00" to the same scenario time whatever the machine time zone', () => {
    const previous = process.env.TZ;
    const seen = new Set<number | null>();
    try {
      for (const tz of ['UTC', 'America/New_York', 'Asia/Tokyo', 'Europe/London', 'Australia/Sydney']) {
        process.env.TZ = tz;
        const analyser = createAnalyser(analysisContextOf(foodContext));
        seen.add(analyser.annotate('Our next update is at 12:00.', { now: 7_200_000 }).nextUpdate?.at ?? null);
      }
    } finally {
      if (previous === undefined) delete process.env.TZ;
      else process.env.TZ = previous;
    }
    // Clock start 07:30 +02:00; 12:00 on the scenario's wall clock is 4h30m in.
    expect([...seen]).toEqual([16_200_000]);
  });
});

describe('time without a scenario clock', () => {
  const noClock: AnalysisContext = { ...analysisContextOf(foodContext), clockStart: null };
  const analyser = createAnalyser(noClock);

  it('resolves relative promises from now', () => {
    expect(analyser.annotate('Next update in two hours.', { now: 600_000 }).nextUpdate?.at).toBe(600_000 + 7_200_000);
  });

  it('keeps the promise but cannot place a wall-clock time', () => {
    const a = analyser.annotate('We will update you at 9:00.', { now: 600_000 });
    expect(a.nextUpdate).not.toBeNull();
    expect(a.nextUpdate?.at).toBeNull();
  });
});

describe('time after a calendar jump between exercise modules', () => {
  // Day 1 from 08:00; at 3h the calendar jumps six weeks to 14 July, 10:00.
  const jumped: AnalysisContext = {
    ...analysisContextOf(foodContext),
    clockStart: '2026-06-02T08:00:00+01:00',
    clockJumps: [{ atMs: 3 * 3_600_000, toIso: '2026-07-14T10:00:00+01:00' }],
  };
  const analyser = createAnalyser(jumped);

  it('reads "at 11:00" on the calendar in force when it is said', () => {
    // Said at 09:00 on day 1: two hours on.
    expect(analyser.annotate('Our next update is at 11:00.', { now: 3_600_000 }).nextUpdate?.at).toBe(3 * 3_600_000);
    // Said at 10:10 on 14 July (3h10m): fifty minutes on, not "tomorrow" on day 1's calendar.
    expect(analyser.annotate('Our next update is at 11:00.', { now: 3 * 3_600_000 + 600_000 }).nextUpdate?.at).toBe(4 * 3_600_000);
  });
});

describe('hostile input', () => {
  const analyser = calibrationContexts().get('food-recall')?.analyser;
  if (analyser === undefined) throw new Error('no analyser');
  const cases: [string, string][] = [
    ['empty', ''],
    ['whitespace', ' \n\t  \n'],
    ['only punctuation', '?!?!... ,,, ;;; --- !!! ((( )))'.repeat(200)],
    ['only emoji', '😂🔥🙏🏽👨‍👩‍👧‍👦'.repeat(500)],
    ['a 1 MB paste without punctuation', 'we are sorry four batches listeria do not eat '.repeat(23_000)],
    ['a 1 MB paste of one word', 'a'.repeat(1_000_000)],
    ['a 1 MB paste of sentences', 'We are deeply sorry. We have recalled four batches. Call 0800 555 0199. '.repeat(14_000)],
    ['long digit runs', '1234567890 '.repeat(5000)],
    ['nested-looking text', '((((((((((((((((((((((((((( we are sorry if ))))))))))))))))))))))'],
    ['control characters', '\u0000\u0001\u0002 we are sorry \u0007\u001b[31m'],
    ['characters that grow when lower-cased', 'İstanbul İ İ: we take full responsibility. İ'],
    ['lone surrogates', '\ud800 we are sorry \udc00'],
  ];

  it.each(cases)('%s: returns a valid annotation', (_name, text) => {
    const a = analyser.annotate(text, { now: 7_200_000 });
    expect(Annotation.safeParse(a).success).toBe(true);
    for (const q of allQuotes(a)) expect(text.includes(q)).toBe(true);
    expect(a.claims.length).toBeLessThanOrEqual(50);
    expect(a.penalties.length).toBeLessThanOrEqual(30);
    expect(a.hedges.length).toBeLessThanOrEqual(50);
  });

  it('counts every word of a long paste but reads only its start', () => {
    const text = 'We are deeply sorry for the families. '.repeat(10_000);
    const a = analyser.annotate(text, { now: 0 });
    expect(a.words).toBe(70_000);
    expect(a.readability?.words).toBeLessThan(MAX_ANALYSED_CHARS / 4);
  });

  it('accepts a non-finite time as the start of the scenario', () => {
    expect(analyser.annotate('Next update in two hours.', { now: Number.NaN }).nextUpdate?.at).toBe(7_200_000);
  });
});

describe('sentiment is not empathy', () => {
  it('finds concern and responsibility in words a sentiment lexicon scores negative', () => {
    const a = annotateIn('food-recall', 'We apologize. We are deeply concerned for the families after this devastating failure, and we take full responsibility.');
    expect(a.empathy.map((e) => e.element)).toEqual(expect.arrayContaining(['concern', 'responsibility']));
  });

  it('finds no empathy in cheerful words', () => {
    const a = annotateIn('food-recall', 'What a great week! We love our amazing customers and our fantastic products are the best.');
    expect(a.empathy).toEqual([]);
  });
});
