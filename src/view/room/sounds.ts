/**
 * Which sound each engine event makes, and which toast (words for everyone, including players who
 * cannot hear it). Pure, so tests check the mapping without a browser.
 */
import type { OneShot } from '../../audio/port.ts';
import type { EngineEvent } from '../../state/room/engine-api.ts';
import type { CardVM } from '../../state/room/view-model.ts';

/**
 * `by`/`author`: the seat whose statement it is, so that in a team drill a seat can tell its own
 * doings from another seat's (undefined when the statement is not known to this page).
 */
export type Toast =
  | { readonly kind: 'published'; readonly channel: string; readonly by?: string | undefined }
  | { readonly kind: 'sent-for-approval'; readonly seats: readonly string[]; readonly by: string }
  | { readonly kind: 'approved'; readonly seat: string; readonly author?: string | undefined }
  | { readonly kind: 'missed'; readonly card: CardVM }
  | { readonly kind: 'arrived'; readonly card: CardVM }
  | { readonly kind: 'rumour'; readonly rumour: string }
  | { readonly kind: 'ended' };

export interface Reaction {
  readonly sounds: readonly OneShot[];
  readonly toasts: readonly Toast[];
}

/** What the room does for a batch of events: sounds (each at most once) and toasts. `authorOf` names the seat that wrote a statement. */
export function reactTo(events: readonly EngineEvent[], cardFor: (inject: string, firing: number) => CardVM | undefined, authorOf: (statement: string) => string | undefined = () => undefined): Reaction {
  const sounds = new Set<OneShot>();
  const toasts: Toast[] = [];
  for (const e of events) {
    switch (e.type) {
      case 'inject.fired': {
        const card = cardFor(e.data.inject, e.data.firing);
        if (!card) break;
        if (card.panel === 'feed') sounds.add('post');
        else if (card.panel === 'press') sounds.add('shutter');
        else if (card.panel !== 'phone') sounds.add('message');
        toasts.push({ kind: 'arrived', card });
        break;
      }
      case 'inject.deadline': {
        const card = cardFor(e.data.inject, e.data.firing);
        sounds.add('missed');
        if (card) toasts.push({ kind: 'missed', card });
        break;
      }
      case 'statement.submitted':
        if (e.data.needs.length > 0) toasts.push({ kind: 'sent-for-approval', seats: e.data.needs, by: e.data.seat });
        break;
      case 'statement.approved':
        toasts.push({ kind: 'approved', seat: e.data.seat, author: authorOf(e.data.statement) });
        break;
      case 'statement.published':
        sounds.add('publish');
        toasts.push({ kind: 'published', channel: e.data.channel, by: authorOf(e.data.statement) });
        break;
      case 'rumour.seeded':
        sounds.add('post');
        toasts.push({ kind: 'rumour', rumour: e.data.rumour });
        break;
      case 'session.ended':
        toasts.push({ kind: 'ended' });
        break;
      default:
        break;
    }
  }
  return { sounds: [...sounds], toasts };
}
