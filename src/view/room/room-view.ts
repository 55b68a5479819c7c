/**
 * The crisis room's DOM: the top bar (clock, speed, pause, next inject, pressure, live scores), the
 * phone and inbox, the open items with their deadlines, the reader, the composer, the social feed,
 * the headlines and the trust meters. Every word is DOM text from the catalogue or the scenario, so
 * screen readers, translation and right-to-left layout work without touching the canvas.
 *
 * Each part subscribes to its own slice of the store and updates only itself; lists are keyed so
 * that a clock tick does not rebuild anything but the clock and the countdowns.
 */
import type { Translator } from '../../i18n/index.ts';
import type { RoomStore } from '../../state/room/room-store.ts';
import type { ScenarioInfo } from '../../state/room/scenario-info.ts';
import { countdown, wallClock } from '../../state/room/time.ts';
import type { CardVM, PostVM, RumourVM, StatementVM, TrustVM } from '../../state/room/view-model.ts';
import { h, replace } from '../dom/h.ts';
import { bind, type Lifetime } from '../lifetime.ts';
import { Composer } from './composer.ts';

export const SPEEDS = [0.5, 1, 2, 5, 10, 30, 60] as const;

/** How many posts the feed keeps in the DOM (the store keeps more). */
const POSTS_SHOWN = 60;

const arraysEqual = <T>(a: readonly T[], b: readonly T[]): boolean => a.length === b.length && a.every((x, i) => Object.is(x, b[i]));

export interface RoomViewOptions {
  readonly store: RoomStore;
  readonly info: ScenarioInfo;
  readonly tr: Translator;
  readonly life: Lifetime;
  readonly examMode: boolean;
  readonly onEnd: () => void;
  readonly announce: (text: string, urgent?: boolean) => void;
  /**
   * A seat in a team session: the facilitator owns time (no pause, speed, next or end here), people
   * sign off instead of simulated approvers, and the team's panel sits under the inbox.
   */
  readonly seat?: { readonly panel: HTMLElement; readonly timeNote: string };
}

export class RoomView {
  readonly root: HTMLElement;
  /** Where the canvas draws the rumour network and curve (the scene measures it). */
  readonly rumourSlot: HTMLElement;
  readonly phoneBox: HTMLElement;
  readonly composer: Composer;
  private readonly o: RoomViewOptions;
  private selected: string | null = null;
  private readonly seen = new Set<string>();
  private readonly countdowns = new Map<HTMLElement, { deadlineAt: number }>();

  // Parts that update.
  private readonly clockTime = h('span', { class: 'time', attrs: { 'data-testid': 'clock' } });
  private readonly clockSub = h('span', { class: 'sub' });
  private readonly clockBox = h('div', { class: 'clock', attrs: { role: 'timer', 'aria-live': 'off' } });
  private readonly pauseBtn = h('button', { class: 'btn small', attrs: { 'data-testid': 'pause', 'aria-keyshortcuts': 'P' } });
  private readonly nextBtn = h('button', { class: 'btn small', attrs: { 'data-testid': 'next-inject', 'aria-keyshortcuts': 'N' } });
  private readonly speedBtns: HTMLButtonElement[] = [];
  private readonly gaugeFill = h('span');
  private readonly gaugeValue = h('span', { attrs: { 'data-testid': 'pressure' } });
  private readonly scoresBox = h('div', { class: 'live-scores', attrs: { 'data-testid': 'live-scores', 'aria-live': 'off' } });
  private readonly phoneBody = h('div', { class: 'phone-body' });
  private readonly inboxList = h('ul', { class: 'items', attrs: { 'data-testid': 'inbox' } });
  private readonly inboxCount = h('span', { class: 'count' });
  private readonly openList = h('ul', { class: 'open-list', attrs: { 'data-testid': 'open-items' } });
  private readonly reader = h('article', { class: 'reader', attrs: { 'data-testid': 'reader', 'aria-live': 'polite', tabindex: -1 } });
  readonly rumourBox = h('div', { class: 'rumour' });
  private readonly rumourClaim = h('div', { class: 'claim solid' });
  private readonly rumourFigures = h('div', { class: 'figures solid' });
  private readonly postList = h('ul', { class: 'posts', attrs: { 'data-testid': 'feed' } });
  private readonly feedRate = h('span', { class: 'count' });
  private readonly headlineList = h('ul', { class: 'headlines', attrs: { 'data-testid': 'headlines' } });
  private readonly meters = h('ul', { class: 'meters', attrs: { 'data-testid': 'trust' } });
  private readonly approvalsList = h('ul', { class: 'approvals', attrs: { 'data-testid': 'approvals' } });
  private readonly toasts = h('div', { class: 'toasts', attrs: { 'data-testid': 'toasts' } });
  private readonly centre: HTMLElement;

