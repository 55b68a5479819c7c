import { describe, expect, it } from 'vitest';
import { CHART_PALETTE, escapeXml, renderLineChart, type LineChartOptions } from '../../src/report/line-chart.ts';

const base: LineChartOptions = {
  title: 'Rumour reach',
  series: [
    { label: 'No response', points: [{ x: 0, y: 0 }, { x: 1, y: 0.4 }, { x: 2, y: 0.7 }] },
    { label: 'Correction at 30m', points: [{ x: 0, y: 0 }, { x: 1, y: 0.2 }, { x: 2, y: 0.25 }] },
    { label: 'Believing', points: [{ x: 0, y: 0 }, { x: 2, y: 0.1 }], dashed: true },
  ],
  xLabel: 'Scenario time',
  yLabel: 'Share of the audience',
  xFormat: (x) => `${x}h`,
  yFormat: (y) => `${Math.round(y * 100)}%`,
  width: 640,
  height: 400,
};

function count(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

describe('renderLineChart', () => {
  it('draws one path per series, even an empty one', () => {
    expect(count(renderLineChart(base), '<path')).toBe(3);
    const withEmpty = renderLineChart({ ...base, series: [...base.series, { label: 'Nothing yet', points: [] }] });
    expect(count(withEmpty, '<path')).toBe(4);
  });

  it('escapes every text it is given', () => {
    const hostile = `<script>alert("x")</script> & 'quotes'`;
    const svg = renderLineChart({
      ...base,
      title: hostile,
      xLabel: hostile,
      yLabel: hostile,
      series: [{ label: hostile, points: [{ x: 0, y: 1 }], colour: '"/><script>' }],
      markers: [{ x: 1, label: hostile }],
      xFormat: () => hostile,
      yFormat: () => hostile,
    });
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain(`"x"`);
    expect(svg).not.toContain(`'quotes'`);
    expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;');
  });

  it('escapes the five XML specials', () => {
    expect(escapeXml(`a&b<c>d"e'f`)).toBe('a&amp;b&lt;c&gt;d&quot;e&#39;f');
  });

  it('labels markers, axes, ticks and the legend', () => {
    const svg = renderLineChart({ ...base, markers: [{ x: 0.5, label: 'correction at 30m' }] });
    for (const text of ['Rumour reach', 'Scenario time', 'Share of the audience', 'correction at 30m', 'No response', 'Believing', '0%', '2h']) {
      expect(svg).toContain(`>${text}<`);
    }
  });

  it('tells series apart without colour: each differs from the others by dash pattern', () => {
    const svg = renderLineChart(base);
    const dashes = [...svg.matchAll(/<path [^>]*?(?:stroke-dasharray="([^"]*)")?>/g)].map((m) => m[1] ?? 'solid');
    expect(dashes).toHaveLength(3);
    expect(new Set(dashes).size).toBe(3);
    expect(dashes[0]).toBe('solid');
  });

  it('uses the colour-blind-safe palette unless told otherwise', () => {
    const svg = renderLineChart({ ...base, series: [base.series[0]!, { ...base.series[1]!, colour: '#123456' }] });
    expect(svg).toContain(`stroke="${CHART_PALETTE[0]}"`);
    expect(svg).toContain('stroke="#123456"');
  });

  it('breaks the line at a missing value instead of drawing to NaN', () => {
    const svg = renderLineChart({ ...base, series: [{ label: 'gap', points: [{ x: 0, y: 0 }, { x: 1, y: Number.NaN }, { x: 2, y: 1 }] }] });
    expect(svg).not.toContain('NaN');
    const d = /<path d="([^"]*)"/.exec(svg)?.[1] ?? '';
    expect(count(d, 'M')).toBe(2);
  });

  it('is a self-contained SVG document', () => {
    const svg = renderLineChart(base);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    expect(svg).not.toMatch(/href=|@import|url\((?!#)/);
  });
});
