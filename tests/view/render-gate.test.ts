import type * as Phaser from 'phaser';
import { describe, expect, it } from 'vitest';
import { RenderGate } from '../../src/view/render-gate.ts';

type Callback = (time: number, delta: number) => void;

/** Just enough of a Phaser game to count which frames are drawn and which only step. */
function fakeGame() {
  const drawn: number[] = [];
  const stepped: number[] = [];
  const tweens: { playing: boolean }[] = [];
  const resizeListeners = new Set<() => void>();
  const original: Callback = () => undefined;
  const game = {
    loop: { callback: original },
    step: (time: number) => drawn.push(time),
    headlessStep: (time: number) => stepped.push(time),
    scale: { on: (_: string, f: () => void) => resizeListeners.add(f), off: (_: string, f: () => void) => resizeListeners.delete(f) },
    scene: { getScenes: () => [{ tweens: { getTweens: () => tweens.map((t) => ({ isPlaying: () => t.playing })) } }] },
  };
  const frames = (from: number, to: number): void => {
    for (let t = from; t <= to; t += 16) game.loop.callback(t, 16);
  };
  return { game: game as unknown as Phaser.Game, loop: game.loop, original, drawn, stepped, tweens, frames, resize: () => resizeListeners.forEach((f) => f()) };
}

describe('the render gate: the canvas is drawn when something on it changed', () => {
  it('draws the first two frames, then only steps the scene logic while nothing changes', () => {
    const f = fakeGame();
    new RenderGate(f.game, 100).install();
    f.frames(0, 1000);
    expect(f.drawn).toEqual([0, 16]);
    expect(f.stepped.length).toBeGreaterThan(50);
  });

  it('draws the frame after a reported change, and after a resize', () => {
    const f = fakeGame();
    const gate = new RenderGate(f.game, 100);
    gate.install();
    f.frames(0, 500);
    gate.request();
    f.frames(512, 600);
    f.resize();
    f.frames(608, 700);
    expect(f.drawn).toEqual([0, 16, 512, 608]);
  });

  it('draws running animations at most once per ambient interval, and not paused ones', () => {
    const f = fakeGame();
    new RenderGate(f.game, 100).install();
    f.tweens.push({ playing: false });
    f.frames(0, 1000);
    expect(f.drawn).toEqual([0, 16]);
    f.tweens.push({ playing: true });
    f.drawn.length = 0;
    f.frames(1008, 2000);
    expect(f.drawn.length).toBeGreaterThanOrEqual(9);
    expect(f.drawn.length).toBeLessThanOrEqual(10);
    for (let i = 1; i < f.drawn.length; i++) expect((f.drawn[i] ?? 0) - (f.drawn[i - 1] ?? 0)).toBeGreaterThanOrEqual(100);
  });

  it('gives the loop back when the scene shuts down', () => {
    const f = fakeGame();
    const uninstall = new RenderGate(f.game, 100).install();
    expect(f.loop.callback).not.toBe(f.original);
    uninstall();
    expect(f.loop.callback).toBe(f.original);
  });
});