  constructor(o: RoomViewOptions) {
    this.o = o;
    const { t } = o.tr;
    this.rumourSlot = h('div', { class: 'canvas-slot', attrs: { 'data-testid': 'rumour-chart', role: 'img' } });
    this.phoneBox = h('section', { class: 'box phone', attrs: { 'aria-labelledby': 'phone-h', 'data-testid': 'phone' } }, h('h2', { id: 'phone-h', text: t('ui.phone.heading') }), this.phoneBody);
    const shortcuts = o.seat ? t('team.room.shortcuts') : t('ui.room.shortcutsList');
    this.composer = new Composer({ store: o.store, info: o.info, tr: o.tr, life: o.life, announce: o.announce, shortcuts });

    SPEEDS.forEach((speed, i) => {
      this.speedBtns.push(h('button', {
        text: t('ui.room.speedValue', { speed }),
        attrs: { type: 'button', 'aria-pressed': 'false', 'data-testid': `speed-${speed}`, 'aria-keyshortcuts': String(i + 1) },
        on: { click: () => o.store.getState().setSpeed(speed) },
      }));
    });
    this.pauseBtn.addEventListener('click', () => this.togglePause());
    this.nextBtn.addEventListener('click', () => o.store.getState().skipToNext());
    this.nextBtn.textContent = t('ui.room.next');
    this.clockBox.append(this.clockTime, this.clockSub);
    this.clockBox.setAttribute('aria-label', t('ui.room.clock'));

    const topbar = h('header', { class: 'topbar', attrs: { 'aria-label': t('ui.room.region.top') } },
      h('div', { class: 'scenario' }, h('span', { class: 'org', text: o.store.getState().vm.organisation }), h('span', { class: 'title', text: o.store.getState().vm.title })),
      this.clockBox,
      o.seat
        ? h('p', { class: 'controls hint', attrs: { 'data-testid': 'facilitator-time' }, text: o.seat.timeNote })
        : h('div', { class: 'controls' },
          this.pauseBtn,
          h('div', { class: 'speeds', attrs: { role: 'group', 'aria-label': t('ui.room.speed') } }, ...this.speedBtns),
          this.nextBtn,
        ),
      h('div', { class: 'gauge', attrs: { 'aria-label': t('ui.room.pressure') } },
        h('span', { class: 'label' }, h('span', { text: t('ui.room.pressure') }), this.gaugeValue),
        h('div', { class: 'bar', attrs: { 'aria-hidden': 'true' } }, this.gaugeFill)),
      h('span', { class: 'spacer' }),
      this.scoresBox,
      o.seat ? null : h('button', { class: 'btn small danger', text: t('ui.room.end'), attrs: { 'data-testid': 'end' }, on: { click: () => this.end() } }),
    );

    const left = h('section', { class: 'col', attrs: { 'aria-label': t('ui.room.region.left') } },
      this.phoneBox,
      h('section', { class: 'box grow', attrs: { 'aria-labelledby': 'inbox-h' } }, h('h2', { id: 'inbox-h' }, t('ui.inbox.heading'), this.inboxCount), h('div', { class: 'scroll grow' }, this.inboxList)),
      o.seat?.panel ?? null,
    );
    this.centre = h('section', { class: 'col centre', attrs: { 'aria-label': t('ui.room.region.centre') } },
      h('section', { class: 'box', attrs: { 'aria-labelledby': 'open-h' } }, h('h2', { id: 'open-h', text: t('ui.open.heading') }), this.openList),
      h('section', { class: 'box grow reader-box scroll' }, this.reader),
      h('section', { class: 'box composer-box', attrs: { 'aria-labelledby': 'composer-h' } }, h('h2', { id: 'composer-h', text: t('ui.composer.heading') }), this.composer.root, this.approvalsList),
    );
    const right = h('section', { class: 'col', attrs: { 'aria-label': t('ui.room.region.right') } },
      h('section', { class: 'box grow see-through', attrs: { 'aria-labelledby': 'feed-h' } },
        h('h2', { id: 'feed-h' }, t('ui.feed.heading'), this.feedRate),
        this.rumourBox,
        h('div', { class: 'scroll grow solid' }, this.postList)),
      h('section', { class: 'box', attrs: { 'aria-labelledby': 'news-h' }, }, h('h2', { id: 'news-h', text: t('ui.news.heading') }), h('div', { class: 'scroll', attrs: { style: 'max-height: 150px' } }, this.headlineList)),
      h('section', { class: 'box', attrs: { 'aria-labelledby': 'trust-h' } }, h('h2', { id: 'trust-h', text: t('ui.trust.heading') }), this.meters),
    );
    this.rumourBox.append(this.rumourClaim, this.rumourSlot, this.rumourFigures);

    this.root = h('main', { class: 'room', id: 'ui-main', attrs: { 'data-testid': 'room' } },
      topbar,
      h('div', { class: o.seat ? 'columns seat' : 'columns' }, left, this.centre, right),
      h('p', { class: 'sr-only', text: shortcuts }),
      this.toasts,
    );
    this.subscribe();
    // Start on the most urgent open item, so the first thing to read is already on screen.
    const first = o.store.getState().vm.open[0];
    if (first) this.select(first.key);
    this.reader.setAttribute('data-autofocus', '');
    this.composer.onOpenChange = (open) => this.centre.classList.toggle('composing', open);
  }

