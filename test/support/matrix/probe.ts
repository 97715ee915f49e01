import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { NONE, OK } from './cells';

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits `least` ms (so that an event nobody should get has time to arrive), then until `done()` or `most` ms in all
 * (so that a busy machine does not turn a late event into a missing one).
 */
export async function settle(done: () => boolean, least = 800, most = 4000): Promise<void> {
  const start = Date.now();
  await sleep(least);
  while (!done() && Date.now() - start < most) await sleep(100);
}

/** A subscription held open to see whether it is refused, and which events reach it. */
export interface Probe {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  events: any[];
  /**
   * The answer so far, in the words of the table: UNAUTHENTICATED when the socket was closed with 4403, the error
   * code when the subscription was refused, else `allowed` when an event that `matches` arrived and `none` otherwise.
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  answer(matches?: (event: any) => boolean): string;
  close(): Promise<void>;
}

const codeOf = (errors: readonly unknown[]) =>
  String((errors[0] as { extensions?: { code?: string } })?.extensions?.code ?? 'ERROR');

/** Subscribes over graphql-ws as the admin app does (token in the connection parameters), and waits until it is settled. */
export async function probe(
  url: string,
  token: string | undefined,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Probe> {
  const events: unknown[] = [];
  let refusal: string | undefined;
  let disposing = false;
  const client = createClient({
    url: url.replace(/^http/, 'ws') + '/graphql',
    webSocketImpl: WebSocket,
    connectionParams: token ? { Authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => undefined,
  });
  const settled = new Promise<void>((resolve) => {
    client.on('connected', () => resolve());
    client.on('closed', (event) => {
      const code = (event as { code?: number }).code;
      if (!disposing) refusal ??= code === 4403 ? 'UNAUTHENTICATED' : `socket closed ${code}`;
      resolve();
    });
  });
  client.subscribe(
    { query, variables },
    {
      next: ({ data, errors }) => {
        if (errors?.length) refusal ??= codeOf(errors);
        else if (data) events.push(data);
      },
      error: (error) => {
        if (Array.isArray(error)) refusal ??= codeOf(error);
        else if (!disposing && !(error && typeof error === 'object' && 'code' in error))
          refusal ??= `error ${String(error)}`;
      },
      complete: () => undefined,
    },
  );
  await settled;
  // The server runs the subscription's resolver after the socket is up: give it the time to refuse.
  await sleep(250);
  return {
    events,
    answer: (matches = () => true) => refusal ?? (events.some(matches) ? OK : NONE),
    close: async () => {
      disposing = true;
      await client.dispose();
    },
  };
}
