/**
 * Line charts as self-contained SVG strings, for the `rumour --svg` command and the after-action
 * report (rumour and trust curves). Pure string building: no DOM, same output in Node and browser.
 *
 * Made to survive printing on a black-and-white laser printer and to be read by people with colour
 * vision deficiency: the palette is Okabe & Ito's, and every series also differs by dash pattern,
 * which the legend repeats.
 */

export interface ChartPoint {
  readonly x: number;
  readonly y: number;
}

export interface ChartSeries {
  readonly label: string;
  readonly points: readonly ChartPoint[];
  /** true: a dashed pattern; false: solid; absent: solid for the first series, dashed after. */
  readonly dashed?: boolean;
  /** Any CSS colour; by default the next colour of the palette. */
  readonly colour?: string;
}

/** A vertical line at x with a label, e.g. "correction at 30m". */
export interface ChartMarker {
  readonly x: number;
  readonly label: string;
}

export interface LineChartOptions {
  readonly title: string;
  readonly series: readonly ChartSeries[];
  readonly xLabel: string;
  readonly yLabel: string;
  readonly xFormat: (x: number) => string;
  readonly yFormat: (y: number) => string;
  readonly width: number;
  readonly height: number;
  readonly markers?: readonly ChartMarker[];
  /** Axis ranges; by default the data's, with y widened to include 0 and rounded to ticks. */
  readonly xDomain?: readonly [number, number];
  readonly yDomain?: readonly [number, number];
  /** Where the x ticks go (e.g. whole hours for time in ms); by default 1-2-5 steps. */
  readonly xTicks?: readonly number[];
}

/** Okabe & Ito (2008), minus yellow, which vanishes on white paper. */
export const CHART_PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000'] as const;
/** Patterns that stay distinct in greyscale; the first (solid) is used only when a series is not dashed. */
const DASHES = ['', '8 4', '2 3', '10 3 2 3', '4 4', '12 3 2 3 2 3'] as const;

const FONT = 'font-family="Helvetica, Arial, sans-serif"';
const TITLE_SIZE = 15;
const TEXT_SIZE = 12;
/** Average glyph width in ems for the legend layout; text is never measured, so be generous. */
const GLYPH_EM = 0.6;

