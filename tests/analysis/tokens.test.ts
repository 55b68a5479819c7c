import { describe, expect, it } from 'vitest';
import { createAnalyser, GENERIC_VICTIM_TERMS } from '../../src/analysis/en/analyser.ts';
import { scanWords, tokenise } from '../../src/analysis/en/tokens.ts';

const analyser = createAnalyser({ language: 'en', cluster: null, severity: null, clockStart: null, facts: [], keyMessages: [], victimTerms: GENERIC_VICTIM_TERMS, avoidTerms: [] });

describe('words as a trainee wrote them', () => {
  it('keeps contractions, figures, times, addresses and hyphenated words whole, and counts each once', () => {
    const text = 'We don’t know yet: 1,200 pots, 1.2 million records, 9:00 tomorrow, e-mail dpo@northwind.example or see northwind.example/recall.';
    expect(tokenise(text.toLowerCase().replace('’', "'"), 0).map((t) => t.text)).toEqual([
      'we', "don't", 'know', 'yet', '1,200', 'pots', '1.2', 'million', 'records', '9:00', 'tomorrow', 'e-mail', 'dpo@northwind.example', 'or', 'see', 'northwind.example/recall',
    ]);
    expect(analyser.annotate(text, { now: 0 }).words).toBe(16);
  });

  it('splits where a joiner is not followed by a letter or digit, and reads letters of any script', () => {
    expect(analyser.annotate('Sorry... really -- sorry. İstanbul, 東京 and 𝒜lpha; ok-', { now: 0 }).words).toBe(8);
  });

  // The rule is the pattern below; the scanner that replaced it for speed must give the same spans
  // on any text, including astral characters, lone surrogates and combining marks.
  it('gives exactly the spans of the pattern it stands for', () => {
    const patterns = [
      { curly: true, re: /[\p{L}\p{N}]+(?:['’.,:\-/@][\p{L}\p{N}]+)*/gu },
      { curly: false, re: /[\p{L}\p{N}]+(?:['.,:\-/@][\p{L}\p{N}]+)*/gu },
    ];
    const alphabet = ['a', 'Z', '9', 'é', 'İ', 'ß', '日', '𝒜', '😀', '\ud800', '\udc00', "'", '’', '.', ',', ':', '-', '/', '@', ' ', '\n', '!', '_', '٣', '\u0301', '“'];
    let seed = 7;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    let compared = 0;
    for (let k = 0; k < 20_000; k++) {
      let text = '';
      for (let i = next(14); i > 0; i--) text += alphabet[next(alphabet.length)] ?? '';
      for (const { curly, re } of patterns) {
        const expected = [...text.matchAll(re)].map((m) => [m.index, m.index + m[0].length]);
        const spans: number[][] = [];
        scanWords(text, curly, (start, end) => spans.push([start, end]));
        expect(spans, JSON.stringify(text)).toEqual(expected);
        compared += expected.length;
      }
    }
    expect(compared).toBeGreaterThan(20_000);
  });
});
