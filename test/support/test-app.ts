import 'reflect-metadata';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../../apps/api/src/app.factory';
import { loadConfig } from '../../apps/api/src/common/config/app-config';
import { SecondFactors, totpCode } from './second-factor';
import { type Role, twoFactorRequired } from '@empact/domain';

export const DEMO_PASSWORD = 'e2e-demo-password';

export interface GqlOptions {
  token?: string;
  language?: string;
  /** Pretends the request comes from another address (X-Forwarded-For, which the test app trusts from loopback). */
  ip?: string;
}

export interface GqlError {
  message: string;
  extensions: { code: string; field?: string; [key: string]: unknown };
}

export interface GqlResponse<T = Record<string, unknown>> {
  status: number;
  data: T | null | undefined;
  errors: GqlError[] | undefined;
}

export interface TestApp {
  app: NestExpressApplication;
  dataSource: DataSource;
  http: ReturnType<typeof request>;
  /** http://127.0.0.1:<port>, for clients that need a real socket (WebSockets). */
  url: string;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: GqlOptions,
  ): Promise<GqlResponse<T>>;
  /**
   * Signs an account in and returns its access token: with a fresh code of its authenticator when it has one (the demo
   * accounts' from DATA_DIR), and, for a role that needs a second factor and has none yet, after enrolling one.
   */
  login(email: string, password?: string): Promise<string>;
  /** The authenticator apps of this test: codes for the demo accounts and for those `login` enrolled. */
  secondFactors: SecondFactors;
  /** Where the API keeps its generated keys and the demo accounts' authenticator secrets. */
  dataDir: string;
  /** GET with a bearer token, the body as bytes whatever its type (PDF, ZIP, CSV). */
  download(
    path: string,
    token: string,
  ): Promise<{ status: number; headers: Record<string, string>; body: Buffer }>;
  close(): Promise<void>;
}

/** A fresh database for one test file: a new database on the server when DATABASE_URL is set, else embedded in a temp folder. */
export async function freshDatabase(): Promise<{
  env: Record<string, string>;
  dispose: () => Promise<void>;
}> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const name = `e2e_${Date.now()}_${Math.random().toString(36).slice(2, 8)}`;
    const admin = new Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    // A folder of its own for the generated keys and the demo's authenticator secrets, as on the embedded database.
    const dir = mkdtempSync(join(tmpdir(), 'empact-e2e-'));
    return {
      env: { DATABASE_URL: url.toString(), DATA_DIR: dir },
      dispose: async () => {
        rmSync(dir, { recursive: true, force: true });
        const client = new Client({ connectionString: serverUrl });
        await client.connect();
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await client.end();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'empact-e2e-'));
  return { env: { DATA_DIR: dir }, dispose: async () => rmSync(dir, { recursive: true, force: true }) };
}

const LOGIN = `mutation ($email: String!, $password: String!, $code: String, $recoveryCode: String) {
  login(email: $email, password: $password, code: $code, recoveryCode: $recoveryCode) { accessToken account { roles } }
}`;

