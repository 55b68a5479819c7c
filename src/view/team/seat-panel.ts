/**
 * What a team adds to the crisis room for one seat: drafts waiting for this seat's sign-off
 * (approve, or send back with a comment), every draft out for sign-off with who holds it and who
 * must still sign, who is here and who is writing an answer to what, the team channel, and the hot
 * wash once the facilitator opens it. Everything people wrote is set as text, never as HTML.
 */
import type { Translator } from '../../i18n/index.ts';
import type { RoomRefusal } from '../../state/room/room-store.ts';
import type { TeamDraftVM, TeamStore } from '../../state/room/team-store.ts';
import { wallClock } from '../../state/room/time.ts';
import { download } from '../dom/download.ts';
import { h, replace } from '../dom/h.ts';
import { bind, type Lifetime } from '../lifetime.ts';

export interface SeatPanelOptions {
  readonly team: TeamStore;
  readonly tr: Translator;
  readonly life: Lifetime;
  readonly announce: (text: string, urgent?: boolean) => void;
  readonly leave: () => void;
}

export function refusalWords(tr: Translator, refusal: RoomRefusal): string {
  return tr.t('team.refused', { code: tr.has(refusal.code) ? tr.render(refusal) : refusal.code });
}

export function seatPanel(o: SeatPanelOptions): HTMLElement {
  const { tr, team } = o;
  const { t } = tr;
  const error = h('p', { class: 'refusal', attrs: { role: 'alert', 'data-testid': 'team-error' } });
  const you = h('p', { class: 'hint', attrs: { 'data-testid': 'seat-heading' } });
  const phase = h('p', { class: 'hint', attrs: { 'data-testid': 'seat-phase', 'aria-live': 'polite' } });
  const toSign = h('ul', { class: 'team-list', attrs: { 'data-testid': 'seat-approve' } });
  const drafts = h('ul', { class: 'team-list', attrs: { 'data-testid': 'team-drafts' } });
  const present = h('ul', { class: 'team-present', attrs: { 'data-testid': 'team-present' } });
  const typing = h('p', { class: 'hint', attrs: { 'data-testid': 'seat-typing', 'aria-live': 'off' } });
  const chatLines = h('ol', { class: 'chat-lines', attrs: { 'data-testid': 'chat-lines', 'aria-live': 'polite' } });
  const chatInput = h('input', { attrs: { type: 'text', maxlength: 2000, 'data-testid': 'chat-input', 'aria-label': t('team.chat.say') } });
  const hotWash = h('div', {});

  const show = (refusal: RoomRefusal | null): void => {
    error.textContent = refusal ? refusalWords(tr, refusal) : '';
    if (refusal) o.announce(error.textContent, true);
  };
  // Redrawing a list under someone typing a comment would lose it: each row is kept while its draft is.
  const rows = new Map<string, HTMLElement>();
  const signRow = (d: TeamDraftVM): HTMLElement => {
    // A box of its own line, two lines high: in the narrow team column a one-line box cut its own placeholder short.
    const comment = h('textarea', { attrs: { rows: 2, maxlength: 2000, 'data-testid': `reason-${d.id}`, 'aria-label': t('team.room.comment'), placeholder: t('team.room.comment') } });
    const approve = h('button', { class: 'btn small primary', attrs: { type: 'button', 'data-testid': `approve-${d.id}` }, text: t('team.seat.approve') });
    const reject = h('button', { class: 'btn small', attrs: { type: 'button', 'data-testid': `reject-${d.id}` }, text: t('team.seat.reject') });
    const busy = (on: boolean): void => {
      approve.disabled = on;
      reject.disabled = on;
    };
    approve.addEventListener('click', () => {
      busy(true);
      void team.getState().approve(d.id).then((r) => {
        busy(false);
        show(r);
      });
    });
    reject.addEventListener('click', () => {
      if (comment.value.trim() === '') {
        comment.focus();
        return;
      }
      busy(true);
      void team.getState().reject(d.id, comment.value.trim()).then((r) => {
        busy(false);
        show(r);
      });
    });
    return h('li', { class: 'sign', attrs: { 'data-testid': `approve-item-${d.id}` } },
      h('strong', { text: t('team.room.draftBy', { seat: d.seatName, channel: t(`ui.channel.${d.channel}`), time: wallClock(team.getState().team.startIso, d.submittedAt, tr.locale) }) }),
      d.answers !== null ? h('small', { text: t('team.room.answers', { title: d.answers }) }) : null,
      h('blockquote', { text: d.text }),
      comment,
      h('div', { class: 'row' }, approve, reject));
  };
  const who = (list: readonly { readonly name: string }[]): string => tr.format.list(list.map((x) => x.name));

  bind(o.life, team, (s) => s.team.toSign, (list) => {
    for (const id of [...rows.keys()]) if (!list.some((d) => d.id === id)) rows.delete(id);
    const items = list.map((d) => {
      const row = rows.get(d.id) ?? signRow(d);
      rows.set(d.id, row);
      return row;
    });
    replace(toSign, ...(items.length > 0 ? items : [h('li', { class: 'hint', text: t('team.room.nothingToSign') })]));
  });
  bind(o.life, team, (s) => s.team.drafts, (list) => {
    replace(drafts, ...(list.length === 0
      ? [h('li', { class: 'hint', text: t('team.room.noDrafts') })]
      : list.map((d) => h('li', { class: d.mine ? 'mine' : '', attrs: { 'data-testid': `draft-${d.id}` } },
        h('strong', { text: t('team.room.draftBy', { seat: d.mine ? `${d.seatName} (${t('team.room.yourDraft')})` : d.seatName, channel: t(`ui.channel.${d.channel}`), time: wallClock(team.getState().team.startIso, d.submittedAt, tr.locale) }) }),
        d.answers !== null ? h('small', { text: t('team.room.answers', { title: d.answers }) }) : null,
        h('span', { class: 'waiting', text: t('team.room.waitingFor', { seats: who(d.waitingFor) }) }),
        d.signedBy.length > 0 ? h('span', { class: 'signed', text: t('team.room.signedBy', { seats: who(d.signedBy) }) }) : null))));
  });
  bind(o.life, team, (s) => s.team.sentBack, (list, before) => {
    if (list.length > before.length && list[0]) o.announce(t('team.room.sentBack', { seat: list[0].seatName, channel: t(`ui.channel.${list[0].channel}`), reason: list[0].reason }), true);
    for (const el of drafts.querySelectorAll('.sent-back')) el.remove();
    drafts.append(...list.slice(0, 3).map((r) => h('li', { class: 'sent-back', attrs: { 'data-testid': `sent-back-${r.id}` }, text: t('team.room.sentBack', { seat: r.seatName, channel: t(`ui.channel.${r.channel}`), reason: r.reason }) })));
  });
  bind(o.life, team, (s) => s.team.present, (list) => replace(present, ...list.map((p) => h('li', {
    class: p.names.length > 0 ? 'here' : 'away',
    text: p.names.length > 0 ? t('team.room.seatHolders', { seat: p.seatName, names: tr.format.list(p.names) }) : t('team.room.seatEmpty', { seat: p.seatName }),
  }))));
  bind(o.life, team, (s) => s.team.typing, (list) => {
    typing.textContent = list.map((x) => (x.answers !== null ? t('team.room.typingAnswer', { seat: x.seatName, title: x.answers }) : t('team.room.typingStatement', { seat: x.seatName }))).join(' · ');
  });
  bind(o.life, team, (s) => s.team.chat, (lines) => {
    replace(chatLines, ...lines.slice(-50).map((l) => h('li', {}, h('strong', { text: `${l.name ?? l.from}: ` }), l.text)));
    chatLines.scrollTop = chatLines.scrollHeight;
  });
  bind(o.life, team, (s) => `${s.team.phase}|${String(s.team.connected)}`, () => {
    const { team: vm } = team.getState();
    phase.textContent = !vm.connected ? t('team.room.disconnected') : vm.phase === 'briefing' ? t('team.room.waitingToStart') : vm.phase === 'ended' ? t('team.room.ended') : '';
    phase.hidden = phase.textContent === '';
  });
  bind(o.life, team, (s) => s.team.hotWashOpen, (open) => {
    if (!open || hotWash.childElementCount > 0) return;
    hotWash.append(hotWashForm(team, tr));
  });
  bind(o.life, team, (s) => s.error, (e) => show(e));
  const { team: vm } = team.getState();
  you.textContent = t('team.room.you', { seat: vm.seatName, name: vm.name ?? '' });

  const chatForm = h('form', {
    class: 'row chat-form',
    on: {
      submit: (e) => {
        e.preventDefault();
        const value = chatInput.value.trim();
        if (!value) return;
        void team.getState().say(value).then((r) => {
          if (r === null) chatInput.value = '';
        });
      },
    },
  }, chatInput, h('button', { class: 'btn small', attrs: { type: 'submit', 'data-testid': 'chat-send' }, text: t('team.chat.send') }));

  return h('section', { class: 'box team-panel scroll', attrs: { 'aria-labelledby': 'team-h', 'data-testid': 'team-panel' } },
    h('h2', { id: 'team-h' }, t('team.room.heading'),
      h('button', { class: 'btn ghost small leave', attrs: { type: 'button', 'data-testid': 'team-leave' }, text: `‹ ${t('ui.common.back')}`, on: { click: () => o.leave() } })),
    you, phase, error,
    hotWash,
    h('h3', { text: t('team.room.toSign') }), toSign,
    h('h3', { text: t('team.room.drafts') }), drafts,
    h('h3', { text: t('team.room.present') }), present, typing,
    h('h3', { text: t('team.chat.heading') }), chatLines, chatForm,
  );
}

