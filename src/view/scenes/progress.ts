/**
 * My progress: every finished drill (IndexedDB), per-dimension trends across sessions, personal
 * bests per scenario, the weakest capability with a suggested drill, and export/import of the file.
 */
import * as Phaser from 'phaser';
import { DIMENSION_IDS, exportProgress, mergeSessions, parseProgress, summarise, type SessionRecord } from '../../state/progress.ts';
import { Backdrop } from '../backdrop.ts';
import { drawChart, SERIES_COLOURS, slotRect } from '../charts.ts';
import type { ViewDeps } from '../deps.ts';
import { h, replace } from '../dom/h.ts';
import { sceneLifetime } from '../lifetime.ts';
import { allSessions, putSessions } from '../progress-db.ts';
import { SCENES } from './keys.ts';

export class ProgressScene extends Phaser.Scene {
  private readonly deps: ViewDeps;

  constructor(deps: ViewDeps) {
    super(SCENES.progress);
    this.deps = deps;
  }

  create(): void {
    const tr = this.deps.i18n();
    const { t } = tr;
    const life = sceneLifetime(this);
    new Backdrop(this, life, !this.deps.reducedMotion());
    const body = h('div', { class: 'progress' });
    const status = h('p', { class: 'hint', attrs: { role: 'status', 'data-testid': 'progress-status' } });
    const file = h('input', { attrs: { type: 'file', accept: 'application/json,.json', 'data-testid': 'import-file', class: 'sr-only' } });
    const screen = h('main', { class: 'page', id: 'ui-main', attrs: { 'data-testid': 'progress' } },
      h('header', {},
        h('button', { class: 'btn ghost', text: `‹ ${t('ui.common.back')}`, attrs: { 'data-testid': 'back' }, on: { click: () => this.scene.start(SCENES.title) } }),
        h('h1', { text: t('ui.progress.heading') }),
      ),
      body,
      h('div', { class: 'downloads' },
        h('button', { class: 'btn', text: t('ui.progress.export'), attrs: { 'data-testid': 'export' }, on: { click: () => void this.exportFile() } }),
        h('button', { class: 'btn', text: t('ui.progress.import'), attrs: { 'data-testid': 'import' }, on: { click: () => file.click() } }),
        file,
      ),
      status,
    );
    this.deps.overlay.mount(life, screen);
    const g = this.add.graphics().setDepth(5);
    let alive = true;
    life.add(() => (alive = false));

    const render = (sessions: readonly SessionRecord[]): void => {
      if (!alive) return;
      const summary = summarise(sessions);
      g.clear();
      if (summary.count === 0) {
        replace(body, h('p', { class: 'lede', text: t('ui.progress.empty') }));
        return;
      }
      const slot = h('div', { class: 'canvas-slot chart-slot', attrs: { role: 'img', 'data-testid': 'trends' } });
      slot.setAttribute('aria-label', DIMENSION_IDS.map((d) => `${t(`ui.dimension.${d}`)}: ${summary.trends[d].map((v) => tr.format.number(v)).join(', ')}`).join('. '));
      const trendsPanel = h('section', { class: 'panel see-through' }, h('h2', { text: t('ui.progress.trends') }), slot,
          h('ul', { class: 'tags' }, ...DIMENSION_IDS.map((d, i) => h('li', { class: 'tag', attrs: { style: `border-color: #${(SERIES_COLOURS[i] ?? 0xffffff).toString(16).padStart(6, '0')}` }, text: `${t(`ui.dimension.${d}`)} ${summary.trends[d].length > 0 ? tr.format.number(summary.trends[d][summary.trends[d].length - 1] ?? 0) : '—'}` }))));
      replace(body,
        h('p', { class: 'lede', text: t('ui.progress.sessions', { count: summary.count }) }),
        summary.weakest
          ? h('section', { class: 'panel', attrs: { 'data-testid': 'weakest' } },
              h('p', { text: t('ui.progress.weakest', { dimension: t(`ui.dimension.${summary.weakest.dimension}`), score: summary.weakest.mean }) }),
              h('p', { class: 'hint', text: t('ui.progress.drill', { dimension: t(`ui.dimension.${summary.weakest.dimension}`) }) }))
          : null,
        trendsPanel,
        h('section', { class: 'panel' }, h('h2', { text: t('ui.progress.bests') }),
          h('ul', { class: 'sessions', attrs: { 'data-testid': 'bests' } }, ...Object.values(summary.bests).map((b) => h('li', { text: `${b.title}: ${tr.format.number(b.overall)}` })))),
      );
      requestAnimationFrame(() => {
        if (!alive) return;
        const longest = Math.max(2, ...DIMENSION_IDS.map((d) => summary.trends[d].length));
        drawChart(g, slotRect(this.game, slot), DIMENSION_IDS.map((d, i) => ({ points: summary.trends[d].map((v, k) => [k, v] as const), colour: SERIES_COLOURS[i] ?? 0xffffff, width: 2, dash: i % 2 === 1 ? 4 : 0 })), longest - 1, 100, slotRect(this.game, trendsPanel));
      });
    };

    file.addEventListener('change', () => {
      const chosen = file.files?.[0];
      if (!chosen) return;
      void chosen.text().then(async (text) => {
        let raw: unknown;
        try {
          raw = JSON.parse(text);
        } catch (error) {
          status.textContent = t('ui.progress.importFailed', { problem: error instanceof Error ? error.message : 'not JSON' });
          return;
        }
        const parsed = parseProgress(raw);
        if (!parsed.ok) {
          status.textContent = t('ui.progress.importFailed', { problem: parsed.problem });
          return;
        }
        await putSessions(parsed.sessions);
        status.textContent = t('ui.progress.imported', { count: parsed.sessions.length });
        render(mergeSessions([], await allSessions()));
      });
    });
    void allSessions().then(render, (error: unknown) => {
      status.textContent = error instanceof Error ? error.message : String(error);
      render([]);
    });
  }

  private async exportFile(): Promise<void> {
    const sessions = await allSessions();
    const url = URL.createObjectURL(new Blob([JSON.stringify(exportProgress(sessions), null, 2)], { type: 'application/json' }));
    const a = h('a', { attrs: { href: url, download: 'crisis-room-progress.json' } });
    document.body.append(a);
    a.click();
    a.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), 5000);
  }
}
