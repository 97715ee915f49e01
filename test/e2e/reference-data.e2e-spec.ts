import { REFERENCE_WEEK } from '../support/reference-week';
import { codeOf, startTestApp, TestApp } from '../support/test-app';

const CREATE_WEEK =
  'mutation ($input: CreateActionWeekInput!) { createActionWeek(input: $input) { id code status countries { country languages } } }';
const REGISTER =
  'mutation ($input: RegisterPoliceProfileInput!) { registerPoliceProfile(input: $input) { id country platform displayName status version } }';

describe('weeks, platforms and police profiles', () => {
  let t: TestApp;
  let coordinator: string;
  beforeAll(async () => {
    t = await startTestApp();
    coordinator = await t.login('coordinator.no@empact.test');
  });
  afterAll(() => t.close());

  describe('action weeks', () => {
    it('creates a week in planning and moves it forward one step at a time', async () => {
      const res = await t.gql<{ createActionWeek: { id: string; status: string } }>(
        CREATE_WEEK,
        { input: { ...REFERENCE_WEEK, code: 'WEEK-A' } },
        { token: coordinator },
      );
      expect(res.data!.createActionWeek).toMatchObject({ status: 'PLANNING' });
      const id = res.data!.createActionWeek.id;
      const skip = await t.gql(
        'mutation ($id: ID!) { setActionWeekStatus(id: $id, status: CLOSED) { status } }',
        { id },
        { token: coordinator, language: 'en' },
      );
      expect(codeOf(skip)).toBe('BAD_USER_INPUT');
      expect(skip.errors![0].message).toBe(
        'En uke går fra planlegging til pågående til avsluttet; den kan ikke gå fra Planlegging til Avsluttet.',
      );
      const live = await t.gql<{ setActionWeekStatus: { status: string } }>(
        'mutation ($id: ID!) { setActionWeekStatus(id: $id, status: LIVE) { status } }',
        { id },
        { token: coordinator },
      );
      expect(live.data!.setActionWeekStatus.status).toBe('LIVE');
    });

    it.each([
      ['an unknown time zone', { timeZone: 'Europe/Atlantis' }, 'timeZone'],
      ['a last day before the first', { firstDay: '2025-11-24', lastDay: '2025-11-20' }, 'lastDay'],
      ['an impossible date', { firstDay: '2025-02-30' }, 'firstDay'],
      ['a host that does not take part', { hostCountry: 'SE' }, 'hostCountry'],
      [
        'a language that is not a language tag',
        { countries: [{ country: 'NO', languages: ['norsk!'] }] },
        'countries.languages',
      ],
      ['an unknown country', { countries: [{ country: 'XX', languages: ['nb'] }] }, 'countries'],
      ['a code already taken', { code: 'WEEK-A' }, 'code'],
    ])('refuses %s, naming the field', async (_, overrides, field) => {
      const res = await t.gql(
        CREATE_WEEK,
        { input: { ...REFERENCE_WEEK, code: 'WEEK-B', ...overrides } },
        { token: coordinator },
      );
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(String(res.errors![0].extensions.field)).toContain(field.split('.')[0]);
      expect(
        (await t.dataSource.query(`SELECT count(*) AS n FROM action_week WHERE code = 'WEEK-B'`))[0].n,
      ).toBe(0);
    });

    it('refuses a team leader who tries to create a week', async () => {
      const leader = await t.login('leader.fi@empact.test');
      expect(
        codeOf(await t.gql(CREATE_WEEK, { input: { ...REFERENCE_WEEK, code: 'WEEK-C' } }, { token: leader })),
      ).toBe('FORBIDDEN');
    });
  });

  describe('platforms', () => {
    it('lists the reference platforms and lets a coordinator add one', async () => {
      const operator = await t.login('operator1.be@empact.test');
      const list = await t.gql<{ platforms: { code: string; builtin: boolean }[] }>(
        '{ platforms { code name builtin } }',
        {},
        { token: operator },
      );
      expect(list.data!.platforms.filter((p) => p.builtin).map((p) => p.code)).toEqual(
        expect.arrayContaining([
          'DISCORD',
          'MINECRAFT',
          'FORTNITE',
          'ROBLOX',
          'TWITCH',
          'STEAM',
          'TIKTOK',
          'INSTAGRAM',
          'FACEBOOK',
          'SNAPCHAT',
        ]),
      );
      const added = await t.gql<{ addPlatform: { code: string } }>(
        'mutation { addPlatform(name: "Habbo Hotel") { code builtin } }',
        {},
        { token: coordinator },
      );
      expect(added.data!.addPlatform).toEqual({ code: 'HABBO_HOTEL', builtin: false });
      const again = await t.gql(
        'mutation { addPlatform(name: "habbo hotel") { code } }',
        {},
        { token: coordinator },
      );
      expect(codeOf(again)).toBe('BAD_USER_INPUT');
      expect(
        codeOf(await t.gql('mutation { addPlatform(name: "Kick") { code } }', {}, { token: operator })),
      ).toBe('FORBIDDEN');
    });
  });

  describe('police profiles', () => {
    it('lets a team leader register their country’s profile, never another’s', async () => {
      const leader = await t.login('leader.be@empact.test');
      const own = await t.gql<{ registerPoliceProfile: { country: string; status: string } }>(
        REGISTER,
        {
          input: {
            platform: 'DISCORD',
            displayName: 'Politie BE Online',
            safetyNotes: 'Hardware key kept in the unit safe.',
          },
        },
        { token: leader },
      );
      expect(own.data!.registerPoliceProfile).toMatchObject({ country: 'BE', status: 'ACTIVE' });
      expect(
        codeOf(
          await t.gql(
            REGISTER,
            { input: { country: 'FI', platform: 'DISCORD', displayName: 'Poliisi' } },
            { token: leader },
          ),
        ),
      ).toBe('FORBIDDEN');
      const operator = await t.login('operator1.be@empact.test');
      expect(
        codeOf(
          await t.gql(
            REGISTER,
            { input: { platform: 'STEAM', displayName: 'Politie BE Steam' } },
            { token: operator },
          ),
        ),
      ).toBe('FORBIDDEN');
      const duplicate = await t.gql(
        REGISTER,
        { input: { platform: 'DISCORD', displayName: 'Politie BE Online' } },
        { token: leader },
      );
      expect(codeOf(duplicate)).toBe('BAD_USER_INPUT');
      expect(duplicate.errors![0].extensions.field).toBe('displayName');
    });

    it('keeps each country’s profiles to itself, and answers NOT_FOUND for another’s', async () => {
      const finn = await t.login('leader.fi@empact.test');
      const created = await t.gql<{ registerPoliceProfile: { id: string; version: number } }>(
        REGISTER,
        { input: { platform: 'MINECRAFT', displayName: 'Poliisi Minecraft' } },
        { token: finn },
      );
      const { id, version } = created.data!.registerPoliceProfile;
      const belgian = await t.login('leader.be@empact.test');
      const list = await t.gql<{ policeProfiles: { country: string }[] }>(
        '{ policeProfiles { country displayName } }',
        {},
        { token: belgian },
      );
      expect(new Set(list.data!.policeProfiles.map((p) => p.country))).toEqual(new Set(['BE']));
      const update = await t.gql(
        'mutation ($id: ID!, $v: Int!) { updatePoliceProfile(input: { id: $id, version: $v, status: RETIRED }) { id } }',
        { id, v: version },
        { token: belgian },
      );
      expect(codeOf(update)).toBe('NOT_FOUND');
      const all = await t.gql<{ policeProfiles: { country: string }[] }>(
        '{ policeProfiles { country } }',
        {},
        { token: coordinator },
      );
      expect(new Set(all.data!.policeProfiles.map((p) => p.country))).toEqual(
        new Set(['NO', 'BE', 'NL', 'IS', 'FI']),
      );
      const stale = await t.gql(
        'mutation ($id: ID!) { updatePoliceProfile(input: { id: $id, version: 99, status: RETIRED }) { id } }',
        { id },
        { token: finn },
      );
      expect(codeOf(stale)).toBe('CONFLICT');
    });

    it('refuses a liaison', async () => {
      const liaison = await t.login('liaison@empact.test');
      expect(codeOf(await t.gql('{ policeProfiles { id } }', {}, { token: liaison }))).toBe('FORBIDDEN');
    });
  });
});
