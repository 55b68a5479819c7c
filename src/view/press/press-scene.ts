/**
 * The press-conference scene. A thin shell registered with the game at start: the podium itself
 * (the room drawing, the captions, the lectern, speech) arrives as a lazy chunk when a drill opens,
 * so the menu's first load does not carry it.
 */
import * as Phaser from 'phaser';
import './press.css';
import type { ViewDeps } from '../deps.ts';
import { h } from '../dom/h.ts';
import { sceneLifetime } from '../lifetime.ts';
import { SCENES } from '../scenes/keys.ts';
import type { PressHandle } from './handle.ts';
import type { PressStage } from './press-stage.ts';

export class PressScene extends Phaser.Scene {
  private readonly deps: ViewDeps;
  private stage: PressStage | null = null;

  constructor(deps: ViewDeps) {
    super(SCENES.press);
    this.deps = deps;
  }

  create(handle: PressHandle): void {
    const life = sceneLifetime(this);
    this.stage = null;
    let alive = true;
    life.add(() => {
      alive = false;
      this.stage = null;
    });
    void import('./press-stage.ts').then(
      ({ PressStage }) => {
        if (alive) this.stage = new PressStage(this, this.deps, handle, life);
      },
      (error: unknown) => {
        if (!alive) return;
        const { t } = this.deps.i18n();
        this.deps.overlay.mount(life, h('main', { class: 'page', id: 'ui-main' },
          h('h1', { text: t('press.failed') }),
          h('p', { class: 'error', attrs: { role: 'alert' }, text: error instanceof Error ? error.message : String(error) }),
          h('button', { class: 'btn', text: t('ui.common.back'), on: { click: () => this.scene.start(SCENES.library, { filter: 'press' }) } })));
      },
    );
  }

  override update(): void {
    this.stage?.update();
  }
}
