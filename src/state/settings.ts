/**
 * The player's settings: sound, motion, exam mode and language. Stored as JSON by the host
 * (localStorage in the browser); anything unreadable falls back to the defaults field by field, so a
 * damaged or older settings file never stops the game from starting.
 */
import { z } from 'zod';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../i18n/index.ts';

export const SETTINGS_KEY = 'crisis-room.settings.v1';

export interface Settings {
  /** Master volume, 0–1. */
  readonly volume: number;
  readonly muted: boolean;
  /** No pulsing, sweeping or sliding; also follows the system's prefers-reduced-motion. */
  readonly reducedMotion: boolean;
  /** Hide live scores while playing (shown in the debrief). */
  readonly examMode: boolean;
  readonly locale: Locale;
  /** Read press-conference questions aloud with the browser's speech synthesis, where it has one. */
  readonly speakQuestions: boolean;
}

export const DEFAULT_SETTINGS: Settings = { volume: 0.7, muted: false, reducedMotion: false, examMode: false, locale: DEFAULT_LOCALE, speakQuestions: true };

const fields = {
  volume: z.number().min(0).max(1),
  muted: z.boolean(),
  reducedMotion: z.boolean(),
  examMode: z.boolean(),
  locale: z.enum(LOCALES),
  speakQuestions: z.boolean(),
} as const;

/** Reads stored settings, keeping each valid field and defaulting the rest. */
export function parseSettings(raw: unknown, defaults: Settings = DEFAULT_SETTINGS): Settings {
  const source = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const pick = <K extends keyof Settings>(key: K): Settings[K] => {
    const parsed = fields[key].safeParse(source[key]);
    return parsed.success ? (parsed.data as Settings[K]) : defaults[key];
  };
  return { volume: pick('volume'), muted: pick('muted'), reducedMotion: pick('reducedMotion'), examMode: pick('examMode'), locale: pick('locale'), speakQuestions: pick('speakQuestions') };
}
