/**
 * Finished sessions in IndexedDB (they outlive a cleared tab and are too many for localStorage).
 * Each record is validated on the way out, so a damaged entry is skipped rather than breaking the
 * progress screen.
 */
import { SessionRecord } from '../state/progress.ts';

const DB = 'crisis-room';
const STORE = 'sessions';

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => {
      if (!request.result.objectStoreNames.contains(STORE)) request.result.createObjectStore(STORE, { keyPath: 'id' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB unavailable'));
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB write failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB write aborted'));
  });
}

export async function allSessions(): Promise<SessionRecord[]> {
  const db = await openDb();
  try {
    const rows = await new Promise<unknown[]>((resolve, reject) => {
      const request = db.transaction(STORE, 'readonly').objectStore(STORE).getAll();
      request.onsuccess = () => resolve(request.result as unknown[]);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB read failed'));
    });
    return rows.flatMap((row) => {
      const parsed = SessionRecord.safeParse(row);
      return parsed.success ? [parsed.data] : [];
    });
  } finally {
    db.close();
  }
}

export async function putSessions(records: readonly SessionRecord[]): Promise<void> {
  const db = await openDb();
  try {
    const tx = db.transaction(STORE, 'readwrite');
    const store = tx.objectStore(STORE);
    for (const r of records) store.put(r);
    await done(tx);
  } finally {
    db.close();
  }
}
