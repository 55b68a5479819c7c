/** The scenario library: one card per scenario (title, crisis type, duration, difficulty, languages, best score). */
import * as Phaser from 'phaser';
import type { ScenarioCard } from '../../state/library.ts';
import { Backdrop } from '../backdrop.ts';
import type { ViewDeps } from '../deps.ts';
import { h } from '../dom/h.ts';
import { sceneLifetime } from '../lifetime.ts';
import { SCENES } from './keys.ts';

export interface LibraryData {
  readonly filter?: 'all' | 'press';
}

export class LibraryScene extends Phaser.Scene {
  private readonly deps: ViewDeps;

  constructor(deps: ViewDeps) {
    super(SCENES.library);
    this.deps = deps;
  }

  create(data: LibraryData): void {
    const tr = this.deps.i18n();
    const { t } = tr;
    const life = sceneLifetime(this);
    new Backdrop(this, life, !this.deps.reducedMotion());
    const press = data.filter === 'press';
    const all = this.deps.store.getState().library?.scenarios ?? [];
    // Press practice lists the standalone drills (press-*.yaml) first, then scenarios with a conference inside.
    const drill = (s: ScenarioCard): boolean => s.file.startsWith('press-');
    const scenarios = press ? [...all.filter((s) => s.pressConference && drill(s)), ...all.filter((s) => s.pressConference && !drill(s))] : all;
    const bests = this.deps.bestScores?.() ?? {};

    const card = (s: ScenarioCard): HTMLElement =>
      h('article', { class: 'card', attrs: { 'data-testid': `scenario-${s.id}`, 'aria-labelledby': `card-${s.id}` } },
        h('span', { class: 'org', text: s.organisation }),
        h('h2', { id: `card-${s.id}`, text: s.title }),
        h('p', { text: s.summary }),
        h('ul', { class: 'tags', attrs: { 'aria-label': s.crisisType } },
          h('li', { class: `tag severity-${s.severity}`, text: t('ui.library.crisis', { cluster: s.cluster, severity: s.severity }) }),
          h('li', { class: 'tag', text: t('ui.library.duration', { duration: s.duration }) }),
          h('li', { class: 'tag', text: t('ui.library.difficulty', { level: s.difficulty }) }),
          h('li', { class: 'tag', text: t('ui.library.languages', { languages: tr.format.list(s.languages) }) }),
          press ? h('li', { class: 'tag', text: drill(s) ? t('press.library.drill') : t('press.library.embedded') }) : null,
        ),
        h('span', { class: 'best', text: bests[s.id] !== undefined ? t('ui.library.best', { score: bests[s.id] ?? 0 }) : t('ui.library.noBest') }),
        h('div', { class: 'actions' },
          press
            ? h('button', {
                class: 'btn primary',
                attrs: { 'data-testid': `press-open-${s.id}`, 'aria-label': t('press.library.openLabel', { title: s.title }) },
                text: t('press.library.open'),
                on: { click: () => this.scene.start(SCENES.pressBriefing, { scenario: s.id }) },
              })
            : h('button', {
                class: 'btn primary',
                attrs: { 'data-testid': `open-${s.id}`, 'aria-label': t('ui.library.play', { title: s.title }) },
                text: t('ui.menu.solo'),
                on: { click: () => this.scene.start(SCENES.briefing, { scenario: s.id }) },
              }),
        ),
      );

    const screen = h('main', { class: 'page', id: 'ui-main', attrs: { 'data-testid': 'library' } },
      h('header', {},
        h('button', { class: 'btn ghost', text: `‹ ${t('ui.common.back')}`, attrs: { 'data-testid': 'back' }, on: { click: () => this.scene.start(SCENES.title) } }),
        h('h1', { text: press ? t('ui.library.press') : t('ui.library.heading') }),
      ),
      scenarios.length > 0 ? h('div', { class: 'cards' }, ...scenarios.map(card)) : h('p', { class: 'lede', text: t('ui.library.empty') }),
    );
    this.deps.overlay.mount(life, screen);
    const first = screen.querySelector<HTMLElement>('.card .btn');
    if (first) first.setAttribute('data-autofocus', '');
  }
}
