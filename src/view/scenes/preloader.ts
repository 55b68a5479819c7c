/**
 * Preloader: fetches the audio sprite and the scenario library with Phaser's loader and draws a
 * real progress bar from its `progress` event; the percentage is also DOM text for screen readers.
 */
import * as Phaser from 'phaser';
import { ScenarioIndex } from '../../state/library.ts';
import { COLOURS } from '../backdrop.ts';
import type { SpriteMapLike, ViewDeps } from '../deps.ts';
import { h } from '../dom/h.ts';
import { sceneLifetime } from '../lifetime.ts';
import { SCENES } from './keys.ts';

export class PreloaderScene extends Phaser.Scene {
  private readonly deps: ViewDeps;

  constructor(deps: ViewDeps) {
    super(SCENES.preloader);
    this.deps = deps;
  }

  preload(): void {
    const t = this.deps.i18n();
    const life = sceneLifetime(this);
    const status = h('p', { class: 'status', text: t.t('ui.loading.progress', { percent: 0 }) });
    const bar = h('div', { class: 'sr-only', attrs: { role: 'progressbar', 'aria-label': t.t('ui.loading.label'), 'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-valuenow': 0 } });
    const screen = h('div', { class: 'loading', attrs: { 'data-testid': 'preloader' } }, h('h1', { class: 'brand', text: t.t('ui.app.title') }), bar, status);
    this.deps.overlay.mount(life, screen);

    const { width, height } = this.scale;
    const barWidth = Math.min(460, width * 0.6);
    const x = (width - barWidth) / 2;
    const y = height / 2 + 10;
    const frame = this.add.graphics();
    frame.lineStyle(1, COLOURS.blue, 0.8).strokeRect(x - 3, y - 3, barWidth + 6, 14);
    const fill = this.add.rectangle(x, y, 1, 8, COLOURS.blue).setOrigin(0, 0);

    this.load.on(Phaser.Loader.Events.PROGRESS, (progress: number) => {
      fill.width = Math.max(1, barWidth * progress);
      const percent = Math.round(progress * 100);
      status.textContent = t.t('ui.loading.progress', { percent });
      bar.setAttribute('aria-valuenow', String(percent));
    });
    this.load.on(Phaser.Loader.Events.FILE_LOAD_ERROR, (file: Phaser.Loader.File) => {
      // Sound is optional; the library is not.
      if (file.key === 'library') screen.append(h('p', { class: 'error', attrs: { role: 'alert' }, text: t.t('ui.loading.failed', { file: file.src }) }));
    });

    this.load.json('audio-map', 'audio/crisis-room.json');
    this.load.binary('audio-ogg', 'audio/crisis-room.ogg');
    this.load.json('library', 'scenarios/index.json');
  }

  create(): void {
    const map = this.cache.json.get('audio-map') as SpriteMapLike | undefined;
    if (map) this.deps.audioReady(map);
    const library = ScenarioIndex.safeParse(this.cache.json.get('library'));
    if (!library.success) return; // the error is on screen; the player reloads
    this.deps.store.getState().setLibrary(library.data);
    this.scene.start(SCENES.title);
  }
}
