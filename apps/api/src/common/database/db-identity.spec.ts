import type { AuthenticatedActor } from '../auth/authenticated-actor';
import { runAsSystem, runWithRequestStore } from '../request-context';
import { APP_ROLE, SessionIdentity, withAnyIdentity } from './db-identity';

const operator = (country: string): AuthenticatedActor => ({
  id: `op-${country}`,
  email: `op@${country}`,
  displayName: 'Op',
  country,
  roles: ['OPERATOR'],
  language: 'en',
  sessionId: 's',
  twoFactorEnabled: false,
  twoFactorRequiredByWeek: false,
});

const store = (actor?: AuthenticatedActor) => ({ actor, ip: '127.0.0.1', origin: '', auditCount: 0 });

/** The settings a SessionIdentity sends before each step's statement, each step run in its own context, in order. */
async function switches(
  steps: [run: <T>(fn: () => Promise<T>) => Promise<T>, text: string][],
): Promise<unknown[][]> {
  const identity = new SessionIdentity();
  const sent: unknown[][] = [];
  for (const [run, text] of steps)
    await run(() => identity.apply(text, async (_sql, params) => sent.push(params)));
  return sent;
}

const as =
  (actor?: AuthenticatedActor) =>
  <T>(fn: () => Promise<T>) =>
    runWithRequestStore(store(actor), fn);

describe('SessionIdentity', () => {
  it('sets the role and country scope once per identity, and again when it changes', async () => {
    const sent = await switches([
      [as(operator('NO')), 'SELECT 1'],
      [as(operator('NO')), 'SELECT 2'],
      [as(operator('FI')), 'SELECT 3'],
      [runAsSystem, 'SELECT 4'],
    ]);
    expect(sent).toEqual([
      [APP_ROLE, 'country', 'NO'],
      [APP_ROLE, 'country', 'FI'],
      ['none', 'system', ''],
    ]);
  });

  it('sends nothing before transaction control', async () => {
    expect(await switches([[as(operator('NO')), 'BEGIN']])).toEqual([]);
  });

  it('keeps the connection’s identity for statements that read no table with policies', async () => {
    const anyIdentity = <T>(fn: () => Promise<T>) => runWithRequestStore(store(), () => withAnyIdentity(fn));
    const sent = await switches([
      [as(operator('NO')), 'SELECT 1'],
      [anyIdentity, 'SELECT account'],
      [as(operator('NO')), 'SELECT 2'],
    ]);
    expect(sent).toEqual([[APP_ROLE, 'country', 'NO']]);
  });

  it('forgets what it set after a rollback, so the next statement sets it again', async () => {
    const identity = new SessionIdentity();
    const sent: unknown[][] = [];
    const apply = (text: string) =>
      runWithRequestStore(store(operator('NO')), () =>
        identity.apply(text, async (_sql, params) => sent.push(params)),
      );
    await apply('SELECT 1');
    identity.settle('ROLLBACK', false);
    await apply('SELECT 2');
    expect(sent).toHaveLength(2);
  });
});
