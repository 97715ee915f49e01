import { demoSecrets } from '../support/second-factor';
import { codeOf, DEMO_PASSWORD, startTestApp, TestApp } from '../support/test-app';

const repeat = (n: number, make: (i: number) => string) =>
  Array.from({ length: n }, (_, i) => make(i)).join(' ');

/** The sources of one directive of a Content-Security-Policy header. */
const sourcesOf = (policy: string, name: string) =>
  policy
    .split(';')
    .map((directive) => directive.trim().split(/\s+/))
    .find(([directive]) => directive === name)
    ?.slice(1);

describe('limits on what one request may ask', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const post = (body: unknown, language = 'fr') =>
    t.http
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('accept-language', language)
      .send(JSON.stringify(body));

  it('refuses too many aliases, directives and tokens before any resolver runs, in the caller’s language', async () => {
    const aliases = await post({ query: `{ ${repeat(16, (i) => `a${i}: platforms { code }`)} }` });
    expect(aliases.body.errors[0]).toMatchObject({
      message: 'La requête utilise plus de 15 alias.',
      extensions: { code: 'BAD_USER_INPUT' },
    });

    const directives = await post(
      { query: `{ __typename ${repeat(11, () => '@include(if: true)')} }` },
      'de',
    );
    expect(directives.body.errors.map((e: { message: string }) => e.message)).toContain(
      'Die Anfrage verwendet mehr als 10 Direktiven.',
    );

    const tokens = await post({ query: `{ platforms { ${repeat(2100, () => 'code')} } }` }, 'fi');
    expect(tokens.status).toBeLessThan(500);
    expect(tokens.body.errors[0]).toMatchObject({
      message: 'Pyyntö on pidempi kuin 2000 merkkiä.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('refuses an operation that would cost too much work, even from someone signed in', async () => {
    const token = await t.login('coordinator.no@empact.test');
    const table =
      'rows columns cells { value suppressed } rowTotals { value suppressed } columnTotals { value suppressed } grandTotal { value suppressed }';
    const outcomes = `outcomes(weekId: "00000000-0000-4000-8000-000000000000") { byCountryAndDay { ${table} } byPlatform { ${table} } byTopic { ${table} } byAgeBand { ${table} } byOutcome { ${table} } byLanguage { ${table} } youngPeople { ${table} } sessions { ${table} } referrals { ${table} } }`;
    const res = await t.http
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('authorization', `Bearer ${token}`)
      .set('accept-language', 'nb')
      .send({ query: `{ ${repeat(8, (i) => `o${i}: ${outcomes}`)} }` });
    expect(res.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(res.body.errors[0].message).toMatch(
      /^Forespørselen ber om for mye på én gang \(mer enn 3000 arbeidspoeng\)/,
    );
    expect(res.body.data).toBeUndefined();
  });

  it('refuses batched requests', async () => {
    const res = await post([{ query: '{ __typename }' }, { query: '{ __typename }' }], 'nl');
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).not.toContain('__typename');
  });

  it('refuses a request that a form or a simple cross-site GET could send (CSRF)', async () => {
    const get = await t.http.get('/graphql').query({ query: '{ __typename }' });
    expect(get.status).toBe(400);
    const form = await t.http
      .post('/graphql')
      .set('content-type', 'text/plain')
      .send(JSON.stringify({ query: '{ __typename }' }));
    expect(form.status).toBeGreaterThanOrEqual(400);
    expect(form.status).toBeLessThan(500);
  });

  it('refuses a body larger than the limit with a coded, translated error', async () => {
    const res = await post({ query: '{ __typename }', variables: { padding: 'x'.repeat(1_100_000) } }, 'sv');
    expect(res.status).toBe(413);
    expect(res.body.errors[0]).toEqual({
      message: 'Begäran är större än 1mb.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('sends security headers and no CORS permission to an unknown origin', async () => {
    const res = await t.http.get('/health').set('origin', 'https://elsewhere.example');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['strict-transport-security']).toBeDefined();
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('lets the page connect to its own origin only, its subscription WebSocket included', async () => {
    const host = new URL(t.url).host;
    const res = await t.http.get('/health').set('host', host);
    expect(sourcesOf(res.headers['content-security-policy'], 'connect-src')).toEqual([
      "'self'",
      `ws://${host}`,
      `wss://${host}`,
    ]);
    // A Host that is not a plain host name cannot write into the policy.
    const forged = await t.http.get('/health').set('host', "evil.example;script-src 'unsafe-inline'");
    expect(sourcesOf(forged.headers['content-security-policy'], 'connect-src')).toEqual(["'self'"]);
    expect(sourcesOf(forged.headers['content-security-policy'], 'script-src')).toEqual(["'self'"]);
  });
});

describe('a production API with an allow-list and rate limits', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({
      NODE_ENV: 'production',
      JWT_SECRET: 'a-production-secret-of-forty-characters!!',
      TWO_FACTOR_KEY: 'a-production-two-factor-key-of-forty-chars',
      CORS_ORIGINS: 'https://admin.empact.example, https://liaison.empact.example',
      RATE_LIMIT_LOGIN: '5',
      RATE_LIMIT_MUTATIONS: '3',
    });
  });
  afterAll(() => t.close());

  it('lets the page connect to its own origin and the allowed ones, and to no other WebSocket', async () => {
    const res = await t.http.get('/health').set('host', 'api.empact.example');
    expect(sourcesOf(res.headers['content-security-policy'], 'connect-src')).toEqual([
      "'self'",
      'ws://api.empact.example',
      'wss://api.empact.example',
      'https://admin.empact.example',
      'wss://admin.empact.example',
      'https://liaison.empact.example',
      'wss://liaison.empact.example',
    ]);
  });

  it('answers the allowed origins only', async () => {
    const allowed = await t.http
      .options('/graphql')
      .set('origin', 'https://liaison.empact.example')
      .set('access-control-request-method', 'POST');
    expect(allowed.headers['access-control-allow-origin']).toBe('https://liaison.empact.example');
    const other = await t.http
      .options('/graphql')
      .set('origin', 'https://elsewhere.example')
      .set('access-control-request-method', 'POST');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('hides the schema: no introspection, no field suggestions', async () => {
    const introspection = await t.gql('{ __schema { types { name } } }');
    expect(introspection.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const typo = await t.http
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query: '{ actionWeek { id } }' });
    expect(JSON.stringify(typo.body)).not.toMatch(/Did you mean|actionWeeks/);
  });

  it('counts every aliased sign-in, per address', async () => {
    // A coordinator signs in with two steps: each sign-in gives one of the demo account's recovery codes.
    const codes = demoSecrets(t.dataDir)['coordinator.no@empact.test'].recoveryCodes;
    const login = (i: number) =>
      `l${i}: login(email: "coordinator.no@empact.test", password: "${DEMO_PASSWORD}", recoveryCode: "${codes[i]}") { accessToken }`;
    const res = await t.http
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('x-forwarded-for', '203.0.113.7')
      .send({ query: `mutation { ${repeat(7, login)} }` });
    // Five sign-ins pass; the sixth root field is refused (and a mutation stops at its first error).
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors[0]).toMatchObject({ path: ['l5'], extensions: { code: 'TOO_MANY_REQUESTS' } });
    const again = await t.gql(
      'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }',
      { e: 'coordinator.no@empact.test', p: DEMO_PASSWORD },
      { ip: '203.0.113.7' },
    );
    expect(again.errors?.[0].extensions.code).toBe('TOO_MANY_REQUESTS');
    // Another address is counted on its own.
    const other = await t.gql(
      'mutation ($e: String!, $p: String!, $r: String) { login(email: $e, password: $p, recoveryCode: $r) { accessToken } }',
      { e: 'coordinator.no@empact.test', p: DEMO_PASSWORD, r: codes[7] },
      { ip: '198.51.100.9' },
    );
    expect(other.errors).toBeUndefined();
  });

  it('counts mutations per account, with a translated refusal that says when to try again', async () => {
    const token = await t.login('operator1.fi@empact.test', DEMO_PASSWORD);
    const res = await t.gql(
      `mutation { ${repeat(4, (i) => `m${i}: setMyLanguage(language: "fi") { id }`)} }`,
      {},
      { token },
    );
    const refusals = res.errors ?? [];
    expect(refusals).toHaveLength(1);
    expect(refusals[0]).toMatchObject({
      message: 'Liikaa pyyntöjä. Odota hetki ja yritä uudelleen.',
      extensions: { code: 'TOO_MANY_REQUESTS' },
    });
    expect(refusals[0].extensions.retryAfterSeconds).toBeGreaterThan(0);
    // Another account still writes.
    const other = await t.login('operator1.nl@empact.test', DEMO_PASSWORD);
    expect(
      (await t.gql('mutation { setMyLanguage(language: "nl") { id } }', {}, { token: other })).errors,
    ).toBeUndefined();
  });
});

describe('an API that believes no forwarded header (TRUST_PROXY unset)', () => {
  let t: TestApp;
  const LOGIN = 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }';

  beforeAll(async () => {
    t = await startTestApp({ TRUST_PROXY: '', RATE_LIMIT_LOGIN: '6' });
  });
  afterAll(() => t.close());

  it('counts sign-ins by the connection’s address, however X-Forwarded-For changes', async () => {
    const guess = (i: number) =>
      t.gql(LOGIN, { e: 'operator1.no@empact.test', p: 'guess-guess-guess' }, { ip: `203.0.113.${i}` });
    for (let i = 1; i <= 5; i++) expect(codeOf(await guess(i))).toBe('UNAUTHENTICATED');
    // Measured from now (a slow machine would otherwise outlast the first wait, one second).
    await t.dataSource.query(`UPDATE login_attempt SET at = now()`);
    // A new forwarded address each time, yet one account and one address: the pair waits.
    const sixth = await guess(6);
    expect(codeOf(sixth)).toBe('TOO_MANY_REQUESTS');
    expect(sixth.errors?.[0].message).toMatch(/^Too many failed sign-in attempts\. Try again in 1 second\.$/);
    const addresses: { ip: string }[] = await t.dataSource.query(`SELECT DISTINCT ip FROM login_attempt`);
    expect(addresses.map(({ ip }) => ip)).toEqual([expect.stringMatching(/^(::ffff:)?127\.0\.0\.1$|^::1$/)]);

    // The per-address rate limit of the sign-in operation is not escaped either: the seventh in a minute is refused.
    const seventh = await t.gql(
      LOGIN,
      { e: 'operator2.no@empact.test', p: DEMO_PASSWORD },
      { ip: '198.51.100.77' },
    );
    expect(seventh.errors?.[0]).toMatchObject({
      message: 'Too many requests. Wait a moment and try again.',
      extensions: { code: 'TOO_MANY_REQUESTS' },
    });
  });
});
