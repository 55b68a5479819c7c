/**
 * Times in an MSEL: relative to the start of the exercise. Spreadsheets write them many ways; all of
 * these mean one hour thirty minutes after the start:
 *
 *   D+0 H+1 M+30    D+0H+1M+30    H+1 M+30    01:30    1:30:00    +01:30    T+01:30    1h30m    90m
 *
 * `D+1 H+2` is a day and two hours in. A bare number is minutes (90). Wall-clock readings such as
 * "1:30 PM" are refused rather than guessed: an MSEL's time column is an offset from the start.
 */
import { formatDuration, MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE, MS_PER_SECOND, parseDuration } from '../format/index.ts';

const DHMS = /^(?:D\s*\+\s*(\d+))?\s*(?:H\s*\+\s*(\d+))?\s*(?:M\s*\+\s*(\d+))?\s*(?:S\s*\+\s*(\d+))?$/i;
const CLOCK = /^[+]?(?:T\s*\+\s*)?(\d{1,3}):([0-5]\d)(?::([0-5]\d))?$/i;
const MINUTES = /^\d{1,6}$/;
/** Words spreadsheets put around a duration: "15 min", "2 hours", "90 mins". */
const WORDY = /^(\d+)\s*(d|days?|h|hrs?|hours?|m|mins?|minutes?|s|secs?|seconds?)$/i;

/** Milliseconds after the start, or null when the text is not a relative time. */
export function parseMselTime(text: string): number | null {
  const t = text.trim();
  if (t === '') return null;
  const dhms = DHMS.exec(t);
  if (dhms && /[DHMS]\s*\+/i.test(t)) {
    const [, d, h, m, s] = dhms;
    return Number(d ?? 0) * MS_PER_DAY + Number(h ?? 0) * MS_PER_HOUR + Number(m ?? 0) * MS_PER_MINUTE + Number(s ?? 0) * MS_PER_SECOND;
  }
  const clock = CLOCK.exec(t.replace(/^T\s*\+\s*/i, ''));
  if (clock) {
    const [, h, m, s] = clock;
    return Number(h) * MS_PER_HOUR + Number(m) * MS_PER_MINUTE + Number(s ?? 0) * MS_PER_SECOND;
  }
  if (MINUTES.test(t)) return Number(t) * MS_PER_MINUTE;
  const wordy = WORDY.exec(t);
  if (wordy) {
    const n = Number(wordy[1]);
    const unit = (wordy[2] ?? 'm').toLowerCase()[0];
    return n * (unit === 'd' ? MS_PER_DAY : unit === 'h' ? MS_PER_HOUR : unit === 's' ? MS_PER_SECOND : MS_PER_MINUTE);
  }
  return parseDuration(t.replace(/\s+/g, ''));
}

/** `D+0 H+1 M+30` (seconds only when there are any), the form HSEEP MSELs and OpenBAS use. */
export function formatMselTime(ms: number): string {
  const d = Math.floor(ms / MS_PER_DAY);
  const h = Math.floor((ms % MS_PER_DAY) / MS_PER_HOUR);
  const m = Math.floor((ms % MS_PER_HOUR) / MS_PER_MINUTE);
  const s = Math.round((ms % MS_PER_MINUTE) / MS_PER_SECOND);
  return `D+${d} H+${h} M+${m}${s > 0 ? ` S+${s}` : ''}`;
}

/** A duration cell (deadline, answer time) back to the scenario format's own spelling. */
export function mselDuration(text: string): string | null {
  const ms = parseMselTime(text);
  return ms === null ? null : formatDuration(ms);
}
