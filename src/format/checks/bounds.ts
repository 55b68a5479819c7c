/**
 * The format's limits that are not a property of one value (src/format/limits.ts): the length of
 * the scenario (SC108), how many injects there are with the press-conference questions and
 * follow-ups (SC110), how many variables, and the fade time of a rumour correction (SC109). With
 * them, nothing lint accepts can ask the engine for a time, a count or a rate it cannot play.
 */
import { lint } from '../diagnostics/messages.ts';
import { formatDuration, parseDuration } from '../duration.ts';
import { MAX_ITEMS, MIN_SCENARIO_LENGTH_MS, RUMOUR_RANGE } from '../limits.ts';
import type { ScenarioDoc } from '../schema.ts';
import type { Reporter } from './reporter.ts';

export function checkBounds(doc: ScenarioDoc, lengthMs: number, r: Reporter): void {
  if (lengthMs < MIN_SCENARIO_LENGTH_MS) {
    r.error('SC108', lint('lint.SC108.too-short', { min: formatDuration(MIN_SCENARIO_LENGTH_MS), length: doc.clock.length }), ['clock', 'length']);
  }

  let injects = doc.injects.length;
  for (const [p, pc] of doc.pressConferences.entries()) {
    for (const [q, question] of pc.questions.entries()) {
      injects += 1 + question.followUps.length;
      if (injects > MAX_ITEMS.injects) {
        r.error('SC110', lint('lint.SC110.too-many-injects', { max: MAX_ITEMS.injects }), ['pressConferences', p, 'questions', q]);
        break;
      }
    }
    if (injects > MAX_ITEMS.injects) break;
  }

  const variables = Object.keys(doc.variables).length;
  if (variables > MAX_ITEMS.variables) {
    r.error('SC110', lint('lint.SC110.too-many-variables', { count: variables, max: MAX_ITEMS.variables }), ['variables'], 'key');
  }

  doc.rumours.forEach((rumour, i) => {
    const tau = parseDuration(rumour.spread.tau);
    if (tau === null) return;
    if (tau < RUMOUR_RANGE.tauMs.min || tau > RUMOUR_RANGE.tauMs.max) {
      r.error(
        'SC109',
        lint('lint.SC109.fade', { min: formatDuration(RUMOUR_RANGE.tauMs.min), max: formatDuration(RUMOUR_RANGE.tauMs.max), tau: rumour.spread.tau }),
        ['rumours', i, 'spread', 'tau'],
      );
    }
  });
}
