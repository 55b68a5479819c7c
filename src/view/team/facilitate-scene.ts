/**
 * The facilitator console: create a session from the library, give out the join code, then run the
 * exercise (start, pause, resume, speed, fire an inject now, improvise one as any persona to chosen
 * seats), watch every seat's drafts and sign-offs and the live scores, take notes tied to injects,
 * end it, run the hot wash and open the report. The facilitator key is kept in this browser.
 */
import * as Phaser from 'phaser';
import { CHANNELS, DIMENSIONS } from '../../format/index.ts';
import { liveScores, seatViews } from '../../net/console.ts';
import { postJson, TeamClient } from '../../net/team-client.ts';
import { Backdrop } from '../backdrop.ts';
import type { ViewDeps } from '../deps.ts';
import { h, replace } from '../dom/h.ts';
import { sceneLifetime, type Lifetime } from '../lifetime.ts';
import { SCENES } from '../scenes/keys.ts';
import { chatPanel, clock, FACILITATOR_KEY, recall, refusalText, remember, serverBase } from './widgets.ts';

interface Created {
  readonly sessionId: string;
  readonly code: string;
  readonly facilitatorKey: string;
  readonly title: string;
  readonly error?: string;
}

export class FacilitateScene extends Phaser.Scene {
  private readonly deps: ViewDeps;

  constructor(deps: ViewDeps) {
    super(SCENES.facilitate);
    this.deps = deps;
  }

  create(): void {
    const tr = this.deps.i18n();
    const { t } = tr;
    const life = sceneLifetime(this);
    new Backdrop(this, life, !this.deps.reducedMotion());
    const status = h('p', { class: 'hint', attrs: { role: 'status', 'data-testid': 'team-status' } });
    const body = h('div', {});
    this.deps.overlay.mount(life, h('main', { class: 'page', id: 'ui-main', attrs: { 'data-testid': 'facilitate' } },
      h('header', {},
        h('button', { class: 'btn ghost', text: `‹ ${t('ui.common.back')}`, attrs: { 'data-testid': 'back' }, on: { click: () => this.scene.start(SCENES.title) } }),
        h('h1', { text: t('team.facilitate.heading') }),
      ),
      body,
      status,
    ));

    const open = (sessionId: string, key: string, title: string, code: string | null): void => {
      TeamClient.join(serverBase(), { sessionId, facilitator: key }).then(
        (client) => {
          remember(FACILITATOR_KEY, { sessionId, secret: key, title, seat: null });
          this.console(life, body, status, client, key, code ?? client.code ?? '');
        },
        (error: unknown) => (status.textContent = t('team.join.error', { code: error instanceof Error ? error.message : 'join' })),
      );
    };

    const library = this.deps.store.getState().library?.scenarios ?? [];
    const pick = h('select', { attrs: { 'data-testid': 'facilitate-scenario', 'aria-label': t('team.facilitate.scenario') } },
      ...library.map((c) => h('option', { attrs: { value: c.file.replace(/\.yaml$/, '') }, text: c.title })));
    const known = recall(FACILITATOR_KEY);
    replace(body,
      h('form', {
        class: 'panel team-form',
        on: {
          submit: (e) => {
            e.preventDefault();
            void postJson<Created>(serverBase(), '/api/sessions', { scenario: pick.value }).then((res) => {
              if (res.status !== 201) {
                status.textContent = t('team.join.error', { code: res.body.error ?? String(res.status) });
                return;
              }
              open(res.body.sessionId, res.body.facilitatorKey, res.body.title, res.body.code);
            });
          },
        },
      },
      h('label', { text: t('team.facilitate.scenario') }), pick,
      h('button', { class: 'btn primary', attrs: { type: 'submit', 'data-testid': 'facilitate-create', 'data-autofocus': true }, text: t('team.facilitate.create') })),
      known ? h('button', { class: 'btn', attrs: { 'data-testid': 'facilitate-rejoin' }, text: t('team.join.rejoin', { title: known.title, seat: t('ui.menu.facilitate') }), on: { click: () => open(known.sessionId, known.secret, known.title, null) } }) : null,
    );
  }

