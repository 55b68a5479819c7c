/**
 * Debrief: the ending, a score per dimension with the cues that produced it, the timeline of
 * injects and statements (each moment a what-if restart point), rumour and trust curves, for each
 * inject what a strong response would have done, and the after-action report to download. The
 * finished session is added to the trainee's progress. What it shows comes from a view model
 * (src/state/room/debrief-vm.ts); a seat of a team drill gets the same screen with the team's
 * scores and its own statements, the hot wash at the top, no what-if, and the session's report to
 * download once the facilitator hands it out.
 */
import * as Phaser from 'phaser';
import type { SessionRecord } from '../../state/progress.ts';
import type { Cue } from '../../engine/index.ts';
import { wallClock } from '../../state/room/time.ts';
import { Backdrop } from '../backdrop.ts';
import { drawChart, SERIES_COLOURS, slotRect, type Series } from '../charts.ts';
import type { ViewDeps } from '../deps.ts';
import { cuePoints } from '../dom/cue-points.ts';
import { download } from '../dom/download.ts';
import { h } from '../dom/h.ts';
import { sceneLifetime } from '../lifetime.ts';
import { allSessions, putSessions } from '../progress-db.ts';
import type { RoomHandle } from '../room/handle.ts';
import { SCENES } from './keys.ts';

/** Sessions already written to progress in this page (a what-if replay is a new session). */
const recorded = new WeakSet<RoomHandle>();

export class DebriefScene extends Phaser.Scene {
  private readonly deps: ViewDeps;

  constructor(deps: ViewDeps) {
    super(SCENES.debrief);
    this.deps = deps;
  }

