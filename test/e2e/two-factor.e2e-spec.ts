import { RECOVERY_CODE_COUNT } from '@empact/domain';
import { demoSecrets, SecondFactors, totpCode } from '../support/second-factor';
import { codeOf, DEMO_PASSWORD, startTestApp, TestApp } from '../support/test-app';

const LOGIN = `mutation ($e: String!, $p: String!, $c: String, $r: String) {
  login(email: $e, password: $p, code: $c, recoveryCode: $r) { accessToken refreshToken account { email } }
}`;
const STATUS = '{ myTwoFactor { enabled required enabledAt recoveryCodesLeft } }';
const BEGIN =
  'mutation ($c: String, $r: String) { beginTwoFactorEnrolment(code: $c, recoveryCode: $r) { secret otpauthUri qrCode } }';
const CONFIRM =
  'mutation ($c: String!) { confirmTwoFactorEnrolment(code: $c) { codes status { enabled recoveryCodesLeft } } }';
const REGENERATE =
  'mutation ($c: String, $r: String) { regenerateTwoFactorRecoveryCodes(code: $c, recoveryCode: $r) { codes status { recoveryCodesLeft } } }';
const DISABLE =
  'mutation ($c: String, $r: String) { disableTwoFactor(code: $c, recoveryCode: $r) { enabled } }';

type Login = { login: { accessToken: string; refreshToken: string } };
type Enrolment = { beginTwoFactorEnrolment: { secret: string; otpauthUri: string; qrCode: string } };
type Confirmed = {
  confirmTwoFactorEnrolment: { codes: string[]; status: { enabled: boolean; recoveryCodesLeft: number } };
};

