/**
 * The crisis room scene. The canvas draws the room (the wall of screens, the rumour network and its
 * curves, the phone's pulse); the DOM overlay (RoomView) holds every word and control. This scene
 * drives the clock: real time passes into the engine a few times a second, times the speed.
 */
import * as Phaser from 'phaser';
import { Backdrop, COLOURS } from '../backdrop.ts';
import type { ViewDeps } from '../deps.ts';
import { bindShortcuts } from '../dom/shortcuts.ts';
import { bind, sceneLifetime, type Lifetime } from '../lifetime.ts';
import { RenderGate } from '../render-gate.ts';
import { SCENES } from '../scenes/keys.ts';
import type { RumourVM } from '../../state/room/view-model.ts';
import type { RoomHandle } from './handle.ts';
import { RumourGraphic } from './rumour-graphic.ts';
import { RoomView, SPEEDS } from './room-view.ts';
import { reactTo, type Toast } from './sounds.ts';
import { toastWords } from './toasts.ts';

/** Real milliseconds between clock commands: often enough for a smooth clock, cheap for the engine. */
export const TICK_MS = 200;
/** The room's ambient motion (the phone's pulse while it rings) is drawn ten times a second. */
const AMBIENT_MS = 100;
/** The rumour network grows gradually: two drawings a second follow it at any clock speed. */
const RUMOUR_MS = 500;

export class RoomScene extends Phaser.Scene {
  private readonly deps: ViewDeps;
  private handle: RoomHandle | null = null;
  private view: RoomView | null = null;
  private rumour: RumourGraphic | null = null;
  private pulse: Phaser.GameObjects.Graphics | null = null;
  private gate: RenderGate | null = null;
  /** The rumour to draw next (undefined: nothing new), drawn at most every RUMOUR_MS. */
  private rumourDue: RumourVM | null | undefined = undefined;
  private rumourDrawn = -Infinity;
  private lastTick = 0;
  private tickSound = 0;
  private ended = false;

  constructor(deps: ViewDeps) {
    super(SCENES.room);
    this.deps = deps;
  }

  create(handle: RoomHandle): void {
    this.handle = handle;
    if (this.deps.debug) this.deps.debug.room = handle;
    this.lastTick = performance.now();
    this.ended = false;
    const life = sceneLifetime(this);
    const tr = this.deps.i18n();
    const gate = new RenderGate(this.game, AMBIENT_MS);
    this.gate = gate;
    life.add(gate.install());
    life.add(() => (this.gate = null));
    // The wall of screens is mostly hidden behind the room's panels: its slow motion would cost a full
    // redraw ten times a second for a few visible pixels, so in the room the wall stands still.
    const backdrop = new Backdrop(this, life, false);
    const store = handle.store;
    const settings = this.deps.store.getState().settings;
    const announce = (text: string, urgent?: boolean): void => this.deps.overlay.announce(text, urgent);
    const team = handle.team;
    // After the end a seat's connection goes on to the debrief, where the hot wash arrives.
    let handedOver = false;
    if (team) life.add(() => { if (!handedOver) team.close(); });
    const view = new RoomView({
      store,
      info: handle.info,
      tr,
      life,
      examMode: settings.examMode,
      onEnd: () => store.getState().end(),
      announce,
      ...(team ? { seat: { panel: team.panel(life, tr, announce, () => this.scene.start(SCENES.title)), timeNote: tr.t('team.room.facilitatorTime') } } : {}),
    });
    this.view = view;
    this.deps.overlay.mount(life, view.root);
    this.rumour = new RumourGraphic(this, this.deps.rumourNodes ?? 600);
    this.pulse = this.add.graphics().setDepth(4);
    life.add(() => {
      this.rumour?.destroy();
      this.rumour = null;
      this.view = null;
    });

    const place = (): void => this.placeCanvasParts();
    this.scale.on(Phaser.Scale.Events.RESIZE, place);
    life.add(() => this.scale.off(Phaser.Scale.Events.RESIZE, place));
    const observer = new ResizeObserver(place);
    observer.observe(view.rumourSlot);
    observer.observe(view.rumourBox);
    observer.observe(view.phoneBox);
    life.add(() => observer.disconnect());
    requestAnimationFrame(place);

    bind(life, store, (s) => s.vm.rumours, (rumours) => {
      const live = rumours.filter((r) => r.seededAt !== null);
      this.rumourDue = live.reduce<(typeof live)[number] | null>((best, r) => (best === null || r.reach > best.reach ? r : best), null);
    });
    bind(life, store, (s) => s.vm.pressure, (p) => {
      backdrop.setPressure(p);
      gate.request();
      this.deps.audio()?.ambience(true, p);
    });
    this.wireSound(life);
    this.wireKeys(life, view);

    bind(life, store, (s) => s.vm.phase, (phase) => {
      if (phase === 'ended' && !this.ended) {
        this.ended = true;
        this.time.delayedCall(1200, () => {
          handedOver = team !== undefined;
          this.scene.start(SCENES.debrief, handle);
        });
      }
    });
    if (store.getState().vm.phase === 'briefing' && !team) store.getState().start();
    if (!settings.examMode) store.getState().refreshScores();
    this.time.addEvent({ delay: 3000, loop: true, callback: () => { if (!settings.examMode && store.getState().vm.phase === 'running') store.getState().refreshScores(); } });
  }

