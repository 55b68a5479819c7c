/**
 * Press-conference debrief: the conference replayed question by question. For each, who asked and
 * why (a follow-up says what in the previous answer called for it), what you said and how long you
 * took, the headline the answer would have made, and every cue it earned or lost, in words from the
 * catalogue. Then the session's scores per dimension, and the way back to the podium.
 */
import * as Phaser from 'phaser';
import type { Cue } from '../../engine/index.ts';
import type { Translator } from '../../i18n/index.ts';
import type { DebriefRow } from '../../state/press/press-debrief.ts';
import { countdown } from '../../state/room/time.ts';
import { Backdrop } from '../backdrop.ts';
import type { ViewDeps } from '../deps.ts';
import { cuePoints } from '../dom/cue-points.ts';
import { h } from '../dom/h.ts';
import { sceneLifetime } from '../lifetime.ts';
import type { PressHandle } from '../press/handle.ts';
import { whyAsked } from '../press/why.ts';
import { SCENES } from './keys.ts';

// Spelled out here: importing the format's list would pull the format layer into the first load.
const DIMENSIONS = ['timeliness', 'accuracy', 'consistency', 'empathy', 'transparency', 'proactivity'] as const;

export class PressDebriefScene extends Phaser.Scene {
  private readonly deps: ViewDeps;

  constructor(deps: ViewDeps) {
    super(SCENES.pressDebrief);
    this.deps = deps;
  }

  create(handle: PressHandle): void {
    const tr = this.deps.i18n();
    const { t } = tr;
    const life = sceneLifetime(this);
    new Backdrop(this, life, false);
    const { lib, scenario } = handle;
    const state = handle.store.getState().save().state;
    const debrief = lib.debriefOf(scenario, state, handle.language, { drill: handle.drill });
    const { vm, rows, result } = debrief;
    // The drill is over: a reload should not offer to resume it.
    try {
      localStorage.removeItem(handle.saveKey);
    } catch {
      // nothing to remove
    }

    const reporterName = (id: string | null): string => {
      const r = vm.reporters.find((x) => x.id === id);
      if (!r) return t('press.caption.moderator');
      return r.outlet !== null ? t('press.caption.from', { name: r.name, outlet: r.outlet }) : r.name;
    };

    const list = h('ol', { class: 'press-replay', attrs: { 'data-testid': 'press-replay' } }, ...rows.map((row, i) => questionItem(tr, row, i, reporterName(row.ask.reporter))));

    const band = (n: number): string => (n >= 70 ? 'high' : n >= 45 ? 'mid' : 'low');
    const scores = h('div', { class: 'scores' }, ...DIMENSIONS.map((d) => {
      const judged = !result.unjudged.includes(d);
      return h('div', { class: 'score-card', attrs: { 'data-testid': `press-score-${d}` } },
        h('span', { class: 'lbl', text: t('press.debrief.dimension', { dimension: d }) }),
        h('span', { class: `n ${judged ? band(result.scores[d]) : ''}`, text: judged ? tr.format.number(result.scores[d]) : '—' }),
        judged ? null : h('span', { class: 'hint', text: t('press.debrief.notJudged') }));
    }));

    const answered = rows.filter((r) => r.ask.answer !== null).length;
    const followUps = rows.filter((r) => r.ask.role === 'follow-up').length;
    const screen = h('main', { class: 'page', id: 'ui-main', attrs: { 'data-testid': 'press-debrief' } },
      h('header', {},
        h('h1', { text: t('press.debrief.heading') }),
        h('span', { class: 'lede', text: vm.conference?.title ?? '' })),
      h('div', { class: 'press-debrief' },
        h('section', { class: 'panel wide', attrs: { 'aria-labelledby': 'pd-summary' } },
          h('h2', { id: 'pd-summary' }, t('press.debrief.overall'), ' ', h('span', { attrs: { 'data-testid': 'press-overall' }, text: tr.format.number(result.scores.overall) })),
          h('p', { attrs: { 'data-testid': 'press-summary' }, text: t('press.debrief.summary', { asked: rows.length, answered, followUps }) }),
          handle.drill ? null : h('p', { class: 'hint', attrs: { 'data-testid': 'press-embedded' }, text: t('press.debrief.embedded') }),
          scores),
        h('section', { class: 'panel wide', attrs: { 'aria-labelledby': 'pd-replay' } },
          h('h2', { id: 'pd-replay', text: t('press.debrief.replay') }),
          rows.length > 0 ? list : h('p', { text: t('press.debrief.nothing') })),
        h('div', { class: 'downloads' },
          h('button', { class: 'btn primary', text: t('press.debrief.again'), attrs: { 'data-testid': 'press-again', 'data-autofocus': true }, on: { click: () => this.scene.start(SCENES.pressBriefing, { scenario: scenario.id }) } }),
          h('button', { class: 'btn', text: t('press.debrief.drills'), attrs: { 'data-testid': 'press-drills' }, on: { click: () => this.scene.start(SCENES.library, { filter: 'press' }) } }),
          h('button', { class: 'btn ghost', text: t('press.debrief.menu'), attrs: { 'data-testid': 'to-menu' }, on: { click: () => this.scene.start(SCENES.title) } })),
      ),
    );
    this.deps.overlay.mount(life, screen);
  }
}

