/**
 * Times and dates in scenario terms, read with `chrono-node` (English locale only, ~13 KB gzipped).
 *
 * The reference instant is the scenario clock (clockStart + now) and the reference time zone is the
 * offset written in clockStart, so "at 9:00" means 9:00 on the scenario's wall clock whatever the
 * machine's own zone (checked in tests under several TZ settings, including across DST changes).
 * chrono never reads the machine clock when it is given a reference instant.
 */
import { casual } from 'chrono-node/en';

export interface ScenarioClock {
  /** Epoch ms of scenario minute 0, or null when the scenario has no wall clock. */
  readonly startMs: number | null;
  /** Minutes east of UTC written in clockStart. */
  readonly offsetMinutes: number;
}

const OFFSET = /(?:([+-])(\d\d):?(\d\d)|Z)$/;

export function scenarioClock(clockStart: string | null): ScenarioClock {
  if (clockStart === null) return { startMs: null, offsetMinutes: 0 };
  const startMs = Date.parse(clockStart);
  if (Number.isNaN(startMs)) return { startMs: null, offsetMinutes: 0 };
  const m = OFFSET.exec(clockStart);
  const sign = m?.[1] === '-' ? -1 : 1;
  const offsetMinutes = m?.[2] === undefined ? 0 : sign * (Number(m[2]) * 60 + Number(m[3] ?? '0'));
  return { startMs, offsetMinutes };
}

/** Only relative expressions can be resolved without a wall clock ("in two hours"). */
const RELATIVE = /^(?:in|within)\b/;

/**
 * The first future time named in `text`, in scenario ms, or null. "at 9:00" said at 10:00 means
 * tomorrow at 9:00; a time that resolves to the past or to now is not a promise and gives null.
 */
export function futureTime(text: string, clock: ScenarioClock, now: number): number | null {
  const startMs = clock.startMs ?? 0;
  const instant = new Date(startMs + now);
  const results = casual.parse(text, { instant, timezone: clock.offsetMinutes }, { forwardDate: true });
  for (const r of results) {
    if (clock.startMs === null && !RELATIVE.test(r.text)) continue;
    if (!r.start.isCertain('hour') && !r.start.isCertain('day') && !r.start.isCertain('weekday')) continue;
    const at = r.start.date().getTime() - startMs;
    if (at > now) return at;
  }
  return null;
}

export interface DateMention {
  /** ISO calendar date on the scenario's wall clock, e.g. "2026-05-08". */
  readonly value: string;
  /** Offset of the date expression inside `text`. */
  readonly index: number;
  readonly length: number;
}

/** Calendar dates named in `text` ("on 8 May", "27 February 2026", "this morning"). */
export function datesIn(text: string, clock: ScenarioClock, now: number): DateMention[] {
  if (clock.startMs === null) return [];
  const instant = new Date(clock.startMs + now);
  const out: DateMention[] = [];
  for (const r of casual.parse(text, { instant, timezone: clock.offsetMinutes })) {
    if (!r.start.isCertain('day') && !r.start.isCertain('weekday') && !/\b(?:today|yesterday|tonight|this morning|this afternoon|this evening|last night)\b/.test(r.text)) continue;
    const year = r.start.get('year');
    const month = r.start.get('month');
    const day = r.start.get('day');
    if (year === null || month === null || day === null) continue;
    out.push({ value: `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`, index: r.index, length: r.text.length });
  }
  return out;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
