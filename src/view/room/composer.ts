/**
 * The composer: a real form in the DOM (text entry, screen readers, spell-check). Choose the channel
 * and audience, start from a prepared answer or a key message, write or edit freely, and see what
 * the analyser reads in it as you type (debounced); then publish, or send for sign-off when the
 * approval protocol asks for it.
 */
import type { Translator } from '../../i18n/index.ts';
import type { Annotation, Channel } from '../../state/room/engine-api.ts';
import type { RoomRefusal, RoomStore } from '../../state/room/room-store.ts';
import type { ScenarioInfo } from '../../state/room/scenario-info.ts';
import type { CardVM } from '../../state/room/view-model.ts';
import { h, replace } from '../dom/h.ts';
import type { Lifetime } from '../lifetime.ts';

const ANALYSE_AFTER_MS = 350;

export interface ComposerOptions {
  readonly store: RoomStore;
  readonly info: ScenarioInfo;
  readonly tr: Translator;
  readonly life: Lifetime;
  readonly announce: (text: string, urgent?: boolean) => void;
  /** The keyboard shortcuts line (a seat has no time controls, so fewer keys). */
  readonly shortcuts: string;
}

export class Composer {
  readonly root: HTMLFormElement;
  onOpenChange: (open: boolean) => void = () => undefined;
  private readonly o: ComposerOptions;
  private card: CardVM | null = null;
  private option: string | null = null;
  private audienceTouched = false;
  private timer: number | undefined;
  private sending = false;

  private readonly context = h('p', { class: 'context', attrs: { 'data-testid': 'composer-context' } });
  private readonly channel: HTMLSelectElement;
  private readonly audience = h('fieldset', { attrs: { 'data-testid': 'audience' } });
  private readonly options = h('div', { class: 'chips', attrs: { role: 'group', 'data-testid': 'composer-options' } });
  private readonly messages = h('div', { class: 'chips', attrs: { role: 'group' } });
  private readonly text = h('textarea', { id: 'statement-text', attrs: { 'data-testid': 'statement-text', rows: 4, spellcheck: 'true', 'aria-keyshortcuts': 'C' } });
  private readonly analysis = h('section', { class: 'analysis', attrs: { 'data-testid': 'analysis', 'aria-live': 'polite' } });
  private readonly approval = h('span', { class: 'approval', attrs: { 'data-testid': 'approval-needed' } });
  private readonly submit = h('button', { class: 'btn primary', attrs: { type: 'submit', 'data-testid': 'publish' } });
  private readonly refusal = h('p', { class: 'refusal', attrs: { role: 'alert', 'data-testid': 'refusal' } });
  private readonly optionsWrap: HTMLElement;

