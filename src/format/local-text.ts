import type { LocalTextDoc } from './schema.ts';

/** The text in `language`, else in the scenario's first language, else any. */
export function textIn(text: LocalTextDoc, language: string, fallback: string): string {
  if (typeof text === 'string') return text;
  return text[language] ?? text[fallback] ?? Object.values(text)[0] ?? '';
}