  private subscribe(): void {
    const { store, life } = this.o;
    bind(life, store, (s) => s.vm.now, () => this.renderClock());
    bind(life, store, (s) => s.vm.phase, () => this.renderClock());
    bind(life, store, (s) => s.vm.speed, (speed) => this.speedBtns.forEach((b, i) => b.setAttribute('aria-pressed', String(SPEEDS[i] === speed))));
    bind(life, store, (s) => s.vm.pressure, (p) => this.renderPressure(p));
    bind(life, store, (s) => s.scores, () => this.renderScores());
    bind(life, store, (s) => s.vm.cards, (cards) => this.renderCards(cards), arraysEqual);
    bind(life, store, (s) => s.pickedUp, () => this.renderPhone(store.getState().vm.calls), arraysEqual);
    bind(life, store, (s) => s.vm.calls, (calls) => this.renderPhone(calls), arraysEqual);
    bind(life, store, (s) => s.vm.rumours, (r) => this.renderRumours(r));
    bind(life, store, (s) => s.posts, (p) => this.renderPosts(p));
    bind(life, store, (s) => s.vm.trust, (t) => this.renderTrust(t));
    bind(life, store, (s) => s.vm.statements, (st) => this.renderApprovals(st));
  }

  togglePause(): void {
    if (this.o.seat) return;
    const s = this.o.store.getState();
    if (s.vm.phase === 'running') s.pause();
    else if (s.vm.phase === 'paused') s.resume();
  }

  end(): void {
    if (window.confirm(this.o.tr.t('ui.room.endConfirm'))) this.o.onEnd();
  }

  /** Picks up the ringing phone (the oldest call not yet picked up). */
  answerPhone(): void {
    const s = this.o.store.getState();
    const call = s.vm.calls.find((c) => !s.pickedUp.includes(c.key));
    if (!call) return;
    s.pickUp(call.key);
    this.select(call.key);
    this.composer.replyTo(call);
  }

