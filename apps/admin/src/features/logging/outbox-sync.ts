import { useEffect, useSyncExternalStore } from 'react';
import { type Client, useClient } from 'urql';
import { useAccount } from '../../auth/use-session';
import { LogInteractionMutation } from './logging.documents';
import { outbox, type OutboxEntry, type SendOutcome } from './outbox';

/** How often waiting entries are tried again while the browser believes it is online but the API did not answer. */
const RETRY_MS = 10_000;

/** Sends this account's waiting entries through the API (see `outbox.flush`). */
export function flushOutbox(client: Client, accountId: string): Promise<void> {
  return outbox.flush(accountId, async (input): Promise<SendOutcome> => {
    const result = await client
      .mutation(LogInteractionMutation, { input }, { requestPolicy: 'network-only' })
      .toPromise();
    if (result.data) return { kind: 'sent' };
    if (result.error && result.error.graphQLErrors.length > 0)
      return { kind: 'refused', message: result.error.graphQLErrors.map((e) => e.message).join(' ') };
    return { kind: 'offline' };
  });
}

/** The entries of the signed-in account still in this browser. */
export function useOutbox(): readonly OutboxEntry[] {
  const account = useAccount();
  const entries = useSyncExternalStore(outbox.subscribe, outbox.entries);
  return entries.filter((entry) => entry.accountId === account.id);
}

/** Sends waiting entries on start-up, when the browser comes back online, and every few seconds while any wait. */
export function useOutboxSync(): void {
  const client = useClient();
  const account = useAccount();
  const waiting = useOutbox().filter((entry) => !entry.refusal).length;

  useEffect(() => {
    const flush = () => void flushOutbox(client, account.id);
    flush();
    window.addEventListener('online', flush);
    return () => window.removeEventListener('online', flush);
  }, [client, account.id]);

  useEffect(() => {
    if (waiting === 0) return undefined;
    const timer = window.setInterval(() => {
      if (navigator.onLine) void flushOutbox(client, account.id);
    }, RETRY_MS);
    return () => window.clearInterval(timer);
  }, [client, account.id, waiting]);
}
