import type { Type } from '@nestjs/common';
import type { AuthenticatedActor } from '../../apps/api/src/common/auth/authenticated-actor';
import { TokenService } from '../../apps/api/src/common/auth/token.service';
import { runWithRequestStore } from '../../apps/api/src/common/request-context';
import { startTestApp, TestApp } from './test-app';

/**
 * The service tier (test/medium): services called directly, without HTTP or GraphQL, on a real database (embedded,
 * or the server when DATABASE_URL is set), with the demo week seeded. A service runs as one signed-in person, inside
 * the request store a real request would give it (the audit log, the caller's language and the database identity
 * read it from there).
 */
export interface ServiceTest {
  t: TestApp;
  /** The signed-in person behind a demo account, as the API loads it for a request. */
  actor(email: string): Promise<AuthenticatedActor>;
  get<T>(service: Type<T>): T;
  /** Runs `fn` as `actor` would in a request (language from the account, else `acceptLanguage`). */
  as<R>(actor: AuthenticatedActor, fn: () => Promise<R>, acceptLanguage?: string): Promise<R>;
  close(): Promise<void>;
}

export async function startServiceTest(env: Record<string, string> = {}): Promise<ServiceTest> {
  const t = await startTestApp(env);
  const actors = new Map<string, AuthenticatedActor>();
  return {
    t,
    get: (service) => t.app.get(service, { strict: false }),
    async actor(email) {
      const known = actors.get(email);
      if (known) return known;
      const actor = await t.app.get(TokenService).actorFor(await t.login(email));
      if (!actor) throw new Error(`no actor for ${email}`);
      actors.set(email, actor);
      return actor;
    },
    as: (actor, fn, acceptLanguage) =>
      runWithRequestStore(
        { actor, acceptLanguage, ip: '127.0.0.1', origin: 'http://127.0.0.1', auditCount: 0 },
        fn,
      ),
    close: () => t.close(),
  };
}
