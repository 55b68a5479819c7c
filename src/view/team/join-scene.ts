/**
 * Joining a team session and playing a seat: the join code, a free seat and a name, then the seat's
 * own screen (what is addressed to it, drafting with the approval protocol, sign-offs it owes, the
 * team channel, who is typing, the hot wash). The seat's token is kept in this browser, so a reload
 * or a dropped connection rejoins the same seat.
 */
import * as Phaser from 'phaser';
import { CHANNEL_INFO, CHANNELS, type Channel } from '../../format/index.ts';
import { postJson, TeamClient } from '../../net/team-client.ts';
import { Backdrop } from '../backdrop.ts';
import type { ViewDeps } from '../deps.ts';
import { h, replace } from '../dom/h.ts';
import { sceneLifetime, type Lifetime } from '../lifetime.ts';
import { SCENES } from '../scenes/keys.ts';
import { chatPanel, clock, hotWashForm, recall, refusalText, remember, SEAT_KEY, serverBase, text } from './widgets.ts';

interface SeatListing {
  readonly sessionId: string;
  readonly title: string;
  readonly seats: readonly { readonly seat: string; readonly open: boolean; readonly taken: boolean; readonly holder: string | null }[];
}

const OUTBOUND: readonly Channel[] = CHANNELS.filter((c) => CHANNEL_INFO[c].outbound);

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
      status.textContent = t('team.join.error', { code });
    };

    const enter = (sessionId: string, token: string, title: string, seat: string): void => {
      TeamClient.join(serverBase(), { sessionId, token }).then(
        (client) => {
          remember(SEAT_KEY, { sessionId, secret: token, title, seat });
          this.playSeat(life, body, status, client);
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

  private playSeat(life: Lifetime, body: HTMLElement, status: HTMLElement, client: TeamClient): void {
    const tr = this.deps.i18n();
    const { t } = tr;
    const seat = client.you.seat ?? '';
    const scenario = client.scenario;
    const say = (reply: Parameters<typeof refusalText>[1]): void => {
      status.textContent = refusalText(tr, reply) ?? '';
    };

    const heading = h('h2', { attrs: { 'data-testid': 'seat-heading' }, text: t('team.seat.heading', { seat, title: client.title }) });
    const phase = h('p', { attrs: { 'data-testid': 'seat-phase' } });
    const injects = h('ol', { attrs: { 'data-testid': 'seat-injects' } });
    const toApprove = h('ul', { attrs: { 'data-testid': 'seat-approve' } });
    const statements = h('ul', { attrs: { 'data-testid': 'seat-statements' } });
    const typingLine = h('p', { class: 'hint', attrs: { 'data-testid': 'seat-typing' } });
    const chat = chatPanel(tr, client, status);
    const hotWash = h('div', {});

    const injectSelect = h('select', { attrs: { 'data-testid': 'draft-inject', 'aria-label': t('team.seat.answers') } });
    const optionSelect = h('select', { attrs: { 'data-testid': 'draft-option', 'aria-label': t('team.seat.option') } });
    const channelSelect = h('select', { attrs: { 'data-testid': 'draft-channel', 'aria-label': t('team.seat.channel') } }, ...OUTBOUND.map((c) => h('option', { attrs: { value: c }, text: c })));
    const draft = h('textarea', { attrs: { rows: 5, maxlength: 20000, 'data-testid': 'draft-text', 'aria-label': t('team.seat.text') } });
    let typingSent = 0;
    draft.addEventListener('input', () => {
      const now = Date.now();
      if (now - typingSent < 2000) return;
      typingSent = now;
      void client.setTyping(injectSelect.value || null, true);
    });
    const draftForm = h('form', {
      class: 'panel team-form',
      on: {
        submit: (e) => {
          e.preventDefault();
          const inject = injectSelect.value || undefined;
          const option = optionSelect.value || undefined;
          const words = draft.value.trim();
          const command = option
            ? { type: 'statement.submit' as const, inject, option }
            : { type: 'statement.submit' as const, ...(inject ? { inject } : {}), text: words, channel: channelSelect.value as Channel };
          void client.command(command).then((reply) => {
            say(reply);
            if (reply.ok) draft.value = '';
            void client.setTyping(null, false);
          });
        },
      },
    },
    h('h3', { text: t('team.seat.draft') }),
    h('label', { text: t('team.seat.answers') }), injectSelect,
    h('label', { text: t('team.seat.option') }), optionSelect,
    h('label', { text: t('team.seat.channel') }), channelSelect,
    h('label', { text: t('team.seat.text') }), draft,
    h('button', { class: 'btn primary', attrs: { type: 'submit', 'data-testid': 'draft-submit' }, text: t('team.seat.submit') }));

    const redraw = (): void => {
      const s = client.session;
      phase.textContent = t('team.seat.phase', { phase: s.phase, time: clock(s.now) });
      const mine = s.openInjects().filter((o) => o.to === null || o.to.includes(seat));
      const byId = new Map(scenario.injects.map((i) => [i.id, i]));
      replace(injects,
        ...mine.map((o) => {
          const inj = byId.get(o.inject);
          const from = o.from ? (scenario.personas.get(o.from)?.name ?? o.from) : '';
          return h('li', { attrs: { 'data-testid': `inject-${o.inject}` } },
            h('strong', { text: t('team.seat.from', { from, channel: o.channel }) }), ' ',
            inj ? text(scenario, inj.subject) : '', h('p', { text: inj ? text(scenario, inj.text) : '' }));
        }),
        ...client.improvised.map((i) => h('li', { attrs: { 'data-testid': `inject-${i.id}` } },
          h('strong', { text: t('team.seat.from', { from: scenario.personas.get(i.persona)?.name ?? i.persona, channel: i.channel }) }), ' ', i.subject ?? '', h('p', { text: i.text }))),
      );
      if (mine.length === 0 && client.improvised.length === 0) replace(injects, h('li', { text: t('team.seat.noInjects') }));
      const chosen = injectSelect.value;
      replace(injectSelect, h('option', { attrs: { value: '' }, text: t('team.seat.unprompted') }), ...mine.map((o) => h('option', { attrs: { value: o.inject, selected: o.inject === chosen }, text: o.inject })));
      const chosenInject = mine.find((o) => o.inject === injectSelect.value);
      const chosenOption = optionSelect.value;
      replace(optionSelect, h('option', { attrs: { value: '' }, text: '—' }), ...(chosenInject?.options ?? []).map((id) => h('option', { attrs: { value: id, selected: id === chosenOption }, text: id })));
      const waiting = s.statements().filter((st) => st.status === 'awaiting-approval' && st.needs.includes(seat) && st.approvals[seat] === undefined);
      replace(toApprove, ...waiting.map((st) => {
        const reason = h('input', { attrs: { type: 'text', maxlength: 2000, 'aria-label': t('team.seat.rejectReason'), 'data-testid': `reason-${st.id}` } });
        return h('li', { attrs: { 'data-testid': `approve-item-${st.id}` } },
          h('p', { text: `${st.seat} · ${st.channel}: ${st.text}` }),
          h('button', { class: 'btn small primary', attrs: { 'data-testid': `approve-${st.id}` }, text: t('team.seat.approve'), on: { click: () => void client.command({ type: 'statement.approve', statement: st.id }).then(say) } }),
          reason,
          h('button', { class: 'btn small', attrs: { 'data-testid': `reject-${st.id}` }, text: t('team.seat.reject'), on: { click: () => void client.command({ type: 'statement.reject', statement: st.id, reason: reason.value }).then(say) } }),
        );
      }));
      replace(statements, ...s.statements().map((st) => h('li', { attrs: { 'data-testid': `statement-${st.id}` }, text: t('team.seat.statement', { seat: st.seat, channel: st.channel, status: st.status }) })));
      typingLine.textContent = [...client.typing.keys()].filter((k) => k !== seat).map((k) => t('team.seat.typing', { seat: k })).join(' ');
      chat.redraw();
      if (client.hotWashOpen && hotWash.childElementCount === 0) hotWash.append(hotWashForm(tr, client, status));
    };
    injectSelect.addEventListener('change', redraw);

    replace(body,
      heading, phase,
      h('section', { class: 'panel team-form' }, h('h3', { text: t('team.seat.injects') }), injects),
      draftForm,
      h('section', { class: 'panel team-form' }, h('h3', { text: t('team.seat.toApprove') }), toApprove, statements),
      typingLine,
      chat.panel,
      hotWash,
    );
    redraw();
    let queued = false;
    const off = client.subscribe(() => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(() => {
        queued = false;
        redraw();
      });
    });
    life.add(() => {
      off();
      void client.leave();
    });
  }
}
