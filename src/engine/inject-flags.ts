import type { InjectFlag } from '../format/index.ts';
import type { EngineState } from './state.ts';

/** What `inject.<id>.<flag>` reads: the latest firing, except "responded" and "expired", which stay true once true. */
export function injectFlag(st: EngineState, id: string, field: InjectFlag | 'option'): boolean | string {
  const rt = st.injects[id];
  const firing = rt?.firing == null ? undefined : st.firings[rt.firing];
  if (field === 'option') return firing?.option ?? '';
  if (!rt) return false;
  switch (field) {
    case 'fired':
      return rt.fireCount > 0;
    case 'active':
      return rt.status === 'active' || rt.status === 'overdue';
    case 'responded':
      return st.firings.some((f) => f.inject === id && f.respondedAt !== null);
    case 'overdue':
      return rt.status === 'overdue';
    case 'expired':
      return st.firings.some((f) => f.inject === id && f.timedOut);
    case 'resolved':
      return firing !== undefined && (firing.respondedAt !== null || firing.timedOut || rt.status === 'delivered');
    case 'late':
      return firing !== undefined && firing.respondedAt !== null && firing.deadlineAt !== null && firing.respondedAt > firing.deadlineAt;
    case 'dodged':
      return firing?.dodged ?? false;
    case 'contradicted':
      return firing?.contradicted ?? false;
    case 'skipped':
      return rt.status === 'skipped';
    case 'cancelled':
      return rt.status === 'cancelled';
  }
}
