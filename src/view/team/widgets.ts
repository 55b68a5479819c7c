/**
 * Pieces both team screens use: the team channel, the hot-wash form, refusals in words, and the
 * connection kept across reloads. Every word a participant typed is set as text, never as HTML.
 */
import type { Translator } from '../../i18n/index.ts';
import type { Reply, TeamClient } from '../../net/team-client.ts';
import { textIn, type CompiledScenario } from '../../format/index.ts';
import { serverRefusal } from '../../state/room/server-refusal.ts';
import { h, replace } from '../dom/h.ts';

/** Seat tokens and facilitator keys are kept per session in this browser, so a reload rejoins. */
export const SEAT_KEY = 'crisis-room.team.seat';
export const FACILITATOR_KEY = 'crisis-room.team.facilitator';

export interface Remembered {
  readonly sessionId: string;
  readonly secret: string;
  readonly title: string;
  readonly seat: string | null;
}

export function remember(key: string, value: Remembered): void {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Private browsing: the seat still works until the page closes.
  }
}

export function recall(key: string): Remembered | null {
  try {
    const parsed = JSON.parse(localStorage.getItem(key) ?? 'null') as Partial<Remembered> | null;
    if (parsed && typeof parsed.sessionId === 'string' && typeof parsed.secret === 'string' && typeof parsed.title === 'string') {
      return { sessionId: parsed.sessionId, secret: parsed.secret, title: parsed.title, seat: typeof parsed.seat === 'string' ? parsed.seat : null };
    }
  } catch {
    // A damaged entry is ignored.
  }
  return null;
}

/** The server's base URL: the page is served by the session server itself. */
export const serverBase = (): string => `${location.protocol}//${location.host}/`;

/** An HTTP answer's error code (`seat-taken`, `unknown-code`, …) in words from the catalogue; an unknown one is quoted. */
export function httpErrorText(tr: Translator, code: string): string {
  const key = `team.http.${code}`;
  // Every team.http.* message takes no parameters, so any of them can be called like this one.
  return tr.has(key) ? tr.t(key as 'team.http.internal') : tr.t('team.join.error', { code });
}

/** A server's refusal in words from the catalogue (the engine's refusal, or the server's own code). */
export function refusalText(tr: Translator, reply: Reply): string | null {
  if (reply.ok) return null;
  const refusal = serverRefusal(reply.error);
  return tr.t('team.refused', { code: tr.has(refusal.code) ? tr.render(refusal) : refusal.code });
}

export function text(scenario: CompiledScenario, doc: Parameters<typeof textIn>[0] | null): string {
  return doc === null ? '' : textIn(doc, scenario.language, scenario.language);
}

export function clock(ms: number): string {
  const s = Math.floor(ms / 1000);
  const hh = Math.floor(s / 3600);
  const mm = Math.floor((s % 3600) / 60);
  const ss = s % 60;
  return `${hh}:${String(mm).padStart(2, '0')}:${String(ss).padStart(2, '0')}`;
}

/** The team channel: the lines so far and a box to add one. Returns a function that redraws it. */
export function chatPanel(tr: Translator, client: TeamClient, status: HTMLElement): { panel: HTMLElement; redraw: () => void } {
  const list = h('ol', { class: 'chat-lines', attrs: { 'data-testid': 'chat-lines', 'aria-live': 'polite' } });
  const input = h('input', { attrs: { type: 'text', maxlength: 2000, 'data-testid': 'chat-input', 'aria-label': tr.t('team.chat.say') } });
  const form = h('form', {
    class: 'row chat-form',
    on: {
      submit: (e) => {
        e.preventDefault();
        const value = input.value.trim();
        if (!value) return;
        void client.say(value).then((reply) => {
          status.textContent = refusalText(tr, reply) ?? '';
          if (reply.ok) input.value = '';
        });
      },
    },
  }, input, h('button', { class: 'btn small', attrs: { type: 'submit', 'data-testid': 'chat-send' }, text: tr.t('team.chat.send') }));
  const redraw = (): void => replace(list, ...client.chat.map((l) => h('li', {}, h('strong', { text: `${l.name ?? l.from}: ` }), l.text)));
  redraw();
  return { panel: h('section', { class: 'panel team-form' }, h('h2', { text: tr.t('team.chat.heading') }), list, form), redraw };
}
