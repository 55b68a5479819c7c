/**
 * Press-conference briefing: the situation, who you are, the room you are walking into (each
 * reporter with their outlet, country and how they are disposed), the rules of the floor (answer
 * time, follow-ups that catch dodges and contradictions), the facts known so far and the key
 * messages. Opening it loads the engine chunk and compiles the drill in the page; a drill left
 * half-way is offered for resuming.
 */
import * as Phaser from 'phaser';
import type { ScenarioCard } from '../../state/library.ts';
import type { StatementAnnotator } from '../../state/press/open-press.ts';
import { Backdrop } from '../backdrop.ts';
import type { ViewDeps } from '../deps.ts';
import { h, replace } from '../dom/h.ts';
import { sceneLifetime } from '../lifetime.ts';
import { pressSaveKey, type PressHandle, type PressModule } from '../press/handle.ts';
import { SCENES } from './keys.ts';

export interface PressBriefingData {
  readonly scenario: string;
}

export class PressBriefingScene extends Phaser.Scene {
  private readonly deps: ViewDeps;

  constructor(deps: ViewDeps) {
    super(SCENES.pressBriefing);
    this.deps = deps;
  }

  create(data: PressBriefingData): void {
    const { t } = this.deps.i18n();
    const life = sceneLifetime(this);
    new Backdrop(this, life, !this.deps.reducedMotion());
    const card = this.deps.store.getState().library?.scenarios.find((s) => s.id === data.scenario);
    const body = h('div', { class: 'briefing', attrs: { 'aria-busy': 'true' } }, h('p', { class: 'lede', text: t('press.briefing.loading') }));
    const screen = h('main', { class: 'page', id: 'ui-main', attrs: { 'data-testid': 'press-briefing' } },
      h('header', {},
        h('button', { class: 'btn ghost', text: `‹ ${t('ui.common.back')}`, attrs: { 'data-testid': 'back' }, on: { click: () => this.scene.start(SCENES.library, { filter: 'press' }) } }),
        h('h1', { text: card ? card.title : t('press.briefing.heading') }),
      ),
      body,
    );
    this.deps.overlay.mount(life, screen);
    if (!card) {
      replace(body, h('p', { class: 'error', attrs: { role: 'alert' }, text: t('press.briefing.unknown', { scenario: data.scenario }) }));
      return;
    }
    let alive = true;
    life.add(() => (alive = false));
    void open(card).then(
      (opened) => {
        if (!alive) return;
        try {
          this.render(body, opened.lib, opened.yaml, card);
        } catch (error) {
          replace(body, h('p', { class: 'error', attrs: { role: 'alert' }, text: t('press.briefing.failed', { problem: error instanceof Error ? error.message : String(error) }) }));
        }
      },
      (error: unknown) => alive && replace(body, h('p', { class: 'error', attrs: { role: 'alert' }, text: t('press.briefing.failed', { problem: error instanceof Error ? error.message : String(error) }) })),
    );
  }

