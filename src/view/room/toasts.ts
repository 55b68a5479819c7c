/**
 * The words of the room's toasts. In solo play every statement is the player's own. In a team drill
 * the same events reach every seat, so a toast about another seat's statement names that seat
 * ("Head of Communications published: Website") instead of reading as if this seat had done it, and
 * a draft waiting for this seat's sign-off says so. Pure, so tests check it without a browser.
 */
import type { Translator } from '../../i18n/index.ts';
import type { Toast } from './sounds.ts';

export type ToastTone = 'good' | 'bad' | 'warn' | 'info';

export interface ToastContext {
  /** This page's seat in a team drill; null in solo play, where everything is the player's own. */
  readonly seat: string | null;
  readonly seatName: (seat: string) => string;
  readonly rumourClaim: (rumour: string) => string;
}

export function toastWords(toast: Toast, tr: Translator, ctx: ToastContext): { readonly text: string; readonly tone: ToastTone } {
  const { t, format } = tr;
  // Unknown authorship (a statement this page never saw) reads as before rather than naming a guess.
  const mine = (by: string | undefined): boolean => ctx.seat === null || by === undefined || by === ctx.seat;
  const title = (c: { title: string | null; subject: string | null; inject: string }): string => c.title ?? c.subject ?? c.inject;
  const channel = (c: string): string => t(`ui.channel.${c as 'email'}`);
  switch (toast.kind) {
    case 'arrived': {
      const card = toast.card;
      if (card.panel === 'phone') return { text: t('ui.toast.call', { caller: card.from?.name ?? title(card) }), tone: 'warn' };
      if (card.panel === 'feed') return { text: t('ui.toast.newPost'), tone: 'info' };
      if (card.panel === 'news') return { text: t('ui.toast.newHeadline', { title: title(card) }), tone: 'info' };
      return { text: t('ui.toast.newDocument', { title: title(card) }), tone: 'info' };
    }
    case 'missed':
      return { text: t('ui.toast.deadlineMissed', { title: title(toast.card) }), tone: 'bad' };
    case 'published':
      return mine(toast.by)
        ? { text: t('ui.toast.published', { channel: channel(toast.channel) }), tone: 'good' }
        : { text: t('team.toast.publishedBy', { seat: ctx.seatName(toast.by ?? ''), channel: channel(toast.channel) }), tone: 'info' };
    case 'sent-for-approval': {
      if (mine(toast.by)) return { text: t('ui.toast.sentForApproval', { seats: format.list(toast.seats.map(ctx.seatName)) }), tone: 'warn' };
      if (ctx.seat !== null && toast.seats.includes(ctx.seat)) return { text: t('team.toast.signOffAsked', { seat: ctx.seatName(toast.by) }), tone: 'warn' };
      return { text: t('team.toast.sentForApprovalBy', { seat: ctx.seatName(toast.by), seats: format.list(toast.seats.map(ctx.seatName)) }), tone: 'info' };
    }
    case 'approved':
      // The approver and the writer both read it as today: it is their own doing, or news of their own draft.
      return mine(toast.author) || toast.seat === ctx.seat
        ? { text: t('ui.toast.approved', { name: ctx.seatName(toast.seat) }), tone: 'good' }
        : { text: t('team.toast.approvedOther', { approver: ctx.seatName(toast.seat), author: ctx.seatName(toast.author ?? '') }), tone: 'info' };
    case 'rumour':
      return { text: t('ui.toast.rumour', { claim: ctx.rumourClaim(toast.rumour) }), tone: 'bad' };
    case 'ended':
      return { text: t('ui.toast.ended'), tone: 'info' };
  }
}
