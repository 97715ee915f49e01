import { GraphQLSchemaHost, TypeMetadataStorage } from '@nestjs/graphql';
import { getMetadataStorage } from 'class-validator';
import { getNullableType, isInputObjectType, isListType } from 'graphql';
import { toDomainException } from '../../apps/api/src/common/errors/error-filter';
import { codeOf, GqlResponse, startTestApp, TestApp } from '../support/test-app';

/**
 * Input no form would send (half of a surrogate pair, a NUL, a reference to nothing, lists of 10,000 items) and names
 * that would show as another name on screen: each is a coded, translated refusal naming the field, never an internal
 * error (issue #15).
 */

const LOGIN =
  'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }';
const CREATE_ACCOUNT =
  'mutation ($input: CreateAccountInput!) { createAccount(input: $input) { id displayName } }';
const UPDATE_ACCOUNT =
  'mutation ($input: UpdateAccountInput!) { updateAccount(input: $input) { id displayName } }';
const WRITE_NOTE = 'mutation ($input: WriteGuidanceNoteInput!) { writeGuidanceNote(input: $input) { id } }';
const REGISTER_PROFILE =
  'mutation ($input: RegisterPoliceProfileInput!) { registerPoliceProfile(input: $input) { id } }';
const ADD_PLATFORM = 'mutation ($name: String!) { addPlatform(name: $name) { code } }';
const ACCOUNT = 'query ($id: ID!) { account(id: $id) { id } }';

const refusal = (res: GqlResponse<unknown>) => ({
  code: codeOf(res),
  field: res.errors?.[0]?.extensions.field,
  message: res.errors?.[0]?.message,
  errors: res.errors?.length,
});

