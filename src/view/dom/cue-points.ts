/**
 * A cue's points as the debriefs show them: signed, and marked as a miss when a part of the score
 * earned nothing (a dodged question, a missing empathy element), so "0" never reads as neutral.
 */
import type { Cue } from '../../engine/index.ts';
import type { Translator } from '../../i18n/index.ts';
import { h } from './h.ts';

export function cuePoints(tr: Translator, c: Cue): HTMLElement {
  const missed = c.points === 0 && (c.tone === 'negative' || c.tone === 'omitted');
  const kind = c.points > 0 ? 'pos' : c.points < 0 || missed ? 'neg' : '';
  return h('span', { class: `pts ${kind}`, text: `${c.points > 0 ? '+' : ''}${tr.format.number(c.points, 1)}` });
}
