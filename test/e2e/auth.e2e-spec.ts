import { codeOf, DEMO_PASSWORD, startTestApp, TestApp } from '../support/test-app';

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
    const res = await t.gql<{ login: { accessToken: string; account: { country: string; roles: string[]; language: string } } }>(LOGIN, {
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

    const french = await t.gql(LOGIN, { email: 'leader.be@empact.test', password: 'not-the-password' }, { language: 'fr-BE,fr;q=0.9' });
    expect(french.errors?.[0].message).toBe('L’adresse e-mail ou le mot de passe est incorrect.');
  });

  it('gives the same answer for an unknown e-mail as for a wrong password', async () => {
    const res = await t.gql(LOGIN, { email: 'nobody@empact.test', password: 'whatever-it-is' });
    expect(codeOf(res)).toBe('UNAUTHENTICATED');
    expect(res.errors?.[0].message).toBe('The e-mail address or password is wrong.');
  });

  it('answers in the account’s language once signed in, whatever the browser says', async () => {
    const token = await t.login('operator1.is@empact.test');
    const res = await t.gql('{ account(id: "00000000-0000-4000-8000-000000000000") { id } }', {}, { token, language: 'de' });
    expect(codeOf(res)).toBe('NOT_FOUND');
    expect(res.errors?.[0].message).toBe('Þessi aðgangur er ekki til.');
  });

  it('refuses a request without a token, and one with a forged token', async () => {
    expect(codeOf(await t.gql(ME))).toBe('UNAUTHENTICATED');
    const forged = await t.gql(ME, {}, { token: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl' });
    expect(codeOf(forged)).toBe('UNAUTHENTICATED');
  });

  it('rotates the refresh token and ends the whole sign-in when an old one is used again', async () => {
    const first = await t.gql<{ login: { accessToken: string; refreshToken: string } }>(LOGIN, { email: 'leader.nl@empact.test', password: DEMO_PASSWORD });
    const { refreshToken } = first.data!.login;
    const second = await t.gql<{ refreshSession: { accessToken: string; refreshToken: string } }>(REFRESH, { t: refreshToken });
    expect(second.errors).toBeUndefined();
    expect(second.data?.refreshSession.refreshToken).not.toBe(refreshToken);
    expect((await t.gql(ME, {}, { token: second.data?.refreshSession.accessToken })).data).toBeTruthy();

    // The first token again: a sign of theft, so every token of this sign-in stops.
    const replay = await t.gql(REFRESH, { t: refreshToken });
    expect(codeOf(replay)).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql(REFRESH, { t: second.data?.refreshSession.refreshToken }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql(ME, {}, { token: second.data?.refreshSession.accessToken }))).toBe('UNAUTHENTICATED');
  });

  it('logs out: the access token stops working at once', async () => {
    const res = await t.gql<{ login: { accessToken: string; refreshToken: string } }>(LOGIN, { email: 'operator2.nl@empact.test', password: DEMO_PASSWORD });
    const { accessToken, refreshToken } = res.data!.login;
    const out = await t.gql<{ logout: boolean }>('mutation ($t: String!) { logout(refreshToken: $t) }', { t: refreshToken }, { token: accessToken });
    expect(out.data?.logout).toBe(true);
    expect(codeOf(await t.gql(ME, {}, { token: accessToken }))).toBe('UNAUTHENTICATED');
  });

  it('stops a disabled account’s token at once and refuses its sign-in', async () => {
    const victim = await t.login('operator2.is@empact.test');
    const victimId = (await t.gql<{ me: { id: string } }>(ME, {}, { token: victim })).data!.me.id;
    const admin = await t.login('admin@empact.test');
    const disabled = await t.gql('mutation ($id: ID!) { setAccountDisabled(id: $id, disabled: true) { disabled } }', { id: victimId }, { token: admin });
    expect(disabled.data).toEqual({ setAccountDisabled: { disabled: true } });

    const after = await t.gql(ME, {}, { token: victim, language: 'is' });
    expect(codeOf(after)).toBe('UNAUTHENTICATED');
    expect(after.errors?.[0].message).toBe('Lotunni þinni er lokið. Skráðu þig inn aftur.');
    expect(codeOf(await t.gql(LOGIN, { email: 'operator2.is@empact.test', password: DEMO_PASSWORD }))).toBe('UNAUTHENTICATED');
  });

  it('slows down the eleventh failed sign-in within a minute for one account', async () => {
    const attempt = (ip: string) => t.gql(LOGIN, { email: 'leader.is@empact.test', password: 'guess-guess-guess' }, { ip, language: 'nb' });
    for (let i = 0; i < 10; i++) expect(codeOf(await attempt(`10.0.0.${i + 1}`))).toBe('UNAUTHENTICATED');
    const blocked = await attempt('10.0.0.99');
    expect(codeOf(blocked)).toBe('TOO_MANY_REQUESTS');
    expect(blocked.errors?.[0].message).toBe('For mange mislykkede innloggingsforsøk. Vent ett minutt og prøv igjen.');
    // Even the right password waits: the throttle does not reveal whether a guess was right.
    const right = await t.gql(LOGIN, { email: 'leader.is@empact.test', password: DEMO_PASSWORD }, { ip: '10.0.0.100' });
    expect(codeOf(right)).toBe('TOO_MANY_REQUESTS');
  });

  it('slows down ten failed sign-ins from one address across accounts', async () => {
    const ip = '192.0.2.7';
    for (let i = 0; i < 10; i++) {
      await t.gql(LOGIN, { email: `someone${i}@empact.test`, password: 'guess-guess-guess' }, { ip });
    }
    expect(codeOf(await t.gql(LOGIN, { email: 'leader.fi@empact.test', password: DEMO_PASSWORD }, { ip }))).toBe('TOO_MANY_REQUESTS');
    expect(codeOf(await t.gql(LOGIN, { email: 'leader.fi@empact.test', password: DEMO_PASSWORD }, { ip: '192.0.2.8' }))).toBeUndefined();
  });
});
