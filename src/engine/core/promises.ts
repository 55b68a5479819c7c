/**
 * Promised updates ("we will update you by 10:00"): a public statement with something new in it
 * keeps every promise due around its time, from a window before the promised time (a quarter of the
 * promised interval, at least ten minutes) to a grace period after it. A statement that names a
 * time for its next update makes a promise.
 */
import { CHANNEL_INFO } from '../../format/index.ts';
import { PROMISES } from '../scoring/weights.ts';
import type { Statement } from '../state.ts';
import { statementIndex } from './statements.ts';
import type { Work } from './work.ts';

export function keepPromises(w: Work, statement: Statement): void {
  const now = w.st.now;
  const a = statement.annotation;
  // An update is something new said near the promised time, not any post at all.
  const substantive = a.claims.length > 0 || a.keyMessages.length > 0 || a.instructions.length > 0 || a.unknowns.length > 0;
  if (CHANNEL_INFO[statement.channel].isPublic && substantive) {
    const promises = w.st.promises;
    for (let i = 0; i < promises.length; i++) {
      const p = promises[i];
      if (!p || p.keptAt !== null || now > p.due + PROMISES.graceMs) continue;
      const made = w.st.statements[statementIndex(w, p.statement)]?.publishedAt ?? p.due;
      const opens = p.due - Math.max(PROMISES.windowMinMs, (p.due - made) / 4);
      if (now >= opens) promises[i] = { ...p, keptAt: now };
    }
  }
  const next = statement.annotation.nextUpdate;
  if (next?.at != null && next.at > now) w.st.promises.push({ statement: statement.id, due: next.at, keptAt: null });
}