  private renderClock(): void {
    const { vm } = this.o.store.getState();
    const { tr } = this.o;
    this.clockTime.textContent = wallClock(vm.startIso, vm.now, tr.locale);
    const paused = vm.phase === 'paused';
    this.clockBox.classList.toggle('paused', paused);
    this.clockSub.textContent = paused ? tr.t('ui.room.paused') : tr.t('ui.seconds.left', { time: tr.format.duration(Math.max(0, vm.lengthMs - vm.now)) });
    this.clockBox.setAttribute('aria-label', `${tr.t('ui.room.clock')}: ${tr.t('ui.room.clockValue', { time: this.clockTime.textContent, elapsed: tr.format.duration(vm.now), left: tr.format.duration(Math.max(0, vm.lengthMs - vm.now)) })}`);
    this.pauseBtn.textContent = paused ? tr.t('ui.room.resume') : tr.t('ui.room.pause');
    this.nextBtn.title = vm.nextInjectAt !== null ? tr.t('ui.room.nextAt', { time: wallClock(vm.startIso, vm.nextInjectAt, tr.locale) }) : '';
    for (const [el, { deadlineAt }] of this.countdowns) {
      if (!el.isConnected) {
        this.countdowns.delete(el);
        continue;
      }
      this.setCountdown(el, deadlineAt, vm.now);
    }
  }

  private setCountdown(el: HTMLElement, deadlineAt: number, now: number): void {
    const { tr } = this.o;
    const left = deadlineAt - now;
    el.textContent = left >= 0 ? tr.t('ui.open.due', { time: countdown(left, tr.locale) }) : tr.t('ui.open.overdueBy', { time: countdown(-left, tr.locale) });
    el.classList.toggle('urgent', left < 2 * 60_000);
  }

  private countdownFor(deadlineAt: number | null): HTMLElement {
    const el = h('span', { class: 'countdown' });
    if (deadlineAt === null) {
      el.textContent = this.o.tr.t('ui.open.noDeadline');
      return el;
    }
    this.countdowns.set(el, { deadlineAt });
    this.setCountdown(el, deadlineAt, this.o.store.getState().vm.now);
    return el;
  }

  private renderPressure(p: number): void {
    const level = p > 0.75 ? 'critical' : p > 0.5 ? 'high' : p > 0.25 ? 'rising' : 'calm';
    this.gaugeFill.style.width = `${Math.round(Math.max(0.04, p) * 100)}%`;
    this.gaugeFill.style.backgroundPosition = `${Math.round(p * 100)}% 0`;
    this.gaugeValue.textContent = this.o.tr.t('ui.room.pressureValue', { level });
  }

  private renderScores(): void {
    const { tr, examMode } = this.o;
    if (examMode) {
      replace(this.scoresBox, h('span', { class: 'exam', text: tr.t('ui.room.scoresHidden') }));
      return;
    }
    const scores = this.o.store.getState().scores;
    if (!scores) {
      replace(this.scoresBox);
      return;
    }
    const dims = Object.entries(scores.dimensions).filter(([d]) => !scores.unjudged.includes(d));
    const words = dims.map(([d, v]) => `${tr.t(`ui.dimension.${d as 'empathy'}`)} ${tr.format.number(v)}`);
    replace(this.scoresBox,
      h('span', { class: 'overall', attrs: { 'data-testid': 'live-overall' }, text: tr.format.number(scores.overall) }),
      ...dims.map(([d, v], i) => h('span', { class: 'mini', attrs: { title: words[i] ?? d, 'aria-hidden': 'true' } }, h('span', { attrs: { style: `height: ${Math.max(4, Math.round(v))}%` } }))),
    );
    this.scoresBox.setAttribute('aria-label', `${tr.t('ui.room.scores')}: ${tr.t('ui.room.overall', { score: scores.overall })}; ${words.join(', ')}`);
    this.scoresBox.setAttribute('role', 'group');
  }

