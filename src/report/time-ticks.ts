/** Round tick positions for a scenario-time axis (5m, 15m, 30m, 1h, … apart), at most `maxTicks` of them. */
const STEPS_MS = [60_000, 5 * 60_000, 10 * 60_000, 15 * 60_000, 30 * 60_000, 3_600_000, 2 * 3_600_000, 3 * 3_600_000, 6 * 3_600_000, 12 * 3_600_000, 24 * 3_600_000, 48 * 3_600_000, 7 * 24 * 3_600_000];

export function timeTicks(fromMs: number, toMs: number, maxTicks = 8): number[] {
  const span = Math.max(1, toMs - fromMs);
  const step = STEPS_MS.find((s) => span / s <= maxTicks) ?? Math.ceil(span / maxTicks);
  const first = Math.ceil(fromMs / step) * step;
  const ticks: number[] = [];
  for (let t = first; t <= toMs; t += step) ticks.push(t);
  return ticks;
}
