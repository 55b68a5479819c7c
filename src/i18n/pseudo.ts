/**
 * Pseudo-localisation for layout tests: wraps a catalogue so every message comes out right-to-left
 * (wrapped in RIGHT-TO-LEFT EMBEDDING … POP DIRECTIONAL FORMATTING) and about 40% longer, with
 * accented letters so untranslated, hard-coded text stands out in screenshots. Digits and the
 * parameters' own values are left readable.
 */
import type { Catalogue } from './catalogue.ts';

const RLE = '\u202B';
const PDF = '\u202C';
const ACCENTED: Readonly<Record<string, string>> = {
  a: 'á', e: 'é', i: 'í', o: 'ó', u: 'ú', c: 'ç', n: 'ñ', y: 'ý',
  A: 'Á', E: 'É', I: 'Í', O: 'Ó', U: 'Ú', C: 'Ç', N: 'Ñ', Y: 'Ý',
};

export function pseudoText(text: string): string {
  let out = '';
  for (const ch of text) out += ACCENTED[ch] ?? ch;
  // 40% longer: pad with a visibly foreign tail proportional to the length.
  const extra = Math.ceil(text.length * 0.4);
  const pad = extra > 0 ? ` ${'·ﻼ'.repeat(Math.ceil(extra / 2)).slice(0, extra)}` : '';
  return `${RLE}${out}${pad}${PDF}`;
}

export function pseudoCatalogue<M extends { [K in keyof M]: object }>(source: Catalogue<M>): Catalogue<M> {
  const out: Partial<Record<keyof M, unknown>> = {};
  for (const key of Object.keys(source) as (keyof M)[]) {
    const message = source[key];
    out[key] = (params: never, format: never) => pseudoText(message(params, format));
  }
  return out as Catalogue<M>;
}