describe('two-factor sign-in (TOTP)', () => {
  let t: TestApp;
  let admin: string;
  /** Every secret and code this file handles: none may show up in the audit log or in clear in a table. */
  const secrets = new Set<string>();
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin@empact.test');
  });
  afterAll(() => t.close());

  const failedAttempts = async (email: string): Promise<number> =>
    Number(
      (
        await t.dataSource.query(
          'SELECT count(*) AS n FROM login_attempt WHERE email = $1 AND NOT succeeded',
          [email],
        )
      )[0].n,
    );
  const signIn = (email: string, proof: { c?: string; r?: string } = {}, language = 'en') =>
    t.gql<Login>(LOGIN, { e: email, p: DEMO_PASSWORD, ...proof }, { language });

  describe('a coordinator of the demo, enrolled with the secret in DATA_DIR', () => {
    const email = 'coordinator2.no@empact.test';
    const apps = new SecondFactors();
    let token: string;
    beforeAll(() => {
      const secret = t.secondFactors.secretOf(email)!;
      secrets.add(secret);
      apps.remember(email, secret);
    });

    it('asks for the code after the right password, in the caller’s language, and hands out no token', async () => {
      const res = await signIn(email, {}, 'nb');
      expect(codeOf(res)).toBe('TWO_FACTOR_REQUIRED');
      expect(res.errors?.[0].message).toBe(
        'Skriv inn koden fra autentiseringsappen, eller en av gjenopprettingskodene dine.',
      );
      expect(res.data?.login).toBeUndefined();
      const wrongPassword = await t.gql(LOGIN, { e: email, p: 'not-the-password', c: '123456' });
      expect(codeOf(wrongPassword)).toBe('UNAUTHENTICATED');
    });

    it('signs in with the code of the moment', async () => {
      const code = await apps.code(email);
      secrets.add(code);
      const res = await signIn(email, { c: code });
      expect(res.errors).toBeUndefined();
      token = res.data!.login.accessToken;
      const status = await t.gql<{ myTwoFactor: { enabled: boolean; required: boolean } }>(
        STATUS,
        {},
        { token },
      );
      expect(status.data?.myTwoFactor).toMatchObject({ enabled: true, required: true });
      const [audit] = await t.dataSource.query(
        `SELECT details FROM audit_entry WHERE action = 'login' ORDER BY id DESC LIMIT 1`,
      );
      expect(audit.details).toEqual({ secondFactor: 'TOTP' });
    });

    it('refuses a wrong code with a coded error in the caller’s language, and counts it as a failed sign-in', async () => {
      const before = await failedAttempts(email);
      const res = await signIn(email, { c: '000000' }, 'fr');
      expect(codeOf(res)).toBe('TWO_FACTOR_CODE_INVALID');
      expect(res.errors?.[0].message).toBe(
        'Le code est incorrect ou a expiré. Saisissez le code que votre application d’authentification affiche maintenant.',
      );
      expect(res.data?.login).toBeUndefined();
      expect(await failedAttempts(email)).toBe(before + 1);
      expect(codeOf(await signIn(email, { c: 'not a code' }))).toBe('TWO_FACTOR_CODE_INVALID');
    });

    it('refuses a code used once already, even a second later', async () => {
      const code = await apps.code(email);
      secrets.add(code);
      expect((await signIn(email, { c: code })).errors).toBeUndefined();
      const before = await failedAttempts(email);
      const replay = await signIn(email, { c: code }, 'de');
      expect(codeOf(replay)).toBe('TWO_FACTOR_CODE_INVALID');
      expect(replay.errors?.[0].message).toBe(
        'Dieser Code wurde bereits verwendet. Warten Sie auf den nächsten Code in Ihrer Authenticator-App.',
      );
      expect(await failedAttempts(email)).toBe(before + 1);
    });

    it('lets only one of two sign-ins sent at once with the same recovery code through', async () => {
      const [code] = demoSecrets(t.dataDir)[email].recoveryCodes;
      secrets.add(code);
      const answers = await Promise.all([signIn(email, { r: code }), signIn(email, { r: code })]);
      expect(answers.map(codeOf).sort()).toEqual(['TWO_FACTOR_CODE_INVALID', undefined]);
    });

    it('cannot be turned off: the role needs it', async () => {
      const res = await t.gql(DISABLE, { c: '000000' }, { token });
      expect(codeOf(res)).toBe('FORBIDDEN');
      // In the account's own language (Norwegian): it wins over the request's.
      expect(res.errors?.[0].message).toBe(
        'Rollen din krever totrinnsinnlogging, så den kan ikke slås av. Du kan i stedet flytte den til en ny autentiseringsapp.',
      );
    });
  });

  describe('a team member who sets it up for themselves', () => {
    const email = 'operator1.nl@empact.test';
    const apps = new SecondFactors();
    let token: string;
    let recoveryCodes: string[];

    it('is optional for the role, and begins with a QR code, the otpauth address and the key for typing in', async () => {
      token = await t.login(email);
      expect((await t.gql<{ myTwoFactor: unknown }>(STATUS, {}, { token })).data?.myTwoFactor).toEqual({
        enabled: false,
        required: false,
        enabledAt: null,
        recoveryCodesLeft: 0,
      });
      const res = await t.gql<Enrolment>(BEGIN, {}, { token });
      expect(res.errors).toBeUndefined();
      const { secret, otpauthUri, qrCode } = res.data!.beginTwoFactorEnrolment;
      secrets.add(secret);
      expect(secret).toMatch(/^[A-Z2-7]{32}$/);
      expect(otpauthUri).toBe(
        `otpauth://totp/EMPACT%20Action%20Week:operator1.nl%40empact.test?issuer=EMPACT%20Action%20Week&secret=${secret}&algorithm=SHA1&digits=6&period=30`,
      );
      expect(qrCode).toMatch(/^data:image\/svg\+xml;base64,/);
      expect(Buffer.from(qrCode.split(',')[1], 'base64').toString()).toMatch(/^<svg[^>]*viewBox/);
      apps.remember(email, secret);
    });

    it('is not on until a code of the new secret confirms it; a wrong code is refused', async () => {
      expect(codeOf(await t.gql(CONFIRM, { c: '000000' }, { token }))).toBe('TWO_FACTOR_CODE_INVALID');
      expect((await signIn(email)).errors).toBeUndefined();
      const other = (await signIn(email)).data!.login.accessToken;

      const res = await t.gql<Confirmed>(CONFIRM, { c: await apps.code(email) }, { token });
      expect(res.errors).toBeUndefined();
      recoveryCodes = res.data!.confirmTwoFactorEnrolment.codes;
      recoveryCodes.forEach((code) => secrets.add(code));
      expect(recoveryCodes).toHaveLength(RECOVERY_CODE_COUNT);
      expect(recoveryCodes.every((code) => /^[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}$/.test(code))).toBe(true);
      expect(res.data!.confirmTwoFactorEnrolment.status).toEqual({
        enabled: true,
        recoveryCodesLeft: RECOVERY_CODE_COUNT,
      });
      // The sign-in that enrolled goes on; the account's other sign-ins end.
      expect((await t.gql('{ me { id } }', {}, { token })).errors).toBeUndefined();
      expect(codeOf(await t.gql('{ me { id } }', {}, { token: other }))).toBe('UNAUTHENTICATED');
    });

    it('now asks for a code at sign-in, and takes one of the app', async () => {
      expect(codeOf(await signIn(email))).toBe('TWO_FACTOR_REQUIRED');
      expect((await signIn(email, { c: await apps.code(email) })).errors).toBeUndefined();
    });

    it('signs in with a recovery code once, typed in small letters, and never again with the same one', async () => {
      const [first] = recoveryCodes;
      const res = await signIn(email, { r: first.toLowerCase().replace('-', ' ') });
      expect(res.errors).toBeUndefined();
      const reuse = await signIn(email, { r: first }, 'nl');
      expect(codeOf(reuse)).toBe('TWO_FACTOR_CODE_INVALID');
      expect(reuse.errors?.[0].message).toBe('Deze herstelcode klopt niet of is al gebruikt.');
      const status = await t.gql<{ myTwoFactor: { recoveryCodesLeft: number } }>(
        STATUS,
        {},
        { token: res.data!.login.accessToken },
      );
      expect(status.data?.myTwoFactor.recoveryCodesLeft).toBe(RECOVERY_CODE_COUNT - 1);
      const [used] = await t.dataSource.query(
        `SELECT details FROM audit_entry WHERE action = 'useRecoveryCode' ORDER BY id DESC LIMIT 1`,
      );
      expect(used.details).toEqual({ recoveryCodesLeft: RECOVERY_CODE_COUNT - 1 });
    });

    it('renews the recovery codes with a code, after which the old ones are worthless', async () => {
      expect(codeOf(await t.gql(REGENERATE, {}, { token }))).toBe('TWO_FACTOR_REQUIRED');
      expect(codeOf(await t.gql(REGENERATE, { c: '000000' }, { token }))).toBe('TWO_FACTOR_CODE_INVALID');
      const res = await t.gql<{
        regenerateTwoFactorRecoveryCodes: { codes: string[]; status: { recoveryCodesLeft: number } };
      }>(REGENERATE, { r: recoveryCodes[1] }, { token });
      expect(res.errors).toBeUndefined();
      const renewed = res.data!.regenerateTwoFactorRecoveryCodes.codes;
      renewed.forEach((code) => secrets.add(code));
      expect(res.data!.regenerateTwoFactorRecoveryCodes.status.recoveryCodesLeft).toBe(RECOVERY_CODE_COUNT);
      expect(renewed.some((code) => recoveryCodes.includes(code))).toBe(false);
      expect(codeOf(await signIn(email, { r: recoveryCodes[2] }))).toBe('TWO_FACTOR_CODE_INVALID');
      recoveryCodes = renewed;
    });

    it('moves to a new authenticator only with a code of the current one', async () => {
      expect(codeOf(await t.gql(BEGIN, {}, { token }))).toBe('TWO_FACTOR_REQUIRED');
      const begun = await t.gql<Enrolment>(BEGIN, { r: recoveryCodes[0] }, { token });
      expect(begun.errors).toBeUndefined();
      const secret = begun.data!.beginTwoFactorEnrolment.secret;
      secrets.add(secret);
      // Until the new one is confirmed, the old second factor still signs in.
      expect((await signIn(email, { r: recoveryCodes[1] })).errors).toBeUndefined();
      const fresh = new SecondFactors();
      fresh.remember(email, secret);
      const moved = await t.gql<Confirmed>(CONFIRM, { c: await fresh.code(email) }, { token });
      expect(moved.errors).toBeUndefined();
      moved.data!.confirmTwoFactorEnrolment.codes.forEach((code) => secrets.add(code));
      recoveryCodes = moved.data!.confirmTwoFactorEnrolment.codes;
      expect((await signIn(email, { c: await fresh.code(email) })).errors).toBeUndefined();
      apps.remember(email, secret, [], SecondFactors.stepAt());
    });

    it('turns off with a code, after which the password alone signs in again', async () => {
      expect(codeOf(await t.gql(DISABLE, { r: 'ABCDE-FGHJK' }, { token }))).toBe('TWO_FACTOR_CODE_INVALID');
      const res = await t.gql<{ disableTwoFactor: { enabled: boolean } }>(
        DISABLE,
        { r: recoveryCodes[0] },
        { token },
      );
      expect(res.data?.disableTwoFactor).toEqual({ enabled: false });
      expect((await signIn(email)).errors).toBeUndefined();
      expect(
        await t.dataSource.query(
          'SELECT 1 FROM account_recovery_code c JOIN account a ON a.id = c.account_id WHERE a.email = $1',
          [email],
        ),
      ).toEqual([]);
    });
  });

  describe('an account whose role needs it and has none yet', () => {
    const email = 'new.coordinator@empact.test';
    const apps = new SecondFactors();
    let token: string;

    beforeAll(async () => {
      const created = await t.gql(
        'mutation ($input: CreateAccountInput!) { createAccount(input: $input) { id } }',
        {
          input: {
            email,
            displayName: 'Nina Coordinator',
            country: 'NO',
            roles: ['COORDINATOR'],
            language: 'nb',
            password: DEMO_PASSWORD,
          },
        },
        { token: admin },
      );
      expect(created.errors).toBeUndefined();
    });

    it('signs in with the password into a state where it may only set it up', async () => {
      const res = await signIn(email);
      expect(res.errors).toBeUndefined();
      token = res.data!.login.accessToken;
      const refused = await t.gql('{ actionWeeks { id } }', {}, { token, language: 'nb' });
      expect(codeOf(refused)).toBe('TWO_FACTOR_ENROLMENT_REQUIRED');
      expect(refused.errors?.[0].message).toBe(
        'Rollen din krever totrinnsinnlogging. Sett opp en autentiseringsapp før du fortsetter.',
      );
      expect(codeOf(await t.gql('mutation { addPlatform(name: "Kick") { code } }', {}, { token }))).toBe(
        'TWO_FACTOR_ENROLMENT_REQUIRED',
      );
      expect(codeOf(await t.gql('{ accounts { id } }', {}, { token }))).toBe('TWO_FACTOR_ENROLMENT_REQUIRED');
      expect((await t.gql<{ me: { email: string } }>('{ me { email } }', {}, { token })).data?.me.email).toBe(
        email,
      );
      expect((await t.gql<{ myTwoFactor: unknown }>(STATUS, {}, { token })).data?.myTwoFactor).toMatchObject({
        enabled: false,
        required: true,
      });
      expect(
        (await t.gql('mutation { setMyLanguage(language: "nn") { id } }', {}, { token })).errors,
      ).toBeUndefined();
    });

    it('goes on with the same sign-in once it has set it up', async () => {
      const begun = await t.gql<Enrolment>(BEGIN, {}, { token });
      const secret = begun.data!.beginTwoFactorEnrolment.secret;
      secrets.add(secret);
      apps.remember(email, secret);
      const confirmed = await t.gql<Confirmed>(CONFIRM, { c: await apps.code(email) }, { token });
      confirmed.data!.confirmTwoFactorEnrolment.codes.forEach((code) => secrets.add(code));
      expect((await t.gql('{ actionWeeks { id } }', {}, { token })).errors).toBeUndefined();
      expect(codeOf(await signIn(email))).toBe('TWO_FACTOR_REQUIRED');
    });

    it('is set up again after an administrator resets it (a lost phone); nobody else may reset it', async () => {
      const [{ id }] = await t.dataSource.query('SELECT id FROM account WHERE email = $1', [email]);
      const leader = await t.login('leader.no@empact.test');
      expect(
        codeOf(await t.gql('mutation ($id: ID!) { resetTwoFactor(id: $id) }', { id }, { token: leader })),
      ).toBe('FORBIDDEN');
      expect(
        (await t.gql('mutation ($id: ID!) { resetTwoFactor(id: $id) }', { id }, { token: admin })).errors,
      ).toBeUndefined();
      expect(codeOf(await t.gql('{ me { id } }', {}, { token }))).toBe('UNAUTHENTICATED');
      const again = await signIn(email);
      expect(
        codeOf(await t.gql('{ actionWeeks { id } }', {}, { token: again.data!.login.accessToken })),
      ).toBe('TWO_FACTOR_ENROLMENT_REQUIRED');
      const [{ id: adminId }] = await t.dataSource.query(
        `SELECT id FROM account WHERE email = 'admin@empact.test'`,
      );
      expect(
        codeOf(
          await t.gql('mutation ($id: ID!) { resetTwoFactor(id: $id) }', { id: adminId }, { token: admin }),
        ),
      ).toBe('CONFLICT');
    });
  });

  describe('a week whose coordinators require it of every team member', () => {
    it('leaves a team member of its countries able only to set it up, until the week no longer requires it', async () => {
      const coordinator = await t.login('coordinator3.no@empact.test');
      const today = new Date().toISOString().slice(0, 10);
      const created = await t.gql<{ createActionWeek: { id: string; requireTwoFactor: boolean } }>(
        'mutation ($input: CreateActionWeekInput!) { createActionWeek(input: $input) { id requireTwoFactor } }',
        {
          input: {
            code: 'TWO-FACTOR-IS',
            title: 'Every sign-in with two steps',
            hostCountry: 'NO',
            firstDay: today,
            lastDay: today,
            timeZone: 'Europe/Oslo',
            countries: [
              { country: 'NO', languages: ['nb'] },
              { country: 'IS', languages: ['is'] },
            ],
            requireTwoFactor: true,
          },
        },
        { token: coordinator },
      );
      expect(created.data?.createActionWeek.requireTwoFactor).toBe(true);
      const weekId = created.data!.createActionWeek.id;

      const icelander = (await signIn('operator1.is@empact.test')).data!.login.accessToken;
      const refused = await t.gql('{ actionWeeks { id } }', {}, { token: icelander, language: 'is' });
      expect(codeOf(refused)).toBe('TWO_FACTOR_ENROLMENT_REQUIRED');
      expect(
        (await t.gql<{ myTwoFactor: { required: boolean } }>(STATUS, {}, { token: icelander })).data
          ?.myTwoFactor.required,
      ).toBe(true);
      // A Finnish operator's country takes no part in that week: nothing changes for them.
      const finn = await t.login('operator2.fi@empact.test');
      expect((await t.gql('{ actionWeeks { id } }', {}, { token: finn })).errors).toBeUndefined();
      // Only those who manage weeks may change the setting.
      const leader = await t.login('leader.is@empact.test');
      expect(
        codeOf(
          await t.gql(
            'mutation ($id: ID!) { setActionWeekTwoFactor(id: $id, required: false) { id } }',
            { id: weekId },
            { token: leader },
          ),
        ),
      ).toBe('TWO_FACTOR_ENROLMENT_REQUIRED');

      const lifted = await t.gql(
        'mutation ($id: ID!) { setActionWeekTwoFactor(id: $id, required: false) { requireTwoFactor } }',
        { id: weekId },
        { token: coordinator },
      );
      expect(lifted.data).toEqual({ setActionWeekTwoFactor: { requireTwoFactor: false } });
      expect((await t.gql('{ actionWeeks { id } }', {}, { token: icelander })).errors).toBeUndefined();
      const operator = await t.login('operator1.is@empact.test');
      expect(
        codeOf(
          await t.gql(
            'mutation ($id: ID!) { setActionWeekTwoFactor(id: $id, required: true) { id } }',
            { id: weekId },
            { token: operator },
          ),
        ),
      ).toBe('FORBIDDEN');
    });
  });

  it('keeps every secret and code out of the audit log and the tables', async () => {
    expect(secrets.size).toBeGreaterThan(30);
    const audit: { row: string }[] = await t.dataSource.query(
      'SELECT row_to_json(e)::text AS row FROM audit_entry e',
    );
    const stored: { row: string }[] = await t.dataSource.query(
      'SELECT row_to_json(f)::text AS row FROM account_two_factor f UNION ALL SELECT row_to_json(c)::text FROM account_recovery_code c',
    );
    const attempts: { row: string }[] = await t.dataSource.query(
      'SELECT row_to_json(a)::text AS row FROM login_attempt a',
    );
    const everything = [...audit, ...stored, ...attempts].map(({ row }) => row.toUpperCase());
    const leaks = [...secrets].filter((secret) =>
      everything.some((row) => row.includes(secret.toUpperCase()) || row.includes(secret.replace('-', ''))),
    );
    expect(leaks).toEqual([]);
    // What is kept: sealed secrets and hashes.
    const sealed: { secret: string }[] = await t.dataSource.query(
      'SELECT secret FROM account_two_factor WHERE secret IS NOT NULL',
    );
    expect(sealed.length).toBeGreaterThan(0);
    expect(sealed.every(({ secret }) => /^v1\.[\w-]+$/.test(secret))).toBe(true);
    expect(audit.some(({ row }) => row.includes('"action":"confirmTwoFactorEnrolment"'))).toBe(true);
  });

  it('gives no field that would return a secret after enrolment', async () => {
    const token = await t.login('liaison@empact.test');
    const res = await t.gql('{ myTwoFactor { secret } }', {}, { token });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    // The demo secret is the one in DATA_DIR: the file is readable by its owner only.
    const { statSync } = await import('node:fs');
    expect(statSync(`${t.dataDir}/demo-two-factor.json`).mode & 0o777).toBe(0o600);
    expect(totpCode(t.secondFactors.secretOf('liaison@empact.test')!)).toMatch(/^\d{6}$/);
  });
});