  private renderPhone(calls: readonly CardVM[]): void {
    const { tr } = this.o;
    const { t } = tr;
    const picked = this.o.store.getState().pickedUp;
    const ringing = calls.filter((c) => !picked.includes(c.key) && c.status === 'open');
    this.phoneBox.classList.toggle('ringing', ringing.length > 0);
    this.phoneBox.dataset['ringing'] = String(ringing.length > 0);
    if (calls.length === 0) {
      replace(this.phoneBody, h('p', { class: 'idle', text: t('ui.phone.idle') }));
      return;
    }
    replace(this.phoneBody, ...calls.map((call) => {
      const caller = call.from ? call.from.name : (call.title ?? '');
      const isRinging = ringing.includes(call);
      return h('div', { class: 'call' },
        h('div', { class: 'who', text: isRinging ? t('ui.phone.ringing', { caller }) : t('ui.phone.onCall', { caller }) }),
        call.from?.outlet ? h('div', { class: 'outlet', text: call.from.outlet }) : null,
        h('div', { class: 'row' },
          this.countdownFor(call.deadlineAt),
          isRinging
            ? h('button', { class: 'btn answer', text: t('ui.phone.answer'), attrs: { 'data-testid': 'answer-phone', 'aria-keyshortcuts': 'A' }, on: { click: () => this.answerPhone() } })
            : h('button', { class: 'btn small', text: t('ui.reader.reply'), on: { click: () => { this.select(call.key); this.composer.replyTo(call); } } }),
        ),
      );
    }));
  }

  private renderCards(cards: readonly CardVM[]): void {
    const { tr } = this.o;
    const { t } = tr;
    const vm = this.o.store.getState().vm;
    // Inbox: documents, newest first.
    const docs = cards.filter((c) => c.panel === 'inbox' || c.panel === 'phone' || c.panel === 'press');
    this.inboxCount.textContent = t('ui.inbox.count', { count: docs.length });
    replace(this.inboxList, ...(docs.length === 0 ? [h('li', { class: 'hint', attrs: { style: 'padding: 8px' }, text: t('ui.inbox.empty') })] : docs.map((c) => h('li', {}, this.itemButton(c)))));
    // Open items: soonest deadline first.
    replace(this.openList, ...(vm.open.length === 0 ? [h('li', { class: 'empty', text: t('ui.open.none') })] : vm.open.map((c) => {
      const soon = c.deadlineAt !== null && c.deadlineAt - vm.now < 5 * 60_000;
      return h('li', {}, h('button', {
        class: `deadline${c.status === 'overdue' ? ' overdue' : soon ? ' soon' : ''}`,
        attrs: { 'data-testid': `open-${c.inject}`, 'aria-current': this.selected === c.key ? 'true' : null },
        on: { click: () => this.select(c.key) },
      }, h('span', { class: 't', text: c.title ?? c.subject ?? c.inject }), h('span', { class: `status ${c.status}`, text: t(`ui.status.${c.status}`) }), this.countdownFor(c.deadlineAt)));
    })));
    // Headlines and authored posts.
    const news = cards.filter((c) => c.panel === 'news');
    replace(this.headlineList, ...(news.length === 0 ? [h('li', { class: 'hint', text: t('ui.news.none') })] : news.map((c) => h('li', {}, h('button', {
      class: `headline ${c.tone}`,
      attrs: { 'data-testid': `headline-${c.inject}` },
      on: { click: () => this.select(c.key) },
    }, h('span', { class: 'outlet', text: c.from?.outlet ?? c.from?.name ?? t(`ui.channel.${c.channel}`) }), c.title ?? c.subject ?? '')))));
    this.renderPosts(this.o.store.getState().posts);
    for (const c of cards) this.seen.add(c.key);
    if (this.selected === null && vm.open[0]) this.select(vm.open[0].key);
    else if (this.selected !== null) this.renderReader();
  }

