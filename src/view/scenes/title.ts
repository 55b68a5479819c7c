/** Title and main menu. */
import * as Phaser from 'phaser';
import { Backdrop } from '../backdrop.ts';
import type { ViewDeps } from '../deps.ts';
import { h } from '../dom/h.ts';
import { bind, sceneLifetime } from '../lifetime.ts';
import { SCENES } from './keys.ts';

export class TitleScene extends Phaser.Scene {
  private readonly deps: ViewDeps;

  constructor(deps: ViewDeps) {
    super(SCENES.title);
    this.deps = deps;
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
          item('join', t('ui.menu.join'), null, this.scene.manager.keys[SCENES.join] ? () => this.scene.start(SCENES.join) : null),
          item('facilitate', t('ui.menu.facilitate'), null, this.scene.manager.keys[SCENES.facilitate] ? () => this.scene.start(SCENES.facilitate) : null),
          item('progress', t('ui.menu.progress'), null, this.scene.manager.keys[SCENES.progress] ? () => this.scene.start(SCENES.progress) : null),
          item('settings', t('ui.menu.settings'), null, () => this.scene.start(SCENES.settings)),
        ),
      ),
      audioHint,
    );
    this.deps.overlay.mount(life, screen);
    // The benchmark reads this mark: the menu is on screen and can take a key press.
    if (performance.getEntriesByName('menu-interactive').length === 0) queueMicrotask(() => performance.mark('menu-interactive'));
    bind(life, this.deps.store, (s) => s.audioUnlocked, (unlocked) => (audioHint.hidden = unlocked));
  }
}
