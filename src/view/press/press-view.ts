/**
 * The press conference's DOM: the top bar (the conference, the clock, how far through, how the room
 * is taking it, read-aloud, pause, end), the reporters' name cards over their seats, the question
 * as captions, the answer form at the lectern (prepared answers, the text box, dictation, the answer
 * clock) and the headline ticker. Every word is DOM text from the catalogue or the scenario, so
 * screen readers, translation and right-to-left layout work without the canvas.
 */
import type { Translator } from '../../i18n/index.ts';
import type { AskVM, PressVM, ReporterVM } from '../../state/press/press-model.ts';
import type { PressStore } from '../../state/press/press-store.ts';
import { countdown, wallClock } from '../../state/room/time.ts';
import { h, replace } from '../dom/h.ts';
import { bind, type Lifetime } from '../lifetime.ts';
import type { HeadlineLine } from './headlines.ts';
import { roomLayout } from './layout.ts';
import { whyAsked } from './why.ts';
import { canListen, Dictation } from './speech.ts';

/** The answer clock turns urgent with this share of the time left. */
const URGENT_SHARE = 0.25;

export interface PressViewOptions {
  readonly store: PressStore;
  readonly tr: Translator;
  readonly life: Lifetime;
  /** The scenario's language (for dictation). */
  readonly language: string;
  readonly speak: { readonly available: boolean; readonly on: () => boolean; readonly set: (on: boolean) => void };
  readonly announce: (text: string, urgent?: boolean) => void;
  /** Headlines for the answers so far, newest first (the host knows how to make them). */
  readonly headlines: (vm: PressVM) => readonly HeadlineLine[];
  /** The sentence a reporter would lift from a draft answer to this question, while it is typed. */
  readonly preview: (text: string, ask: AskVM) => { readonly sentence: string; readonly index: number; readonly sentences: number; readonly words: number; readonly outOfContext: boolean } | null;
  readonly onDebrief: () => void;
  readonly onLeave: () => void;
}

export class PressView {
  readonly root: HTMLElement;
  /** Where the canvas draws the room (the scene measures it). */
  readonly roomSlot: HTMLElement;
  private readonly o: PressViewOptions;
  private option: string | null = null;
  private shownKey: string | null = null;
  private warned: string | null = null;
  private readonly dictation: Dictation | null;
  /** What was in the answer box when dictation started: dictated words are added after it. */
  private dictatedBase = '';

  private readonly clock = h('span', { class: 'time', attrs: { 'data-testid': 'press-clock' } });
  private readonly progress = h('span', { class: 'asked-count', attrs: { 'data-testid': 'press-progress' } });
  private readonly heat = h('span', { class: 'heat', attrs: { 'data-testid': 'press-heat' } });
  private readonly heatFill = h('span');
  private readonly pauseBtn = h('button', { class: 'btn small', attrs: { type: 'button', 'data-testid': 'press-pause', 'aria-keyshortcuts': 'P' } });
  private readonly speakBtn = h('button', { class: 'btn small', attrs: { type: 'button', 'data-testid': 'press-speak' } });
  private readonly tags = h('ul', { class: 'press-tags', attrs: { 'data-testid': 'reporters' } });
  private readonly who = h('p', { class: 'who', attrs: { 'data-testid': 'question-from' } });
  private readonly words = h('p', { class: 'words', attrs: { 'data-testid': 'question-text' } });
  private readonly why = h('p', { class: 'why', attrs: { 'data-testid': 'question-why' } });
  /** The spokesperson's own earlier words, when a reporter quotes them back (whatever the question's wording). */
  private readonly quoted = h('blockquote', { class: 'quoted', attrs: { 'data-testid': 'question-quote' } });
  private readonly caption: HTMLElement;
  private readonly timer = h('span', { class: 'answer-time', attrs: { 'data-testid': 'answer-timer' } });
  private readonly timerBar = h('span', { class: 'fill' });
  private readonly options = h('div', { class: 'chips', attrs: { role: 'group', 'data-testid': 'answer-options' } });
  private readonly text = h('textarea', { id: 'answer-text', attrs: { 'data-testid': 'answer-text', rows: 3, spellcheck: 'true', 'aria-keyshortcuts': 'Control+Enter' } });
  private readonly send = h('button', { class: 'btn primary', attrs: { type: 'submit', 'data-testid': 'answer-send', 'aria-keyshortcuts': 'Control+Enter' } });
  private readonly mic = h('button', { class: 'btn small', attrs: { type: 'button', 'data-testid': 'answer-dictate', 'aria-pressed': 'false' } });
  private readonly refusal = h('p', { class: 'refusal', attrs: { role: 'alert', 'data-testid': 'answer-refusal' } });
  private readonly quotePreview = h('p', { class: 'quote-preview', attrs: { 'data-testid': 'answer-quote', 'aria-live': 'off' } });
  private readonly pickRow = h('div', { class: 'pick', attrs: { role: 'group', 'data-testid': 'pick' } });
  private readonly note = h('aside', { class: 'passed-note', attrs: { 'data-testid': 'passed-note', 'aria-live': 'assertive' } });
  private previewTimer: number | undefined;
  private readonly form: HTMLFormElement;
  private readonly closing = h('section', { class: 'press-closed panel', attrs: { 'data-testid': 'press-closed', 'aria-labelledby': 'press-closed-h' } });
  private readonly ticker = h('ol', { class: 'ticker-items', attrs: { 'data-testid': 'headline-ticker' } });