  private itemButton(c: CardVM): HTMLElement {
    const { tr } = this.o;
    return h('button', {
      class: 'item',
      attrs: { 'data-testid': `item-${c.inject}`, 'aria-current': this.selected === c.key ? 'true' : null },
      on: { click: () => this.select(c.key) },
    },
    h('span', { class: 'chan', text: tr.t(`ui.channel.${c.channel}`) }),
    h('span', { class: 'subject', text: c.subject ?? c.title ?? c.inject }),
    h('span', { class: `status ${c.status}`, text: tr.t(`ui.status.${c.status}`) }),
    h('span', { class: 'meta', text: c.from ? [c.from.name, c.from.outlet].filter(Boolean).join(' · ') : '' }),
    h('span', { class: 'when', text: wallClock(this.o.store.getState().vm.startIso, c.firedAt, tr.locale) }));
  }

  select(key: string): void {
    this.selected = key;
    this.renderReader();
    for (const el of this.root.querySelectorAll<HTMLElement>('[aria-current]')) el.removeAttribute('aria-current');
    const card = this.o.store.getState().vm.cards.find((c) => c.key === key);
    if (card) for (const el of this.root.querySelectorAll<HTMLElement>(`[data-testid="item-${card.inject}"], [data-testid="open-${card.inject}"]`)) el.setAttribute('aria-current', 'true');
  }

  private renderReader(): void {
    const { tr } = this.o;
    const { t } = tr;
    const vm = this.o.store.getState().vm;
    const card = vm.cards.find((c) => c.key === this.selected);
    if (!card) {
      this.reader.className = 'reader';
      replace(this.reader, h('p', { class: 'empty', text: t('ui.reader.empty') }));
      return;
    }
    const kind = card.channel === 'regulator-letter' ? 'letter' : card.channel === 'leak' ? 'leak' : 'plain';
    this.reader.className = `reader doc-${kind}`;
    this.reader.dataset['card'] = card.inject;
    const canAnswer = card.status === 'open' || card.status === 'overdue';
    replace(this.reader,
      h('div', { class: 'head' },
        h('span', { class: 'status info', text: t(`ui.channel.${card.channel}`) }),
        h('span', { class: `status ${card.status}`, text: t(`ui.status.${card.status}`) }),
        card.from ? h('span', { text: t('ui.reader.from', { name: [card.from.name, card.from.outlet].filter(Boolean).join(', ') }) }) : null,
        h('span', { text: t('ui.reader.received', { time: wallClock(vm.startIso, card.firedAt, tr.locale) }) }),
        canAnswer && card.deadlineAt !== null ? this.countdownFor(card.deadlineAt) : null,
      ),
      kind === 'leak' ? h('span', { class: 'stamp', text: t('ui.channel.leak') }) : null,
      h('h3', { text: card.subject ?? card.title ?? '' }),
      h('div', { class: 'body', text: card.text }),
      canAnswer && card.answerable
        ? h('div', { class: 'actions' },
            h('button', { class: 'btn primary', text: t('ui.reader.reply'), attrs: { 'data-testid': 'reply' }, on: { click: () => this.composer.replyTo(card) } }),
            ...card.options.map((opt) => h('button', {
              class: 'btn small',
              text: t('ui.reader.useOption', { label: opt.label }),
              attrs: { 'data-testid': `use-option-${opt.id}` },
              on: { click: () => this.composer.replyTo(card, opt.id) },
            })),
          )
        : null,
    );
  }

  private renderRumours(rumours: readonly RumourVM[]): void {
    const { tr } = this.o;
    const live = rumours.filter((r) => r.seededAt !== null);
    const main = live.reduce<RumourVM | null>((best, r) => (best === null || r.reach > best.reach ? r : best), null);
    if (!main) {
      this.rumourClaim.textContent = tr.t('ui.feed.quiet');
      this.rumourFigures.textContent = '';
      this.feedRate.textContent = '';
      this.rumourSlot.setAttribute('aria-label', tr.t('ui.feed.quiet'));
      return;
    }
    const reach = tr.format.percent(main.reach);
    const believing = tr.format.percent(main.believing);
    this.rumourClaim.textContent = tr.t('ui.feed.rumour', { claim: main.claim });
    replace(this.rumourFigures,
      h('span', { class: 'reach', text: `■ ${tr.t('ui.feed.reach', { reach, believing })}` }),
      main.counteredAt !== null ? h('span', { class: 'status answered', text: tr.t('ui.feed.countered') }) : null,
    );
    this.feedRate.textContent = tr.t('ui.feed.rate', { rate: live.reduce((sum, r) => sum + r.postsPerMinute, 0) });
    this.rumourSlot.setAttribute('aria-label', tr.t('ui.feed.chartLabel', { claim: main.claim, reach, believing }));
  }

