/**
 * The report's charts: rumour reach and belief over time, and each stakeholder's trust (a step
 * line), as SVG strings drawn by the shared line chart. Every chart spans the whole exercise so
 * they line up with each other and with the timeline; series differ by dash as well as colour.
 */
import { formatDuration, parseDuration } from '../format/index.ts';
import type { AarReport } from './aar.ts';
import { renderLineChart, type ChartPoint } from './line-chart.ts';
import { timeTicks } from './time-ticks.ts';

type Rumour = AarReport['rumours'][number];
type Stakeholder = AarReport['stakeholders'][number];

export const RUMOUR_CHART = { width: 680, height: 280 } as const;
export const TRUST_CHART = { width: 336, height: 200 } as const;

function percent(y: number): string {
  return `${Math.round(y * 100)}%`;
}

/** A title that fits the chart's width (the full text goes in the caption). */
function fitTitle(title: string, width: number): string {
  const room = Math.floor((width - 84) / 9);
  return title.length > room ? `${title.slice(0, Math.max(1, room - 1))}…` : title;
}

/**
 * The largest of `values` and `start`, with a loop: `Math.max(...values)` passes every value as an
 * argument, and a long series (a tampered result had 200,000 points) overflows the call stack.
 */
export function maxOf<T>(items: readonly T[], value: (item: T) => number, start: number): number {
  let max = start;
  for (const item of items) max = Math.max(max, value(item));
  return max;
}

export function rumourChart(r: Rumour, endMs: number): string {
  const end = maxOf(r.series, (p) => p.ms, Math.max(endMs, 60_000));
  const countered = r.counteredAt === null ? null : parseDuration(r.counteredAt);
  return renderLineChart({
    title: fitTitle(`Rumour “${r.id}”`, RUMOUR_CHART.width),
    series: [
      { label: 'heard it (reach)', points: r.series.map((p) => ({ x: p.ms, y: p.reach })), colour: '#0072B2', dashed: false },
      { label: 'believe it', points: r.series.map((p) => ({ x: p.ms, y: p.believing })), colour: '#D55E00', dashed: true },
    ],
    xLabel: 'scenario time',
    yLabel: 'share of the audience',
    xFormat: formatDuration,
    yFormat: percent,
    width: RUMOUR_CHART.width,
    height: RUMOUR_CHART.height,
    yDomain: [0, roomFor(maxOf(r.series, (p) => Math.max(p.reach, p.believing), Math.max(r.peakReach, r.finalReach)))],
    xDomain: [0, end],
    xTicks: timeTicks(0, end),
    markers: countered === null ? [] : [{ x: countered, label: `correction at ${r.counteredAt ?? ''}` }],
  });
}

/** The top of a share axis: the next of 5 %, 10 %, 20 %, 30 %, 40 %, 60 %, 80 % or 100 % above the data. */
export function roomFor(max: number): number {
  return [0.05, 0.1, 0.2, 0.3, 0.4, 0.6, 0.8, 1].find((top) => max <= top * 0.95) ?? 1;
}

/** Trust holds from each change until the next: a step line to the end of the exercise. */
export function trustSteps(s: Stakeholder, endMs: number): ChartPoint[] {
  const series = s.series.length > 0 ? s.series : [{ at: '0m', ms: 0, trust: s.initialTrust }];
  const points: ChartPoint[] = [];
  let last: number | null = null;
  for (const p of series) {
    if (last !== null) points.push({ x: p.ms, y: last });
    points.push({ x: p.ms, y: p.trust });
    last = p.trust;
  }
  const lastMs = series[series.length - 1]?.ms ?? 0;
  if (last !== null && endMs > lastMs) points.push({ x: endMs, y: last });
  return points;
}

export function trustChart(s: Stakeholder, endMs: number): string {
  const end = maxOf(s.series, (p) => p.ms, Math.max(endMs, 60_000));
  return renderLineChart({
    title: fitTitle(s.name, TRUST_CHART.width),
    series: [
      { label: 'trust', points: trustSteps(s, end), colour: '#0072B2', dashed: false },
      { label: 'at the start', points: [{ x: 0, y: s.initialTrust }, { x: end, y: s.initialTrust }], colour: '#555555', dashed: true },
    ],
    xLabel: 'scenario time',
    yLabel: 'trust',
    xFormat: formatDuration,
    yFormat: percent,
    width: TRUST_CHART.width,
    height: TRUST_CHART.height,
    yDomain: [0, 1],
    xDomain: [0, end],
    xTicks: timeTicks(0, end, 4),
  });
}
