import { describe, expect, it } from '@jest/globals';
import type { LogInteractionInput } from '../../gql/graphql';
import { createOutbox, type OutboxEntry, type OutboxStore, type SendOutcome } from './outbox';

function memoryStore(): OutboxStore & { rows: Map<string, OutboxEntry> } {
  const rows = new Map<string, OutboxEntry>();
  return {
    rows,
    getAll: async () => [...rows.values()].map((entry) => ({ ...entry })),
    put: async (entry) => void rows.set(entry.id, { ...entry }),
    delete: async (id) => void rows.delete(id),
  };
}

const entry = (id: string, queuedAt: string, accountId = 'operator-1'): OutboxEntry => ({
  id,
  accountId,
  queuedAt,
  input: { id, sessionId: 'session-1', notes: `entry ${id}` } as LogInteractionInput,
});

/** A connection that answers from a script, one outcome per attempt, and remembers what it was sent. */
function connection(...outcomes: SendOutcome[]) {
  const sent: string[] = [];
  const send = async (input: LogInteractionInput): Promise<SendOutcome> => {
    sent.push(input.id);
    return outcomes.shift() ?? { kind: 'sent' };
  };
  return { sent, send };
}

describe('outbox', () => {
  it('keeps an entry through a failed send and sends it once when the connection is back', async () => {
    const store = memoryStore();
    const outbox = createOutbox(store);
    await outbox.put(entry('a', '2026-11-25T18:00:00Z'));

    const offline = connection({ kind: 'offline' });
    await outbox.flush('operator-1', offline.send);
    expect(offline.sent).toEqual(['a']);
    expect([...store.rows.keys()]).toEqual(['a']);

    const online = connection();
    await outbox.flush('operator-1', online.send);
    await outbox.flush('operator-1', online.send);
    expect(online.sent).toEqual(['a']);
    expect(store.rows.size).toBe(0);
    expect(outbox.entries()).toEqual([]);
  });

  it('sends the oldest first and stops at the first network failure', async () => {
    const store = memoryStore();
    const outbox = createOutbox(store);
    await outbox.put(entry('later', '2026-11-25T18:05:00Z'));
    await outbox.put(entry('first', '2026-11-25T18:00:00Z'));
    await outbox.put(entry('last', '2026-11-25T18:10:00Z'));

    const flaky = connection({ kind: 'sent' }, { kind: 'offline' });
    await outbox.flush('operator-1', flaky.send);
    expect(flaky.sent).toEqual(['first', 'later']);
    expect([...store.rows.keys()].sort()).toEqual(['last', 'later']);
  });

  it('sends nothing twice when a second round is asked for while one runs', async () => {
    const outbox = createOutbox(memoryStore());
    await outbox.put(entry('a', '2026-11-25T18:00:00Z'));
    const online = connection();
    await Promise.all([outbox.flush('operator-1', online.send), outbox.flush('operator-1', online.send)]);
    expect(online.sent).toEqual(['a']);
  });

  it('keeps a refused entry with the refusal and does not send it again as it is', async () => {
    const store = memoryStore();
    const outbox = createOutbox(store);
    await outbox.put(entry('a', '2026-11-25T18:00:00Z'));

    await outbox.flush(
      'operator-1',
      connection({ kind: 'refused', message: 'The session is closed for logging.' }).send,
    );
    expect(outbox.entries()).toEqual([
      expect.objectContaining({ id: 'a', refusal: 'The session is closed for logging.' }),
    ]);

    const again = connection();
    await outbox.flush('operator-1', again.send);
    expect(again.sent).toEqual([]);
    expect(store.rows.has('a')).toBe(true);
  });

  it('sends only the signed-in account’s entries', async () => {
    const store = memoryStore();
    const outbox = createOutbox(store);
    await outbox.put(entry('mine', '2026-11-25T18:00:00Z', 'operator-1'));
    await outbox.put(entry('theirs', '2026-11-25T17:00:00Z', 'operator-2'));

    const online = connection();
    await outbox.flush('operator-1', online.send);
    expect(online.sent).toEqual(['mine']);
    expect([...store.rows.keys()]).toEqual(['theirs']);
  });

  it('tells its listeners when an entry is queued', async () => {
    const outbox = createOutbox(memoryStore());
    const heard: number[] = [];
    outbox.subscribe(() => heard.push(outbox.entries().length));
    await outbox.put(entry('a', '2026-11-25T18:00:00Z'));
    expect(heard.at(-1)).toBe(1);
  });
});
