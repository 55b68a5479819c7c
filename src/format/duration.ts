/**
 * Scenario durations: "90s", "12m", "1h30m", "2h", "72h", "1d2h". Scenario time is kept in
 * integer milliseconds so that arithmetic and comparisons are exact and replay byte for byte.
 */
export const MS_PER_SECOND = 1000;
export const MS_PER_MINUTE = 60 * MS_PER_SECOND;
export const MS_PER_HOUR = 60 * MS_PER_MINUTE;
export const MS_PER_DAY = 24 * MS_PER_HOUR;

export const DURATION_PATTERN = /^(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/;

/** Milliseconds for a duration string, or null if it is not one. "0" and "0m" are zero. */
export function parseDuration(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '0') return 0;
  if (trimmed === '') return null;
  const m = DURATION_PATTERN.exec(trimmed);
  if (!m) return null;
  const [, d, h, min, s] = m;
  return (
    Number(d ?? 0) * MS_PER_DAY + Number(h ?? 0) * MS_PER_HOUR + Number(min ?? 0) * MS_PER_MINUTE + Number(s ?? 0) * MS_PER_SECOND
  );
}

/** "2h10m", "45s", "0m": hours and minutes, seconds only when present; never days (72h stays 72h). */
export function formatDuration(ms: number): string {
  const sign = ms < 0 ? '-' : '';
  let rest = Math.round(Math.abs(ms) / MS_PER_SECOND);
  const h = Math.floor(rest / 3600);
  rest -= h * 3600;
  const m = Math.floor(rest / 60);
  const s = rest - m * 60;
  let out = '';
  if (h > 0) out += `${h}h`;
  if (m > 0 || (h > 0 && s > 0)) out += `${m}m`;
  if (s > 0) out += `${s}s`;
  return sign + (out === '' ? '0m' : out);
}
