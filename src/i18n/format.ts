/**
 * Locale-aware formatting handed to every message: numbers, percentages, scenario durations, lists
 * and plural choice all come from Intl, so a catalogue for Persian or Bengali gets its own digits,
 * separators and plural categories without code changes.
 */
export interface Format {
  readonly locale: string;
  /** A plain number in the locale's digits. */
  number(value: number, maxFractionDigits?: number): string;
  /** A share (0–1) as a percentage. */
  percent(share: number, maxFractionDigits?: number): string;
  /** Scenario time in milliseconds as hours and minutes ("1 h 05 min"), in the locale's digits. */
  duration(ms: number): string;
  /** "a, b and c" in the locale's conjunction. */
  list(items: readonly string[]): string;
  /** Picks the form for `count` by the locale's plural rules (CLDR categories). */
  plural(count: number, forms: PluralForms): string;
}

/** CLDR plural categories; `other` is required, the rest where the language has them. */
export interface PluralForms {
  readonly zero?: string;
  readonly one?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}

export interface DurationWords {
  /** e.g. (h, m) => `${h} h ${m} min`; receives already-formatted numbers. */
  readonly hoursMinutes: (hours: string, minutes: string) => string;
  readonly minutes: (minutes: string) => string;
  readonly seconds: (seconds: string) => string;
}

export function createFormat(locale: string, words: DurationWords): Format {
  const numbers = new Map<number, Intl.NumberFormat>();
  const numberFormat = (digits: number): Intl.NumberFormat => {
    let f = numbers.get(digits);
    if (!f) {
      f = new Intl.NumberFormat(locale, { maximumFractionDigits: digits });
      numbers.set(digits, f);
    }
    return f;
  };
  const pad = new Intl.NumberFormat(locale, { minimumIntegerDigits: 2, useGrouping: false });
  const plurals = new Intl.PluralRules(locale);
  const lists = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  const format: Format = {
    locale,
    number: (value, maxFractionDigits = 0) => (Number.isFinite(value) ? numberFormat(maxFractionDigits).format(value) : '—'),
    percent: (share, maxFractionDigits = 0) => (Number.isFinite(share) ? `${numberFormat(maxFractionDigits).format(share * 100)}%` : '—'),
    duration: (ms) => {
      if (!Number.isFinite(ms)) return '—';
      const sign = ms < 0 ? '−' : '';
      const abs = Math.abs(ms);
      if (abs < 60_000) return sign + words.seconds(format.number(Math.round(abs / 1000)));
      const totalMinutes = Math.round(abs / 60_000);
      const hours = Math.floor(totalMinutes / 60);
      const minutes = totalMinutes % 60;
      if (hours === 0) return sign + words.minutes(format.number(minutes));
      return sign + words.hoursMinutes(format.number(hours), pad.format(minutes));
    },
    list: (items) => lists.format(items),
    plural: (count, forms) => {
      const category = plurals.select(count);
      return forms[category] ?? forms.other;
    },
  };
  return format;
}