/** GraphQL and sign-in over any supertest agent: the app under test, or an API process at a URL. */
export function apiClient(
  http: ReturnType<typeof request>,
  secondFactors = new SecondFactors(),
): Pick<TestApp, 'gql' | 'login'> {
  const gql: TestApp['gql'] = async (query, variables = {}, options = {}) => {
    let call = http.post('/graphql').set('content-type', 'application/json');
    if (options.token) call = call.set('authorization', `Bearer ${options.token}`);
    if (options.language) call = call.set('accept-language', options.language);
    if (options.ip) call = call.set('x-forwarded-for', options.ip);
    const response = await call.send({ query, variables });
    return { status: response.status, data: response.body.data, errors: response.body.errors };
  };

  const login: TestApp['login'] = async (email, password = DEMO_PASSWORD) => {
    const proof = secondFactors.has(email) ? await secondFactors.proof(email) : {};
    const result = await gql<{ login: { accessToken: string; account: { roles: Role[] } } }>(LOGIN, {
      email,
      password,
      ...proof,
    });
    if (!result.data?.login) throw new Error(`login of ${email} failed: ${JSON.stringify(result.errors)}`);
    const { accessToken, account } = result.data.login;
    if (!secondFactors.has(email) && twoFactorRequired(account.roles)) await enrol(email, accessToken);
    return accessToken;
  };

  /** Sets up an authenticator for an account whose role needs one, as its owner would at the first sign-in. */
  const enrol = async (email: string, token: string): Promise<void> => {
    const begun = await gql<{ beginTwoFactorEnrolment: { secret: string } }>(
      'mutation { beginTwoFactorEnrolment { secret } }',
      {},
      { token },
    );
    const secret = begun.data?.beginTwoFactorEnrolment.secret;
    if (!secret) throw new Error(`enrolment of ${email} failed: ${JSON.stringify(begun.errors)}`);
    const at = Date.now();
    const confirmed = await gql<{ confirmTwoFactorEnrolment: { codes: string[] } }>(
      'mutation ($code: String!) { confirmTwoFactorEnrolment(code: $code) { codes } }',
      { code: totpCode(secret, at) },
      { token },
    );
    if (!confirmed.data) throw new Error(`enrolment of ${email} failed: ${JSON.stringify(confirmed.errors)}`);
    secondFactors.remember(
      email,
      secret,
      confirmed.data.confirmTwoFactorEnrolment.codes,
      SecondFactors.stepAt(at),
    );
  };
  return { gql, login };
}

export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await freshDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    DEMO_PASSWORD,
    SEED_DEMO: 'true',
    LOG_LEVEL: 'error',
    ADMIN_DIST: join(tmpdir(), 'no-admin-build'),
    // Tests sign in and write far faster than people; the test of the limits turns them on.
    RATE_LIMIT_LOGIN: '0',
    RATE_LIMIT_MUTATIONS: '0',
    // Tests speak for several addresses through X-Forwarded-For (the `ip` option); the proxy test turns this off.
    TRUST_PROXY: 'loopback',
    // Every read of the figures folds the tally's queue first; the fold between reads would add a statement to the
    // tests that count them, at any moment. test/e2e/tally-crash runs it in a process of its own.
    TALLY_FOLD_MS: '0',
    ...database.env,
    ...env,
  });
  const app = await createApp(config);
  await app.listen(0, '127.0.0.1');
  const dataSource = app.get(DataSource);
  const http = request(app.getHttpServer());
  const { port } = app.getHttpServer().address() as AddressInfo;

  const secondFactors = new SecondFactors(config.DATA_DIR);
  const { gql, login } = apiClient(http, secondFactors);

  const download: TestApp['download'] = async (path, token) => {
    const response = await http
      .get(path)
      .set('authorization', `Bearer ${token}`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    return {
      status: response.status,
      headers: response.headers as Record<string, string>,
      body: response.body as Buffer,
    };
  };

  return {
    app,
    dataSource,
    http,
    url: `http://127.0.0.1:${port}`,
    gql,
    login,
    secondFactors,
    dataDir: config.DATA_DIR,
    download,
    close: async () => {
      await app.close();
      await database.dispose();
    },
  };
}

/** The code of the first error, for terse assertions. */
export const codeOf = (response: GqlResponse<unknown>) => response.errors?.[0]?.extensions.code;

/** Runs `fn` and returns the SQL statements the API sent meanwhile (as TypeORM's query runners log them). */
export async function countStatements<T>(
  t: TestApp,
  fn: () => Promise<T>,
): Promise<{ result: T; statements: string[] }> {
  const logger = t.dataSource.logger;
  const original = logger.logQuery.bind(logger);
  const statements: string[] = [];
  logger.logQuery = (query, parameters, runner) => {
    statements.push(query);
    return original(query, parameters, runner);
  };
  try {
    return { result: await fn(), statements };
  } finally {
    logger.logQuery = original;
  }
}