  create(handle: RoomHandle): void {
    const tr = this.deps.i18n();
    const { t } = tr;
    const life = sceneLifetime(this);
    new Backdrop(this, life, false);
    const { lib, scenario } = handle;
    const team = handle.team;
    // A seat's connection came over from the room: the hot wash still arrives through it.
    if (team) life.add(() => team.close());
    const save = handle.store.getState().save();
    const vm = lib.debriefOf(scenario, save, handle.language, team?.seat ?? null);
    const { result } = vm;
    const clock = (ms: number): string => wallClock(scenario.startIso, ms, tr.locale);
    const ms = (d: string): number => lib.parseDuration(d) ?? 0;
    const seatName = (seat: string): string => handle.info.seatNames[seat] ?? seat;
    // The session is over: a reload should not resume it.
    try {
      if (!team) localStorage.removeItem(handle.saveKey);
    } catch {
      // nothing to remove
    }

    // Scores per dimension with their cues.
    const band = (n: number): string => (n >= 70 ? 'high' : n >= 45 ? 'mid' : 'low');
    const scoreCards = vm.cards.map((card) => {
      const d = card.dimension;
      const { judged, score, why } = card;
      // Under a statement, a cue that rests on the whole of it does not quote it again.
      const wholeOf = (quote: string, statement: string | undefined): boolean =>
        statement !== undefined && (quote === statement || (quote.endsWith('…') && statement.startsWith(quote.slice(0, -1))));
      const cueItems = (cues: readonly Cue[], statement?: string): HTMLElement[] => cues.map((c) => h('li', { class: 'cue' },
        cuePoints(tr, c),
        h('span', {}, c.scaled ? `${tr.render(c)} (${t('cue.scaled')})` : tr.render(c), c.quote && !wholeOf(c.quote, statement) ? h('q', { text: c.quote }) : null)));
      // Empathy and accuracy are the mean of the statements' scores: their reasons are on each statement.
      const fromStatements = why.statements.length > 0
        ? [h('p', { class: 'why-head', text: t('ui.debrief.fromStatements', { count: why.statements.length }) }),
            h('ol', { class: 'why-statements', attrs: { 'data-testid': `why-statements-${d}` } }, ...why.statements.map((st) => h('li', {},
              h('span', { class: 't', text: `${clock(ms(st.at))} · ${tr.format.number(st.score)}` }),
              h('q', { text: st.text.length > 140 ? `${st.text.slice(0, 139)}…` : st.text }),
              st.cues.length > 0 ? h('ul', { class: 'cue-list' }, ...cueItems(st.cues, st.text)) : h('span', { class: 'hint', text: t('ui.debrief.noStatementCues') }))))]
        : [];
      const others = card.others > 0 ? h('p', { class: 'hint', text: t('team.debrief.othersCount', { count: card.others }) }) : null;
      return h('div', { class: 'score-card', attrs: { 'data-testid': `score-${d}` } },
        h('span', { class: 'lbl', text: t(`ui.dimension.${d}`) }),
        h('span', { class: `n ${judged ? band(score) : ''}`, attrs: { 'data-testid': `score-value-${d}` }, text: judged ? tr.format.number(score) : '—' }),
        judged ? null : h('span', { class: 'hint', text: t('ui.debrief.notJudged') }),
        card.mine !== null ? h('span', { class: 'hint', attrs: { 'data-testid': `score-mine-${d}` }, text: t('team.debrief.yourScore', { score: card.mine }) }) : null,
        why.sessionCues.length > 0 || fromStatements.length > 0 || others
          ? h('details', { class: 'cues', attrs: { 'data-testid': `why-${d}` } }, h('summary', { text: t('ui.debrief.cues') }),
              why.sessionCues.length > 0 ? h('ul', { class: 'cue-list' }, ...cueItems(why.sessionCues)) : null,
              ...fromStatements, others)
          : null,
      );
    });

    // Timeline: injects and statements; in solo play each a what-if point (a team drill is not replayed alone).
    const whatIf = (at: number): void => {
      const session = lib.whatIf(scenario, save, at);
      const store = lib.createRoomStore({ session, language: handle.language, annotator: handle.annotator, persist: (s) => localStorage.setItem(handle.saveKey, JSON.stringify(s)) });
      const next: RoomHandle = { ...handle, store };
      this.scene.start(SCENES.room, next);
    };
    const rowLabel = (r: (typeof vm.timeline)[number]): string => {
      if (r.kind === 'inject') return r.label;
      const words = `${r.label.slice(0, 90)}${r.label.length > 90 ? '…' : ''}`;
      const channel = t(`ui.channel.${r.channel ?? 'email'}`);
      return r.seat === null || r.seat === vm.seat
        ? `${t('ui.debrief.timelineStatement', { channel })}: ${words}`
        : `${t('team.debrief.timelineStatementBy', { seat: seatName(r.seat), channel })}: ${words}`;
    };
    const timeline = h('ol', { class: 'timeline', attrs: { 'data-testid': 'timeline' } }, ...vm.timeline.map((r, i) => h('li', {},
      h('span', { class: 'at', text: clock(r.at) }),
      h('span', { class: r.kind === 'statement' && (r.seat === null || r.seat === vm.seat) ? 'mine' : '', text: rowLabel(r) }),
      team ? null : h('button', { class: 'btn small', text: t('ui.debrief.whatIfHere', { time: clock(r.at) }), attrs: { 'data-testid': `what-if-${i}` }, on: { click: () => whatIf(r.at) } }),
    )));

    const strong = vm.strong.map((x) => h('li', {},
      h('span', { class: 't', text: t('ui.debrief.strongFor', { title: x.title }) }),
      h('span', { text: x.answer }),
      x.why !== null ? h('span', { class: 'why', text: x.why }) : null));

    const chartSlot = h('div', { class: 'canvas-slot chart-slot', attrs: { role: 'img', 'data-testid': 'curves' } });
    const endMs = vm.endMs;
    const series: Series[] = [
      ...result.rumours.filter((r) => r.seededAt !== null).flatMap((r, i) => [
        { points: r.series.map((p) => [ms(p.t), p.reach] as const), colour: i === 0 ? SERIES_COLOURS[0] : SERIES_COLOURS[4], width: 2 },
        { points: r.series.map((p) => [ms(p.t), p.believing] as const), colour: i === 0 ? SERIES_COLOURS[1] : SERIES_COLOURS[5], width: 2, dash: 5 },
      ]),
      ...result.stakeholders.slice(0, 4).map((s, i) => ({ points: [...s.series.map((p) => [ms(p.t), p.trust] as const), [endMs, s.trust] as const], colour: [SERIES_COLOURS[2], SERIES_COLOURS[3], 0xffffff, 0x7f8c99][i] ?? 0xffffff, width: 1.5, dash: i % 2 === 1 ? 3 : 0 })),
    ];
    chartSlot.setAttribute('aria-label', [
      ...result.rumours.filter((r) => r.seededAt !== null).map((r) => t('ui.feed.chartLabel', { claim: r.claim, reach: tr.format.percent(r.finalReach), believing: tr.format.percent(r.finalBelieving) })),
      ...result.stakeholders.map((s) => t('ui.trust.meter', { name: s.name, value: tr.format.percent(s.trust), change: tr.format.percent(s.trust - s.initialTrust) })),
    ].join(' '));
    const legend = h('ul', { class: 'tags' },
      ...result.rumours.filter((r) => r.seededAt !== null).map((r) => h('li', { class: 'tag', text: `${r.claim.slice(0, 40)} — ${t('ui.feed.reach', { reach: tr.format.percent(r.finalReach), believing: tr.format.percent(r.finalBelieving) })}` })),
      ...result.stakeholders.slice(0, 4).map((s) => h('li', { class: 'tag', text: `${s.name}: ${tr.format.percent(s.trust)}` })));

    const curvesPanel = h('section', { class: 'panel see-through', attrs: { 'aria-labelledby': 'd-curves' } }, h('h2', { id: 'd-curves', text: t('ui.debrief.curves') }), chartSlot, legend);
    const reports = h('div', { class: 'downloads' }, ...(['html', 'md', 'csv', 'json'] as const).map((format) => h('button', {
      class: 'btn small',
      text: t('ui.debrief.download', { format: format.toUpperCase() }),
      attrs: { 'data-testid': `download-${format}` },
      on: {
        click: () => {
          void import('./report-files.ts').then((r) => {
            const file = r.reportFile(result, format, tr);
            download(`${scenario.id}-report.${format}`, file.type, file.body);
          });
        },
      },
    })));

    const ending = result.endingTitle ? t('ui.debrief.ending', { title: result.endingTitle }) : t('ui.debrief.noEnding');
    const screen = h('main', { class: 'page', id: 'ui-main', attrs: { 'data-testid': 'debrief' } },
      h('header', {}, h('h1', { text: t('ui.debrief.heading') }), h('span', { class: 'lede' }, ending, team ? h('br') : null, team ? t('team.debrief.lede', { seat: seatName(team.seat) }) : null)),
      h('div', { class: 'debrief' },
        team ? h('section', { class: 'panel wide', attrs: { 'aria-labelledby': 'd-hotwash', 'data-testid': 'debrief-hotwash' } }, h('h2', { id: 'd-hotwash', text: t('team.hotwash.heading') }), team.hotWash(life, tr)) : null,
        h('section', { class: 'panel wide', attrs: { 'aria-labelledby': 'd-scores' } },
          h('h2', { id: 'd-scores' }, t('ui.debrief.overall'), ' ', h('span', { attrs: { 'data-testid': 'debrief-overall' }, text: tr.format.number(result.scores.overall) })),
          h('div', { class: 'scores' }, ...scoreCards)),
        h('section', { class: 'panel', attrs: { 'aria-labelledby': 'd-timeline' } }, h('h2', { id: 'd-timeline', text: t('ui.debrief.timeline') }), team ? null : h('p', { class: 'hint', text: t('ui.debrief.whatIfHint') }), timeline),
        curvesPanel,
        h('section', { class: 'panel', attrs: { 'aria-labelledby': 'd-strong' } }, h('h2', { id: 'd-strong', text: t('ui.debrief.strong') }), strong.length > 0 ? h('ul', { class: 'strong-list' }, ...strong) : h('p', { text: t('ui.debrief.noStrong') })),
        // A seat's replica holds only what the seat may read, so the session's report is the facilitator's to hand out.
        h('section', { class: 'panel', attrs: { 'aria-labelledby': 'd-report' } }, h('h2', { id: 'd-report', text: t('ui.debrief.report') }), team ? team.report(life, tr) : reports,
          h('div', { class: 'downloads', attrs: { style: 'margin-top: 16px' } },
            team ? null : h('button', { class: 'btn primary', text: t('ui.debrief.again'), attrs: { 'data-testid': 'again' }, on: { click: () => this.scene.start(SCENES.briefing, { scenario: scenario.id }) } }),
            h('button', { class: 'btn', text: t('ui.debrief.menu'), attrs: { 'data-testid': 'to-menu' }, on: { click: () => this.scene.start(SCENES.title) } }))),
      ),
    );
    this.deps.overlay.mount(life, screen);

    const g = this.add.graphics().setDepth(5);
    const draw = (): void => {
      g.clear();
      drawChart(g, slotRect(this.game, chartSlot), series, endMs, 1, slotRect(this.game, curvesPanel));
    };
    requestAnimationFrame(draw);
    // The curves are drawn on the canvas under the page: when the page moves (the hot-wash form arriving, a "Why" opened) they follow.
    const moved = new ResizeObserver(draw);
    moved.observe(screen);
    life.add(() => moved.disconnect());
    const root = this.deps.overlay.root;
    root.addEventListener('scroll', draw, { passive: true });
    life.add(() => root.removeEventListener('scroll', draw));
    this.scale.on(Phaser.Scale.Events.RESIZE, draw);
    life.add(() => this.scale.off(Phaser.Scale.Events.RESIZE, draw));

    // Progress is the trainee's own practice; a team drill's scores are the team's.
    if (!team && !recorded.has(handle) && save.state.ending !== null) {
      recorded.add(handle);
      const record: SessionRecord = {
        id: `${scenario.id}-${new Date().toISOString()}`,
        scenario: scenario.id,
        title: result.title,
        finishedAt: new Date().toISOString(),
        overall: result.scores.overall,
        scores: Object.fromEntries(vm.cards.filter((c) => c.judged).map((c) => [c.dimension, c.score])),
        unjudged: result.unjudged,
        ending: result.ending,
      };
      void allSessions()
        .then((before) => putSessions([record]).then(() => before))
        .then((before) => {
          const best = Math.max(-1, ...before.filter((s) => s.scenario === scenario.id).map((s) => s.overall));
          if (record.overall > best && before.length > 0) this.deps.overlay.announce(t('ui.debrief.best'));
        })
        .catch((error: unknown) => console.info(`progress not saved: ${error instanceof Error ? error.message : String(error)}`));
    }
  }
}