  private renderPosts(posts: readonly PostVM[]): void {
    const cards = this.o.store.getState().vm.cards.filter((c) => c.panel === 'feed');
    const authored = cards.map((c) => ({ at: c.firedAt, node: h('li', {}, h('button', { class: 'post authored', attrs: { 'data-testid': `post-${c.inject}` }, on: { click: () => this.select(c.key) } },
      h('span', { class: 'author', text: c.from?.name ?? '' }), h('span', { text: c.title ?? c.text.slice(0, 200) }))) }));
    const generated = posts.slice(0, POSTS_SHOWN).map((p) => ({ at: p.at, node: h('li', { class: `post${this.seen.has(p.key) ? '' : ' fresh'}` }, h('span', { class: 'author', text: p.author }), h('span', { text: p.text })) }));
    for (const p of posts.slice(0, POSTS_SHOWN)) this.seen.add(p.key);
    const all = [...authored, ...generated].sort((a, b) => b.at - a.at).slice(0, POSTS_SHOWN);
    replace(this.postList, ...all.map((x) => x.node));
  }

  private renderTrust(trust: readonly TrustVM[]): void {
    const { tr } = this.o;
    replace(this.meters, ...trust.map((m) => {
      const change = m.value - m.initial;
      const changeText = `${change >= 0 ? '+' : '−'}${tr.format.number(Math.abs(change) * 100)}`;
      return h('li', { class: `meter${m.value < 0.4 ? ' low' : m.value < 0.55 ? ' mid' : ''}`, attrs: { 'aria-label': tr.t('ui.trust.meter', { name: m.name, value: tr.format.percent(m.value), change: changeText }) } },
        h('span', { class: 'name', text: m.name }),
        h('span', { class: `value${change < -0.005 ? ' down' : change > 0.005 ? ' up' : ''}`, text: `${tr.format.percent(m.value)} ${change < -0.005 ? '▼' : change > 0.005 ? '▲' : ''}` }),
        h('span', { class: 'track', attrs: { 'aria-hidden': 'true' } },
          h('span', { class: 'fill', attrs: { style: `width: ${Math.round(m.value * 100)}%` } }),
          h('span', { class: 'start', attrs: { style: `inset-inline-start: ${Math.round(m.initial * 100)}%` } })),
      );
    }));
  }

  private renderApprovals(statements: readonly StatementVM[]): void {
    const { tr } = this.o;
    // A seat's team panel lists drafts with the people who must sign them.
    if (this.o.seat) {
      this.approvalsList.hidden = true;
      return;
    }
    const vm = this.o.store.getState().vm;
    const waiting = statements.filter((s) => s.status === 'awaiting-approval');
    replace(this.approvalsList, ...waiting.flatMap((s) => s.approvals.map((a) => a.signedAt !== null
      ? h('li', { class: 'signed', text: tr.t('ui.approvals.signed', { name: a.name, time: wallClock(vm.startIso, a.signedAt, tr.locale) }) })
      : h('li', { class: 'waiting', attrs: { 'data-testid': `approval-${a.seat}` }, text: tr.t('ui.approvals.waiting', { name: a.name, time: a.dueAt !== null ? wallClock(vm.startIso, a.dueAt, tr.locale) : '—' }) }))));
    this.approvalsList.hidden = waiting.length === 0;
  }

  toast(text: string, tone: 'good' | 'bad' | 'warn' | 'info' = 'info'): void {
    const el = h('div', { class: `toast ${tone}`, text });
    this.toasts.prepend(el);
    while (this.toasts.children.length > 4) this.toasts.lastElementChild?.remove();
    window.setTimeout(() => el.remove(), 4500);
    this.o.announce(text, tone === 'bad');
  }
}
