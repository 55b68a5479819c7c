/**
 * The podium: wires the press store to the DOM (PressView), the canvas (PressRoomCanvas), sound and
 * speech, and drives the clock in real time. Loaded lazily by PressScene.
 */
import * as Phaser from 'phaser';
import type { ViewDeps } from '../deps.ts';
import { bindShortcuts } from '../dom/shortcuts.ts';
import { bind, type Lifetime } from '../lifetime.ts';
import { RenderGate } from '../render-gate.ts';
import { SCENES } from '../scenes/keys.ts';
import type { PressHandle } from './handle.ts';
import { fireFlashes } from './flashes.ts';
import { headlinesFor } from './headlines.ts';
import { PressView } from './press-view.ts';
import { reactToPress } from './reactions.ts';
import { PressRoomCanvas } from './room-canvas.ts';
import { canSpeak, Speaker } from './speech.ts';

/** Real milliseconds between clock commands: a smooth answer clock, cheap for the engine. */
const TICK_MS = 200;
/** In a drill, how long the room may sit with nothing to answer before the clock jumps to what comes next. */
const IDLE_SKIP_MS = 1500;
/** Clock jumps allowed to reach a conference that comes later in a longer scenario. */
const MAX_SKIPS = 500;
/** Nothing on the podium's canvas moves on its own: this only bounds how often a stray tween is drawn. */
const AMBIENT_MS = 250;

export class PressStage {
  private readonly handle: PressHandle;
  private readonly view: PressView;
  private readonly canvas: PressRoomCanvas;
  private lastTick = performance.now();
  private begun = false;
  /** Since when nothing has waited for the spokesperson (a drill skips such waits). */
  private idleSince: number | null = null;

