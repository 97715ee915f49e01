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

/** Where the entries are kept: IndexedDB in the browser (`indexedDbStore`), memory in a test. */
export interface OutboxStore {
  getAll(): Promise<OutboxEntry[]>;
  put(entry: OutboxEntry): Promise<void>;
  delete(id: string): Promise<void>;
}

/** What became of one attempt to send an entry. */
export type SendOutcome = { kind: 'sent' } | { kind: 'refused'; message: string } | { kind: 'offline' };

const DB_NAME = 'empact-outbox';
const STORE = 'interactions';

/** The browser's IndexedDB database `empact-outbox`, opened on first use. */
export function indexedDbStore(): OutboxStore {
  let opening: Promise<IDBDatabase> | null = null;

  const open = (): Promise<IDBDatabase> => {
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
  };

  const run = <T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> =>
    open().then(
      (db) =>
        new Promise<T>((resolve, reject) => {
          const transaction = db.transaction(STORE, mode);
          const request = action(transaction.objectStore(STORE));
          transaction.oncomplete = () => resolve(request.result);
          transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
          transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
        }),
    );

  return {
    getAll: () => run('readonly', (store) => store.getAll() as IDBRequest<OutboxEntry[]>),
    put: async (entry) => {
      await run('readwrite', (store) => store.put(entry));
    },
    delete: async (id) => {
      await run('readwrite', (store) => store.delete(id));
    },
  };
}

export type Outbox = ReturnType<typeof createOutbox>;

export function createOutbox(store: OutboxStore) {
  // A snapshot for React, refreshed after every change, so that every component shows the same count.
  let snapshot: readonly OutboxEntry[] = [];
  const listeners = new Set<() => void>();
  let flushing: Promise<void> | null = null;

  async function refresh(): Promise<void> {
    try {
      snapshot = await store.getAll();
    } catch {
      snapshot = [];
    }
    listeners.forEach((listener) => listener());
  }

  const outbox = {
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      if (listeners.size === 1) void refresh();
      return () => listeners.delete(listener);
    },
    entries(): readonly OutboxEntry[] {
      return snapshot;
    },
    async put(entry: OutboxEntry): Promise<void> {
      await store.put(entry);
      await refresh();
    },
    async remove(id: string): Promise<void> {
      await store.delete(id);
      await refresh();
    },
    async all(): Promise<OutboxEntry[]> {
      return store.getAll();
    },
    refresh,
    /**
     * Sends an account's waiting entries, oldest first, one round at a time (a round asked for while one runs
     * joins it). A sent entry leaves the outbox; a refused one stays with the refusal, for the user to fix, and is
     * not sent again as it is; when the network fails the round stops and everything not sent stays.
     */
    flush(accountId: string, send: (input: LogInteractionInput) => Promise<SendOutcome>): Promise<void> {
      flushing ??= (async () => {
        const waiting = (await outbox.all().catch(() => [] as OutboxEntry[]))
          .filter((entry) => entry.accountId === accountId && !entry.refusal)
          .sort((a, b) => a.queuedAt.localeCompare(b.queuedAt));
        for (const entry of waiting) {
          const outcome = await send(entry.input);
          if (outcome.kind === 'sent') await outbox.remove(entry.id);
          else if (outcome.kind === 'refused') await outbox.put({ ...entry, refusal: outcome.message });
          else break; // still offline
        }
      })().finally(() => {
        flushing = null;
      });
      return flushing;
    },
  };
  return outbox;
}

export const outbox = createOutbox(indexedDbStore());
