/**
 * Opens the storage a server is configured with: a PostgreSQL URL, or a SQLite file path (the
 * default, `.crisis-data/sessions.db`), so `npm start` needs no other service.
 */
import { PostgresStorage } from './postgres.ts';
import { SqliteStorage } from './sqlite.ts';
import type { Storage } from './types.ts';

export const DEFAULT_DB_PATH = '.crisis-data/sessions.db';

export async function openStorage(where: string = DEFAULT_DB_PATH): Promise<Storage> {
  if (/^postgres(ql)?:\/\//.test(where)) return PostgresStorage.open(where);
  const path = where.startsWith('sqlite:') ? where.slice('sqlite:'.length) : where;
  const sync = process.env['CRISIS_SQLITE_SYNC'] === 'normal' ? 'NORMAL' : 'FULL';
  return new SqliteStorage({ path, synchronous: sync });
}

export * from './types.ts';
