/**
 * The message catalogue: the only place words for people come from. Engine results, refusals and
 * events carry codes and ids; the report, the CLI, the UI and the server turn them into words here.
 */
import type { Diagnostic, LintMessage } from '../format/index.ts';
import type { ParamsArg } from './catalogue.ts';
import { createFormat, type Format } from './format.ts';
import { directionOf, DEFAULT_LOCALE, isLocale, type Direction, type Locale } from './locales.ts';
import { durationWords, en } from './messages/en/index.ts';
import type { AllMessages, MessageKey } from './messages/keys.ts';
import { pseudoCatalogue } from './pseudo.ts';

export type { Catalogue, Message, NoParams } from './catalogue.ts';
export type { Format, PluralForms } from './format.ts';
export { DEFAULT_LOCALE, directionOf, isLocale, LOCALES, USER_LOCALES, type Direction, type Locale } from './locales.ts';
export type { AllMessages, MessageKey } from './messages/keys.ts';
export type { UnjudgedReason } from './messages/cli-keys.ts';
export type { TriggerProblem } from './messages/interop-keys.ts';

export interface Translator {
  readonly locale: Locale;
  readonly dir: Direction;
  readonly format: Format;
  /** A property, not a method, so `const { t } = translator` is safe. */
  readonly t: <K extends MessageKey>(key: K, ...params: ParamsArg<AllMessages[K]>) => string;
  /** Whether a key exists (codes arriving from a newer server or save may not). */
  has(key: string): key is MessageKey;
  /** Renders a coded result (`{ code, params }`: a refusal, a cause, a cue) in this locale. */
  render<K extends MessageKey>(coded: { readonly code: K; readonly params: AllMessages[K] }): string;
}

const catalogues = { en, 'ar-XB': pseudoCatalogue(en) } as const;

export function createTranslator(tag: string = DEFAULT_LOCALE): Translator {
  const locale: Locale = isLocale(tag) ? tag : DEFAULT_LOCALE;
  const catalogue = catalogues[locale];
  // The pseudo-locale formats numbers as English so figures stay comparable in tests.
  const format = createFormat(locale === 'ar-XB' ? 'en' : locale, durationWords);
  return {
    locale,
    dir: directionOf(locale),
    format,
    t(key, ...params) {
      // Each key's message takes that key's parameters; the lookup by a generic key loses the pairing.
      const message = catalogue[key] as (p: object, f: Format) => string;
      return message(params[0] ?? {}, format);
    },
    has: (key): key is MessageKey => Object.hasOwn(catalogue, key),
    render(coded) {
      const message = catalogue[coded.code] as (p: object, f: Format) => string;
      return message(coded.params, format);
    },
  };
}

/** A lint finding (or any `lint.*` message) in the translator's language. */
export function lintText(tr: Translator, m: LintMessage): string {
  return tr.render({ code: m.key, params: m.params });
}

/**
 * `path:line:col severity CODE message`, the line editors and CI annotators read (`crisis lint`):
 * the severity and the code stay as they are in every language, since scripts match on them.
 */
export function diagnosticLine(tr: Translator, d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.col} ${d.severity} ${d.code} ${lintText(tr, d)}`;
}