function questionItem(tr: Translator, row: DebriefRow, index: number, asker: string): HTMLElement {
  const { t } = tr;
  const ask = row.ask;
  const why = whyAsked(tr, ask);
  // A part that earned nothing stays listed (marked as a miss): it is why a dimension is low.
  const cues = row.cues.filter((c) => c.points !== 0 || c.tone !== undefined);
  const cueList = (list: readonly Cue[]): HTMLElement => h('ul', { class: 'cue-list' }, ...list.map((c) => h('li', { class: 'cue' },
    cuePoints(tr, c),
    // The words a cue rests on, unless they are the whole answer already shown above.
    h('span', {}, tr.render(c), c.quote && c.quote.trim() !== ask.answer?.text.trim() ? h('q', { text: c.quote }) : null))));
  const quoted = ask.answer?.heard?.headline ?? null;
  return h('li', { class: `replay-item verdict-${row.verdict}${ask.role === 'follow-up' ? ' follow-up' : ''}`, attrs: { 'data-testid': `replay-${ask.inject}` } },
    h('div', { class: 'q' },
      h('span', { class: 'n', text: t('press.debrief.number', { n: index + 1 }) }),
      h('span', { class: 'who', text: asker }),
      why ? h('span', { class: 'why', text: why }) : null),
    h('blockquote', { class: 'question', text: ask.text }),
    ask.quote && ask.quote.quote !== '' ? h('p', { class: 'quoted', attrs: { 'data-testid': `replay-quote-${ask.inject}` }, text: t('press.caption.quoted', { time: ask.quote.time, quote: ask.quote.quote }) }) : null,
    ask.answer
      ? h('div', { class: 'a' },
          h('span', { class: 'lbl', text: t('press.debrief.youSaid', { time: countdown(row.took ?? 0, tr.locale) }) }),
          h('blockquote', { class: 'answer', attrs: { 'data-testid': `replay-answer-${ask.inject}` }, text: ask.answer.text }))
      : h('p', { class: 'a silent', text: t('press.debrief.noAnswer') }),
    quoted
      ? h('p', { class: 'headline-was', attrs: { 'data-testid': `replay-headline-${ask.inject}` } },
          h('span', { class: 'lbl', text: `${t('press.debrief.headline')}: ` }), `“${quoted.sentence}”`,
          quoted.outOfContext ? h('span', { class: 'hint', text: ` ${t('press.answer.outOfContext', { words: quoted.words, index: quoted.index, sentences: quoted.sentences })}` }) : null)
      : null,
    h('p', { class: `verdict ${row.verdict}`, attrs: { 'data-testid': `replay-verdict-${ask.inject}` }, text: t('press.verdict', { verdict: row.verdict }) }),
    row.press.length > 0
      ? h('div', { class: 'cues press-cues', attrs: { 'data-testid': `replay-press-${ask.inject}` } }, h('span', { class: 'lbl', text: t('press.debrief.atPodium') }), cueList(row.press))
      : null,
    cues.length > 0
      ? h('details', { class: 'cues' },
          h('summary', { text: t('press.debrief.cues', { count: cues.length, scores: row.scores }) }),
          cueList(cues))
      : null,
  );
}
