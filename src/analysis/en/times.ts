/**
 * Times and dates in scenario terms, read with `chrono-node` (English locale only, ~13 KB gzipped).
 *
 * The reference instant is the scenario's wall clock at the moment of the statement (clockStart +
 * now, moved by any calendar jump already passed: clock.jumps, the time skip between exercise
 * modules) and the reference time zone is the offset written there, so "at 9:00" means 9:00 on the
 * scenario's wall clock whatever the machine's own zone (checked in tests under several TZ settings,
 * including across DST changes). chrono never reads the machine clock when it is given a reference
 * instant. The wall-clock rule is the format's (src/format/clock.ts), restated here so the analyser
 * bundle does not pull in the format.
 */
import { casual, Chrono, configuration } from 'chrono-node/en';

/**
 * The parser for promised times, a second chrono with the same parsers as `casual` (which reads
 * dates). chrono's "within/in two hours" parser keeps its pattern compiled only while the
 * `forwardDate` option stays the same, and dates are read without it, promises with it: sharing one
 * parser set rebuilt that large pattern on nearly every call, about half of chrono's time here.
 */
const forward = new Chrono(configuration.createCasualConfiguration(false));

export interface ScenarioClock {
  /** Epoch ms of scenario minute 0, or null when the scenario has no wall clock. */
  readonly startMs: number | null;
  /** Minutes east of UTC written in clockStart. */
  readonly offsetMinutes: number;
  /** Calendar jumps in time order: from atMs on, the wall clock reads wallMs plus the time since. */
  readonly jumps: readonly { readonly atMs: number; readonly wallMs: number; readonly offsetMinutes: number }[];
}

const OFFSET = /(?:([+-])(\d\d):?(\d\d)|Z)$/;

function offsetOf(iso: string): number {
  const m = OFFSET.exec(iso);
  const sign = m?.[1] === '-' ? -1 : 1;
  return m?.[2] === undefined ? 0 : sign * (Number(m[2]) * 60 + Number(m[3] ?? '0'));
}

export function scenarioClock(clockStart: string | null, jumps: readonly { readonly atMs: number; readonly toIso: string }[] = []): ScenarioClock {
  if (clockStart === null) return { startMs: null, offsetMinutes: 0, jumps: [] };
  const startMs = Date.parse(clockStart);
  if (Number.isNaN(startMs)) return { startMs: null, offsetMinutes: 0, jumps: [] };
  const read = jumps
    .map((j) => ({ atMs: j.atMs, wallMs: Date.parse(j.toIso), offsetMinutes: offsetOf(j.toIso) }))
    .filter((j) => !Number.isNaN(j.wallMs))
    .sort((a, b) => a.atMs - b.atMs);
  return { startMs, offsetMinutes: offsetOf(clockStart), jumps: read };
}

/** The wall clock at scenario time `now`: epoch ms (scenario ms when there is no wall clock) and its offset. */
function wallAt(clock: ScenarioClock, now: number): { readonly ms: number; readonly offsetMinutes: number } {
  let jump: ScenarioClock['jumps'][number] | undefined;
  for (const j of clock.jumps) if (j.atMs <= now) jump = j;
  if (jump) return { ms: jump.wallMs + (now - jump.atMs), offsetMinutes: jump.offsetMinutes };
  return { ms: (clock.startMs ?? 0) + now, offsetMinutes: clock.offsetMinutes };
}

/**
 * Every expression chrono reads as a time or a date contains a digit or one of these whole words
 * (month and weekday names and their abbreviations, casual words, time units). Most sentences name
 * no time, and chrono costs far more than this test, so text without them is not parsed. Whole
 * words, not prefixes: "monitor", "decided" or "second batch" must not wake the parser.
 */
const TIME_WORDS =
  /\d|\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|now|today|tonight|tonite|tomorrow|tmr|tmrw|yesterday|morning|afternoon|evening|night|noon|midday|midnight|days?|weeks?|weekends?|months?|years?|yrs?|hours?|hrs?|minutes?|mins?|seconds?|secs?|quarters?|qtr|fortnights?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/gi;

/**
 * The part of `text` chrono needs to read: from three words before the first word that may name a
 * time to three words after the last ("… we will give our next update at 12:00 today"). chrono runs
 * every one of its parsers over all the text it is given, and the words far from any time word
 * cannot be part of a time expression; the cut falls between words, so its word boundaries hold.
 */
function timeWindow(text: string): { readonly text: string; readonly offset: number } | null {
  TIME_WORDS.lastIndex = 0;
  let first = -1;
  let last = -1;
  for (let m = TIME_WORDS.exec(text); m !== null; m = TIME_WORDS.exec(text)) {
    if (first < 0) first = m.index;
    last = m.index + m[0].length;
  }
  if (first < 0) return null;
  let start = first;
  for (let words = 0; start > 0 && words < 4; start--) if (text.charAt(start - 1) === ' ' && text.charAt(start) !== ' ') words++;
  let end = last;
  for (let words = 0; end < text.length && words < 4; end++) if (text.charAt(end) === ' ' && text.charAt(end - 1) !== ' ') words++;
  return { text: text.slice(start, end), offset: start };
}

/** Only relative expressions can be resolved without a wall clock ("in two hours"). */
const RELATIVE = /^(?:in|within)\b/;

/**
 * The first future time named in `text`, in scenario ms, or null. "at 9:00" said at 10:00 means
 * tomorrow at 9:00; a time that resolves to the past or to now is not a promise and gives null.
 */
export function futureTime(text: string, clock: ScenarioClock, now: number): number | null {
  const window = timeWindow(text);
  if (window === null) return null;
  const wall = wallAt(clock, now);
  const results = forward.parse(window.text, { instant: new Date(wall.ms), timezone: wall.offsetMinutes }, { forwardDate: true });
  for (const r of results) {
    if (clock.startMs === null && !RELATIVE.test(r.text)) continue;
    if (!r.start.isCertain('hour') && !r.start.isCertain('day') && !r.start.isCertain('weekday')) continue;
    // Scenario time runs on from now at the wall clock's pace (a later calendar jump is not foreseen).
    const at = now + (r.start.date().getTime() - wall.ms);
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
  const window = clock.startMs === null ? null : timeWindow(text);
  if (window === null) return [];
  const wall = wallAt(clock, now);
  const out: DateMention[] = [];
  for (const r of casual.parse(window.text, { instant: new Date(wall.ms), timezone: wall.offsetMinutes })) {
    if (!r.start.isCertain('day') && !r.start.isCertain('weekday') && !/\b(?:today|yesterday|tonight|this morning|this afternoon|this evening|last night)\b/.test(r.text)) continue;
    const year = r.start.get('year');
    const month = r.start.get('month');
    const day = r.start.get('day');
    if (year === null || month === null || day === null) continue;
    out.push({ value: `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`, index: window.offset + r.index, length: r.text.length });
  }
  return out;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
