/**
 * The languages Crisis Room speaks. A locale is a BCP 47 tag; its direction drives layout mirroring.
 * `ar-XB` is a pseudo-locale for testing only (right-to-left and about 40% longer than English,
 * the convention Chromium and Android use for bidi pseudo-localisation): it proves every screen
 * mirrors and nothing clips before a real translation exists. It is never offered to users.
 */
export const LOCALES = ['en', 'ar-XB'] as const;
export type Locale = (typeof LOCALES)[number];

/** Locales offered in settings (pseudo-locales are for tests). Next: fa, bn, zh-Hans. */
export const USER_LOCALES: readonly Locale[] = ['en'];

export const DEFAULT_LOCALE: Locale = 'en';

export type Direction = 'ltr' | 'rtl';

const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'ckb', 'dv', 'yi']);

/** Text direction of a BCP 47 tag, from its language subtag (fa, ar, he… are right-to-left). */
export function directionOf(tag: string): Direction {
  const language = tag.split('-')[0]?.toLowerCase() ?? '';
  return RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr';
}

export function isLocale(tag: string): tag is Locale {
  return (LOCALES as readonly string[]).includes(tag);
}
