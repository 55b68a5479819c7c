/**
 * Joining a team session: the join code (typed, or from a join link `?join=CODE`), a free seat and
 * a name; then the seat plays in the crisis room, bound to the session server. The seat's token is
 * kept in this browser, so a reload or a dropped connection rejoins the same seat.
 */
import * as Phaser from 'phaser';
import { postJson, TeamClient } from '../../net/team-client.ts';
import type { ScenarioCard } from '../../state/library.ts';
import type { StatementAnnotator } from '../../state/room/open-session.ts';
import { Backdrop } from '../backdrop.ts';
import type { ViewDeps } from '../deps.ts';
import { h, replace } from '../dom/h.ts';
import { sceneLifetime } from '../lifetime.ts';
import type { RoomHandle } from '../room/handle.ts';
import { SCENES } from '../scenes/keys.ts';
import { hotWashSlot, reportSlot, seatPanel } from './seat-panel.ts';
import { joinCodeFromUrl } from './join-link.ts';
import { httpErrorText, recall, remember, SEAT_KEY, serverBase } from './widgets.ts';

interface SeatListing {
  readonly sessionId: string;
  readonly title: string;
  readonly seats: readonly { readonly seat: string; readonly open: boolean; readonly taken: boolean; readonly holder: string | null }[];
}

export class JoinScene extends Phaser.Scene {
  private readonly deps: ViewDeps;

  constructor(deps: ViewDeps) {
    super(SCENES.join);
    this.deps = deps;
  }

  create(): void {
    const tr = this.deps.i18n();
    const { t } = tr;
    const life = sceneLifetime(this);
    new Backdrop(this, life, !this.deps.reducedMotion());
    const status = h('p', { class: 'hint', attrs: { role: 'status', 'data-testid': 'team-status' } });
    const body = h('div', {});
    const screen = h('main', { class: 'page', id: 'ui-main', attrs: { 'data-testid': 'join' } },
      h('header', {},
        h('button', { class: 'btn ghost', text: `‹ ${t('ui.common.back')}`, attrs: { 'data-testid': 'back' }, on: { click: () => this.scene.start(SCENES.title) } }),
        h('h1', { text: t('team.join.heading') }),
      ),
      body,
      status,
    );
    this.deps.overlay.mount(life, screen);

    const fail = (code: string): void => {
      status.textContent = httpErrorText(tr, code);
    };

    const enter = (sessionId: string, token: string, title: string, seat: string): void => {
      TeamClient.join(serverBase(), { sessionId, token }).then(
        (client) => {
          remember(SEAT_KEY, { sessionId, secret: token, title, seat });
          this.enterRoom(client).catch((error: unknown) => {
            void client.leave();
            fail(error instanceof Error ? error.message : 'room');
          });
        },
        (error: unknown) => fail(error instanceof Error ? error.message : 'join'),
      );
    };

    const showSeats = (code: string, listing: SeatListing): void => {
      const name = h('input', { attrs: { type: 'text', maxlength: 60, 'data-testid': 'join-name', 'aria-label': t('team.join.name') } });
      replace(body,
        h('section', { class: 'panel team-form' },
          h('h2', { text: listing.title }),
          h('label', { text: t('team.join.name') }), name,
          h('ul', { class: 'menu' }, ...listing.seats.map((s) =>
            h('li', {}, h('button', {
              class: 'btn',
              attrs: { 'data-testid': `seat-${s.seat}`, 'aria-disabled': s.taken || !s.open ? 'true' : null },
              on: {
                click: () => {
                  if (s.taken || !s.open) return;
                  void postJson<{ sessionId: string; token: string; error?: string }>(serverBase(), '/api/join', { code, seat: s.seat, name: name.value.trim() || undefined }).then((res) => {
                    if (res.status !== 200) return fail(res.body.error ?? String(res.status));
                    enter(res.body.sessionId, res.body.token, listing.title, s.seat);
                  });
                },
              },
            }, h('span', { class: 'label' }, t('team.join.take', { seat: s.seat }),
              s.taken ? h('small', { text: t('team.join.taken', { holder: s.holder ?? '—' }) }) : !s.open ? h('small', { text: t('team.join.closed') }) : null))),
          )),
        ),
      );
    };

    const codeInput = h('input', { attrs: { type: 'text', maxlength: 20, autocomplete: 'off', 'data-testid': 'join-code', 'aria-describedby': 'join-code-hint', 'data-autofocus': true } });
    const linked = joinCodeFromUrl(location.search);
    if (linked !== null) codeInput.value = linked;
    const known = recall(SEAT_KEY);
    replace(body,
      h('form', {
        class: 'panel team-form',
        on: {
          submit: (e) => {
            e.preventDefault();
            const code = codeInput.value;
            void postJson<SeatListing & { error?: string }>(serverBase(), '/api/join', { code }).then((res) => {
              if (res.status !== 200) return fail(res.body.error ?? String(res.status));
              showSeats(code, res.body);
            });
          },
        },
      },
      h('label', { attrs: { for: 'join-code' }, text: t('team.join.code') }), codeInput,
      h('p', { class: 'hint', id: 'join-code-hint', text: t('team.join.codeHint') }),
      h('button', { class: 'btn primary', attrs: { type: 'submit', 'data-testid': 'join-find' }, text: t('team.join.find') })),
      known?.seat
        ? h('button', { class: 'btn', attrs: { 'data-testid': 'join-rejoin' }, text: t('team.join.rejoin', { title: known.title, seat: known.seat }), on: { click: () => enter(known.sessionId, known.secret, known.title, known.seat ?? '') } })
        : null,
    );
  }

  /**
   * The seat plays in the crisis room itself: the room scene with its store bound to this client's
   * replica (src/state/room/team-store.ts) and the team's panel added.
   */
  private async enterRoom(client: TeamClient): Promise<void> {
    const tr = this.deps.i18n();
    const scenario = client.scenario;
    const [lib, { createTeamRoom }] = await Promise.all([import('../../state/room/open-session.ts'), import('../../state/room/team-store.ts')]);
    const language = scenario.languages.includes(tr.locale) ? tr.locale : scenario.language;
    const seat = client.you.seat;
    const info = lib.scenarioInfo(scenario, language, seat);
    let annotator: StatementAnnotator | null = null;
    // The preview of what the analyser reads; the server reads what is sent, so the room works without it.
    void lib.loadAnnotator(scenario).then((a) => (annotator = a), () => undefined);
    const { room, team, dispose } = createTeamRoom({ port: client, language, annotator: () => annotator });
    const doc = scenario.doc;
    const card: ScenarioCard = {
      id: scenario.id,
      file: `${scenario.id}.yaml`,
      title: client.title,
      summary: '',
      crisisType: '',
      cluster: '',
      severity: '',
      duration: '',
      difficulty: '',
      languages: [...scenario.languages],
      organisation: doc.organisation.name,
      pressConference: false,
    };
    const handle: RoomHandle = {
      card,
      yaml: '',
      scenario,
      info,
      language,
      store: room,
      annotator: () => annotator,
      saveKey: '',
      lib,
      team: {
        seat: seat ?? 'observer',
        panel: (life, panelTr, announce, leave) => seatPanel({ team, tr: panelTr, life, announce, leave }),
        hotWash: (life, panelTr) => hotWashSlot(team, panelTr, life),
        report: (life, panelTr) => reportSlot(team, panelTr, life, `${scenario.id}-${client.sessionId}-report.html`),
        close: () => {
          dispose();
          void client.leave();
        },
      },
    };
    this.scene.start(SCENES.room, handle);
  }
}
