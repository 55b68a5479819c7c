/**
 * Briefing: the organisation, your role, the situation, the key facts known so far, the
 * objectives, the approval protocol and the pre-approved key messages. Opening it loads the engine
 * chunk and compiles the scenario in the page; a session saved earlier is offered for resuming.
 */
import * as Phaser from 'phaser';
import type { ScenarioCard } from '../../state/library.ts';
import { Backdrop } from '../backdrop.ts';
import type { ViewDeps } from '../deps.ts';
import { h, replace } from '../dom/h.ts';
import { sceneLifetime } from '../lifetime.ts';
import type { StatementAnnotator } from '../../state/room/open-session.ts';
import type { RoomHandle, SessionModule } from '../room/handle.ts';
import { SCENES } from './keys.ts';

export interface BriefingData {
  readonly scenario: string;
  /** A what-if session already built from the debrief (starts paused at the chosen moment). */
  readonly handle?: RoomHandle;
}

export const saveKeyFor = (scenario: string): string => `crisis-room.session.${scenario}`;

export class BriefingScene extends Phaser.Scene {
  private readonly deps: ViewDeps;

  constructor(deps: ViewDeps) {
    super(SCENES.briefing);
    this.deps = deps;
  }

  create(data: BriefingData): void {
    const tr = this.deps.i18n();
    const { t } = tr;
    const life = sceneLifetime(this);
    new Backdrop(this, life, !this.deps.reducedMotion());
    const card = this.deps.store.getState().library?.scenarios.find((s) => s.id === data.scenario);
    const body = h('div', { class: 'briefing', attrs: { 'aria-busy': 'true' } }, h('p', { class: 'lede', text: t('ui.briefing.loading') }));
    const screen = h('main', { class: 'page', id: 'ui-main', attrs: { 'data-testid': 'briefing' } },
      h('header', {},
        h('button', { class: 'btn ghost', text: `‹ ${t('ui.common.back')}`, attrs: { 'data-testid': 'back' }, on: { click: () => this.scene.start(SCENES.library) } }),
        h('h1', { text: card ? card.title : t('ui.briefing.heading') }),
      ),
      body,
    );
    this.deps.overlay.mount(life, screen);
    if (!card) return;
    let alive = true;
    life.add(() => (alive = false));
    void this.open(card).then(
      (opened) => alive && this.render(body, opened.lib, opened.yaml, card, data.handle),
      (error: unknown) => alive && replace(body, h('p', { class: 'error', attrs: { role: 'alert' }, text: t('ui.briefing.loadFailed', { problem: error instanceof Error ? error.message : String(error) }) })),
    );
  }

  private async open(card: ScenarioCard): Promise<{ lib: SessionModule; yaml: string }> {
    const [lib, response] = await Promise.all([import('../../state/room/open-session.ts'), fetch(`scenarios/${card.file}`)]);
    if (!response.ok) throw new Error(`${card.file}: HTTP ${response.status}`);
    return { lib, yaml: await response.text() };
  }

