import { countryScope } from '@empact/domain';
import { AsyncLocalStorage } from 'node:async_hooks';
import { requestStore } from '../request-context';
import { preparedName } from './prepared-statements';

/** The role requests run as: it owns no table and does not bypass row-level security (migration RowLevelSecurity). */
export const APP_ROLE = 'empact_app';

/** Who the database thinks is asking: the role, and the country scope its row-level policies read. */
interface DbIdentity {
  role: string;
  scope: 'all' | 'country' | 'none' | 'system';
  country: string;
}

const SYSTEM: DbIdentity = { role: 'none', scope: 'system', country: '' };

/**
 * The identity of the code that is running: a request runs as APP_ROLE with its actor's country scope (nothing of any
 * country before sign-in); what runs outside any request (migrations, the demo seed, scheduled jobs) runs as the
 * connecting owner.
 */
export function currentDbIdentity(): DbIdentity {
  const store = requestStore();
  if (!store || store.system) return SYSTEM;
  if (!store.actor) return { role: APP_ROLE, scope: 'none', country: '' };
  const scope = countryScope(store.actor);
  return { role: APP_ROLE, scope: scope.kind, country: scope.kind === 'country' ? scope.country : '' };
}

const identityFree = new AsyncLocalStorage<true>();

/**
 * Runs statements that read only tables without row-level policies (accounts and their sign-in tokens, to find who is
 * asking): they run under whichever identity the connection last had, both roles may read them, and the answer is
 * the same, so they cost no switch of identity. Never wrap a statement that reads a table with policies.
 */
export function withAnyIdentity<T>(fn: () => Promise<T>): Promise<T> {
  return identityFree.run(true, fn);
}

const ENDS_TRANSACTION_BADLY = /^\s*(ROLLBACK|ABORT)\b/i;
/** Statements that only steer a transaction: they read no row, and after an error only they may run. */
const TRANSACTION_CONTROL = /^\s*(BEGIN|START\s+TRANSACTION|COMMIT|END|ROLLBACK|ABORT|SAVEPOINT|RELEASE)\b/i;

/**
 * Keeps one database session's settings (`role`, `empact.scope`, `empact.country`) equal to the identity of the code
 * that sends each statement. The settings are set only when the identity differs from the last one applied on that
 * session, so a connection serving one person costs no extra statement; a rollback may undo them, so it forgets them.
 */
export class SessionIdentity {
  private applied: string | null = null;

  async apply(text: string, run: (text: string, params: unknown[]) => Promise<unknown>): Promise<void> {
    if (TRANSACTION_CONTROL.test(text) || identityFree.getStore()) return;
    const wanted = currentDbIdentity();
    const key = `${wanted.role}|${wanted.scope}|${wanted.country}`;
    if (this.applied === key) return;
    await run(
      `SELECT set_config('role', $1, false), set_config('empact.scope', $2, false), set_config('empact.country', $3, false)`,
      [wanted.role, wanted.scope, wanted.country],
    );
    this.applied = key;
  }

  /** After a statement: a rollback (or one that failed) may have undone the settings. */
  settle(text: string, failed: boolean): void {
    if (failed || ENDS_TRANSACTION_BADLY.test(text)) this.applied = null;
  }
}

type QueryFn = (...args: unknown[]) => Promise<unknown>;

/**
 * Wraps a pg-shaped client's `query` so that every statement runs under the current identity. Only the promise
 * forms with a text are used by TypeORM; anything else passes through untouched. With `prepare` (the server's pool),
 * statements marked with `prepared()` are sent as named prepared statements.
 */
export function withIdentity<T extends object>(client: T, identity: SessionIdentity, prepare = false): T {
  const target = client as unknown as { query: QueryFn };
  const original = target.query.bind(client);
  target.query = async (...args: unknown[]) => {
    const [text, params, callback] = args;
    if (typeof text !== 'string' || typeof params === 'function' || typeof callback === 'function')
      return original(...args);
    await identity.apply(text, (sql, values) => original(sql, values));
    const name = prepare ? preparedName(text) : undefined;
    try {
      const result = await (name ? original({ name, text, values: params }) : original(text, params));
      identity.settle(text, false);
      return result;
    } catch (error) {
      identity.settle(text, true);
      throw error;
    }
  };
  return client;
}