/** Escapes text for SVG content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => {
    switch (ch) {
      case '&':
        return '&amp;';
      case '<':
        return '&lt;';
      case '>':
        return '&gt;';
      case '"':
        return '&quot;';
      default:
        return '&#39;';
    }
  });
}

/** Rounds pixel coordinates to 0.1 px: invisible at any print size and keeps the file small. */
function px(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** A "nice" step (1, 2 or 5 × 10^n) giving about `target` intervals over `span`. */
function niceStep(span: number, target: number): number {
  const raw = span / Math.max(1, target);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const ratio = raw / magnitude;
  const nice = ratio >= 7.5 ? 10 : ratio >= 3.5 ? 5 : ratio >= 1.5 ? 2 : 1;
  return nice * magnitude;
}

function ticksBetween(min: number, max: number, step: number): number[] {
  const ticks: number[] = [];
  const first = Math.ceil(min / step - 1e-9);
  const last = Math.floor(max / step + 1e-9);
  for (let j = first; j <= last; j++) ticks.push(j * step === 0 ? 0 : j * step);
  return ticks;
}

function extent(values: readonly number[]): [number, number] | null {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return min <= max ? [min, max] : null;
}

/** Pads a zero-width range so the scale stays finite. */
function widen([min, max]: readonly [number, number]): [number, number] {
  if (max > min) return [min, max];
  const pad = min === 0 ? 1 : Math.abs(min) * 0.1;
  return [min - pad, max + pad];
}

interface LegendItem {
  readonly label: string;
  readonly colour: string;
  readonly dash: string;
  readonly x: number;
  readonly y: number;
}

const LEGEND_SWATCH = 28;
const LEGEND_ROW = 18;

/** Flows legend entries left to right, wrapping to new rows when the width runs out. */
function layoutLegend(entries: readonly { label: string; colour: string; dash: string }[], left: number, width: number, top: number): { items: LegendItem[]; height: number } {
  const items: LegendItem[] = [];
  let x = left;
  let y = top;
  for (const entry of entries) {
    const entryWidth = LEGEND_SWATCH + 6 + entry.label.length * TEXT_SIZE * GLYPH_EM + 18;
    if (x > left && x + entryWidth > left + width) {
      x = left;
      y += LEGEND_ROW;
    }
    items.push({ ...entry, x, y });
    x += entryWidth;
  }
  return { items, height: entries.length === 0 ? 0 : y - top + LEGEND_ROW };
}

function dashAttr(dash: string): string {
  return dash === '' ? '' : ` stroke-dasharray="${dash}"`;
}

/** The SVG path for a series; a non-finite point breaks the line rather than drawing to nowhere. */
function pathData(points: readonly ChartPoint[], sx: (x: number) => number, sy: (y: number) => number): string {
  const parts: string[] = [];
  let pen: 'M' | 'L' = 'M';
  for (const p of points) {
    if (!Number.isFinite(p.x) || !Number.isFinite(p.y)) {
      pen = 'M';
      continue;
    }
    parts.push(`${pen}${px(sx(p.x))} ${px(sy(p.y))}`);
    pen = 'L';
  }
  return parts.join('');
}

/** A short stable id so several charts inlined in one HTML page do not share a clip path. */
function chartId(options: LineChartOptions): string {
  const text = [options.title, ...options.series.map((s) => `${s.label}:${s.points.length}`)].join('|');
  let hash = 2166136261;
  for (let j = 0; j < text.length; j++) hash = Math.imul(hash ^ text.charCodeAt(j), 16777619) >>> 0;
  return `lc${hash.toString(36)}`;
}

export function renderLineChart(options: LineChartOptions): string {
  const { width, height } = options;
  if (!(width > 0 && height > 0)) throw new RangeError(`chart size must be positive, got ${width}×${height}`);
  const markers = options.markers ?? [];
  const styled = options.series.map((series, index) => ({
    series,
    colour: series.colour ?? CHART_PALETTE[index % CHART_PALETTE.length] ?? '#000000',
    // Dashed series skip the solid pattern; with more series than patterns they repeat.
    dash: series.dashed === false || (series.dashed === undefined && index === 0) ? '' : (DASHES[1 + (index % (DASHES.length - 1))] ?? '4 4'),
  }));

  // Layout: title, legend under it, then the plot; the y label sits left of the tick labels.
  const marginLeft = 64;
  const marginRight = 20;
  const titleBaseline = 22;
  const legend = layoutLegend(
    styled.map((s) => ({ label: s.series.label, colour: s.colour, dash: s.dash })),
    marginLeft,
    width - marginLeft - marginRight,
    titleBaseline + 12,
  );
  const markerBand = markers.length > 0 ? 16 : 0;
  const plotTop = titleBaseline + 12 + legend.height + 8 + markerBand;
  const plotBottom = height - 46;
  const plotLeft = marginLeft;
  const plotRight = width - marginRight;
  const plotWidth = Math.max(1, plotRight - plotLeft);
  const plotHeight = Math.max(1, plotBottom - plotTop);

  const allPoints = options.series.flatMap((s) => s.points);
  const xDomain = widen(options.xDomain ?? extent([...allPoints.map((p) => p.x), ...markers.map((m) => m.x)]) ?? [0, 1]);
  let yDomain: [number, number];
  let yStep: number;
  if (options.yDomain) {
    yDomain = widen(options.yDomain);
    yStep = niceStep(yDomain[1] - yDomain[0], plotHeight / 50);
  } else {
    const [lo, hi] = widen(extent([0, ...allPoints.map((p) => p.y)]) ?? [0, 1]);
    yStep = niceStep(hi - lo, plotHeight / 50);
    yDomain = [Math.floor(lo / yStep) * yStep, Math.ceil(hi / yStep) * yStep];
  }
  const [x0, x1] = xDomain;
  const [y0, y1] = yDomain;
  const sx = (x: number): number => plotLeft + ((x - x0) / (x1 - x0)) * plotWidth;
  const sy = (y: number): number => plotBottom - ((y - y0) / (y1 - y0)) * plotHeight;
  const xTicks = (options.xTicks ?? ticksBetween(x0, x1, niceStep(x1 - x0, plotWidth / 90))).filter((x) => x >= x0 && x <= x1);
  const yTicks = ticksBetween(y0, y1, yStep);
  const id = chartId(options);

  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" ${FONT} font-size="${TEXT_SIZE}">`,
    `<title>${escapeXml(options.title)}</title>`,
    `<defs><clipPath id="${id}-plot"><rect x="${px(plotLeft)}" y="${px(plotTop)}" width="${px(plotWidth)}" height="${px(plotHeight)}"/></clipPath></defs>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${px(plotLeft)}" y="${titleBaseline}" font-size="${TITLE_SIZE}" font-weight="bold" fill="#000000">${escapeXml(options.title)}</text>`,
  );

  // Gridlines and tick labels.
  out.push('<g class="grid" stroke="#d9d9d9" stroke-width="1">');
  for (const y of yTicks) out.push(`<line x1="${px(plotLeft)}" y1="${px(sy(y))}" x2="${px(plotRight)}" y2="${px(sy(y))}"/>`);
  for (const x of xTicks) out.push(`<line x1="${px(sx(x))}" y1="${px(plotTop)}" x2="${px(sx(x))}" y2="${px(plotBottom)}"/>`);
  out.push('</g>');
  out.push('<g class="ticks" fill="#000000">');
  for (const y of yTicks) out.push(`<text x="${px(plotLeft - 8)}" y="${px(sy(y) + 4)}" text-anchor="end">${escapeXml(options.yFormat(y))}</text>`);
  for (const x of xTicks) out.push(`<text x="${px(sx(x))}" y="${px(plotBottom + 18)}" text-anchor="middle">${escapeXml(options.xFormat(x))}</text>`);
  out.push('</g>');

  // Axes.
  out.push(
    `<g class="axes" stroke="#000000" stroke-width="1.2"><line x1="${px(plotLeft)}" y1="${px(plotBottom)}" x2="${px(plotRight)}" y2="${px(plotBottom)}"/><line x1="${px(plotLeft)}" y1="${px(plotTop)}" x2="${px(plotLeft)}" y2="${px(plotBottom)}"/></g>`,
    `<text x="${px(plotLeft + plotWidth / 2)}" y="${px(height - 10)}" text-anchor="middle" fill="#000000">${escapeXml(options.xLabel)}</text>`,
    `<text transform="translate(16 ${px(plotTop + plotHeight / 2)}) rotate(-90)" text-anchor="middle" fill="#000000">${escapeXml(options.yLabel)}</text>`,
  );

  // Markers: thin dark dotted verticals, labelled just above the plot.
  for (const marker of markers) {
    if (!(marker.x >= x0 && marker.x <= x1)) continue;
    const x = sx(marker.x);
    const anchor = x > plotLeft + plotWidth * 0.75 ? 'end' : 'start';
    const labelX = anchor === 'end' ? x - 4 : x + 4;
    out.push(
      `<g class="marker"><line x1="${px(x)}" y1="${px(plotTop - markerBand + 2)}" x2="${px(x)}" y2="${px(plotBottom)}" stroke="#444444" stroke-width="1" stroke-dasharray="1 3"/>`,
      `<text x="${px(labelX)}" y="${px(plotTop - 4)}" text-anchor="${anchor}" fill="#000000">${escapeXml(marker.label)}</text></g>`,
    );
  }

  // Series: one path each, clipped to the plot in case a domain was given narrower than the data.
  out.push(`<g class="series" fill="none" stroke-width="2.2" stroke-linejoin="round" stroke-linecap="round" clip-path="url(#${id}-plot)">`);
  for (const { series, colour, dash } of styled) {
    out.push(`<path d="${pathData(series.points, sx, sy)}" stroke="${escapeXml(colour)}"${dashAttr(dash)}><title>${escapeXml(series.label)}</title></path>`);
  }
  out.push('</g>');

  // Legend: a line sample with the series' own colour and dash, then its label.
  out.push('<g class="legend">');
  for (const item of legend.items) {
    out.push(
      `<line x1="${px(item.x)}" y1="${px(item.y + 6)}" x2="${px(item.x + LEGEND_SWATCH)}" y2="${px(item.y + 6)}" stroke="${escapeXml(item.colour)}" stroke-width="2.2"${dashAttr(item.dash)}/>`,
      `<text x="${px(item.x + LEGEND_SWATCH + 6)}" y="${px(item.y + 10)}" fill="#000000">${escapeXml(item.label)}</text>`,
    );
  }
  out.push('</g>');
  out.push('</svg>');
  return out.join('\n');
}