describe('bad input is a coded refusal, never an internal error', () => {
  let t: TestApp;
  let admin: string;
  let coordinator: string;
  let finnishLeader: string;
  let weekId: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin@empact.test');
    coordinator = await t.login('coordinator.no@empact.test');
    finnishLeader = await t.login('leader.fi@empact.test');
    const weeks = await t.gql<{ actionWeeks: { id: string }[] }>(
      '{ actionWeeks { id } }',
      {},
      { token: coordinator },
    );
    if (!weeks.data) throw new Error(JSON.stringify(weeks.errors));
    weekId = weeks.data.actionWeeks[0].id;
  });
  afterAll(() => t.close());

  const newAccount = (overrides: Record<string, unknown>) => ({
    email: 'new.fi@empact.test',
    displayName: 'Eero Mäkinen',
    country: 'FI',
    roles: ['OPERATOR'],
    language: 'fi',
    password: 'a-long-enough-password',
    ...overrides,
  });

  describe('text that cannot be stored', () => {
    it.each([
      ['a lone high surrogate', 'a@\uD800.test'],
      ['a lone low surrogate', 'a\uDC00@empact.test'],
      ['a NUL', 'admin@empact.test\u0000'],
    ])(
      'refuses %s in the e-mail of a sign-in, naming the field in the caller’s language',
      async (_, email) => {
        const res = await t.gql(LOGIN, { email, password: 'whatever-it-is' }, { language: 'de' });
        expect(refusal(res)).toMatchObject({
          code: 'BAD_USER_INPUT',
          field: 'email',
          message:
            'Das Feld „email“ enthält ein Zeichen, das sich nicht speichern lässt: ein Nullzeichen (U+0000) oder ein halbes Unicode-Zeichen.',
        });
      },
    );

    it.each([
      ['a lone high surrogate', 'a@\uD800.test'],
      ['a NUL', 'a\u0000@empact.test'],
    ])('refuses %s in the e-mail of a new account and stores nothing', async (_, email) => {
      const accounts = async () =>
        Number((await t.dataSource.query('SELECT count(*) AS n FROM account'))[0].n);
      const before = await accounts();
      const res = await t.gql(CREATE_ACCOUNT, { input: newAccount({ email }) }, { token: admin });
      expect(refusal(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
      expect(res.errors?.[0].message).toBe(
        'The field "email" contains a character that cannot be saved: a null character (U+0000) or half of a Unicode character.',
      );
      expect(await accounts()).toBe(before);
    });

    it('refuses them in any string argument, however deep: an id, a list item of a nested input', async () => {
      expect(refusal(await t.gql(ACCOUNT, { id: '\uDE00' }, { token: admin }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'id',
      });
      const week = await t.gql(
        'mutation ($input: CreateActionWeekInput!) { createActionWeek(input: $input) { id } }',
        {
          input: {
            code: 'BAD-INPUT-1',
            title: 'Week',
            hostCountry: 'NO',
            firstDay: '2026-11-16',
            lastDay: '2026-11-20',
            timeZone: 'Europe/Oslo',
            countries: [
              { country: 'NO', languages: ['nb'] },
              { country: 'FI', languages: ['fi', 'sv\u0000'] },
            ],
          },
        },
        { token: coordinator },
      );
      expect(refusal(week)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'countries.1.languages.1',
        message: expect.stringContaining('«countries.1.languages.1»'),
      });
    });

    it('keeps the refusal in the audit log, with the id as sent made storable', async () => {
      const id = `\uDC00${'x'.repeat(98)}🙂`;
      const res = await t.gql(UPDATE_ACCOUNT, { input: { id, displayName: 'Whoever' } }, { token: admin });
      expect(refusal(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
      // The refusal's entry is written after the answer: wait for it.
      let rows: { target_id: string }[] = [];
      for (let attempt = 0; attempt < 50 && rows.length === 0; attempt += 1) {
        rows = await t.dataSource.query(
          `SELECT target_id FROM audit_entry WHERE action = 'updateAccount' AND outcome = 'BAD_USER_INPUT'`,
        );
        if (rows.length === 0) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      // The cut at 100 characters splits the emoji: its first half goes the way of the lone one in front.
      expect(rows.map((row) => row.target_id)).toEqual([`\uFFFD${'x'.repeat(98)}\uFFFD`]);
    });

    it('refuses them in a literal of the document too', async () => {
      const res = await t.gql(
        'mutation { addPlatform(name: "Habbo\\u0000Hotel") { code } }',
        {},
        { token: coordinator },
      );
      expect(refusal(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    });
  });

  describe('references to nothing', () => {
    const note = (overrides: Record<string, unknown>) => ({
      weekId,
      category: 'METHODOLOGY',
      scope: 'WEEK',
      title: 'Note',
      body: 'Body',
      ...overrides,
    });

    it.each([
      ['a platform-wide note', 'PLATFORM'],
      ['a note for the whole week', 'WEEK'],
      ['a note for one country', 'COUNTRY'],
    ])('refuses %s scoped to an empty platform', async (_, scope) => {
      const res = await t.gql(
        WRITE_NOTE,
        { input: note({ scope, scopeCountry: 'FI', scopePlatform: '' }) },
        { token: coordinator },
      );
      expect(refusal(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'scopePlatform' });
    });

    it('refuses a note scoped to a platform that does not exist', async () => {
      const res = await t.gql(
        WRITE_NOTE,
        { input: note({ scope: 'WEEK', scopePlatform: 'NOT_A_PLATFORM' }) },
        { token: coordinator },
      );
      expect(refusal(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'scopePlatform' });
    });
  });

  describe('over-long lists', () => {
    it('refuses 10,000 junk items with one refusal naming the list, before coercing each item', async () => {
      // Before any resolver: whoever sends it, in the language of the browser when no one is signed in.
      const res = await t.gql(
        CREATE_ACCOUNT,
        { input: newAccount({ roles: Array.from({ length: 10_000 }, (_, i) => `JUNK${i}`) }) },
        { language: 'fi' },
      );
      expect(refusal(res)).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'input.roles',
        message: 'Kentässä ”input.roles” saa olla enintään 1000 kohdetta.',
        errors: 1,
      });
    });

    it('answers every error of a list with many wrong items with a code, the last one too', async () => {
      const res = await t.gql(
        CREATE_ACCOUNT,
        { input: newAccount({ roles: Array.from({ length: 200 }, () => 'JUNK') }) },
        { token: admin },
      );
      expect(res.status).toBeLessThan(500);
      expect(new Set(res.errors?.map((error) => error.extensions.code))).toEqual(new Set(['BAD_USER_INPUT']));
      expect(res.errors?.at(-1)?.message).toBe('The request holds too many invalid values to list them all.');
    });

    it('refuses a list of the right type over the input’s own limit, counting items, not characters', async () => {
      const res = await t.gql(
        CREATE_ACCOUNT,
        { input: newAccount({ roles: Array.from({ length: 10_000 }, () => 'OPERATOR').slice(0, 6) }) },
        { token: admin },
      );
      expect(refusal(res)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'roles',
        message: 'The field "roles" may hold at most 5 items.',
      });
    });
  });

  it('bounds every list an input takes with @ArrayMaxSize, for a new input too', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const classes = new Map(
      TypeMetadataStorage.getInputTypesMetadata().map((meta) => [meta.name, meta.target]),
    );
    const argsClasses = [
      ...TypeMetadataStorage.getQueriesMetadata(),
      ...TypeMetadataStorage.getMutationsMetadata(),
    ].map((meta) => [
      meta.schemaName,
      meta.methodArgs?.find((arg) => arg.kind === 'args')?.typeFn() as (new () => object) | undefined,
    ]) as [string, (new () => object) | undefined][];
    const bounded = (target: (new () => object) | undefined, property: string) =>
      !!target &&
      getMetadataStorage()
        .getTargetValidationMetadatas(target, '', true, false)
        .some((rule) => rule.propertyName === property && rule.name === 'arrayMaxSize');
    const lists: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isInputObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        if (isListType(getNullableType(field.type)))
          lists.push(
            `${type.name}.${field.name}${bounded(classes.get(type.name) as new () => object, field.name) ? '' : ' UNBOUNDED'}`,
          );
      }
    }
    for (const root of [schema.getQueryType(), schema.getMutationType()]) {
      for (const field of Object.values(root?.getFields() ?? {})) {
        for (const arg of field.args) {
          if (isListType(getNullableType(arg.type)))
            lists.push(
              `${field.name}(${arg.name})${bounded(argsClasses.find(([name]) => name === field.name)?.[1], arg.name) ? '' : ' UNBOUNDED'}`,
            );
        }
      }
    }
    expect(lists.length).toBeGreaterThan(0);
    expect(lists.filter((list) => list.endsWith('UNBOUNDED'))).toEqual([]);
  });

  describe('names', () => {
    const SPOOFS: [string, string, string][] = [
      ['a right-to-left override', 'Ingrid Berg\u202E(sopirK)', 'U+202E'],
      ['a right-to-left isolate', 'Ingrid \u2067Berg\u2069', 'U+2067'],
      ['a right-to-left mark', 'Ingrid Berg\u200F', 'U+200F'],
      ['the Arabic letter mark', '\u061CIngrid', 'U+061C'],
      ['a line break', 'Ingrid\nBerg', 'U+000A'],
      ['an escape sequence', '\u001b[31mIngrid', 'U+001B'],
      ['a C1 control character', 'Ingrid\u0085Berg', 'U+0085'],
    ];

    it.each(SPOOFS)('refuses %s in the display name of a new account', async (_, displayName, character) => {
      const res = await t.gql(CREATE_ACCOUNT, { input: newAccount({ displayName }) }, { token: admin });
      expect(refusal(res)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'displayName',
        message: `The field "displayName" contains a control character or a mark that changes the direction of text (${character}). Names may not contain them.`,
      });
    });

    it('refuses them when a name is changed, in the caller’s language', async () => {
      const me = await t.gql<{ me: { id: string } }>('{ me { id } }', {}, { token: finnishLeader });
      const res = await t.gql(
        UPDATE_ACCOUNT,
        { input: { id: me.data!.me.id, displayName: 'Liisa\u202EVirtanen' } },
        { token: admin, language: 'nl' },
      );
      // The admin reads English whatever the browser says: the account's language wins.
      expect(refusal(res)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'displayName',
        message: expect.stringContaining('(U+202E)'),
      });
    });

    it('refuses them in the name of a police profile, of a platform, of a week and of a venue', async () => {
      const profile = await t.gql(
        REGISTER_PROFILE,
        { input: { platform: 'DISCORD', displayName: 'Poliisi\u202Eitsuh' } },
        { token: finnishLeader },
      );
      expect(refusal(profile)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'displayName',
        message:
          'Kentässä ”displayName” on ohjausmerkki tai tekstin suuntaa muuttava merkki (U+202E). Sellaiset merkit eivät ole sallittuja nimissä.',
      });
      const platform = await t.gql(ADD_PLATFORM, { name: 'Habbo\u2066Hotel' }, { token: coordinator });
      expect(refusal(platform)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'name',
        message:
          'Feltet «name» inneholder et kontrolltegn eller et tegn som endrer tekstretningen (U+2066). Slike tegn er ikke tillatt i navn.',
      });
      const week = await t.gql(
        'mutation ($input: CreateActionWeekInput!) { createActionWeek(input: $input) { id } }',
        {
          input: {
            code: 'BAD-INPUT-2',
            title: 'Week\u202E',
            hostCountry: 'NO',
            firstDay: '2026-11-16',
            lastDay: '2026-11-20',
            timeZone: 'Europe/Oslo',
            countries: [{ country: 'NO', languages: ['nb'] }],
          },
        },
        { token: coordinator },
      );
      expect(refusal(week)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
      const session = await t.gql(
        'mutation ($input: SchedulePatrolSessionInput!) { schedulePatrolSession(input: $input) { id } }',
        {
          input: {
            weekId,
            platform: 'DISCORD',
            venue: 'Server\u202E',
            startsAt: '2026-01-01T10:00:00Z',
            endsAt: '2026-01-01T11:00:00Z',
            countries: ['FI'],
          },
        },
        { token: coordinator },
      );
      expect(refusal(session)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'venue' });
    });

    it('keeps names in every script of the week, with their accents, and the ones written right to left', async () => {
      for (const [i, displayName] of [
        'Þórdís Ýr Ævarsdóttir',
        'Åsa Økland-Æsir',
        'Jean-Noël d’Hondt',
        'Ahmad الحسن',
        '👮 Poliisi',
      ].entries()) {
        const res = await t.gql<{ createAccount: { displayName: string } }>(
          CREATE_ACCOUNT,
          { input: newAccount({ email: `name${i}.fi@empact.test`, displayName }) },
          { token: admin },
        );
        expect(res.errors).toBeUndefined();
        expect(res.data?.createAccount.displayName).toBe(displayName);
      }
    });
  });

  describe('constraints of the database that reach the error mapper', () => {
    /** What the one error mapper makes of the database's own refusal of a statement. */
    const mapped = async (sql: string, parameters: unknown[] = []) => {
      const error = await t.dataSource.query(sql, parameters).then(
        () => null,
        (failure: unknown) => failure,
      );
      const known = toDomainException(error);
      return known && { code: known.code, messageKey: known.messageKey, field: known.extensions.field };
    };

    it('calls a required column left empty a missing field', async () => {
      expect(await mapped(`INSERT INTO platform (code, name) VALUES ('X', NULL)`)).toEqual({
        code: 'BAD_USER_INPUT',
        messageKey: 'input.required',
        field: 'name',
      });
    });

    it('calls a reference to nothing a value that is not allowed, naming the field', async () => {
      expect(
        await mapped(
          `INSERT INTO platform (code, name, created_by) VALUES ('X', 'X', '00000000-0000-4000-8000-000000000000')`,
        ),
      ).toEqual({
        code: 'BAD_USER_INPUT',
        messageKey: 'input.oneOf',
        field: 'createdBy',
      });
    });

    it('calls a value the table’s checks refuse a bad input', async () => {
      expect(await mapped(`UPDATE action_week SET last_day = first_day - 1`)).toEqual({
        code: 'BAD_USER_INPUT',
        messageKey: 'code.BAD_USER_INPUT',
        field: undefined,
      });
    });

    it('calls a duplicate, and the removal of a row others still point at, a conflict', async () => {
      expect(await mapped(`INSERT INTO platform (code, name) VALUES ('DISCORD', 'Discord again')`)).toEqual({
        code: 'CONFLICT',
        messageKey: 'code.CONFLICT',
        field: undefined,
      });
      expect(await mapped(`DELETE FROM platform WHERE code = 'DISCORD'`)).toEqual({
        code: 'CONFLICT',
        messageKey: 'code.CONFLICT',
        field: undefined,
      });
    });
  });
});
