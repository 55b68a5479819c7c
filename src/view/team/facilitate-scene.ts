/**
 * The facilitator console: create a session from the library, give out the join code, then run the
 * exercise (start, pause, resume, speed, fire an inject now, improvise one as any persona to chosen
 * seats), watch every seat's drafts and sign-offs and the live scores, take notes tied to injects,
 * end it, run the hot wash and open the report. The facilitator key is kept in this browser.
 */
import * as Phaser from 'phaser';
import { CHANNELS, DIMENSIONS, type Dimension } from '../../format/index.ts';
import { buildResult } from '../../engine/index.ts';
import { liveScores, seatViews } from '../../net/console.ts';
import { DIMENSION_INFO, ratingFor } from '../../report/aar.ts';
import { confirms, cueChanges, EVALUATOR_RATINGS, readReview, reviewKey, type Review } from '../../report/evaluator-review.ts';
import { postJson, TeamClient } from '../../net/team-client.ts';
import { Backdrop } from '../backdrop.ts';
import type { ViewDeps } from '../deps.ts';
import { h, replace } from '../dom/h.ts';
import { sceneLifetime, type Lifetime } from '../lifetime.ts';
import { SCENES } from '../scenes/keys.ts';
import { joinLink } from './join-link.ts';
import { lintItems, type LintFinding } from './lint-list.ts';
import { chatPanel, clock, FACILITATOR_KEY, httpErrorText, recall, refusalText, remember, serverBase, text } from './widgets.ts';

