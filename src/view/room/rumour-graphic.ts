/**
 * The rumour on the canvas: a network of people (a sunflower layout, so 2,000 nodes need no physics)
 * coloured by how many have heard and believe the claim, beside its reach and belief curves. It
 * redraws only when the rumour changes, into the rectangle of a DOM slot the room reserves for it.
 */
import * as Phaser from 'phaser';
import type { RumourVM } from '../../state/room/view-model.ts';
import { COLOURS } from '../backdrop.ts';

export const DEFAULT_NODES = 400;
const GOLDEN = Math.PI * (3 - Math.sqrt(5));

export class RumourGraphic {
  private readonly g: Phaser.GameObjects.Graphics;
  private rect = new Phaser.Geom.Rectangle(0, 0, 0, 0);
  private box = new Phaser.Geom.Rectangle(0, 0, 0, 0);
  private rumour: RumourVM | null = null;
  nodes: number;

  constructor(scene: Phaser.Scene, nodes = DEFAULT_NODES) {
    this.g = scene.add.graphics().setDepth(5);
    this.nodes = nodes;
  }

  /** `slot`: where to draw; `box`: the see-through DOM block around it, painted as a panel first. */
  place(slot: { x: number; y: number; width: number; height: number }, box: { x: number; y: number; width: number; height: number }): void {
    this.rect = new Phaser.Geom.Rectangle(slot.x, slot.y, slot.width, slot.height);
    this.box = new Phaser.Geom.Rectangle(box.x, box.y, box.width, box.height);
    this.draw();
  }

  show(rumour: RumourVM | null): void {
    this.rumour = rumour;
    this.draw();
  }

  draw(): void {
    const g = this.g;
    g.clear();
    g.fillStyle(0x111821, 1);
    g.fillRect(this.box.x, this.box.y, this.box.width, this.box.height);
    const { x, y, width, height } = this.rect;
    if (width < 20 || height < 20) return;
    g.fillStyle(0x05080b, 1);
    g.fillRect(x, y, width, height);
    const r = this.rumour;
    const reach = r?.reach ?? 0;
    const believing = r?.believing ?? 0;
    // Network: the left part of the slot.
    const netSize = Math.min(height - 8, width * 0.42);
    const cx = x + 4 + netSize / 2;
    const cy = y + height / 2;
    const heard = Math.round(reach * this.nodes);
    const believe = Math.round(believing * this.nodes);
    const dot = Math.max(1, Math.min(2.2, (netSize / Math.sqrt(this.nodes)) * 0.42));
    for (let i = 0; i < this.nodes; i++) {
      const rad = (netSize / 2 - dot) * Math.sqrt((i + 0.5) / this.nodes);
      const a = i * GOLDEN;
      // Inner nodes hear first: a rumour spreads out from where it started.
      const colour = i < believe ? COLOURS.vermillion : i < heard ? COLOURS.orange : 0x3a4a5c;
      g.fillStyle(colour, i < heard ? 0.95 : 0.6);
      g.fillRect(cx + rad * Math.cos(a) - dot / 2, cy + rad * Math.sin(a) - dot / 2, dot, dot);
    }
    // Curves: reach (orange) and believing (vermillion, dashed look) over time.
    const cx0 = x + netSize + 14;
    const cw = x + width - 6 - cx0;
    if (cw < 30) return;
    const top = y + 6;
    const ch = height - 12;
    g.lineStyle(1, COLOURS.line, 0.8);
    g.strokeRect(cx0, top, cw, ch);
    g.lineStyle(1, COLOURS.line, 0.4);
    g.lineBetween(cx0, top + ch / 2, cx0 + cw, top + ch / 2);
    const history = r?.history ?? [];
    if (history.length < 2) return;
    const t0 = history[0]?.[0] ?? 0;
    const t1 = Math.max(t0 + 1, history[history.length - 1]?.[0] ?? 1);
    const line = (index: 1 | 3, colour: number, width: number): void => {
      g.lineStyle(width, colour, 1);
      g.beginPath();
      history.forEach((p, i) => {
        const px = cx0 + ((p[0] - t0) / (t1 - t0)) * cw;
        const py = top + ch - p[index] * ch;
        if (i === 0) g.moveTo(px, py);
        else g.lineTo(px, py);
      });
      g.strokePath();
    };
    line(1, COLOURS.orange, 2);
    line(3, COLOURS.vermillion, 2);
  }

  destroy(): void {
    this.g.destroy();
  }
}
