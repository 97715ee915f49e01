import { PGlite, types } from '@electric-sql/pglite';
import { EventEmitter } from 'node:events';
import { mkdirSync } from 'node:fs';
import { SessionIdentity, withIdentity } from './db-identity';

type Callback<T> = (error: Error | null, result?: T) => void;
interface QueryResult {
  rows: unknown[];
  rowCount: number;
  command: string;
  fields: { name: string; dataTypeID: number }[];
}

/** How long a query runner waits for the single session before it gives up with a clear error. */
const SESSION_WAIT_MS = 20_000;

/**
 * A FIFO lock: PGlite has one session, so one query runner may hold it at a time, as in a pool of size one.
 * A wait that never ends is almost always a query sent through the data source from inside a transaction,
 * which waits for itself: it fails after SESSION_WAIT_MS instead of hanging.
 */
class SessionLock {
  private tail: Promise<void> = Promise.resolve();

  acquire(timeoutMs = SESSION_WAIT_MS): Promise<() => void> {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const turn = this.tail;
    this.tail = this.tail.then(() => held);
    return new Promise((resolve, reject) => {
      let gaveUp = false;
      const timer = setTimeout(() => {
        gaveUp = true;
        reject(
          new Error(
            `Waited ${timeoutMs} ms for the embedded database session: is a query using the data source inside a transaction?`,
          ),
        );
      }, timeoutMs);
      void turn.then(() => {
        if (gaveUp) return release();
        clearTimeout(timer);
        resolve(release);
      });
    });
  }
}

const boolSerializer = (value: unknown) => {
  if (value === true || value === 'true' || value === 1) return 'TRUE';
  if (value === false || value === 'false' || value === 0) return 'FALSE';
  return String(value);
};

function commandOf(sql: string): string {
  return (/^\s*(?:--[^\n]*\n\s*)*([a-z]+)/i.exec(sql)?.[1] ?? '').toUpperCase();
}

class PGliteClient extends EventEmitter {
  constructor(private readonly db: PGlite) {
    super();
  }

  async query(
    text: string,
    params?: unknown[] | Callback<QueryResult>,
    callback?: Callback<QueryResult>,
  ): Promise<QueryResult> {
    const values = typeof params === 'function' ? undefined : params;
    const done = typeof params === 'function' ? params : callback;
    try {
      const raw =
        values && values.length > 0
          ? await this.db.query(text, values)
          : ((await this.db.exec(text)).at(-1) ?? { rows: [], fields: [], affectedRows: 0 });
      const result: QueryResult = {
        rows: raw.rows,
        rowCount: raw.affectedRows ?? raw.rows.length,
        command: commandOf(text),
        fields: raw.fields,
      };
      done?.(null, result);
      return result;
    } catch (error) {
      done?.(error as Error);
      throw error;
    }
  }

  release(): void {
    // Replaced per checkout by the pool.
  }
}

/**
 * A `pg`-shaped module over an in-process PGlite, for TypeORM's postgres driver (`driver` option).
 * Unlike a shared-session adapter, it hands the single session to one query runner at a time, so a
 * transaction never sees another's statements.
 */
export function createPGliteDriver(dataDir: string | undefined) {
  let opened: Promise<PGlite> | undefined;
  const lock = new SessionLock();
  const identity = new SessionIdentity();
  const open = () => {
    if (!opened) {
      if (dataDir) mkdirSync(dataDir, { recursive: true });
      opened = PGlite.create(dataDir ?? 'memory://', { serializers: { [types.BOOL]: boolSerializer } });
      // A failed open may be retried by the next connect.
      opened.catch(() => (opened = undefined));
    }
    return opened;
  };

  class Pool extends EventEmitter {
    constructor(_options?: unknown) {
      super();
    }

    connect(
      callback?: (error: Error | null, client?: PGliteClient, release?: () => void) => void,
    ): Promise<PGliteClient> {
      const checkout = (async () => {
        const db = await open();
        const release = await lock.acquire();
        // One session for everyone: its identity follows whoever holds it (see db-identity).
        const client = withIdentity(new PGliteClient(db), identity);
        let released = false;
        client.release = () => {
          if (!released) {
            released = true;
            release();
          }
        };
        return client;
      })();
      if (callback) {
        checkout.then(
          (client) => callback(null, client, () => client.release()),
          (error: Error) => callback(error),
        );
      }
      return checkout;
    }

    async query(text: string, params?: unknown[]): Promise<QueryResult> {
      const client = await this.connect();
      try {
        return await client.query(text, params);
      } finally {
        client.release();
      }
    }

    end(callback?: (error?: Error | null) => void): Promise<void> {
      const closing = opened ? opened.then((db) => db.close()) : Promise.resolve();
      opened = undefined;
      const finished = closing.then(() => callback?.(null));
      finished.catch((error: Error) => callback?.(error));
      return finished;
    }
  }

  return { Pool, defaults: {}, types: {} };
}