  constructor(scene: Phaser.Scene, deps: ViewDeps, handle: PressHandle, life: Lifetime) {
    this.handle = handle;
    const debug = deps.pressDebug;
    if (debug) debug.press = handle;
    life.add(() => {
      if (debug?.press === handle) debug.press = null;
    });
    const tr = deps.i18n();
    const store = handle.store;
    const motion = !deps.reducedMotion();
    const settings = () => deps.store.getState().settings;
    const speaker = new Speaker(handle.language);
    life.add(() => speaker.stop());
    // Without a GPU one redraw of the podium costs tens of milliseconds: draw only when it changed.
    const gate = new RenderGate(scene.game, AMBIENT_MS);
    life.add(gate.install());

    // A dark hall behind the room, so the panels read against it.
    const hall = scene.add.graphics().setDepth(0);
    const drawHall = (): void => {
      const { width, height } = scene.scale;
      hall.clear();
      hall.fillGradientStyle(0x0b1016, 0x0b1016, 0x050709, 0x050709, 1);
      hall.fillRect(0, 0, width, height);
      gate.request();
    };
    drawHall();

    this.view = new PressView({
      store,
      tr,
      life,
      language: handle.language,
      speak: {
        available: canSpeak(),
        on: () => settings().speakQuestions,
        set: (on) => {
          deps.store.getState().updateSettings({ speakQuestions: on });
          if (!on) speaker.stop();
        },
      },
      announce: (text, urgent) => deps.overlay.announce(text, urgent),
      headlines: (vm) => headlinesFor(vm),
      preview: (text, ask) => handle.lib.headline(text, { loaded: ask.loaded }),
      onDebrief: () => scene.scene.start(SCENES.pressDebrief, handle),
      onLeave: () => scene.scene.start(SCENES.library, { filter: 'press' }),
    });
    deps.overlay.mount(life, this.view.root);
    this.canvas = new PressRoomCanvas(scene, tr.dir === 'rtl', () => gate.request());

    const place = (): void => {
      drawHall();
      const canvas = scene.game.canvas.getBoundingClientRect();
      const r = this.view.roomSlot.getBoundingClientRect();
      this.canvas.place({ x: r.left - canvas.left, y: r.top - canvas.top, width: r.width, height: r.height });
    };
    scene.scale.on(Phaser.Scale.Events.RESIZE, place);
    life.add(() => scene.scale.off(Phaser.Scale.Events.RESIZE, place));
    const observer = new ResizeObserver(place);
    observer.observe(this.view.roomSlot);
    life.add(() => observer.disconnect());
    requestAnimationFrame(place);

    bind(life, store, (s) => s.vm.reporters, (reporters) => this.canvas.show(reporters));
    bind(life, store, (s) => s.vm.heat, (heat) => this.canvas.setHeat(heat));
    bind(life, store, (s) => s.latest.batch, () => {
      const isPress = (inject: string): boolean => handle.scenario.injectIndex.get(inject)?.conference != null;
      const reaction = reactToPress(store.getState().latest.events, isPress);
      for (const sound of reaction.sounds) deps.audio()?.play(sound);
      // The count is kept on the room for people and tests checking that reduced motion means none.
      const fired = motion ? fireFlashes(this.view.roomSlot, this.canvas.seating, reaction.flashes) : 0;
      this.view.roomSlot.dataset['flashes'] = String(Number(this.view.roomSlot.dataset['flashes'] ?? 0) + fired);
    });
    bind(life, store, (s) => s.vm.current?.key ?? null, (key) => {
      const current = store.getState().vm.current;
      if (key === null || !current || !settings().speakQuestions) return;
      speaker.say(current.text, current.reporter);
    });
    // The room's murmur runs while the conference is on.
    life.add(() => deps.audio()?.loop('press-murmur', false));
    bind(life, store, (s) => s.vm.started && !s.vm.over && s.vm.phase === 'running', (on) => deps.audio()?.loop('press-murmur', on));
    // In practice the conference is the drill: when its last question is resolved, the session ends.
    bind(life, store, (s) => s.vm.over, (over) => {
      if (over) store.getState().end();
    });

    this.wireKeys(life);
    let alive = true;
    life.add(() => (alive = false));
    const start = (): void => {
      if (!alive) return;
      store.getState().begin();
      this.begun = true;
      // A conference inside a longer scenario: the hours before it play without the spokesperson.
      // (A drill plays everything at the podium, jumping only over the waits: see update().)
      if (!handle.drill) for (let i = 0; i < MAX_SKIPS && !store.getState().vm.started && store.getState().vm.phase === 'running'; i++) store.getState().skipToNext();
      if (store.getState().vm.phase === 'ended' && !store.getState().vm.started) this.view.problem(tr.t('press.neverStarted'));
    };
    // The room waits for the analyser, so the first typed answer is read like every other.
    handle.ready.then(start, (error: unknown) => {
      this.view.problem(tr.t('press.analyserFailed', { problem: error instanceof Error ? error.message : String(error) }));
      start();
    });
  }

  private wireKeys(life: Lifetime): void {
    const store = this.handle.store;
    bindShortcuts(life, (key) => {
      if (key === 'p') this.view.togglePause();
      else if (key === 'a') this.view.focusAnswer();
      else if (/^[1-9]$/.test(key)) {
        const option = store.getState().vm.current?.options[Number(key) - 1];
        if (!option) return false;
        document.querySelector<HTMLButtonElement>(`[data-testid="answer-option-${option.id}"]`)?.click();
      } else return false;
      return true;
    });
  }

  update(): void {
    const s = this.handle.store.getState();
    // Wall-clock time, not Phaser's frame delta: the loop smooths and caps its delta, and the
    // answer clock must match the time the spokesperson is living through.
    const now = performance.now();
    if (s.vm.phase !== 'running') {
      this.lastTick = now;
      return;
    }
    if (now - this.lastTick >= TICK_MS) {
      const elapsed = Math.min(now - this.lastTick, 1000);
      this.lastTick = now;
      s.tick(elapsed);
    }
    // In a drill, minutes in which nothing waits for the spokesperson (before the doors open,
    // between the lobby and the room) pass in a beat: long enough to read the caption.
    const vm = this.handle.store.getState().vm;
    const idle = this.handle.drill && this.begun && vm.current === null && vm.picking === null && !vm.over;
    if (!idle) this.idleSince = null;
    else if (this.idleSince === null) this.idleSince = now;
    else if (now - this.idleSince >= IDLE_SKIP_MS) {
      this.idleSince = null;
      this.handle.store.getState().skipToNext();
    }
  }
}
