import { Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';

export interface Subscription<T> {
  /** Resolves with the next event, or rejects after `timeoutMs`. */
  next(timeoutMs?: number): Promise<T>;
  close(): Promise<void>;
}

/** Subscribes over graphql-ws as the holder of `token`, as the admin app does. */
export async function subscribe<T>(
  url: string,
  token: string | undefined,
  query: string,
): Promise<Subscription<T> & { client: Client }> {
  const client = createClient({
    url: url.replace(/^http/, 'ws') + '/graphql',
    webSocketImpl: WebSocket,
    connectionParams: token ? { Authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => undefined,
  });
  const queue: T[] = [];
  const waiting: ((value: T) => void)[] = [];
  let failure: unknown;
  const failures: ((error: unknown) => void)[] = [];
  const connected = new Promise<void>((resolve, reject) => {
    client.on('connected', () => resolve());
    client.on('closed', (event) => reject(new Error(`closed: ${(event as { code?: number }).code}`)));
  });
  client.subscribe<T>(
    { query },
    {
      next: ({ data, errors }) => {
        if (errors) return fail(errors);
        const waiter = waiting.shift();
        if (waiter) waiter(data as T);
        else queue.push(data as T);
      },
      error: (error) => fail(error),
      complete: () => undefined,
    },
  );
  function fail(error: unknown) {
    failure = error;
    failures.splice(0).forEach((reject) => reject(error));
  }
  await connected;
  return {
    client,
    next: (timeoutMs = 2000) =>
      new Promise<T>((resolve, reject) => {
        if (failure) return reject(failure);
        const queued = queue.shift();
        if (queued) return resolve(queued);
        const timer = setTimeout(() => reject(new Error(`no event within ${timeoutMs} ms`)), timeoutMs);
        waiting.push((value) => {
          clearTimeout(timer);
          resolve(value);
        });
        failures.push((error) => {
          clearTimeout(timer);
          reject(error);
        });
      }),
    close: () => client.dispose() as Promise<void>,
  };
}