  constructor(o: ComposerOptions) {
    this.o = o;
    const { t } = o.tr;
    this.channel = h('select', { id: 'statement-channel', attrs: { 'data-testid': 'statement-channel' }, on: { change: () => this.channelChanged() } },
      ...o.info.channels.map((c) => h('option', { attrs: { value: c }, text: t(`ui.channel.${c}`) })));
    this.text.placeholder = t('ui.composer.placeholder');
    this.text.addEventListener('input', () => {
      if (this.option !== null) this.option = null;
      this.renderOptions();
      this.scheduleAnalysis();
      o.store.getState().drafting(this.card?.inject ?? null, this.text.value.trim() !== '');
    });
    // Ctrl+Enter (Cmd+Enter) sends from the text box, so a keyboard user need not tab to the button.
    this.text.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        this.send();
      }
    });
    o.life.add(() => window.clearTimeout(this.timer));
    this.optionsWrap = h('div', { class: 'row' }, h('span', { class: 'hint', text: t('ui.composer.startFrom') }), this.options);
    this.options.setAttribute('aria-label', t('ui.composer.startFrom'));
    this.messages.setAttribute('aria-label', t('ui.composer.keyMessages'));
    this.root = h('form', { class: 'composer collapsed', attrs: { 'data-testid': 'composer', 'aria-labelledby': 'composer-h' }, on: { submit: (e) => { e.preventDefault(); this.send(); } } },
      h('div', { class: 'opener' },
        h('button', { class: 'btn', attrs: { type: 'button', 'data-testid': 'new-statement', 'aria-keyshortcuts': 'C' }, text: t('ui.composer.newStatement'), on: { click: () => this.focus() } }),
        h('span', { class: 'hint', text: o.shortcuts })),
      this.context,
      h('div', { class: 'row' },
        h('label', { attrs: { for: 'statement-channel' }, text: t('ui.composer.channel') }), this.channel,
        h('details', {}, h('summary', { text: t('ui.composer.audience') }), this.audience),
      ),
      this.optionsWrap,
      h('details', { class: 'km' }, h('summary', { text: t('ui.composer.keyMessages') }), this.messages),
      h('label', { class: 'sr-only', attrs: { for: 'statement-text' }, text: t('ui.composer.text') }),
      this.text,
      this.analysis,
      this.refusal,
      h('div', { class: 'submit' },
        this.approval,
        h('div', { class: 'row' },
          h('button', { class: 'btn ghost', attrs: { type: 'button', 'data-testid': 'composer-cancel' }, text: t('ui.composer.cancel'), on: { click: () => this.reset() } }),
          this.submit),
      ),
    );
    for (const km of o.info.keyMessages) {
      this.messages.append(h('button', {
        class: 'chip',
        attrs: { type: 'button', title: km.text, 'data-testid': `key-message-${km.id}`, 'aria-label': t('ui.composer.insert', { text: km.text }) },
        text: km.text,
        on: { click: () => this.insert(km.text) },
      }));
    }
    this.reset();
  }

  /** Opens the composer to answer a card, optionally starting from one of its prepared answers. */
  replyTo(card: CardVM, option: string | null = null): void {
    this.card = card;
    this.option = null;
    this.text.value = '';
    this.setChannel(card.replyChannel);
    this.renderContext();
    if (option !== null) this.useOption(option);
    else this.renderOptions();
    this.analyseNow();
    this.setOpen(true);
    this.text.focus();
  }

  focus(): void {
    this.setOpen(true);
    this.text.focus();
  }

  private setOpen(open: boolean): void {
    this.root.classList.toggle('collapsed', !open);
    this.onOpenChange(open);
  }

  reset(): void {
    if (this.text.value.trim() !== '') this.o.store.getState().drafting(this.card?.inject ?? null, false);
    this.card = null;
    this.option = null;
    this.text.value = '';
    this.refusal.textContent = '';
    this.setChannel(this.o.info.channels.includes('press-release') ? 'press-release' : (this.o.info.channels[0] ?? 'press-release'));
    this.renderContext();
    this.renderOptions();
    this.analyseNow();
    this.setOpen(false);
  }

  private renderContext(): void {
    const { t } = this.o.tr;
    this.context.textContent = this.card ? t('ui.composer.replyTo', { title: this.card.title ?? this.card.subject ?? this.card.inject }) : t('ui.composer.unprompted');
  }

  private renderOptions(): void {
    const { t } = this.o.tr;
    const options = this.card?.options ?? [];
    this.optionsWrap.hidden = options.length === 0;
    replace(this.options, ...options.map((opt) => h('button', {
      class: 'chip',
      attrs: { type: 'button', 'aria-pressed': String(this.option === opt.id), 'data-testid': `option-${opt.id}`, title: opt.text },
      text: opt.label,
      on: { click: () => this.useOption(opt.id) },
    })));
    this.submit.textContent = this.needs().length > 0 ? t('ui.composer.sendForApproval') : t('ui.composer.publish');
  }

  private useOption(id: string): void {
    const opt = this.card?.options.find((o) => o.id === id);
    if (!opt) return;
    this.option = id;
    this.text.value = opt.text;
    this.setChannel(opt.channel);
    this.renderOptions();
    this.analyseNow();
  }

  private insert(text: string): void {
    const el = this.text;
    const start = el.selectionStart;
    const before = el.value.slice(0, start);
    const sep = before === '' || before.endsWith(' ') || before.endsWith('\n') ? '' : ' ';
    el.value = `${before}${sep}${text} ${el.value.slice(el.selectionEnd)}`;
    this.option = null;
    this.renderOptions();
    this.scheduleAnalysis();
    this.setOpen(true);
    el.focus();
  }

  private setChannel(channel: Channel): void {
    if (![...this.channel.options].some((o) => o.value === channel)) this.channel.append(h('option', { attrs: { value: channel }, text: this.o.tr.t(`ui.channel.${channel}`) }));
    this.channel.value = channel;
    this.audienceTouched = false;
    this.renderAudience();
    this.renderApproval();
  }

  private channelChanged(): void {
    // A prepared answer is tied to its channel; changing channel makes the words the trainee's own.
    this.option = null;
    this.audienceTouched = false;
    this.renderOptions();
    this.renderAudience();
    this.renderApproval();
  }

  private renderAudience(): void {
    const channel = this.channel.value as Channel;
    replace(this.audience, h('legend', { class: 'sr-only', text: this.o.tr.t('ui.composer.audience') }), ...this.o.info.stakeholders.map((sh) => h('label', {},
      h('input', { attrs: { type: 'checkbox', value: sh.id, checked: sh.reachedBy.includes(channel), 'data-testid': `audience-${sh.id}` }, on: { change: () => (this.audienceTouched = true) } }),
      sh.name)));
  }

  private needs(): readonly { name: string; ms: number }[] {
    return this.o.info.approvals[this.channel.value as Channel] ?? [];
  }

  private renderApproval(): void {
    const { tr } = this.o;
    const needs = this.needs();
    this.approval.textContent = needs.length > 0
      ? tr.t('ui.composer.needsApproval', { seats: tr.format.list(needs.map((n) => (this.o.info.simulatedApprovers ? `${n.name} (${tr.format.duration(n.ms)})` : n.name))) })
      : tr.t('ui.composer.noApproval');
    this.submit.textContent = needs.length > 0 ? tr.t('ui.composer.sendForApproval') : tr.t('ui.composer.publish');
  }

  private scheduleAnalysis(): void {
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => this.analyseNow(), ANALYSE_AFTER_MS);
  }

  private analyseNow(): void {
    window.clearTimeout(this.timer);
    const { tr } = this.o;
    const { t } = tr;
    const text = this.text.value;
    const heading = h('h3', { text: t('ui.composer.analysis') });
    if (text.trim() === '') {
      replace(this.analysis, heading, h('p', { class: 'muted', text: t('ui.composer.analysisEmpty') }));
      return;
    }
    const a: Annotation | null = this.o.store.getState().analyse(text);
    if (!a) {
      replace(this.analysis, heading, h('p', { class: 'muted', text: t('ui.composer.analysisOff') }));
      return;
    }
    const label = (fact: string): string => this.o.info.factLabels[fact] ?? fact;
    const kmText = (id: string): string => this.o.info.keyMessages.find((k) => k.id === id)?.text ?? id;
    const list = (title: string, items: readonly HTMLElement[]): HTMLElement | null => (items.length === 0 ? null : h('div', {}, h('h3', { text: title }), h('ul', {}, ...items)));
    replace(this.analysis,
      heading,
      h('div', { class: 'grid' },
        list(t('ui.composer.asserting'), a.claims.map((c) => h('li', { class: 'claim', attrs: { 'data-testid': `claim-${c.fact}` }, text: c.value === 'unknown' ? t('ui.composer.claimUnknown', { fact: label(c.fact) }) : t('ui.composer.claim', { fact: label(c.fact), value: String(c.value) }) }))),
        list(t('ui.composer.messagesUsed'), a.keyMessages.map((k) => h('li', { class: 'good', text: kmText(k.id) }))),
        list(t('ui.composer.empathyFound'), a.empathy.map((e) => h('li', { class: 'good', text: t(`ui.empathy.${e.element}`) }))),
        list(t('ui.composer.penaltiesFound'), a.penalties.map((p) => h('li', { class: 'bad', attrs: { title: p.quote }, text: t(`ui.penalty.${p.kind}`) }))),
      ),
      h('p', { class: 'muted' }, [
        a.posture ? t('ui.composer.posture', { posture: t(`ui.posture.${a.posture.value}`) }) : null,
        a.readability ? t('ui.composer.readability', { grade: a.readability.grade }) : null,
        t('ui.composer.words', { count: a.words }),
      ].filter((x): x is string => x !== null).join(' · ')),
    );
  }

  private send(): void {
    const { tr } = this.o;
    if (this.sending) return;
    const text = this.text.value.trim();
    if (this.option === null && text === '') {
      this.refusal.textContent = tr.t('ui.composer.empty');
      return;
    }
    const audience = this.audienceTouched ? [...this.audience.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value) : [];
    const answer = this.o.store.getState().submit({ inject: this.card?.inject ?? null, option: this.option, text, channel: this.channel.value as Channel, audience });
    if (!(answer instanceof Promise)) {
      this.settle(answer);
      return;
    }
    // In a team session the server decides: the draft stays on screen, unchangeable, until it answers.
    this.sending = true;
    this.submit.disabled = true;
    this.text.readOnly = true;
    void answer.then((refusal) => {
      this.sending = false;
      this.submit.disabled = false;
      this.text.readOnly = false;
      this.settle(refusal);
    });
  }

  private settle(refusal: RoomRefusal | null): void {
    const { tr } = this.o;
    if (refusal) {
      const reason = tr.has(refusal.code) ? tr.render(refusal) : refusal.code;
      this.refusal.textContent = tr.t('ui.composer.refused', { reason });
      this.o.announce(this.refusal.textContent, true);
      return;
    }
    this.reset();
  }
}
