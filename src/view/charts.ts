/**
 * Line charts drawn on the canvas into a DOM slot's rectangle (debrief curves, progress trends).
 * Lines differ in dash as well as colour, so they stay apart for colour-blind players; the DOM
 * beside each chart carries the legend and the figures in words.
 */
import type * as Phaser from 'phaser';
import { COLOURS } from './backdrop.ts';

export interface Series {
  readonly points: readonly (readonly [number, number])[];
  readonly colour: number;
  readonly width?: number;
  /** Dash length in px (0: solid). */
  readonly dash?: number;
}

type Rect = { x: number; y: number; width: number; height: number };

/** `backdrop`: the see-through DOM panel around the slot, painted first (the DOM sits above the canvas). */
export function drawChart(g: Phaser.GameObjects.Graphics, rect: Rect, series: readonly Series[], xMax: number, yMax = 1, backdrop?: Rect): void {
  if (backdrop) {
    g.fillStyle(0x111821, 0.96);
    g.fillRoundedRect(backdrop.x, backdrop.y, backdrop.width, backdrop.height, 10);
  }
  g.fillStyle(0x05080b, 1);
  g.fillRect(rect.x, rect.y, rect.width, rect.height);
  const pad = 8;
  const x0 = rect.x + pad;
  const y0 = rect.y + pad;
  const w = rect.width - pad * 2;
  const hgt = rect.height - pad * 2;
  if (w < 10 || hgt < 10) return;
  g.lineStyle(1, COLOURS.line, 0.9);
  g.strokeRect(x0, y0, w, hgt);
  g.lineStyle(1, COLOURS.line, 0.45);
  for (const f of [0.25, 0.5, 0.75]) g.lineBetween(x0, y0 + hgt * f, x0 + w, y0 + hgt * f);
  const px = (x: number): number => x0 + (Math.max(0, x) / Math.max(1, xMax)) * w;
  const py = (y: number): number => y0 + hgt - (Math.min(yMax, Math.max(0, y)) / yMax) * hgt;
  for (const s of series) {
    if (s.points.length === 0) continue;
    g.lineStyle(s.width ?? 2, s.colour, 1);
    const dash = s.dash ?? 0;
    for (let i = 1; i < s.points.length; i++) {
      const a = s.points[i - 1];
      const b = s.points[i];
      if (!a || !b) continue;
      const ax = px(a[0]);
      const ay = py(a[1]);
      const bx = px(b[0]);
      const by = py(b[1]);
      if (dash <= 0) {
        g.lineBetween(ax, ay, bx, by);
        continue;
      }
      const len = Math.hypot(bx - ax, by - ay);
      for (let d = 0; d < len; d += dash * 2) {
        const t0 = d / len;
        const t1 = Math.min(1, (d + dash) / len);
        g.lineBetween(ax + (bx - ax) * t0, ay + (by - ay) * t0, ax + (bx - ax) * t1, ay + (by - ay) * t1);
      }
    }
    const last = s.points[s.points.length - 1];
    if (last) {
      g.fillStyle(s.colour, 1);
      g.fillCircle(px(last[0]), py(last[1]), 3);
    }
  }
}

/** Places a graphics object over a DOM slot (the canvas fills the window at 1:1). */
export function slotRect(game: Phaser.Game, slot: HTMLElement): Rect {
  const canvas = game.canvas.getBoundingClientRect();
  const r = slot.getBoundingClientRect();
  return { x: r.left - canvas.left, y: r.top - canvas.top, width: r.width, height: r.height };
}

export const SERIES_COLOURS = [COLOURS.orange, COLOURS.vermillion, COLOURS.blue, COLOURS.green, COLOURS.yellow, COLOURS.purple, 0xffffff, 0x7f8c99] as const;
