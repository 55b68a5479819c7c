/**
 * Draws the canvas only when something on it changed. Phaser redraws every frame; on a machine
 * without a GPU (software WebGL, as in the benchmark and on many locked-down office laptops) one
 * full redraw of the room takes tens of milliseconds, so redrawing 60 times a second while only the
 * DOM clock moves drops frames for nothing. While the gate is installed, a frame is drawn when a
 * change was reported (`request`), and otherwise only to advance running tweens, at most once per
 * `ambientMs`: the slow ambient motion of the room does not need 60 drawings a second. Scene logic
 * (the clock, timers, tweens) still runs every frame.
 */
import type * as Phaser from 'phaser';

export class RenderGate {
  private readonly game: Phaser.Game;
  private readonly ambientMs: number;
  /** Frames still to draw for a reported change; the scene's first two frames are always drawn. */
  private pending = 2;
  private lastDrawn = -Infinity;

  constructor(game: Phaser.Game, ambientMs: number) {
    this.game = game;
    this.ambientMs = ambientMs;
  }

  /** Takes over the game loop; the function returned gives it back (call it when the scene shuts down). */
  install(): () => void {
    const loop = this.game.loop;
    const original = loop.callback;
    const draw = this.game.step.bind(this.game);
    const skip = this.game.headlessStep.bind(this.game);
    const onResize = (): void => this.request();
    this.game.scale.on('resize', onResize);
    loop.callback = (time, delta) => {
      if (this.shouldDraw(time)) {
        this.lastDrawn = time;
        draw(time, delta);
      } else {
        skip(time, delta);
      }
    };
    return () => {
      loop.callback = original;
      this.game.scale.off('resize', onResize);
    };
  }

  /** Something on the canvas changed: draw the next frames. */
  request(): void {
    this.pending = Math.max(this.pending, 1);
  }

  private shouldDraw(time: number): boolean {
    if (this.pending > 0) {
      this.pending -= 1;
      return true;
    }
    return time - this.lastDrawn >= this.ambientMs && this.animating();
  }

  private animating(): boolean {
    return this.game.scene.getScenes(true).some((scene) => scene.tweens.getTweens().some((tween) => tween.isPlaying()));
  }
}
