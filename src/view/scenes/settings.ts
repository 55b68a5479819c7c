/** Settings: volume, mute, reduced motion, exam mode, language. Saved as soon as they change. */
import * as Phaser from 'phaser';
import { USER_LOCALES, isLocale, type Locale } from '../../i18n/index.ts';
import { Backdrop } from '../backdrop.ts';
import type { ViewDeps } from '../deps.ts';
import { h } from '../dom/h.ts';
import { sceneLifetime } from '../lifetime.ts';
import { SCENES } from './keys.ts';

export class SettingsScene extends Phaser.Scene {
  private readonly deps: ViewDeps;

  constructor(deps: ViewDeps) {
    super(SCENES.settings);
    this.deps = deps;
  }

  create(): void {
    const { t } = this.deps.i18n();
    const life = sceneLifetime(this);
    new Backdrop(this, life, !this.deps.reducedMotion());
    const store = this.deps.store;
    const s = store.getState().settings;
    const update = store.getState().updateSettings;

    const toggle = (id: string, label: string, hint: string | null, checked: boolean, onChange: (value: boolean) => void): HTMLElement =>
      h('div', { class: 'field' },
        h('div', { class: 'switch' },
          h('input', { id, attrs: { type: 'checkbox', 'data-testid': id, checked, 'aria-describedby': hint ? `${id}-hint` : null }, on: { change: (e) => onChange((e.target as HTMLInputElement).checked) } }),
          h('label', { attrs: { for: id }, text: label }),
        ),
        hint ? h('p', { class: 'hint', id: `${id}-hint`, text: hint }) : null,
      );

    const volume = h('input', {
      id: 'volume',
      attrs: { type: 'range', min: 0, max: 100, step: 5, value: Math.round(s.volume * 100), 'data-testid': 'volume' },
      on: { input: (e) => update({ volume: Number((e.target as HTMLInputElement).value) / 100 }) },
    });
    const locales: readonly Locale[] = USER_LOCALES.includes(s.locale) ? USER_LOCALES : [...USER_LOCALES, s.locale];
    const language = h('select', {
      id: 'language',
      attrs: { 'data-testid': 'language' },
      on: {
        change: (e) => {
          const value = (e.target as HTMLSelectElement).value;
          if (isLocale(value)) update({ locale: value });
          this.scene.restart();
        },
      },
    }, ...locales.map((l) => h('option', { attrs: { value: l, selected: l === s.locale }, text: t(`ui.locale.${l}`) })));

    const screen = h('main', { class: 'page', id: 'ui-main', attrs: { 'data-testid': 'settings' } },
      h('header', {},
        h('button', { class: 'btn ghost', text: `‹ ${t('ui.common.back')}`, attrs: { 'data-testid': 'back' }, on: { click: () => this.scene.start(SCENES.title) } }),
        h('h1', { text: t('ui.settings.heading') }),
      ),
      h('form', { class: 'settings panel', on: { submit: (e) => e.preventDefault() } },
        h('div', { class: 'field' }, h('label', { attrs: { for: 'volume' }, text: t('ui.settings.volume') }), volume,
          h('div', {}, h('button', { class: 'btn small', attrs: { type: 'button', 'data-testid': 'test-sound' }, text: t('ui.settings.testSound'), on: { click: () => this.deps.audio()?.play('message') } }))),
        toggle('mute', t('ui.settings.mute'), null, s.muted, (muted) => update({ muted })),
        toggle('reduced-motion', t('ui.settings.reducedMotion'), t('ui.settings.reducedMotionHint'), s.reducedMotion, (reducedMotion) => {
          update({ reducedMotion });
          this.scene.restart();
        }),
        toggle('exam-mode', t('ui.settings.examMode'), t('ui.settings.examModeHint'), s.examMode, (examMode) => update({ examMode })),
        toggle('speak-questions', t('press.settings.speak'), t('press.settings.speakHint'), s.speakQuestions, (speakQuestions) => update({ speakQuestions })),
        h('div', { class: 'field' }, h('label', { attrs: { for: 'language' }, text: t('ui.settings.language') }), language),
      ),
    );
    this.deps.overlay.mount(life, screen);
  }
}