interface Created {
  readonly sessionId: string;
  readonly code: string;
  readonly facilitatorKey: string;
  readonly title: string;
  readonly error?: string;
  /** For an uploaded scenario that does not load: the lint's findings. */
  readonly diagnostics?: readonly LintFinding[];
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
    const upload = h('input', { attrs: { type: 'file', accept: '.yaml,.yml,text/yaml', 'data-testid': 'facilitate-upload', 'aria-label': t('team.facilitate.upload') } });
    const problems = h('div', { attrs: { 'data-testid': 'facilitate-problems', role: 'alert' } });
    const create = (body: Readonly<Record<string, string>>, file: string | null): void => {
      replace(problems);
      status.textContent = '';
      void postJson<Created>(serverBase(), '/api/sessions', body).then((res) => {
        if (res.status === 201) {
          open(res.body.sessionId, res.body.facilitatorKey, res.body.title, res.body.code);
          return;
        }
        const found = res.body.diagnostics ?? [];
        if (res.status === 422 && file !== null && found.length > 0) {
          // The lint's own findings, positioned, as the command line prints them; the file is not kept.
          replace(problems,
            h('p', { text: t('team.facilitate.lintErrors', { count: found.length, file }) }),
            h('ul', { class: 'lint-problems' }, ...lintItems(tr, found).map((d) => h('li', { class: `lint-${d.severity}`, text: d.text }))));
          return;
        }
        status.textContent = httpErrorText(tr, res.body.error ?? String(res.status));
      }, (error: unknown) => (status.textContent = t('team.join.error', { code: error instanceof Error ? error.message : 'network' })));
    };
    replace(body,
      h('form', {
        class: 'panel team-form',
        on: {
          submit: (e) => {
            e.preventDefault();
            const file = upload.files?.[0];
            if (file) {
              void file.text().then((source) => create({ source, file: file.name }, file.name));
              return;
            }
            create({ scenario: pick.value }, null);
          },
        },
      },
      h('label', { text: t('team.facilitate.scenario') }), pick,
      h('label', { text: t('team.facilitate.upload') }), upload,
      h('p', { class: 'hint', text: t('team.facilitate.uploadHint') }),
      h('button', { class: 'btn primary', attrs: { type: 'submit', 'data-testid': 'facilitate-create', 'data-autofocus': true }, text: t('team.facilitate.create') }),
      problems),
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
    const upcoming = h('ul', { class: 'upcoming', attrs: { 'data-testid': 'console-upcoming' } });
    const reportLink = h('p', {});
    const reportShared = h('small', { attrs: { 'data-testid': 'console-report-shared', role: 'status' } });
    const shareButton = button('console-report-share', t('team.facilitate.shareReport'), () => void client.shareReport().then(say));
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

    // The scores as the replica's scorer gives them, and beside them what the evaluator's cue changes make of them.
    const drawScores = (): void => {
      const live = liveScores(client.session, cueChanges(client.reviews.values()));
      const label = (d: string): string => (d in DIMENSION_INFO ? DIMENSION_INFO[d as Dimension].label : d);
      replace(scores,
        ...DIMENSIONS.map((d) => {
          const changed = live.reviewed.changedCues[d] ?? 0;
          const scored = live.dimensions[d] ?? 0;
          const text = changed > 0
            ? `${t('team.facilitate.scoreReviewed', { dimension: label(d), scored, reviewed: live.reviewed.dimensions[d] ?? scored })} · ${t('team.facilitate.scoreCuesChanged', { count: changed })}`
            : live.unjudged.includes(d)
              ? t('team.facilitate.scoreNotJudged', { dimension: label(d) })
              : t('team.facilitate.score', { dimension: label(d), score: scored });
          return h('li', { attrs: { 'data-testid': `console-score-${d}` }, text });
        }),
        ...Object.entries(live.seats).map(([seat, dims]) => h('li', {
          attrs: { 'data-testid': `console-seat-score-${seat}` },
          text: t('team.facilitate.seatScores', {
            seat,
            scores: Object.entries(dims).map(([d, v]) => {
              const reviewed = live.reviewed.seats[seat]?.[d];
              return reviewed === undefined ? t('team.facilitate.score', { dimension: label(d), score: v }) : t('team.facilitate.scoreReviewed', { dimension: label(d), scored: v, reviewed });
            }).join(' · '),
          }),
        })),
      );
    };

    // Redrawn only when the list changes, so a click on a button is not lost to a redraw under the pointer.
    let upcomingKey = '';
    const drawUpcoming = (): void => {
      const list = client.session.upcomingInjects();
      const key = JSON.stringify(list.map((u) => [u.inject, u.dueAt]));
      if (key === upcomingKey) return;
      upcomingKey = key;
      if (list.length === 0) {
        replace(upcoming, h('li', { class: 'hint', text: t('team.facilitate.noUpcoming') }));
        return;
      }
      replace(upcoming, ...list.map((u) => {
        const inj = scenario.injectIndex.get(u.inject);
        const label = t('team.facilitate.injectLabel', {
          inject: inj?.title ? text(scenario, inj.title) : inj?.subject ? text(scenario, inj.subject) : u.inject,
          from: (u.from !== null ? scenario.personas.get(u.from)?.name : null) ?? '—',
          channel: u.channel,
        });
        const when = u.dueAt !== null ? t('team.facilitate.dueAt', { time: clock(u.dueAt) }) : t('team.facilitate.waits', { trigger: u.trigger });
        // Said beside the time, so nobody reads a moved inject as the scenario's own schedule.
        const delayedMs = client.session.state.log.reduce((sum, e) => (e.type === 'inject.delayed' && e.data.inject === u.inject ? sum + e.data.by : sum), 0);
        const delay = h('button', { class: 'btn small', attrs: { type: 'button', 'data-testid': `upcoming-delay-${u.inject}` }, text: t('team.facilitate.delay', { minutes: 5 }),
          on: { click: () => void client.command({ type: 'inject.delay', inject: u.inject, by: 5 * 60_000 }).then(say) } });
        if (u.dueAt === null) delay.setAttribute('disabled', '');
        return h('li', { attrs: { 'data-testid': `upcoming-${u.inject}` } },
          h('span', { class: 'upcoming-when', text: when }), ' ', h('span', { class: 'upcoming-what', text: label }), ' ',
          delayedMs > 0 ? h('small', { attrs: { 'data-testid': `upcoming-delayed-${u.inject}` }, text: `${t('team.facilitate.delayedBy', { minutes: Math.round(delayedMs / 60_000) })} ` }) : null,
          button(`upcoming-fire-${u.inject}`, t('team.facilitate.fire'), () => void client.command({ type: 'inject.fire', inject: u.inject }).then(say)),
          button(`upcoming-skip-${u.inject}`, t('team.facilitate.skip'), () => void client.command({ type: 'inject.skip', inject: u.inject }).then(say)),
          delay);
      }));
    };

    // The evaluator's review: drawn on demand (not on every update), so what is being typed stays put.
    const review = h('div', { attrs: { 'data-testid': 'console-review' } });
    const reviewPick = h('select', { attrs: { 'data-testid': 'review-statement', 'aria-label': t('team.facilitate.reviewStatement') } });
    reviewPick.addEventListener('change', () => drawReview());
    const decided = (key: string): Review | null => {
      const stored = client.reviews.get(key);
      return stored ? readReview(stored) : null;
    };
    const reviewed = (key: string): HTMLElement | null => {
      const r = decided(key);
      if (!r) return null;
      const value = 'rating' in r.decided ? r.decided.rating : t('team.report.points', { points: r.decided.points });
      return h('small', { class: 'reviewed', attrs: { 'data-testid': `reviewed-${key}` }, text: t('team.facilitate.reviewDone', { value, verdict: t(confirms(r) ? 'team.report.confirmed' : 'team.report.changed'), reason: r.reason }) });
    };
    // Once stored, a review's own reason stands in the box, so a redraw shows what was decided and why.
    const reason = (id: string, r: Review | null): HTMLInputElement => h('input', { attrs: { type: 'text', maxlength: 1000, 'data-testid': id, 'aria-label': t('team.facilitate.reviewReason'), placeholder: t('team.facilitate.reviewReason'), value: r?.reason ?? null } });
    const drawReview = (): void => {
      // Ratings are proposed from the scores after the evaluator's cue changes, as the server proposes them; cues keep their proposed points.
      const result = buildResult(scenario, client.session.state, [], { cueChanges: cueChanges(client.reviews.values()) });
      const published = result.statements;
      const chosen = published.some((st) => st.id === reviewPick.value) ? reviewPick.value : (published[0]?.id ?? '');
      replace(reviewPick, ...published.map((st) => h('option', { attrs: { value: st.id }, text: `${st.id} · ${st.seat} · ${st.channel} · ${st.text.slice(0, 60)}` })));
      reviewPick.value = chosen;
      const statement = published.find((st) => st.id === chosen);
      const cueRows = statement
        ? statement.cues.map((cue, i) => {
            const key = reviewKey({ kind: 'cue', statement: statement.id, cue: i });
            const r = decided(key);
            const points = h('input', { attrs: { type: 'number', step: '0.5', min: -100, max: 100, value: String(r && 'points' in r.decided ? r.decided.points : cue.points), 'data-testid': `review-cue-${i}-points`, 'aria-label': t('team.facilitate.reviewPoints') } });
            const why = reason(`review-cue-${i}-reason`, r);
            return h('li', { attrs: { 'data-testid': `review-cue-${i}` } },
              h('span', { text: `${DIMENSION_INFO[cue.dimension].label}: ${tr.render(cue)} · ${t('team.facilitate.reviewProposed', { value: t('team.report.points', { points: cue.points }) })}` }), ' ',
              points, why,
              button(`review-cue-${i}-save`, t('team.facilitate.reviewSave'), () => void client.review({ kind: 'cue', statement: statement.id, cue: i, points: Number(points.value), reason: why.value }).then((reply) => {
                say(reply);
                if (reply.ok) drawReview();
              })),
              reviewed(key));
          })
        : [];
      const ended = client.session.phase === 'ended';
      const ratingRows = ended
        ? DIMENSIONS.map((d) => {
            const proposed = ratingFor(result.unjudged.includes(d) ? null : result.scores[d]).code;
            const key = reviewKey({ kind: 'rating', dimension: d });
            const r = decided(key);
            const pick = h('select', { attrs: { 'data-testid': `review-rating-${d}`, 'aria-label': DIMENSION_INFO[d].label } }, ...EVALUATOR_RATINGS.map((x) => h('option', { attrs: { value: x }, text: x })));
            pick.value = r && 'rating' in r.decided ? r.decided.rating : proposed === 'N/A' ? 'U' : proposed;
            const why = reason(`review-rating-${d}-reason`, r);
            return h('li', { attrs: { 'data-testid': `review-rating-row-${d}`, 'data-proposed': proposed } },
              h('span', { text: `${DIMENSION_INFO[d].label} · ${t('team.facilitate.reviewProposed', { value: proposed })}` }), ' ', pick, why,
              button(`review-rating-${d}-save`, t('team.facilitate.reviewSave'), () => {
                const rating = EVALUATOR_RATINGS.find((r) => r === pick.value) ?? 'U';
                void client.review({ kind: 'rating', dimension: d, rating, reason: why.value }).then((reply) => {
                  say(reply);
                  if (reply.ok) drawReview();
                });
              }),
              reviewed(key));
          })
        : [h('li', { class: 'hint', text: t('team.facilitate.reviewRatingsLater') })];
      replace(review,
        published.length === 0 ? h('p', { class: 'hint', text: t('team.facilitate.reviewNoStatements') }) : reviewPick,
        h('ul', { class: 'review-cues' }, ...cueRows),
        h('ul', { class: 'review-ratings' }, ...ratingRows));
    };

    // The link people open to join: the join screen with the code filled in.
    const link = joinLink(location.origin, code);
    const linkField = h('input', { attrs: { type: 'text', readonly: true, value: link, 'data-testid': 'console-link', 'aria-label': t('team.facilitate.joinLink') }, on: { focus: (e) => (e.target as HTMLInputElement).select() } });
    const copied = h('span', { class: 'hint', attrs: { role: 'status', 'data-testid': 'console-link-status' } });
    const copy = (): void => {
      linkField.select();
      const written = typeof navigator.clipboard === 'undefined' ? Promise.reject(new Error('no clipboard')) : navigator.clipboard.writeText(link);
      // Without the clipboard API (plain http on another host) the link stays selected to copy by hand.
      written.then(() => (copied.textContent = t('team.facilitate.copied')), () => (copied.textContent = t('team.facilitate.copyFailed')));
    };
    const linkRow = h('div', { class: 'row join-link' },
      h('label', { text: t('team.facilitate.joinLink') }), linkField,
      button('console-link-copy', t('team.facilitate.copyLink'), copy), copied);

    const redraw = (): void => {
      const s = client.session;
      drawUpcoming();
      phase.textContent = t('team.seat.phase', { phase: s.phase, time: clock(s.now) });
      replace(seats, ...seatViews(s, client.members, client.typing).map((v) =>
        h('li', { attrs: { 'data-testid': `console-seat-${v.seat}` } },
          t('team.facilitate.seatRow', { seat: v.seat, holders: v.holders.join(', ') || t('team.facilitate.nobody'), drafts: v.drafts.length, toApprove: v.toApprove.length, published: v.published }),
          v.typing !== undefined ? h('small', { text: ` ${t('team.seat.typing', { seat: v.seat })}` }) : null)));
      chat.redraw();
      if (client.reportReady && reportLink.childElementCount === 0) {
        reportLink.append(
          h('a', { attrs: { href: `/api/sessions/${client.sessionId}/report?key=${encodeURIComponent(key)}`, target: '_blank', rel: 'noopener', 'data-testid': 'console-report' }, text: t('team.facilitate.report') }),
          ' ',
          shareButton,
          reportShared,
        );
      }
      reportShared.textContent = client.reportShared ? t('team.facilitate.reportShared') : '';
      if (client.reportShared) shareButton.setAttribute('disabled', '');
    };

    // Two columns on a wide screen: running the exercise on the left (controls, seats, what is coming, injects and notes),
    // reading it on the right (the team channel, scores, the review, the hot wash), so neither needs a long scroll.
    body.className = 'console';
    replace(body,
      h('div', { class: 'console-col' },
        h('section', { class: 'panel team-form' },
          h('h2', { attrs: { 'data-testid': 'console-code' }, text: t('team.facilitate.code', { code }) }),
          linkRow,
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
        h('section', { class: 'panel team-form' }, h('h2', { text: t('team.facilitate.upcoming') }), upcoming),
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
        h('button', { class: 'btn small', attrs: { type: 'submit', 'data-testid': 'note-add' }, text: t('team.facilitate.addNote') }))),
      h('div', { class: 'console-col' },
        chat.panel,
        h('section', { class: 'panel team-form' }, h('h2', { text: t('team.facilitate.scores') }), button('console-scores-refresh', t('team.facilitate.refreshScores'), drawScores), scores),
        h('section', { class: 'panel team-form' },
          h('h2', { text: t('team.facilitate.review') }),
          h('p', { class: 'hint', text: t('team.facilitate.reviewHint') }),
          button('console-review-refresh', t('team.facilitate.refreshScores'), drawReview),
          review),
        h('section', { class: 'panel team-form' },
          h('h2', { text: t('team.facilitate.answers') }),
          button('console-hotwash', t('team.facilitate.openHotWash'), () => void client.openHotWash().then(say)),
          answers,
          button('console-report-make', t('team.facilitate.makeReport'), () => void client.makeReport().then(say)),
          reportLink,
        )),
    );
    redraw();
    drawReview();
    drawScores();
    let queued = false;
    const off = client.subscribe((update) => {
      if (update.kind === 'private') {
        const p = update.payload as { what?: string; answer?: { participant: string; wentWell: string; improve: string } };
        if (p.what === 'hotwash' && p.answer) answers.append(h('li', { text: `${p.answer.participant}: ${p.answer.wentWell} / ${p.answer.improve}` }));
        // A review can change what the live scores show: redraw them when it is stored.
        if (p.what === 'review') drawScores();
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