  constructor(o: PressViewOptions) {
    this.o = o;
    const { t } = o.tr;
    this.roomSlot = h('div', { class: 'press-room canvas-slot', attrs: { 'data-testid': 'press-room', role: 'img' } }, this.tags);
    this.caption = h('section', { class: 'caption', attrs: { 'aria-labelledby': 'caption-h', 'data-testid': 'caption' } },
      h('h2', { id: 'caption-h', class: 'sr-only', text: t('press.caption.heading') }),
      this.who,
      h('div', { attrs: { 'aria-live': 'polite' } }, this.words, this.quoted),
      this.why,
      this.pickRow,
      this.note,
    );
    this.note.hidden = true;
    this.text.placeholder = t('press.answer.placeholder');
    this.text.addEventListener('input', () => {
      // A prepared answer edited is the spokesperson's own words.
      if (this.option !== null) {
        this.option = null;
        this.renderOptions(this.o.store.getState().vm.current);
      }
      window.clearTimeout(this.previewTimer);
      this.previewTimer = window.setTimeout(() => this.renderPreview(), 250);
    });
    o.life.add(() => window.clearTimeout(this.previewTimer));
    this.text.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        this.submit();
      }
    });
    this.send.textContent = t('press.answer.send');
    this.dictation = canListen()
      ? new Dictation(o.language, {
          onText: (finalText, interim) => {
            this.option = null;
            this.text.value = [this.dictatedBase, finalText, interim].filter((x) => x !== '').join(' ');
          },
          onState: (listening) => {
            this.mic.setAttribute('aria-pressed', String(listening));
            this.mic.textContent = listening ? t('press.answer.dictateStop') : t('press.answer.dictate');
            if (!listening) this.text.focus();
          },
          onError: (code) => (this.refusal.textContent = t('press.answer.dictateFailed', { code })),
        })
      : null;
    this.mic.textContent = t('press.answer.dictate');
    this.mic.hidden = this.dictation === null;
    this.mic.addEventListener('click', () => this.toggleDictation());
    o.life.add(() => this.dictation?.abort());

    this.form = h('form', { class: 'lectern', attrs: { 'data-testid': 'answer-form', 'aria-labelledby': 'answer-h' }, on: { submit: (e) => { e.preventDefault(); this.submit(); } } },
      h('div', { class: 'row top' },
        h('h2', { id: 'answer-h', text: t('press.answer.heading') }),
        h('div', { class: 'answer-clock', attrs: { role: 'timer', 'aria-live': 'off' } }, h('span', { class: 'bar', attrs: { 'aria-hidden': 'true' } }, this.timerBar), this.timer),
      ),
      h('div', { class: 'row' }, h('span', { class: 'hint', text: t('press.answer.prepared') }), this.options),
      h('label', { class: 'sr-only', attrs: { for: 'answer-text' }, text: t('press.answer.label') }),
      this.text,
      this.quotePreview,
      this.refusal,
      h('div', { class: 'row' }, this.mic, h('span', { class: 'hint', text: t('press.answer.keys') }), h('span', { class: 'spacer' }), this.send),
    );
    this.options.setAttribute('aria-label', t('press.answer.prepared'));
    this.pickRow.setAttribute('aria-label', t('press.caption.pick'));

    this.speakBtn.hidden = !o.speak.available;
    this.speakBtn.addEventListener('click', () => {
      o.speak.set(!o.speak.on());
      this.renderSpeak();
    });
    this.pauseBtn.addEventListener('click', () => this.togglePause());

    this.root = h('main', { class: 'press', id: 'ui-main', attrs: { 'data-testid': 'press' } },
      h('header', { class: 'press-bar' },
        h('h1', { attrs: { 'data-testid': 'press-title' } }),
        this.clock,
        this.progress,
        h('span', { class: 'gauge', attrs: { 'aria-hidden': 'true' } }, this.heatFill),
        this.heat,
        h('span', { class: 'spacer' }),
        this.speakBtn,
        this.pauseBtn,
        h('button', { class: 'btn small ghost', attrs: { type: 'button', 'data-testid': 'press-leave' }, text: t('press.bar.leave'), on: { click: () => o.onLeave() } }),
      ),
      this.roomSlot,
      this.caption,
      this.form,
      this.closing,
      h('section', { class: 'ticker', attrs: { 'aria-labelledby': 'ticker-h' } },
        h('h2', { id: 'ticker-h', text: t('press.ticker.heading') }),
        h('div', { attrs: { role: 'log', 'aria-live': 'polite' } }, this.ticker)),
    );
    this.closing.hidden = true;
    this.renderSpeak();

    const store = o.store;
    bind(o.life, store, (s) => s.vm.conference?.title ?? '', (title) => {
      const heading = this.root.querySelector('h1');
      if (heading) heading.textContent = title;
    });
    bind(o.life, store, (s) => s.vm.now, () => this.renderClock());
    bind(o.life, store, (s) => s.vm.phase, () => this.renderPause());
    bind(o.life, store, (s) => s.vm.reporters, (reporters) => this.renderTags(reporters));
    bind(o.life, store, (s) => s.vm.current?.key ?? null, () => this.renderQuestion());
    bind(o.life, store, (s) => s.vm.current?.status ?? null, () => this.renderQuestion());
    bind(o.life, store, (s) => s.vm.picking, () => this.renderQuestion());
    bind(o.life, store, (s) => s.vm.heat, (heat) => this.renderHeat(heat));
    bind(o.life, store, (s) => `${s.vm.questions.asked}/${s.vm.questions.total}/${s.vm.current?.role ?? ''}`, () => this.renderProgress());
    bind(o.life, store, (s) => s.vm.over || s.vm.phase === 'ended', () => this.renderClosing());
    bind(o.life, store, (s) => s.vm.asks, () => this.renderTicker());
    bind(o.life, store, (s) => s.vm.notes.at(-1)?.key ?? null, () => this.renderNote());
  }

  private toggleDictation(): void {
    if (!this.dictation) return;
    if (this.dictation.listening) {
      this.dictation.stop();
      return;
    }
    this.dictatedBase = this.text.value.trim();
    this.refusal.textContent = '';
    this.dictation.start();
  }

  /** Shows a problem the spokesperson should know about (at the top of the captions, read out at once). */
  problem(text: string): void {
    this.caption.prepend(h('p', { class: 'error', attrs: { role: 'alert', 'data-testid': 'press-problem' }, text }));
  }

  togglePause(): void {
    const s = this.o.store.getState();
    if (s.vm.phase === 'running') s.pause();
    else if (s.vm.phase === 'paused') s.resume();
  }

  focusAnswer(): void {
    if (!this.form.hidden) this.text.focus();
  }

  private renderSpeak(): void {
    const on = this.o.speak.on();
    this.speakBtn.setAttribute('aria-pressed', String(on));
    this.speakBtn.textContent = on ? this.o.tr.t('press.bar.speakOn') : this.o.tr.t('press.bar.speakOff');
  }

  private renderPause(): void {
    const { t } = this.o.tr;
    const phase = this.o.store.getState().vm.phase;
    this.pauseBtn.textContent = phase === 'paused' ? t('press.bar.resume') : t('press.bar.pause');
    this.pauseBtn.disabled = phase !== 'running' && phase !== 'paused';
    this.root.classList.toggle('paused', phase === 'paused');
  }

  private renderClock(): void {
    const { tr } = this.o;
    const vm = this.o.store.getState().vm;
    this.clock.textContent = wallClock(vm.startIso, vm.now, tr.locale);
    if (vm.picking?.by != null && vm.current === null) this.why.textContent = tr.t('press.caption.pickBy', { time: countdown(Math.max(0, vm.picking.by - vm.now), tr.locale) });
    const current = vm.current;
    if (!current || current.deadlineAt === null) {
      this.timer.textContent = '';
      this.timerBar.style.width = '0%';
      return;
    }
    const left = Math.max(0, current.deadlineAt - vm.now);
    const total = Math.max(1, current.deadlineAt - current.askedAt);
    const share = left / total;
    this.timer.textContent = tr.t('press.answer.timeLeft', { time: countdown(left, tr.locale) });
    this.timerBar.style.width = `${(share * 100).toFixed(1)}%`;
    this.form.classList.toggle('urgent', share <= URGENT_SHARE);
    // One spoken warning per question when time is short, for people who cannot see the bar.
    if (share <= URGENT_SHARE && this.warned !== current.key && current.status === 'open') {
      this.warned = current.key;
      this.o.announce(tr.t('press.answer.hurry', { time: countdown(left, tr.locale) }));
    }
  }

  private renderHeat(heat: number): void {
    const { t } = this.o.tr;
    const level = heat >= 0.5 ? 'hostile' : heat >= 0.2 ? 'restless' : 'calm';
    this.heat.textContent = t('press.bar.room', { mood: level });
    this.heatFill.style.width = `${Math.round(heat * 100)}%`;
    this.heat.dataset['level'] = level;
  }

  private renderProgress(): void {
    const { t } = this.o.tr;
    const vm = this.o.store.getState().vm;
    const { asked, total } = vm.questions;
    this.progress.textContent = vm.current?.role === 'opening' ? t('press.why.opening') : t('press.bar.progress', { asked, total });
  }

  private reporter(id: string | null): ReporterVM | undefined {
    return this.o.store.getState().vm.reporters.find((r) => r.id === id);
  }

  private renderTags(reporters: readonly ReporterVM[]): void {
    const { t } = this.o.tr;
    this.roomSlot.setAttribute('aria-label', t('press.room.label', { reporters: reporters.length, hands: reporters.filter((r) => r.hand === 'up').length }));
    const layout = roomLayout(reporters.length, this.o.tr.dir === 'rtl');
    replace(this.tags, ...reporters.map((r, i) => {
      const seat = layout.seats[i];
      const place = r.outlet !== null && r.country !== null ? t('press.reporter.outletCountry', { outlet: r.outlet, country: r.country }) : (r.outlet ?? r.country ?? '');
      return h('li', {
        class: `tag hand-${r.hand} stance-${r.stance}`,
        attrs: { 'data-testid': `reporter-${r.id}`, style: seat ? `left: ${(seat.x * 100).toFixed(2)}%; top: ${(seat.y * 100 + 9 * seat.scale).toFixed(2)}%` : null },
      },
        h('span', { class: 'name', text: r.name }),
        place ? h('span', { class: 'outlet', text: place }) : null,
        h('span', { class: 'state', text: t('press.hand', { hand: r.hand }) }),
        h('span', { class: 'sr-only', text: t('press.stance', { stance: r.stance }) }),
      );
    }));
  }

  private describeWhy(ask: AskVM): string {
    return whyAsked(this.o.tr, ask);
  }

  private renderQuestion(): void {
    const { t } = this.o.tr;
    const vm = this.o.store.getState().vm;
    const current = vm.current;
    this.form.hidden = current === null || vm.phase === 'ended';
    this.renderPick();
    if (!current) {
      const before = !vm.started;
      this.who.textContent = vm.picking ? t('press.caption.pick') : before ? t('press.caption.before') : vm.over ? t('press.caption.over') : t('press.caption.between');
      this.words.textContent = '';
      this.quoted.textContent = '';
      this.quoted.hidden = true;
      this.why.textContent = '';
      this.why.hidden = vm.picking === null;
      this.shownKey = null;
      return;
    }
    const r = this.reporter(current.reporter);
    this.who.textContent = current.role === 'opening'
      ? t('press.caption.opening')
      : !r && current.asker
        ? current.asker.outlet !== null ? t('press.caption.from', { name: current.asker.name, outlet: current.asker.outlet }) : current.asker.name
      : r
        ? r.outlet !== null ? t('press.caption.from', { name: r.name, outlet: r.outlet }) : r.name
        : t('press.caption.moderator');
    this.words.textContent = current.text;
    const quote = current.quote;
    this.quoted.hidden = !quote || quote.quote === '';
    this.quoted.textContent = quote && quote.quote !== '' ? t('press.caption.quoted', { time: quote.time, quote: quote.quote }) : '';
    this.why.textContent = this.describeWhy(current);
    this.why.hidden = this.why.textContent === '';
    this.caption.classList.toggle('follow-up', current.role === 'follow-up');
    if (this.shownKey !== current.key) {
      this.shownKey = current.key;
      this.option = null;
      this.text.value = '';
      this.refusal.textContent = '';
      this.quotePreview.textContent = '';
      this.dictation?.abort();
      this.renderOptions(current);
      this.send.disabled = false;
      this.text.disabled = false;
      queueMicrotask(() => {
        // The question is the one thing to answer: put the cursor in the answer box, unless the
        // spokesperson is using a control elsewhere (they may be reading a reporter's card).
        const active = document.activeElement;
        const control = active instanceof HTMLButtonElement || active instanceof HTMLInputElement || active instanceof HTMLSelectElement || active instanceof HTMLTextAreaElement || active instanceof HTMLAnchorElement;
        if (!control || this.form.contains(active)) this.text.focus({ preventScroll: true });
      });
    }
    const waiting = current.status === 'awaiting-approval';
    this.send.disabled = waiting;
    this.text.disabled = waiting;
    if (waiting) this.refusal.textContent = t('press.answer.awaiting');
  }

  /** Buttons to call on each reporter whose hand is up, when the room waits for the spokesperson. */
  private renderPick(): void {
    const { t } = this.o.tr;
    const vm = this.o.store.getState().vm;
    const picking = vm.picking;
    this.pickRow.hidden = picking === null;
    if (!picking) {
      this.pickRow.replaceChildren();
      return;
    }
    const buttons = picking.hands.map((id) => {
      const r = vm.reporters.find((x) => x.id === id);
      const name = r?.name ?? id;
      return h('button', {
        class: 'btn small',
        attrs: { type: 'button', 'data-testid': `call-on-${id}`, 'aria-label': t('press.reporter.call', { name }) },
        on: { click: () => this.call(id) },
      }, h('span', { class: 'name', text: name }), r?.outlet ? h('span', { class: 'outlet', text: r.outlet }) : null);
    });
    replace(this.pickRow, ...buttons);
    const active = document.activeElement;
    if (buttons[0] && (active === null || active === document.body || this.form.contains(active) || this.closing.contains(active))) buttons[0].focus({ preventScroll: true });
  }

  private call(journalist: string): void {
    const { tr } = this;
    const refusal = this.o.store.getState().pick(journalist);
    if (refusal) this.o.announce(tr.t('press.answer.refused', { reason: tr.has(refusal.code) ? tr.render(refusal) : refusal.code }), true);
  }

  private get tr(): Translator {
    return this.o.tr;
  }

  private renderPreview(): void {
    const { t } = this.o.tr;
    const current = this.o.store.getState().vm.current;
    const text = this.text.value.trim();
    const quote = current && text !== '' ? this.o.preview(text, current) : null;
    if (!quote) {
      this.quotePreview.textContent = '';
      return;
    }
    this.quotePreview.textContent = quote.outOfContext
      ? `${t('press.answer.wouldQuote', { sentence: quote.sentence })} ${t('press.answer.outOfContext', { words: quote.words, index: quote.index, sentences: quote.sentences })}`
      : t('press.answer.wouldQuote', { sentence: quote.sentence });
    this.quotePreview.classList.toggle('warn', quote.outOfContext);
  }

  private renderOptions(current: AskVM | null): void {
    const options = current?.options ?? [];
    replace(this.options, ...options.map((opt, i) => h('button', {
      class: 'chip',
      attrs: { type: 'button', 'aria-pressed': String(this.option === opt.id), 'data-testid': `answer-option-${opt.id}`, title: opt.text },
      text: `${i + 1}. ${opt.label}`,
      on: { click: () => this.useOption(opt.id) },
    })));
    const row = this.options.parentElement;
    if (row) row.hidden = options.length === 0;
  }

  private useOption(id: string): void {
    const current = this.o.store.getState().vm.current;
    const opt = current?.options.find((o) => o.id === id);
    if (!current || !opt) return;
    this.option = id;
    this.text.value = opt.text;
    this.renderOptions(current);
    this.renderPreview();
    this.text.focus();
  }

  private submit(): void {
    const { t } = this.o.tr;
    const text = this.text.value.trim();
    const current = this.o.store.getState().vm.current;
    if (!current) return;
    if (this.option === null && text === '') {
      this.refusal.textContent = t('press.answer.empty');
      this.o.announce(this.refusal.textContent, true);
      return;
    }
    if (this.option === null && !current.freeText) {
      this.refusal.textContent = t('press.answer.optionsOnly');
      this.o.announce(this.refusal.textContent, true);
      return;
    }
    this.dictation?.abort();
    const outcome = this.o.store.getState().answer({ option: this.option, text });
    if (outcome === null) return;
    const reason = outcome === 'no-question' ? t('press.answer.noQuestion') : this.o.tr.has(outcome.code) ? this.o.tr.render(outcome) : outcome.code;
    this.refusal.textContent = t('press.answer.refused', { reason });
    this.o.announce(this.refusal.textContent, true);
  }

  private renderClosing(): void {
    const { t } = this.o.tr;
    const vm = this.o.store.getState().vm;
    const closed = vm.over || vm.phase === 'ended';
    this.closing.hidden = !closed;
    if (!closed) return;
    const answered = vm.asks.filter((a) => a.status === 'answered').length;
    replace(this.closing,
      h('h2', { id: 'press-closed-h', text: t('press.closed.heading') }),
      h('p', { text: t('press.closed.summary', { answered, asked: vm.asks.length }) }),
      h('button', { class: 'btn primary', attrs: { type: 'button', 'data-testid': 'to-debrief', 'data-autofocus': true }, text: t('press.closed.debrief'), on: { click: () => this.o.onDebrief() } }),
    );
    this.closing.querySelector<HTMLElement>('[data-testid="to-debrief"]')?.focus();
    this.o.announce(t('press.closed.heading'));
  }

  /** The latest note passed to the podium: what it says, and who sent it. */
  private renderNote(): void {
    const { t } = this.o.tr;
    const note = this.o.store.getState().vm.notes.at(-1);
    this.note.hidden = note === undefined;
    if (!note) return;
    replace(this.note,
      h('span', { class: 'lbl', text: note.title ?? t('press.note.heading') }),
      note.from !== null ? h('span', { class: 'from', text: note.from }) : null,
      h('p', { text: note.text }));
  }

  private renderTicker(): void {
    const { t } = this.o.tr;
    const lines = this.o.headlines(this.o.store.getState().vm);
    if (lines.length === 0) {
      replace(this.ticker, h('li', { class: 'muted', text: t('press.ticker.empty') }));
      return;
    }
    replace(this.ticker, ...lines.map((l) => h('li', { class: `tone-${l.tone}`, attrs: { 'data-testid': `headline-${l.key}` } },
      l.outlet !== null ? h('span', { class: 'outlet', text: l.outlet }) : null,
      h('span', { class: 'headline', text: l.text }))));
  }
}

