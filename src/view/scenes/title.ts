/** Title and main menu. */
import * as Phaser from 'phaser';
import { Backdrop } from '../backdrop.ts';
import type { ViewDeps } from '../deps.ts';
import { h } from '../dom/h.ts';
import { bind, sceneLifetime } from '../lifetime.ts';
import { SCENES, type SceneKey } from './keys.ts';
import { takeJoinLink } from '../team/join-link.ts';

export class TitleScene extends Phaser.Scene {
  private readonly deps: ViewDeps;

  constructor(deps: ViewDeps) {
    super(SCENES.title);
    this.deps = deps;
  }

  /**
   * How a menu item opens its scene: at once when it is registered, after loading its code when it is
   * one of the composition root's on-demand scenes, or not at all (the item shows as unavailable).
   */
  private opener(key: SceneKey, status: HTMLElement): (() => void) | null {
    if (this.scene.manager.keys[key]) return () => this.scene.start(key);
    const load = this.deps.lazyScenes?.[key];
    if (!load) return null;
    let loading = false;
    return () => {
      if (loading) return;
      loading = true;
      status.textContent = this.deps.i18n().t('ui.menu.loading');
      load(this.deps).then(
        (scene) => {
          if (!this.scene.manager.keys[key]) this.scene.manager.add(key, scene, false);
          this.scene.start(key);
        },
        (error: unknown) => {
          loading = false;
          // A dropped connection while fetching the chunk: say so and let the user try again.
          console.info(`could not load ${key}: ${error instanceof Error ? error.message : String(error)}`);
          status.textContent = this.deps.i18n().t('ui.menu.loadFailed');
        },
      );
    };
  }

  create(): void {
    const { t } = this.deps.i18n();
    const life = sceneLifetime(this);
    new Backdrop(this, life, !this.deps.reducedMotion());

    const item = (id: string, label: string, hint: string | null, onClick: (() => void) | null): HTMLElement =>
      h('li', {},
        h('button', {
          class: `btn${id === 'solo' ? ' primary' : ''}`,
          attrs: { 'data-testid': `menu-${id}`, 'aria-disabled': onClick ? null : 'true', 'data-autofocus': id === 'solo' ? true : null },
          on: { click: () => onClick?.() },
        }, h('span', { class: 'label' }, label, hint ? h('small', { text: hint }) : null), h('span', { attrs: { 'aria-hidden': 'true' }, text: '›' })),
      );

    const status = h('p', { class: 'hint', attrs: { role: 'status', 'data-testid': 'menu-status' } });
    const audioHint = h('p', { class: 'audio-hint', attrs: { 'data-testid': 'audio-hint' }, text: t('ui.audio.hint') });
    const screen = h('main', { class: 'page title-page', id: 'ui-main', attrs: { 'data-testid': 'title' } },
      h('div', { class: 'brand' },
        h('span', { class: 'mark', attrs: { 'aria-hidden': 'true' } }, '● ', t('ui.app.live')),
        h('h1', { text: t('ui.app.title') }),
        h('p', { class: 'lede', text: t('ui.app.tagline') }),
      ),
      h('nav', { attrs: { 'aria-label': t('ui.menu.heading') } },
        h('ul', { class: 'menu' },
          item('solo', t('ui.menu.solo'), t('ui.menu.soloHint'), () => this.scene.start(SCENES.library, { filter: 'all' })),
          item('press', t('ui.menu.press'), t('ui.menu.pressHint'), () => this.scene.start(SCENES.library, { filter: 'press' })),
          item('join', t('ui.menu.join'), null, this.opener(SCENES.join, status)),
          item('facilitate', t('ui.menu.facilitate'), null, this.opener(SCENES.facilitate, status)),
          item('progress', t('ui.menu.progress'), null, this.opener(SCENES.progress, status)),
          item('settings', t('ui.menu.settings'), null, () => this.scene.start(SCENES.settings)),
        ),
      ),
      status,
      audioHint,
    );
    this.deps.overlay.mount(life, screen);
    // The benchmark reads this mark: the menu is on screen and can take a key press.
    if (performance.getEntriesByName('menu-interactive').length === 0) queueMicrotask(() => performance.mark('menu-interactive'));
    bind(life, this.deps.store, (s) => s.audioUnlocked, (unlocked) => (audioHint.hidden = unlocked));
    // A join link goes straight to the join screen, the way the menu item does (once: Back returns here).
    if (takeJoinLink(location.search)) screen.querySelector<HTMLElement>('[data-testid="menu-join"]')?.click();
  }
}