  private render(body: HTMLElement, lib: PressModule, yaml: string, card: ScenarioCard): void {
    const tr = this.deps.i18n();
    const { t } = tr;
    const scenario = lib.compile(yaml, card.file);
    // Scenario content is shown in the scenario's own language until it ships a translation.
    const language = scenario.languages.includes(tr.locale) ? tr.locale : scenario.language;
    const text = (v: Parameters<typeof lib.textIn>[0] | undefined | null): string => (v === undefined || v === null ? '' : lib.textIn(v, language, scenario.language));
    const doc = scenario.doc;
    const key = pressSaveKey(scenario.id);
    let saved: unknown = null;
    try {
      saved = JSON.parse(localStorage.getItem(key) ?? 'null');
    } catch {
      saved = null;
    }
    const probe = lib.openSession(scenario, null);
    const vm = lib.projectPress(probe.session.view(), language);
    const conference = lib.conferencesOf(scenario)[0];
    // The press-*.yaml drills may put a doorstep or a passed note around the conference; they are still drills.
    const standalone = card.file.startsWith('press-') || lib.isStandaloneDrill(scenario);
    const firstQuestion = conference?.questions[0];
    const answerMs = firstQuestion === undefined ? null : (scenario.injectIndex.get(firstQuestion)?.deadlineMs ?? null);
    const seatDoc = doc.roles.seats.find((s) => (typeof s === 'string' ? s : s.id) === scenario.soloSeat);
    const seatName = seatDoc === undefined ? scenario.soloSeat : typeof seatDoc === 'string' ? seatDoc : text(seatDoc.name);

    const reporters = vm.reporters.map((r) => h('li', { attrs: { 'data-testid': `briefing-reporter-${r.id}` } },
      h('span', { class: 'name', text: r.name }),
      h('span', { class: 'hint', text: [r.outlet, r.country].filter((x): x is string => x !== null).join(' · ') }),
      h('span', { class: `tag stance-${r.stance}`, text: t('press.stance', { stance: r.stance }) }),
    ));
    const facts = scenario.facts.filter((f) => !f.confidential).map((f) => {
      const first = f.truth[0]?.value;
      const unknown = first === undefined || first === 'unknown';
      return h('li', {}, h('span', { text: text(f.label) }), h('span', { class: `value${unknown ? ' unknown' : ''}`, text: unknown ? t('press.briefing.factUnknown') : `${String(first)}${f.unit ? ` ${f.unit}` : ''}` }));
    });

    const enter = (resume: boolean): void => {
      const opened = lib.openSession(scenario, resume ? saved : null, 1);
      if (opened.discardedSave !== null) localStorage.removeItem(key);
      let annotator: StatementAnnotator | null = null;
      const store = lib.createPressStore({
        session: opened.session,
        language,
        options: { drill: standalone },
        annotator: () => annotator,
        persist: (save) => {
          try {
            localStorage.setItem(key, JSON.stringify(save));
          } catch {
            // Storage full or refused: the drill goes on, only resuming after a reload is lost.
          }
        },
      });
      const ready = lib.loadAnnotator(scenario).then((a) => (annotator = a));
      const handle: PressHandle = { card, scenario, language, drill: standalone, store, saveKey: key, lib, annotator: () => annotator, ready };
      this.scene.start(SCENES.press, handle);
    };

    replace(body,
      h('section', { class: 'panel situation', attrs: { 'aria-labelledby': 'pb-situation' } },
        h('h2', { id: 'pb-situation', text: t('press.briefing.situation') }),
        h('p', { text: text(doc.briefing) || text(doc.summary) }),
      ),
      h('div', { class: 'stack' },
        h('section', { class: 'panel', attrs: { 'aria-labelledby': 'pb-role' } },
          h('h2', { id: 'pb-role', text: t('press.briefing.role') }),
          h('p', { text: seatName }),
          h('p', { class: 'hint', text: [doc.organisation.name, doc.organisation.sector].filter(Boolean).join(' · ') }),
        ),
        h('section', { class: 'panel', attrs: { 'aria-labelledby': 'pb-rules' } },
          h('h2', { id: 'pb-rules', text: t('press.briefing.rules') }),
          h('ul', {},
            h('li', { attrs: { 'data-testid': 'briefing-conference' }, text: conference ? text(conference.title) : '' }),
            standalone ? null : h('li', { attrs: { 'data-testid': 'briefing-embedded' }, text: t('press.briefing.embedded') }),
            conference?.opening != null ? h('li', { text: t('press.briefing.opening') }) : null,
            conference?.picking === 'trainee' ? h('li', { text: t('press.briefing.picking', { time: tr.format.duration(conference.pickTimeMs) }) }) : null,
            answerMs !== null ? h('li', { text: t('press.briefing.answerTime', { time: tr.format.duration(answerMs) }) }) : null,
            h('li', { text: t('press.briefing.questions', { count: vm.questions.total }) }),
            h('li', { text: t('press.briefing.followUps') }),
          ),
        ),
      ),
      h('section', { class: 'panel', attrs: { 'aria-labelledby': 'pb-room' } },
        h('h2', { id: 'pb-room', text: t('press.briefing.room') }),
        h('ul', { class: 'press-roster' }, ...reporters)),
      h('section', { class: 'panel', attrs: { 'aria-labelledby': 'pb-facts' } },
        h('h2', { id: 'pb-facts', text: t('press.briefing.facts') }),
        facts.length > 0 ? h('ul', { class: 'facts' }, ...facts) : h('p', { class: 'hint', text: t('press.briefing.noFacts') })),
      h('section', { class: 'panel', attrs: { 'aria-labelledby': 'pb-km', style: 'grid-column: 1 / -1' } },
        h('h2', { id: 'pb-km', text: t('press.briefing.keyMessages') }),
        h('ul', { class: 'key-messages' }, ...scenario.keyMessages.map((k) => h('li', { text: text(k.text) })))),
      h('div', { class: 'start' },
        h('button', { class: 'btn primary', text: `${t('press.briefing.start')} ›`, attrs: { 'data-testid': 'press-start', 'data-autofocus': true }, on: { click: () => enter(false) } }),
        saved !== null ? h('button', { class: 'btn', text: t('press.briefing.resume'), attrs: { 'data-testid': 'press-resume' }, on: { click: () => enter(true) } }) : null,
        h('span', { class: 'hint', text: t('press.briefing.startHint') }),
      ),
    );
    body.removeAttribute('aria-busy');
    body.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  }
}

async function open(card: ScenarioCard): Promise<{ lib: PressModule; yaml: string }> {
  const [lib, response] = await Promise.all([import('../../state/press/open-press.ts'), fetch(`scenarios/${card.file}`)]);
  if (!response.ok) throw new Error(`${card.file}: HTTP ${response.status}`);
  return { lib, yaml: await response.text() };
}
