/**
 * Press conferences are compiled into question injects that close at their deadline. After a
 * question is resolved (answered, or its time ran out), the follow-up its answer called for comes
 * next (the answer was dodged, contradicted an earlier statement, was missing, or came at all),
 * else the next question.
 */
import type { CompiledInject } from '../../format/index.ts';
import { fire } from './injects.ts';
import type { Work } from './work.ts';

export function conferenceNext(w: Work, inj: CompiledInject, index: number): void {
  const conf = inj.conference;
  const firing = w.st.firings[index];
  if (!conf || !firing) return;
  if (conf.followUpOf === null) {
    for (const f of conf.followUps) {
      const due =
        (f.trigger === 'dodged' && firing.dodged) ||
        (f.trigger === 'contradicted' && firing.contradicted) ||
        (f.trigger === 'timeout' && firing.timedOut && firing.respondedAt === null) ||
        (f.trigger === 'answered' && firing.respondedAt !== null);
      if (due && w.st.injects[f.inject]?.status === 'pending') {
        fire(w, f.inject, { code: 'cause.follow-up', params: { inject: inj.id, trigger: f.trigger } }, false);
        return;
      }
    }
  }
  if (conf.next !== null && w.st.injects[conf.next]?.status === 'pending') fire(w, conf.next, { code: 'cause.next-question', params: { inject: inj.id } }, false);
}
