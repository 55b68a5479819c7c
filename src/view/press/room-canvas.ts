/**
 * The press room as the spokesperson sees it from the podium, drawn on the canvas: the back wall
 * and its banner, rows of reporters (hands up while they still have a question, standing in a pool
 * of light while they have the floor), photographers and a TV camera. The lectern is the answer form below (DOM). No words are drawn here: names,
 * outlets and every caption are DOM, placed over the same seats (layout.ts).
 */
import type * as Phaser from 'phaser';
import type { ReporterVM, Stance } from '../../state/press/press-model.ts';
import { COLOURS } from '../backdrop.ts';
import { roomLayout, type RoomLayout } from './layout.ts';

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Jacket colours by stance (Okabe–Ito hues, dimmed): never the only cue, the name cards say it in words. */
const STANCE_COLOUR: Readonly<Record<Stance, number>> = {
  friendly: 0x2f7d68,
  neutral: 0x3d5568,
  skeptical: 0x9a6a12,
  hostile: 0xa8482a,
};

export class PressRoomCanvas {
  private readonly rtl: boolean;
  private readonly room: Phaser.GameObjects.Graphics;
  private readonly people: Phaser.GameObjects.Graphics;
  private readonly heatVeil: Phaser.GameObjects.Rectangle;
  private readonly spot: Phaser.GameObjects.Ellipse;
  private box: Box = { x: 0, y: 0, width: 1, height: 1 };
  private reporters: readonly ReporterVM[] = [];
  private layout: RoomLayout = { seats: [], crowd: [], cameras: [] };
  private readonly changed: () => void;

  /**
   * The room stands still between events: it is redrawn when the reporters, the heat or its box
   * change, and says so through `changed` (the render gate draws the canvas only then). Its motion,
   * the camera flashes, is DOM over the room (flashes.ts).
   */
  constructor(scene: Phaser.Scene, rtl: boolean, changed: () => void) {
    this.rtl = rtl;
    this.changed = changed;
    this.room = scene.add.graphics().setDepth(2);
    this.spot = scene.add.ellipse(0, 0, 10, 10, 0xfff3c4, 0.16).setDepth(3).setVisible(false);
    this.people = scene.add.graphics().setDepth(4);
    this.heatVeil = scene.add.rectangle(0, 0, 1, 1, COLOURS.vermillion, 0).setOrigin(0, 0).setDepth(6);
  }

  place(box: Box): void {
    this.box = box;
    this.drawRoom();
    this.drawPeople();
  }

  show(reporters: readonly ReporterVM[]): void {
    this.reporters = reporters;
    this.layout = roomLayout(reporters.length, this.rtl);
    this.drawPeople();
  }

  /** 0 calm … 1 hostile: a red veil over the room as it turns. */
  setHeat(heat: number): void {
    this.heatVeil.setFillStyle(COLOURS.vermillion, Math.min(0.22, Math.max(0, heat) * 0.22));
    this.changed();
  }

  /** Where everyone sits now, for what is drawn over the room in the DOM (the camera flashes). */
  get seating(): RoomLayout {
    return this.layout;
  }

  private drawRoom(): void {
    const { x, y, width: w, height: h } = this.box;
    const g = this.room;
    g.clear();
    // Back wall and floor.
    g.fillGradientStyle(0x1b2633, 0x1b2633, 0x101820, 0x101820, 1);
    g.fillRect(x, y, w, h * 0.5);
    g.fillGradientStyle(0x151d26, 0x151d26, 0x0a0f14, 0x0a0f14, 1);
    g.fillRect(x, y + h * 0.5, w, h * 0.5);
    // The banner behind the reporters: the organisation's backdrop, seen from across the room.
    g.fillStyle(0x223a52, 1);
    g.fillRect(x + w * 0.2, y + h * 0.06, w * 0.6, h * 0.16);
    g.fillStyle(COLOURS.blue, 0.35);
    g.fillRect(x + w * 0.2, y + h * 0.2, w * 0.6, h * 0.02);
    // Ceiling lights.
    g.fillStyle(0xffffff, 0.08);
    for (let i = 0; i < 5; i++) g.fillEllipse(x + w * (0.15 + i * 0.175), y + h * 0.02, w * 0.08, h * 0.03);
    // Photographers at the sides and the TV camera on its tripod at the back.
    for (const c of roomLayout(0, this.rtl).cameras) {
      const cx = x + c.x * w;
      const cy = y + c.y * h;
      const s = Math.min(w, h * 1.6) * 0.05 * c.scale;
      g.fillStyle(0x0b1118, 1);
      g.fillCircle(cx, cy - s * 1.3, s * 0.55);
      g.fillRoundedRect(cx - s * 0.8, cy - s * 0.8, s * 1.6, s * 2.2, s * 0.3);
      g.fillStyle(0x2a3847, 1);
      g.fillRoundedRect(cx - s * 0.6, cy - s * 1.55, s * 1.2, s * 0.75, s * 0.12);
      g.fillStyle(0x56b4e9, 0.5);
      g.fillCircle(cx, cy - s * 1.18, s * 0.22);
    }
    this.heatVeil.setPosition(x, y).setSize(w, h);
    this.changed();
  }

