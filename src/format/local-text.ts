import type { LocalTextDoc } from './schema.ts';

/** The text in `language`, else in the scenario's first language, else any. */
export function textIn(text: LocalTextDoc, language: string, fallback: string): string {
  if (typeof text === 'string') return text;
  return text[language] ?? text[fallback] ?? Object.values(text)[0] ?? '';
}

/** Languages a text is written in (a plain string counts as the default language). */
export function languagesOf(text: LocalTextDoc, fallback: string): string[] {
  return typeof text === 'string' ? [fallback] : Object.keys(text);
}
