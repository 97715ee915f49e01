import type { LogInteractionInput } from '../../gql/graphql';

/**
 * Interactions logged while the connection was down, kept in this browser (IndexedDB) until the API has them.
 * Each entry carries the UUID it got when the user pressed send, so sending it again is safe: the API returns the
 * stored entry for the same id and content. Entries belong to the account that logged them and are only sent
 * while that account is signed in.
 */
export interface OutboxEntry {
  id: string;
  accountId: string;
  input: LogInteractionInput;
  queuedAt: string;
  /** The API refused it when it was finally sent: shown to the user, never sent again as it is. */
  refusal?: string;
}

const DB_NAME = 'empact-outbox';
const STORE = 'interactions';

let opening: Promise<IDBDatabase> | null = null;

function open(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore(STORE, { keyPath: 'id' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB unavailable'));
  }).catch((error: unknown) => {
    opening = null;
    throw error;
  });
  return opening;
}

function run<T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return open().then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const transaction = db.transaction(STORE, mode);
        const request = action(transaction.objectStore(STORE));
        transaction.oncomplete = () => resolve(request.result);
        transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
        transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
      }),
  );
}

// A snapshot for React, refreshed after every change, so that every component shows the same count.
let snapshot: readonly OutboxEntry[] = [];
const listeners = new Set<() => void>();

async function refresh(): Promise<void> {
  try {
    snapshot = await run('readonly', (store) => store.getAll() as IDBRequest<OutboxEntry[]>);
  } catch {
    snapshot = [];
  }
  listeners.forEach((listener) => listener());
}

export const outbox = {
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    if (listeners.size === 1) void refresh();
    return () => listeners.delete(listener);
  },
  entries(): readonly OutboxEntry[] {
    return snapshot;
  },
  async put(entry: OutboxEntry): Promise<void> {
    await run('readwrite', (store) => store.put(entry));
    await refresh();
  },
  async remove(id: string): Promise<void> {
    await run('readwrite', (store) => store.delete(id));
    await refresh();
  },
  async all(): Promise<OutboxEntry[]> {
    return run('readonly', (store) => store.getAll() as IDBRequest<OutboxEntry[]>);
  },
  refresh,
};