/** The hot wash for the debrief: a line saying it is to come, then the form once the facilitator opens it. */
export function hotWashSlot(team: TeamStore, tr: Translator, life: Lifetime): HTMLElement {
  const slot = h('div', {}, h('p', { class: 'hint', attrs: { 'data-testid': 'hotwash-waiting' }, text: tr.t('team.debrief.hotWashWaiting') }));
  bind(life, team, (s) => s.team.hotWashOpen, (open) => {
    if (open && slot.querySelector('form') === null) replace(slot, hotWashForm(team, tr, false));
  });
  return slot;
}

/** The session's report in a seat's debrief: a line saying the facilitator will hand it out, then a download button. */
export function reportSlot(team: TeamStore, tr: Translator, life: Lifetime, fileName: string): HTMLElement {
  const slot = h('div', { attrs: { 'data-testid': 'debrief-report' } }, h('p', { class: 'hint', attrs: { 'data-testid': 'report-waiting' }, text: tr.t('team.debrief.report') }));
  bind(life, team, (s) => s.team.reportShared, (shared) => {
    if (!shared || slot.querySelector('button') !== null) return;
    const status = h('p', { class: 'hint', attrs: { role: 'status' } });
    const button = h('button', {
      class: 'btn primary small',
      attrs: { 'data-testid': 'report-download' },
      text: tr.t('team.debrief.downloadReport'),
      on: {
        click: () => {
          button.disabled = true;
          status.textContent = '';
          void team.getState().report().then((got) => {
            button.disabled = false;
            if ('html' in got) download(fileName, 'text/html', got.html);
            else status.textContent = tr.render(got);
          });
        },
      },
    });
    replace(slot, h('p', { class: 'hint', text: tr.t('team.debrief.reportShared') }), button, status);
  });
  return slot;
}

