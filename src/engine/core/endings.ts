/**
 * The end: the ending an effect asked for, else the first ending whose condition holds (or the
 * `otherwise` one). Early endings are checked with the other conditions (conditions.ts).
 */
import type { EndCause } from '../causes.ts';
import type { Work } from './work.ts';

export function finish(w: Work, cause: EndCause, note: string | null = null): void {
  if (w.isEnded()) return;
  let ending: string | null = w.st.endRequested;
  if (ending === null) {
    for (const e of w.s.endings) {
      if (e.otherwise || (e.when && w.test(e.when))) {
        ending = e.id;
        break;
      }
    }
  }
  w.st.ending = { id: ending, at: w.st.now, cause, note };
  w.log('session.ended', { ending, cause, note });
}
