import {
  ADDRESS_FAILURE_CEILING,
  FREE_FAILURES_PER_PAIR,
  MAX_DELAY_SECONDS,
} from '../../apps/api/src/auth/login-delay';
import { codeOf, DEMO_PASSWORD, GqlResponse, startTestApp, TestApp } from '../support/test-app';

const LOGIN = `mutation ($email: String!, $password: String!) {
  login(email: $email, password: $password) { accessToken refreshToken accessTokenExpiresAt account { id email country roles language } }
}`;
const ME = '{ me { id email displayName country roles language } }';
const REFRESH = 'mutation ($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken } }';

describe('sign-in and sessions', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('signs the Finnish operator in and tells who they are', async () => {
    const res = await t.gql<{
      login: { accessToken: string; account: { country: string; roles: string[]; language: string } };
    }>(LOGIN, {
      email: 'Operator1.FI@empact.test',
      password: DEMO_PASSWORD,
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.login.account).toMatchObject({ country: 'FI', roles: ['OPERATOR'], language: 'fi' });
    const me = await t.gql<{ me: { email: string } }>(ME, {}, { token: res.data?.login.accessToken });
    expect(me.data?.me.email).toBe('operator1.fi@empact.test');
  });

  it('refuses a wrong password with UNAUTHENTICATED in the caller’s language', async () => {
    const english = await t.gql(LOGIN, { email: 'leader.be@empact.test', password: 'not-the-password' });
    expect(codeOf(english)).toBe('UNAUTHENTICATED');
    expect(english.errors?.[0].message).toBe('The e-mail address or password is wrong.');
    expect(english.data).toBeNull();

    const french = await t.gql(
      LOGIN,
      { email: 'leader.be@empact.test', password: 'not-the-password' },
      { language: 'fr-BE,fr;q=0.9' },
    );
    expect(french.errors?.[0].message).toBe('L’adresse e-mail ou le mot de passe est incorrect.');
  });

  it('gives the same answer for an unknown e-mail as for a wrong password', async () => {
    const res = await t.gql(LOGIN, { email: 'nobody@empact.test', password: 'whatever-it-is' });
    expect(codeOf(res)).toBe('UNAUTHENTICATED');
    expect(res.errors?.[0].message).toBe('The e-mail address or password is wrong.');
  });

  it('answers in the account’s language once signed in, whatever the browser says', async () => {
    const token = await t.login('operator1.is@empact.test');
    const res = await t.gql(
      '{ account(id: "00000000-0000-4000-8000-000000000000") { id } }',
      {},
      { token, language: 'de' },
    );
    expect(codeOf(res)).toBe('NOT_FOUND');
    expect(res.errors?.[0].message).toBe('Þessi aðgangur er ekki til.');
  });

  it('refuses a request without a token, and one with a forged token', async () => {
    expect(codeOf(await t.gql(ME))).toBe('UNAUTHENTICATED');
    const forged = await t.gql(ME, {}, { token: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl' });
    expect(codeOf(forged)).toBe('UNAUTHENTICATED');
  });

  it('rotates the refresh token and ends the whole sign-in when an old one is used again', async () => {
    const first = await t.gql<{ login: { accessToken: string; refreshToken: string } }>(LOGIN, {
      email: 'leader.nl@empact.test',
      password: DEMO_PASSWORD,
    });
    const { refreshToken } = first.data!.login;
    const second = await t.gql<{ refreshSession: { accessToken: string; refreshToken: string } }>(REFRESH, {
      t: refreshToken,
    });
    expect(second.errors).toBeUndefined();
    expect(second.data?.refreshSession.refreshToken).not.toBe(refreshToken);
    expect((await t.gql(ME, {}, { token: second.data?.refreshSession.accessToken })).data).toBeTruthy();

    // The first token again: a sign of theft, so every token of this sign-in stops.
    const replay = await t.gql(REFRESH, { t: refreshToken });
    expect(codeOf(replay)).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql(REFRESH, { t: second.data?.refreshSession.refreshToken }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(codeOf(await t.gql(ME, {}, { token: second.data?.refreshSession.accessToken }))).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('logs out: the access token stops working at once', async () => {
    const res = await t.gql<{ login: { accessToken: string; refreshToken: string } }>(LOGIN, {
      email: 'operator2.nl@empact.test',
      password: DEMO_PASSWORD,
    });
    const { accessToken, refreshToken } = res.data!.login;
    const out = await t.gql<{ logout: boolean }>(
      'mutation ($t: String!) { logout(refreshToken: $t) }',
      { t: refreshToken },
      { token: accessToken },
    );
    expect(out.data?.logout).toBe(true);
    expect(codeOf(await t.gql(ME, {}, { token: accessToken }))).toBe('UNAUTHENTICATED');
  });

  it('stops a disabled account’s token at once and refuses its sign-in', async () => {
    const victim = await t.login('operator2.is@empact.test');
    const victimId = (await t.gql<{ me: { id: string } }>(ME, {}, { token: victim })).data!.me.id;
    const admin = await t.login('admin@empact.test');
    const disabled = await t.gql(
      'mutation ($id: ID!) { setAccountDisabled(id: $id, disabled: true) { disabled } }',
      { id: victimId },
      { token: admin },
    );
    expect(disabled.data).toEqual({ setAccountDisabled: { disabled: true } });

    const after = await t.gql(ME, {}, { token: victim, language: 'is' });
    expect(codeOf(after)).toBe('UNAUTHENTICATED');
    expect(after.errors?.[0].message).toBe('Lotunni þinni er lokið. Skráðu þig inn aftur.');
    expect(codeOf(await t.gql(LOGIN, { email: 'operator2.is@empact.test', password: DEMO_PASSWORD }))).toBe(
      'UNAUTHENTICATED',
    );
  });

  describe('failed sign-ins', () => {
    const WRONG = 'guess-guess-guess';
    const attempt = (email: string, ip: string, password = WRONG, language = 'en') =>
      t.gql<{ login: { accessToken: string } }>(LOGIN, { email, password }, { ip, language });
    const retryAfter = (res: GqlResponse<unknown>) => res.errors?.[0]?.extensions.retryAfterSeconds;

    /** Makes the pair's last attempt the latest thing that happened, so that a wait is measured from now. */
    const justNow = (email: string, ip: string) =>
      t.dataSource.query(
        `UPDATE login_attempt SET at = now() WHERE id = (SELECT max(id) FROM login_attempt WHERE email = $1 AND ip = $2)`,
        [email, ip],
      );
    /** Lets `seconds` pass for everything this address did, as a clock would. */
    const passTime = (ip: string, seconds: number) =>
      t.dataSource.query(`UPDATE login_attempt SET at = at - make_interval(secs => $2) WHERE ip = $1`, [
        ip,
        seconds,
      ]);

    it('do not stop the owner signing in from another address, however many a stranger makes', async () => {
      const owner = 'leader.is@empact.test';
      const stranger = '203.0.113.66';
      // Ten wrong passwords from one address, each after its wait (the clock moved on between them).
      for (let i = 0; i < 10; i++) {
        await passTime(stranger, MAX_DELAY_SECONDS);
        expect(codeOf(await attempt(owner, stranger))).toBe('UNAUTHENTICATED');
      }
      // Then ninety more as fast as the stranger can send them: refused unchecked, so none is a new guess.
      const refused = await Promise.all(Array.from({ length: 90 }, () => attempt(owner, stranger)));
      expect(new Set(refused.map(codeOf))).toEqual(new Set(['TOO_MANY_REQUESTS']));

      const home = await attempt(owner, '198.51.100.20', DEMO_PASSWORD);
      expect(home.errors).toBeUndefined();
      expect(home.data?.login.accessToken).toBeTruthy();
      // A typing mistake of the owner, at home, costs nothing either.
      expect(codeOf(await attempt(owner, '198.51.100.20', 'a-typo-of-the-password'))).toBe('UNAUTHENTICATED');
      expect((await attempt(owner, '198.51.100.20', DEMO_PASSWORD)).errors).toBeUndefined();
    });

    it('make one account and address wait longer after each failure, and say when to try again', async () => {
      const email = 'operator1.be@empact.test';
      const ip = '203.0.113.70';
      for (let i = 0; i < FREE_FAILURES_PER_PAIR; i++)
        expect(codeOf(await attempt(email, ip))).toBe('UNAUTHENTICATED');

      const waits: number[] = [];
      for (let i = 0; i < 5; i++) {
        await justNow(email, ip);
        const refused = await attempt(email, ip);
        expect(codeOf(refused)).toBe('TOO_MANY_REQUESTS');
        waits.push(retryAfter(refused) as number);
        await passTime(ip, waits[i]);
        expect(codeOf(await attempt(email, ip))).toBe('UNAUTHENTICATED');
      }
      expect(waits).toEqual([1, 2, 4, 8, 16]);

      // Even the right password waits: the refusal comes before the password is looked at, so it tells nothing.
      await justNow(email, ip);
      const right = await attempt(email, ip, DEMO_PASSWORD, 'fr-BE');
      expect(codeOf(right)).toBe('TOO_MANY_REQUESTS');
      expect(right.errors?.[0].message).toBe(
        'Trop de tentatives de connexion échouées. Réessayez dans 32 secondes.',
      );
      expect(retryAfter(right)).toBe(32);

      // Once the wait has passed, the right password signs in, and the pair starts afresh.
      await passTime(ip, MAX_DELAY_SECONDS);
      expect((await attempt(email, ip, DEMO_PASSWORD)).errors).toBeUndefined();
      for (let i = 0; i < FREE_FAILURES_PER_PAIR; i++)
        expect(codeOf(await attempt(email, ip))).toBe('UNAUTHENTICATED');
    });

    it('from one address on many accounts meet a ceiling that keeps out only that address, and not from accounts at home there', async () => {
      const office = '192.0.2.7';
      expect((await attempt('leader.fi@empact.test', office, DEMO_PASSWORD)).errors).toBeUndefined();
      // A hundred wrong passwords on as many accounts (written straight into the record: a hundred password checks
      // would take the test half a minute), the last one a minute ago.
      await t.dataSource.query(
        `INSERT INTO login_attempt (email, ip, succeeded, at)
         SELECT 'sprayed' || n || '@empact.test', $1, false, now() - interval '1 minute' - n * interval '10 seconds'
           FROM generate_series(1, $2::int) n`,
        [office, ADDRESS_FAILURE_CEILING],
      );

      const stranger = await attempt('operator2.fi@empact.test', office, DEMO_PASSWORD, 'sv');
      expect(codeOf(stranger)).toBe('TOO_MANY_REQUESTS');
      expect(stranger.errors?.[0].message).toBe(
        'För många misslyckade inloggningsförsök. Försök igen om 43 minuter.',
      );
      // The account signs in from anywhere else, and the one that signed in from this address before still does here.
      expect((await attempt('operator2.fi@empact.test', '192.0.2.8', DEMO_PASSWORD)).errors).toBeUndefined();
      expect((await attempt('leader.fi@empact.test', office, DEMO_PASSWORD)).errors).toBeUndefined();
    });
  });
});