  private wireSound(life: Lifetime): void {
    const handle = this.handle;
    if (!handle) return;
    const store = handle.store;
    life.add(() => {
      const audio = this.deps.audio();
      audio?.ambience(false);
      audio?.loop('phone-ring', false);
      audio?.loop('press-murmur', false);
    });
    const ringing = (): boolean => {
      const s = store.getState();
      return s.vm.phase === 'running' && s.vm.calls.some((c) => c.status === 'open' && !s.pickedUp.includes(c.key));
    };
    bind(life, store, (s) => `${s.vm.calls.map((c) => c.key + c.status).join()}|${s.pickedUp.join()}|${s.vm.phase}`, () => {
      this.deps.audio()?.loop('phone-ring', ringing());
    });
    bind(life, store, (s) => s.vm.open.some((c) => c.panel === 'press'), (press) => this.deps.audio()?.loop('press-murmur', press));
    bind(life, store, (s) => s.latest.batch, () => {
      const { vm, latest } = store.getState();
      const reaction = reactTo(latest.events, (inject, firing) => vm.cards.find((c) => c.inject === inject && c.firing === firing), (statement) => vm.statements.find((st) => st.id === statement)?.seat);
      for (const sound of reaction.sounds) this.deps.audio()?.play(sound);
      for (const toast of reaction.toasts) this.showToast(toast, handle);
    });
  }

  private showToast(toast: Toast, handle: RoomHandle): void {
    const view = this.view;
    if (!view) return;
    const { text, tone } = toastWords(toast, this.deps.i18n(), {
      seat: handle.team?.seat ?? null,
      seatName: (seat) => handle.info.seatNames[seat] ?? seat,
      rumourClaim: (rumour) => handle.store.getState().vm.rumours.find((x) => x.id === rumour)?.claim ?? rumour,
    });
    view.toast(text, tone);
  }

  private wireKeys(life: Lifetime, view: RoomView): void {
    const store = this.handle?.store;
    if (!store) return;
    bindShortcuts(life, (key) => {
      const s = store.getState();
      // A seat's clock belongs to the facilitator: only the phone and the composer answer to keys.
      if (this.handle?.team && !['a', 'c'].includes(key)) return false;
      if (key === 'p') view.togglePause();
      else if (key === 'n') s.skipToNext();
      else if (key === 'a') view.answerPhone();
      else if (key === 'c') view.composer.focus();
      else if (/^[1-7]$/.test(key)) s.setSpeed(SPEEDS[Number(key) - 1] ?? 1);
      else return false;
      return true;
    });
  }

  private placeCanvasParts(): void {
    const view = this.view;
    if (!view) return;
    const canvas = this.game.canvas.getBoundingClientRect();
    const rel = (r: DOMRect): { x: number; y: number; width: number; height: number } => ({ x: r.left - canvas.left, y: r.top - canvas.top, width: r.width, height: r.height });
    this.rumour?.place(rel(view.rumourSlot.getBoundingClientRect()), rel(view.rumourBox.getBoundingClientRect()));
    this.gate?.request();
    const phone = view.phoneBox.getBoundingClientRect();
    this.drawPulse(phone.left - canvas.left, phone.top - canvas.top, phone.width, phone.height);
  }

  private drawPulse(x: number, y: number, w: number, hgt: number): void {
    const g = this.pulse;
    if (!g) return;
    g.clear();
    g.lineStyle(2, COLOURS.vermillion, 1);
    g.strokeRoundedRect(x - 6, y - 6, w + 12, hgt + 12, 12);
    g.setVisible(false);
    this.tweens.killTweensOf(g);
    g.setAlpha(1);
    // Paused until the phone rings (update() resumes it), so a silent phone asks for no redraws.
    if (!this.deps.reducedMotion()) this.tweens.add({ targets: g, alpha: { from: 1, to: 0.1 }, duration: 600, yoyo: true, repeat: -1, paused: true });
  }

  override update(): void {
    const handle = this.handle;
    if (!handle) return;
    const s = handle.store.getState();
    const ringing = s.vm.phase === 'running' && s.vm.calls.some((c) => c.status === 'open' && !s.pickedUp.includes(c.key));
    if (this.pulse && this.pulse.visible !== ringing) {
      this.pulse.setVisible(ringing);
      // The pulse only animates while it shows, so a silent phone costs no redraws.
      for (const tween of this.tweens.getTweensOf(this.pulse)) {
        if (ringing) tween.resume();
        else tween.pause();
      }
      this.gate?.request();
    }
    const now0 = performance.now();
    if (this.rumourDue !== undefined && now0 - this.rumourDrawn >= RUMOUR_MS) {
      this.rumour?.show(this.rumourDue);
      this.rumourDue = undefined;
      this.rumourDrawn = now0;
      this.gate?.request();
    }
    // Wall-clock time, not Phaser's frame delta: the loop smooths and caps its delta, so on a slow
    // machine scenario time would fall behind the real time the trainee is living through.
    const now = performance.now();
    if (s.vm.phase !== 'running') {
      this.lastTick = now;
      return;
    }
    if (now - this.lastTick >= TICK_MS) {
      const elapsed = Math.min(now - this.lastTick, 1000);
      this.lastTick = now;
      handle.store.getState().tick(elapsed);
    }
    // The last two scenario minutes of a deadline tick once a real second.
    if (now - this.tickSound >= 1000) {
      this.tickSound = now;
      const vm = handle.store.getState().vm;
      if (vm.open.some((c) => c.deadlineAt !== null && c.deadlineAt > vm.now && c.deadlineAt - vm.now < 2 * 60_000)) this.deps.audio()?.play('tick');
    }
  }
}
