/**
 * The room behind the panels, drawn on the canvas: a dark wall of monitors with a slow light sweep
 * and a ticker rail whose colour follows the pressure. No text is drawn here (all words are DOM).
 */
import * as Phaser from 'phaser';
import type { Lifetime } from './lifetime.ts';

export const COLOURS = {
  bgTop: 0x0d151e,
  bgBottom: 0x05080b,
  monitor: 0x10202e,
  monitorLit: 0x16344b,
  blue: 0x56b4e9,
  orange: 0xe69f00,
  vermillion: 0xff7a3d,
  green: 0x2bc79a,
  yellow: 0xf0e442,
  purple: 0xcc79a7,
  line: 0x2a3847,
  text: 0xe9eef3,
} as const;

/** A colour with 35% black laid over it. */
function shaded(colour: number): number {
  const k = 0.65;
  const r = Math.round(((colour >> 16) & 0xff) * k);
  const g = Math.round(((colour >> 8) & 0xff) * k);
  const b = Math.round((colour & 0xff) * k);
  return (r << 16) | (g << 8) | b;
}
const SHADED_TOP = shaded(COLOURS.bgTop);
const SHADED_BOTTOM = shaded(COLOURS.bgBottom);

export class Backdrop {
  private readonly scene: Phaser.Scene;
  private readonly base: Phaser.GameObjects.Graphics;
  private readonly sweep: Phaser.GameObjects.Rectangle;
  private readonly rail: Phaser.GameObjects.Rectangle;
  private readonly screens: Phaser.GameObjects.Rectangle[] = [];
  private pressure = 0;
  private readonly motion: boolean;

  constructor(scene: Phaser.Scene, life: Lifetime, motion: boolean) {
    this.scene = scene;
    this.motion = motion;
    this.base = scene.add.graphics();
    this.sweep = scene.add.rectangle(0, 0, 220, 10, COLOURS.blue, 0.05).setOrigin(0, 0);
    this.rail = scene.add.rectangle(0, 0, 10, 3, COLOURS.blue, 0.9).setOrigin(0, 0);
    const onResize = (): void => this.layout();
    scene.scale.on(Phaser.Scale.Events.RESIZE, onResize);
    life.add(() => scene.scale.off(Phaser.Scale.Events.RESIZE, onResize));
    this.layout();
  }

  /** 0 calm … 1 overwhelmed: the rail turns from blue to orange to vermillion. */
  setPressure(pressure: number): void {
    this.pressure = Math.min(1, Math.max(0, pressure));
    const colour = this.pressure > 0.66 ? COLOURS.vermillion : this.pressure > 0.33 ? COLOURS.orange : COLOURS.blue;
    this.rail.setFillStyle(colour, 0.9);
  }

  private layout(): void {
    const { width, height } = this.scene.scale;
    const g = this.base;
    g.clear();
    // The wall's shade is mixed into the gradient rather than laid over it: one full-screen pass
    // instead of two, which matters where WebGL runs in software.
    g.fillGradientStyle(SHADED_TOP, SHADED_TOP, SHADED_BOTTOM, SHADED_BOTTOM, 1);
    g.fillRect(0, 0, width, height);
    // The wall of monitors: a grid of dim screens across the top two thirds.
    for (const s of this.screens) s.destroy();
    this.screens.length = 0;
    const cols = Math.max(6, Math.round(width / 150));
    const rows = 4;
    const gap = 10;
    const cellW = (width - gap * (cols + 1)) / cols;
    const cellH = Math.min(90, (height * 0.62 - gap * (rows + 1)) / rows);
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const lit = (r * 7 + c * 3) % 5 === 0;
        const screen = this.scene.add
          .rectangle(gap + c * (cellW + gap), gap + r * (cellH + gap), cellW, cellH, lit ? COLOURS.monitorLit : COLOURS.monitor, lit ? 0.55 : 0.35)
          .setOrigin(0, 0)
          .setStrokeStyle(1, COLOURS.line, 0.35);
        this.screens.push(screen);
        if (lit && this.motion) {
          this.scene.tweens.add({ targets: screen, alpha: { from: 0.25, to: 0.6 }, duration: 1800 + ((r + c) % 4) * 700, yoyo: true, repeat: -1, ease: 'Sine.easeInOut' });
        }
      }
    }
    this.sweep.setSize(Math.max(160, width * 0.16), height).setDepth(1);
    this.scene.children.bringToTop(this.sweep);
    this.rail.setPosition(0, height - 3).setSize(width, 3);
    this.scene.children.bringToTop(this.rail);
    this.scene.tweens.killTweensOf(this.sweep);
    if (this.motion) {
      this.sweep.setPosition(-this.sweep.width, 0);
      this.scene.tweens.add({ targets: this.sweep, x: width, duration: 9000, repeat: -1, ease: 'Linear' });
    } else {
      this.sweep.setVisible(false);
    }
  }
}
