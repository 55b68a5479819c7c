/**
 * Scenario time for people: the scenario's own wall clock ("09:42", in the time zone its start was
 * written in) and countdowns ("4:05"), from scenario milliseconds. Digits come from the locale.
 */

/** Minutes east of UTC from an ISO date-time's offset ("-04:00" → -240; "Z" → 0). */
export function offsetMinutes(iso: string): number {
  const m = /([+-])(\d{2}):?(\d{2})$/.exec(iso);
  if (!m) return 0;
  const sign = m[1] === '-' ? -1 : 1;
  return sign * (Number(m[2]) * 60 + Number(m[3]));
}

/** The scenario's wall-clock time at `now` (ms since its start), as hours and minutes. */
export function wallClock(startIso: string, now: number, locale: string, seconds = false): string {
  const start = Date.parse(startIso);
  if (!Number.isFinite(start)) return '';
  const local = new Date(start + now + offsetMinutes(startIso) * 60_000);
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', ...(seconds ? { second: '2-digit' } : {}), hourCycle: 'h23', timeZone: 'UTC' }).format(local);
}

/** A countdown: "4:05", "1:02:30"; negative values count up with a minus sign. */
export function countdown(ms: number, locale: string): string {
  const sign = ms < 0 ? '−' : '';
  const total = Math.floor(Math.abs(ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const two = new Intl.NumberFormat(locale, { minimumIntegerDigits: 2, useGrouping: false });
  const one = new Intl.NumberFormat(locale, { useGrouping: false });
  return h > 0 ? `${sign}${one.format(h)}:${two.format(m)}:${two.format(s)}` : `${sign}${one.format(m)}:${two.format(s)}`;
}
