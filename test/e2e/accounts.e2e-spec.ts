import { codeOf, startTestApp, TestApp } from '../support/test-app';

const ACCOUNTS =
  'query ($filter: AccountFilter) { accounts(filter: $filter) { id email country roles disabled } }';
const ACCOUNT = 'query ($id: ID!) { account(id: $id) { id email country } }';
const CREATE =
  'mutation ($input: CreateAccountInput!) { createAccount(input: $input) { id email displayName country roles language disabled } }';
const UPDATE =
  'mutation ($input: UpdateAccountInput!) { updateAccount(input: $input) { id displayName country roles language } }';

const newAccount = (overrides: Record<string, unknown> = {}) => ({
  email: 'operator3.fi@empact.test',
  displayName: 'Eero Mäkinen',
  country: 'FI',
  roles: ['OPERATOR'],
  language: 'fi',
  password: 'a-long-enough-password',
  ...overrides,
});

describe('accounts and country scoping', () => {
  let t: TestApp;
  let admin: string;
  let belgianLeader: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin@empact.test');
    belgianLeader = await t.login('leader.be@empact.test');
    const all = await t.gql<{ accounts: { id: string; email: string }[] }>(ACCOUNTS, {}, { token: admin });
    for (const account of all.data!.accounts) ids[account.email] = account.id;
  });
  afterAll(() => t.close());

  /** An admin who reads German: the account's language decides the language of its error messages. */
  let germanAdminToken: string | undefined;
  const germanSpeakingAdmin = async () => {
    if (!germanAdminToken) {
      await t.gql(
        CREATE,
        {
          input: newAccount({
            email: 'admin.de@empact.test',
            country: null,
            roles: ['ADMIN'],
            language: 'de',
          }),
        },
        { token: admin },
      );
      germanAdminToken = await t.login('admin.de@empact.test', 'a-long-enough-password');
    }
    return germanAdminToken;
  };

  const accountRows = async (email: string) =>
    Number((await t.dataSource.query('SELECT count(*) AS n FROM account WHERE email = $1', [email]))[0].n);

  it('lets an admin create an account that can then sign in', async () => {
    const res = await t.gql<{ createAccount: { email: string; disabled: boolean } }>(
      CREATE,
      { input: newAccount() },
      { token: admin },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.createAccount).toMatchObject({ email: 'operator3.fi@empact.test', disabled: false });
    await expect(t.login('operator3.fi@empact.test', 'a-long-enough-password')).resolves.toEqual(
      expect.any(String),
    );
  });

  it('refuses a second account with the same e-mail, in any case, naming the field', async () => {
    // The admin's own language (English) wins over the browser's.
    const res = await t.gql(
      CREATE,
      { input: newAccount({ email: 'OPERATOR3.fi@empact.test' }) },
      { token: admin, language: 'nl' },
    );
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions.field).toBe('email');
    expect(res.errors?.[0].message).toBe(
      'An account with the e-mail address operator3.fi@empact.test already exists.',
    );
    expect(await accountRows('operator3.fi@empact.test')).toBe(1);
  });

  it.each([
    [
      'a malformed e-mail',
      { email: 'not-an-email' },
      'email',
      'Das Feld „email“ muss eine E-Mail-Adresse sein.',
    ],
    [
      'an over-long name',
      { displayName: 'x'.repeat(121) },
      'displayName',
      'Das Feld „displayName“ darf höchstens 120 Zeichen enthalten.',
    ],
    [
      'a short password',
      { password: 'short' },
      'password',
      'Das Feld „password“ muss mindestens 12 Zeichen enthalten.',
    ],
    [
      'an unknown country',
      { country: 'XX' },
      'country',
      'Das Feld „country“ enthält einen nicht zulässigen Wert.',
    ],
    [
      'an unknown language',
      { language: 'pl' },
      'language',
      'Das Feld „language“ enthält einen nicht zulässigen Wert.',
    ],
    ['no roles', { roles: [] }, 'roles', 'Das Feld „roles“ ist ein Pflichtfeld.'],
    [
      'an operator without a country',
      { country: null },
      'country',
      'Teammitglieder und Koordinatoren brauchen ein Land.',
    ],
  ])(
    'refuses %s with BAD_USER_INPUT naming the field, and stores nothing',
    async (_, overrides, field, message) => {
      const email = `bad-${field}@empact.test`;
      const res = await t.gql(
        CREATE,
        { input: newAccount({ email, ...overrides }) },
        { token: await germanSpeakingAdmin() },
      );
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions.field).toBe(field);
      expect(res.errors?.[0].message).toBe(message);
      expect(res.status).not.toBe(500);
      expect(await accountRows(email)).toBe(0);
    },
  );

  it('refuses an unknown field and a wrong type before anything runs, in the caller’s language', async () => {
    const unknown = await t.gql(
      CREATE,
      { input: { ...newAccount({ email: 'x1@empact.test' }), rank: 'chief' } },
      { language: 'sv' },
    );
    expect(codeOf(unknown)).toBe('BAD_USER_INPUT');
    expect(unknown.errors?.[0].extensions.field).toBe('rank');
    expect(unknown.errors?.[0].message).toBe('Fältet ”rank” är okänt.');

    const wrongType = await t.gql(
      CREATE,
      { input: newAccount({ email: 'x2@empact.test', displayName: 42 }) },
      { language: 'fi' },
    );
    expect(codeOf(wrongType)).toBe('BAD_USER_INPUT');
    expect(wrongType.status).toBeLessThan(500);
    expect(wrongType.errors?.[0].extensions.field).toBe('input.displayName');
    expect(wrongType.errors?.[0].message).toBe('Kentän ”input.displayName” arvo on väärää tyyppiä.');

    const inline = await t.gql(
      'mutation { login(email: "a@b.test", password: 3) { accessToken } }',
      {},
      { language: 'en' },
    );
    expect(inline.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'password' } });
    expect(inline.errors?.[0].message).toBe('The field "password" has a value of the wrong type.');
  });

  it('shows a Belgian team leader only Belgian accounts (and their own)', async () => {
    const res = await t.gql<{ accounts: { country: string }[] }>(ACCOUNTS, {}, { token: belgianLeader });
    expect(res.data?.accounts.length).toBe(3);
    expect(new Set(res.data?.accounts.map((a) => a.country))).toEqual(new Set(['BE']));
    const filtered = await t.gql<{ accounts: unknown[] }>(
      ACCOUNTS,
      { filter: { country: 'FI' } },
      { token: belgianLeader },
    );
    expect(filtered.data?.accounts).toEqual([]);
  });

  it('answers NOT_FOUND to a Belgian team member for a Finnish account, as for one that does not exist', async () => {
    const finnish = await t.gql(ACCOUNT, { id: ids['operator1.fi@empact.test'] }, { token: belgianLeader });
    const missing = await t.gql(
      ACCOUNT,
      { id: '9a1c2d3e-0000-4000-8000-000000000000' },
      { token: belgianLeader },
    );
    expect(codeOf(finnish)).toBe('NOT_FOUND');
    expect(finnish.errors?.[0].message).toBe(missing.errors?.[0].message);
    const operator = await t.login('operator2.be@empact.test');
    expect(codeOf(await t.gql(ACCOUNT, { id: ids['leader.fi@empact.test'] }, { token: operator }))).toBe(
      'NOT_FOUND',
    );
    expect(
      (await t.gql(ACCOUNT, { id: ids['leader.be@empact.test'] }, { token: operator })).data,
    ).toBeTruthy();
  });

  it('refuses a Belgian team member changing a Finnish account (NOT_FOUND) and their own country’s (FORBIDDEN)', async () => {
    const finnish = await t.gql(
      UPDATE,
      { input: { id: ids['operator1.fi@empact.test'], displayName: 'Hijacked' } },
      { token: belgianLeader },
    );
    expect(codeOf(finnish)).toBe('NOT_FOUND');
    const disable = await t.gql(
      'mutation ($id: ID!) { setAccountDisabled(id: $id, disabled: true) { id } }',
      { id: ids['leader.fi@empact.test'] },
      { token: belgianLeader },
    );
    expect(codeOf(disable)).toBe('NOT_FOUND');
    const belgian = await t.gql(
      UPDATE,
      { input: { id: ids['operator1.be@empact.test'], displayName: 'Renamed' } },
      { token: belgianLeader },
    );
    expect(codeOf(belgian)).toBe('FORBIDDEN');
    const [row] = await t.dataSource.query('SELECT display_name FROM account WHERE email = $1', [
      'operator1.fi@empact.test',
    ]);
    expect(row.display_name).toBe('Mikko Korhonen');
  });

  it('refuses the accounts list to a liaison and lets them read only themselves', async () => {
    const liaison = await t.login('liaison@empact.test');
    expect(codeOf(await t.gql(ACCOUNTS, {}, { token: liaison }))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(ACCOUNT, { id: ids['coordinator.no@empact.test'] }, { token: liaison }))).toBe(
      'NOT_FOUND',
    );
    expect(
      (await t.gql<{ me: { roles: string[] } }>('{ me { roles } }', {}, { token: liaison })).data?.me.roles,
    ).toEqual(['LIAISON']);
  });

  it('lets a coordinator read every country’s accounts but not change them', async () => {
    const coordinator = await t.login('coordinator.no@empact.test');
    const res = await t.gql<{ accounts: { country: string | null }[] }>(ACCOUNTS, {}, { token: coordinator });
    expect(new Set(res.data?.accounts.map((a) => a.country))).toEqual(
      new Set([null, 'NO', 'BE', 'NL', 'IS', 'FI']),
    );
    expect(
      codeOf(await t.gql(CREATE, { input: newAccount({ email: 'c@empact.test' }) }, { token: coordinator })),
    ).toBe('FORBIDDEN');
  });

  it('lets an admin edit an account, and refuses to take away their own admin role', async () => {
    const res = await t.gql<{ updateAccount: { displayName: string; language: string } }>(
      UPDATE,
      {
        input: { id: ids['operator2.fi@empact.test'], displayName: 'Linnea Holmström-Lind', language: 'sv' },
      },
      { token: admin },
    );
    expect(res.data?.updateAccount).toMatchObject({ displayName: 'Linnea Holmström-Lind', language: 'sv' });
    const self = await t.gql(
      UPDATE,
      { input: { id: ids['admin@empact.test'], roles: ['LIAISON'] } },
      { token: admin },
    );
    expect(codeOf(self)).toBe('BAD_USER_INPUT');
    expect(
      codeOf(
        await t.gql(
          'mutation ($id: ID!) { setAccountDisabled(id: $id, disabled: true) { id } }',
          { id: ids['admin@empact.test'] },
          { token: admin },
        ),
      ),
    ).toBe('BAD_USER_INPUT');
  });

  it('ends an account’s sign-ins when an admin sets its password', async () => {
    const before = await t.login('operator1.nl@empact.test');
    const res = await t.gql(
      'mutation ($id: ID!, $p: String!) { setAccountPassword(id: $id, password: $p) { id } }',
      { id: ids['operator1.nl@empact.test'], p: 'the-new-password-1' },
      { token: admin },
    );
    expect(res.errors).toBeUndefined();
    expect(codeOf(await t.gql('{ me { id } }', {}, { token: before }))).toBe('UNAUTHENTICATED');
    await expect(t.login('operator1.nl@empact.test', 'the-new-password-1')).resolves.toEqual(
      expect.any(String),
    );
  });

  it('remembers the language a person chooses', async () => {
    const token = await t.login('operator1.be@empact.test');
    const res = await t.gql<{ setMyLanguage: { language: string } }>(
      'mutation { setMyLanguage(language: "de") { language } }',
      {},
      { token },
    );
    expect(res.data?.setMyLanguage.language).toBe('de');
    expect(
      (await t.gql<{ me: { language: string } }>('{ me { language } }', {}, { token })).data?.me.language,
    ).toBe('de');
  });
});