  private console(life: Lifetime, body: HTMLElement, status: HTMLElement, client: TeamClient, key: string, code: string): void {
    const tr = this.deps.i18n();
    const { t } = tr;
    const scenario = client.scenario;
    const say = (reply: Parameters<typeof refusalText>[1]): void => {
      status.textContent = refusalText(tr, reply) ?? '';
    };
    const button = (id: string, label: string, run: () => void): HTMLElement => h('button', { class: 'btn small', attrs: { type: 'button', 'data-testid': id }, text: label, on: { click: run } });

    const phase = h('p', { attrs: { 'data-testid': 'console-phase' } });
    const seats = h('ul', { attrs: { 'data-testid': 'console-seats' } });
    const scores = h('ul', { attrs: { 'data-testid': 'console-scores' } });
    const answers = h('ul', { attrs: { 'data-testid': 'console-answers' } });
    const reportLink = h('p', {});
    const speed = h('select', { attrs: { 'data-testid': 'console-speed', 'aria-label': t('team.facilitate.speed') } }, ...[1, 2, 5, 10, 30, 60].map((s) => h('option', { attrs: { value: s }, text: `${s}×` })));
    speed.addEventListener('change', () => void client.command({ type: 'speed.set', speed: Number(speed.value) }).then(say));
    const fireSelect = h('select', { attrs: { 'data-testid': 'console-fire-inject' } }, ...scenario.injects.map((i) => h('option', { attrs: { value: i.id }, text: i.id })));
    const persona = h('select', { attrs: { 'data-testid': 'improvise-persona', 'aria-label': t('team.facilitate.persona') } }, ...[...scenario.personas.values()].map((p) => h('option', { attrs: { value: p.id }, text: p.name })));
    const channel = h('select', { attrs: { 'data-testid': 'improvise-channel' } }, ...CHANNELS.map((c) => h('option', { attrs: { value: c }, text: c })));
    const to = h('select', { attrs: { 'data-testid': 'improvise-to', 'aria-label': t('team.facilitate.to') } },
      h('option', { attrs: { value: '' }, text: t('team.facilitate.everyone') }), ...scenario.seats.map((s) => h('option', { attrs: { value: s }, text: s })));
    const improviseText = h('textarea', { attrs: { rows: 3, maxlength: 4000, 'data-testid': 'improvise-text' } });
    const noteText = h('textarea', { attrs: { rows: 2, maxlength: 4000, 'data-testid': 'note-text' } });
    const noteAbout = h('select', { attrs: { 'data-testid': 'note-inject', 'aria-label': t('team.facilitate.noteAbout') } },
      h('option', { attrs: { value: '' }, text: '—' }), ...scenario.injects.map((i) => h('option', { attrs: { value: i.id }, text: i.id })));
    const chat = chatPanel(tr, client, status);

    const drawScores = (): void => {
      const live = liveScores(client.session);
      replace(scores,
        ...DIMENSIONS.map((d) => h('li', { text: t('team.facilitate.score', { dimension: d, score: live.dimensions[d] ?? 0 }) })),
        ...Object.entries(live.seats).map(([seat, dims]) => h('li', { text: `${seat}: ${Object.entries(dims).map(([d, v]) => `${d} ${v}`).join(' · ')}` })),
      );
    };

    const redraw = (): void => {
      const s = client.session;
      phase.textContent = t('team.seat.phase', { phase: s.phase, time: clock(s.now) });
      replace(seats, ...seatViews(s, client.members, client.typing).map((v) =>
        h('li', { attrs: { 'data-testid': `console-seat-${v.seat}` } },
          t('team.facilitate.seatRow', { seat: v.seat, holders: v.holders.join(', ') || t('team.facilitate.nobody'), drafts: v.drafts.length, toApprove: v.toApprove.length, published: v.published }),
          v.typing !== undefined ? h('small', { text: ` ${t('team.seat.typing', { seat: v.seat })}` }) : null)));
      chat.redraw();
      if (client.reportReady && reportLink.childElementCount === 0) {
        reportLink.append(h('a', { attrs: { href: `/api/sessions/${client.sessionId}/report?key=${encodeURIComponent(key)}`, target: '_blank', rel: 'noopener', 'data-testid': 'console-report' }, text: t('team.facilitate.report') }));
      }
    };

    replace(body,
      h('section', { class: 'panel team-form' },
        h('h2', { attrs: { 'data-testid': 'console-code' }, text: t('team.facilitate.code', { code }) }),
        h('p', { class: 'hint', text: t('team.facilitate.link') }),
        phase,
        h('div', { class: 'row' },
          button('console-start', t('team.facilitate.start'), () => void client.command({ type: 'session.start' }).then(say)),
          button('console-pause', t('team.facilitate.pause'), () => void client.command({ type: 'session.pause' }).then(say)),
          button('console-resume', t('team.facilitate.resume'), () => void client.command({ type: 'session.resume' }).then(say)),
          speed,
          fireSelect,
          button('console-fire', t('team.facilitate.fire'), () => void client.command({ type: 'inject.fire', inject: fireSelect.value }).then(say)),
          button('console-end', t('team.facilitate.end'), () => void client.command({ type: 'session.end' }).then(say)),
        ),
      ),
      h('section', { class: 'panel team-form' }, h('h2', { text: t('team.facilitate.seats') }), seats),
      h('form', {
        class: 'panel team-form',
        on: {
          submit: (e) => {
            e.preventDefault();
            void client.improvise({ persona: persona.value, channel: channel.value, text: improviseText.value, ...(to.value ? { to: [to.value] } : {}) }).then((reply) => {
              say(reply);
              if (reply.ok) improviseText.value = '';
            });
          },
        },
      }, h('h2', { text: t('team.facilitate.improvise') }), persona, channel, to, improviseText,
      h('button', { class: 'btn small primary', attrs: { type: 'submit', 'data-testid': 'improvise-send' }, text: t('team.facilitate.send') })),
      h('form', {
        class: 'panel team-form',
        on: {
          submit: (e) => {
            e.preventDefault();
            void client.note(noteText.value, noteAbout.value || null).then((reply) => {
              say(reply);
              if (reply.ok) noteText.value = '';
            });
          },
        },
      }, h('h2', { text: t('team.facilitate.note') }), noteAbout, noteText,
      h('button', { class: 'btn small', attrs: { type: 'submit', 'data-testid': 'note-add' }, text: t('team.facilitate.addNote') })),
      h('section', { class: 'panel team-form' }, h('h2', { text: t('team.facilitate.scores') }), button('console-scores', t('team.facilitate.refreshScores'), drawScores), scores),
      chat.panel,
      h('section', { class: 'panel team-form' },
        h('h2', { text: t('team.facilitate.answers') }),
        button('console-hotwash', t('team.facilitate.openHotWash'), () => void client.openHotWash().then(say)),
        answers,
        button('console-report-make', t('team.facilitate.makeReport'), () => void client.makeReport().then(say)),
        reportLink,
      ),
    );
    redraw();
    let queued = false;
    const off = client.subscribe((update) => {
      if (update.kind === 'private') {
        const p = update.payload as { what?: string; answer?: { participant: string; wentWell: string; improve: string } };
        if (p.what === 'hotwash' && p.answer) answers.append(h('li', { text: `${p.answer.participant}: ${p.answer.wentWell} / ${p.answer.improve}` }));
      }
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
