/**
 * The session server's error replies as refusals the room shows: the catalogue renders them like
 * the engine's own. Apart from the team store so the team screens can use it without loading it.
 */
import { Refusal as RefusalSchema } from '../../engine/index.ts';
import type { ServerError } from '../../net/protocol.ts';
import type { RoomRefusal } from './room-store.ts';

/**
 * A server error as a coded refusal the catalogue can render: the engine's own refusal when the
 * engine refused, otherwise the server's code under `team.error.*`.
 */
export function serverRefusal(error: ServerError | null | undefined): RoomRefusal {
  if (!error) return { code: 'team.error.connection', params: {} };
  switch (error.code) {
    case 'error.refused': {
      const parsed = RefusalSchema.safeParse(error.params.refusal);
      return parsed.success ? parsed.data : { code: 'team.error.unknown', params: { code: error.params.refusal.code } };
    }
    case 'error.unknown-type':
      return { code: 'team.error.unknown-type', params: error.params };
    case 'error.malformed':
      return { code: 'team.error.malformed', params: error.params };
    case 'error.too-long':
      return { code: 'team.error.too-long', params: error.params };
    case 'error.not-allowed':
      return { code: 'team.error.not-allowed', params: error.params };
    case 'error.rate-limited':
      return { code: 'team.error.rate-limited', params: error.params };
    case 'error.storage':
      return { code: 'team.error.storage', params: {} };
    case 'error.phase':
      return { code: 'team.error.phase', params: error.params };
    case 'error.unknown-target':
      return { code: 'team.error.unknown-target', params: error.params };
    case 'error.no-report':
      return { code: 'team.error.no-report', params: {} };
    default:
      return { code: 'team.error.unknown', params: { code: (error as { code: string }).code } };
  }
}