function hotWashForm(team: TeamStore, tr: Translator, heading = true): HTMLElement {
  const wentWell = h('textarea', { attrs: { maxlength: 4000, rows: 3, 'data-testid': 'hotwash-well', 'aria-label': tr.t('team.hotwash.wentWell') } });
  const improve = h('textarea', { attrs: { maxlength: 4000, rows: 3, 'data-testid': 'hotwash-improve', 'aria-label': tr.t('team.hotwash.improve') } });
  const done = h('p', { class: 'hint', attrs: { role: 'status' } });
  return h('form', {
    class: 'hotwash',
    attrs: { 'data-testid': 'hotwash' },
    on: {
      submit: (e) => {
        e.preventDefault();
        void team.getState().hotWash({ wentWell: wentWell.value, improve: improve.value }).then((r) => {
          done.textContent = r === null ? tr.t('team.hotwash.thanks') : '';
        });
      },
    },
  },
  heading ? h('h3', { text: tr.t('team.hotwash.heading') }) : null,
  h('label', { text: tr.t('team.hotwash.wentWell') }), wentWell,
  h('label', { text: tr.t('team.hotwash.improve') }), improve,
  h('button', { class: 'btn primary small', attrs: { type: 'submit', 'data-testid': 'hotwash-send' }, text: tr.t('team.hotwash.send') }),
  done);
}
