/** Why a question is being put, in words: shared by the podium's captions and the debrief. */
import type { Translator } from '../../i18n/index.ts';
import type { AskVM } from '../../state/press/press-model.ts';

/** A follow-up's trigger, the opening, or a question's kind (blank for a plain question). */
export function whyAsked(tr: Translator, ask: Pick<AskVM, 'role' | 'trigger' | 'kind' | 'title'>): string {
  if (ask.role === 'opening') return tr.t('press.why.opening');
  if (ask.role === 'aside') return ask.title ?? '';
  if (ask.role === 'follow-up' && ask.trigger !== null) return tr.t('press.trigger', { trigger: ask.trigger });
  return ask.kind !== 'open' ? tr.t('press.kind', { kind: ask.kind }) : '';
}