  private drawPeople(): void {
    const { x, y, width: w, height: h } = this.box;
    const g = this.people;
    g.clear();
    // Sized by the room's height, capped so a large screen shows the same room, not giants.
    const unit = Math.min(w / 16, h / 6.5, 64);
    let asking: { cx: number; cy: number; s: number } | null = null;
    // The rest of the room, dim, behind the reporters with questions.
    for (const seat of this.layout.crowd) {
      const s = unit * seat.scale;
      const cx = x + seat.x * w;
      const cy = y + seat.y * h;
      g.fillStyle(0x1f2a36, 1);
      g.fillRoundedRect(cx - s * 0.75, cy + s * 0.45, s * 1.5, s * 1.2, s * 0.45);
      g.fillCircle(cx, cy, s * 0.42);
    }
    // Back rows first, so the front row overlaps them.
    const order = this.layout.seats.map((seat, i) => ({ seat, i })).sort((a, b) => a.seat.y - b.seat.y);
    // Each row sits behind a long press table, drawn once its people are.
    const table = (row: number): void => {
      const seats = this.layout.seats.filter((t) => t.row === row);
      const first = seats[0];
      if (!first) return;
      const s = unit * first.scale;
      const xs = seats.map((t) => x + t.x * w);
      const top = y + first.y * h + s * 1.2;
      g.fillStyle(0x2b2219, 1);
      g.fillRect(Math.min(...xs) - s * 1.4, top, Math.max(...xs) - Math.min(...xs) + s * 2.8, s * 0.55);
      g.fillStyle(0x4a3a2a, 1);
      g.fillRect(Math.min(...xs) - s * 1.4, top, Math.max(...xs) - Math.min(...xs) + s * 2.8, Math.max(2, s * 0.08));
    };
    let row: number | null = null;
    for (const { seat, i } of order) {
      if (row !== null && seat.row !== row) table(row);
      row = seat.row;
      const r = this.reporters[i];
      if (!r) continue;
      const s = unit * seat.scale;
      const standing = r.hand === 'asking';
      const cx = x + seat.x * w;
      const cy = y + seat.y * h - (standing ? s * 0.5 : 0);
      const jacket = STANCE_COLOUR[r.stance];
      const dim = r.hand === 'down' ? 0.55 : 1;
      if (standing) asking = { cx, cy, s };
      // Shoulders and head.
      g.fillStyle(jacket, dim);
      g.fillRoundedRect(cx - s * 0.75, cy + s * 0.45, s * 1.5, s * 1.3, s * 0.45);
      g.fillStyle(0xc9a88a, dim);
      g.fillCircle(cx, cy, s * 0.42);
      g.fillStyle(0x2b2118, dim);
      g.fillEllipse(cx, cy - s * 0.2, s * 0.82, s * 0.45);
      if (r.hand === 'up') {
        // A raised arm on the side away from the aisle.
        const side = seat.x < 0.5 ? -1 : 1;
        const lift = s * 0.04;
        g.lineStyle(Math.max(3, s * 0.28), jacket, 1);
        g.lineBetween(cx + side * s * 0.6, cy + s * 0.6, cx + side * s * 0.85, cy - s * 0.7 - lift);
        g.fillStyle(0xc9a88a, 1);
        g.fillCircle(cx + side * s * 0.86, cy - s * 0.85 - lift, s * 0.2);
      }
      if (standing) {
        // The roving microphone in their hand.
        g.lineStyle(Math.max(2, s * 0.12), 0x111111, 1);
        g.lineBetween(cx + s * 0.35, cy + s * 0.7, cx + s * 0.2, cy + s * 0.2);
        g.fillStyle(0x111111, 1);
        g.fillCircle(cx + s * 0.18, cy + s * 0.15, s * 0.12);
      }
    }
    if (row !== null) table(row);
    if (asking) {
      this.spot.setPosition(asking.cx, asking.cy + asking.s * 0.8).setSize(asking.s * 3.4, asking.s * 3.6).setVisible(true);
    } else {
      this.spot.setVisible(false);
    }
    this.changed();
  }
}