  private render(body: HTMLElement, lib: SessionModule, yaml: string, card: ScenarioCard, prepared: RoomHandle | undefined): void {
    const tr = this.deps.i18n();
    const { t } = tr;
    const scenario = prepared?.scenario ?? lib.compile(yaml, card.file);
    // Scenario content is shown in the scenario's own language until it ships a translation.
    const language = scenario.languages.includes(tr.locale) ? tr.locale : scenario.language;
    const info = prepared?.info ?? lib.scenarioInfo(scenario, language);
    const doc = scenario.doc;
    const seat = lib.seatsOf(scenario, language).find((s) => s.id === scenario.soloSeat);
    const key = saveKeyFor(scenario.id);
    let saved: unknown = null;
    try {
      saved = JSON.parse(localStorage.getItem(key) ?? 'null');
    } catch {
      saved = null;
    }
    const text = (v: Parameters<typeof lib.textIn>[0] | undefined): string => (v === undefined ? '' : lib.textIn(v, language, scenario.language));
    const facts = scenario.facts.filter((f) => !f.confidential).map((f) => {
      const first = f.truth[0]?.value;
      const unknown = first === undefined || first === 'unknown';
      return h('li', {}, h('span', { text: text(f.label) }), h('span', { class: `value${unknown ? ' unknown' : ''}`, text: unknown ? t('ui.briefing.factUnknown') : `${String(first)}${f.unit ? ` ${f.unit}` : ''}` }));
    });
    const approvals = Object.entries(info.approvals).filter(([, seats]) => seats.length > 0);

    const enter = (resume: boolean): void => {
      if (prepared) {
        this.scene.start(SCENES.room, prepared);
        return;
      }
      const opened = lib.openSession(scenario, resume ? saved : null, 1);
      if (opened.discardedSave !== null) localStorage.removeItem(key);
      let annotator: StatementAnnotator | null = null;
      const store = lib.createRoomStore({
        session: opened.session,
        language,
        annotator: () => annotator,
        persist: (save) => {
          try {
            localStorage.setItem(key, JSON.stringify(save));
          } catch {
            // Storage full or refused: the drill goes on, only resuming after a reload is lost.
          }
        },
      });
      void lib.loadAnnotator(scenario).then((a) => (annotator = a));
      const handle: RoomHandle = { card, yaml, scenario, info, language, store, saveKey: key, lib, annotator: () => annotator };
      this.scene.start(SCENES.room, handle);
    };

    replace(body,
      h('section', { class: 'panel situation', attrs: { 'aria-labelledby': 'b-situation' } },
        h('h2', { id: 'b-situation', text: t('ui.briefing.situation') }),
        h('p', { text: text(doc.briefing) || text(doc.summary) }),
      ),
      h('div', { class: 'stack' },
        h('section', { class: 'panel', attrs: { 'aria-labelledby': 'b-role' } },
          h('h2', { id: 'b-role', text: t('ui.briefing.role') }),
          h('p', { text: seat ? `${seat.name}${seat.description ? ` — ${seat.description}` : ''}` : scenario.soloSeat }),
          h('p', { class: 'hint', text: [doc.organisation.name, doc.organisation.sector].filter(Boolean).join(' · ') }),
          h('p', { class: 'hint', text: t('ui.briefing.duration', { duration: tr.format.duration(scenario.lengthMs) }) }),
        ),
        h('section', { class: 'panel', attrs: { 'aria-labelledby': 'b-approvals' } },
          h('h2', { id: 'b-approvals', text: t('ui.briefing.approvals') }),
          approvals.length === 0 ? h('p', { text: t('ui.briefing.noApprovals') }) : h('ul', {}, ...approvals.map(([channel, seats]) => h('li', {
            text: t('ui.briefing.approvalRule', { channel: t(`ui.channel.${channel as 'email'}`), seats: tr.format.list(seats.map((s) => `${s.name} (${tr.format.duration(s.ms)})`)) }),
          }))),
        ),
      ),
      h('section', { class: 'panel', attrs: { 'aria-labelledby': 'b-facts' } }, h('h2', { id: 'b-facts', text: t('ui.briefing.facts') }), h('ul', { class: 'facts' }, ...facts)),
      h('section', { class: 'panel', attrs: { 'aria-labelledby': 'b-objectives' } }, h('h2', { id: 'b-objectives', text: t('ui.briefing.objectives') }), h('ul', {}, ...doc.objectives.map((o) => h('li', { text: text(o) })))),
      h('section', { class: 'panel', attrs: { 'aria-labelledby': 'b-km', style: 'grid-column: 1 / -1' } }, h('h2', { id: 'b-km', text: t('ui.briefing.keyMessages') }), h('ul', { class: 'key-messages' }, ...info.keyMessages.map((k) => h('li', { text: k.text })))),
      h('div', { class: 'start' },
        h('button', { class: 'btn primary', text: `${t('ui.briefing.start')} ›`, attrs: { 'data-testid': 'start', 'data-autofocus': true }, on: { click: () => enter(false) } }),
        saved !== null && !prepared ? h('button', { class: 'btn', text: t('ui.briefing.resume'), attrs: { 'data-testid': 'resume' }, on: { click: () => enter(true) } }) : null,
        h('span', { class: 'hint', text: t('ui.briefing.startHint') }),
      ),
    );
    body.removeAttribute('aria-busy');
    body.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  }
}
