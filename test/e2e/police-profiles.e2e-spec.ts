import { GraphQLSchemaHost } from '@nestjs/graphql';
import { isInputObjectType, isObjectType } from 'graphql';
import { randomUUID } from 'node:crypto';
import { accountIds, oslo, REFERENCE_WEEK, rosterOf } from '../support/reference-week';
import { codeOf, countStatements, type GqlResponse, startTestApp, type TestApp } from '../support/test-app';

/*
 * Blue police profiles and platforms (issue #17): team leaders manage their own country's profiles, coordinators and
 * administrators every country's; operators and liaisons none. A profile is suspended, reactivated and retired (for
 * good); a suspended or retired one cannot go on a roster; each profile lists the sessions whose rosters name it.
 */

const REGISTER =
  'mutation ($input: RegisterPoliceProfileInput!) { registerPoliceProfile(input: $input) { id country platform displayName status version } }';
const UPDATE =
  'mutation ($input: UpdatePoliceProfileInput!) { updatePoliceProfile(input: $input) { id displayName safetyNotes status version } }';
const LIFECYCLE = (op: 'suspend' | 'reactivate' | 'retire') =>
  `mutation ($id: ID!, $v: Int!) { ${op}PoliceProfile(id: $id, version: $v) { id status version } }`;
const LIST = `query ($f: PoliceProfileFilter) { policeProfiles(filter: $f) {
  id country platform displayName status version
  sessions { id weekId weekCode weekTitle weekTimeZone startsAt endsAt platform status country }
} }`;
const ADD_PLATFORM = 'mutation ($name: String!) { addPlatform(name: $name) { code name builtin } }';
const ASSIGN = 'mutation ($input: AssignRosterInput!) { assignRoster(input: $input) { id version } }';

interface Profile {
  id: string;
  country: string;
  platform: string;
  displayName: string;
  status: string;
  version: number;
  sessions?: {
    id: string;
    weekId: string;
    weekCode: string;
    platform: string;
    status: string;
    country: string;
  }[];
}

describe('police profiles and platforms', () => {
  let t: TestApp;
  let admin: string;
  let coordinator: string; // Kripos, writes in Norwegian Bokmål
  let leaderFi: string; // writes in Finnish
  let leaderBe: string;
  let operatorFi: string;
  let liaison: string;
  let ids: Record<string, string>;
  let seq = 0;

  const profileCount = async (): Promise<number> =>
    Number((await t.dataSource.query('SELECT count(*) AS n FROM police_profile'))[0].n);
  const row = async (id: string) =>
    (
      await t.dataSource.query(
        'SELECT country, platform_code, display_name, status, safety_notes, version FROM police_profile WHERE id = $1',
        [id],
      )
    )[0];
  const register = async (token: string, input: Record<string, unknown>): Promise<Profile> => {
    const res = await t.gql<{ registerPoliceProfile: Profile }>(REGISTER, { input }, { token });
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.registerPoliceProfile;
  };
  const fresh = (token: string, country?: string, platform = 'DISCORD') =>
    register(token, { country, platform, displayName: `Poliisi ${country ?? 'own'} ${++seq}` });
  const lifecycle = (
    op: 'suspend' | 'reactivate' | 'retire',
    p: { id: string; version: number },
    token: string,
  ) => t.gql<Record<string, Profile>>(LIFECYCLE(op), { id: p.id, v: p.version }, { token });
  const list = async (token: string, f: Record<string, unknown> = {}): Promise<Profile[]> => {
    const res = await t.gql<{ policeProfiles: Profile[] }>(LIST, { f }, { token });
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.policeProfiles;
  };
  const refusal = (res: GqlResponse<unknown>) => ({
    code: res.errors?.[0]?.extensions.code,
    field: res.errors?.[0]?.extensions.field,
    message: res.errors?.[0]?.message,
  });

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin@empact.test');
    coordinator = await t.login('coordinator.no@empact.test');
    leaderFi = await t.login('leader.fi@empact.test');
    leaderBe = await t.login('leader.be@empact.test');
    operatorFi = await t.login('operator1.fi@empact.test');
    liaison = await t.login('liaison@empact.test');
    ids = await accountIds(t, admin);
  });
  afterAll(() => t.close());

  describe('who manages which profiles', () => {
    it('lets a team leader register and edit profiles of their own country, which is theirs by default', async () => {
      const profile = await register(leaderFi, {
        platform: 'MINECRAFT',
        displayName: 'Poliisi Minecraft',
        safetyNotes: 'Kaksivaiheinen kirjautuminen; laite pysyy toimistolla.',
      });
      expect(profile).toMatchObject({ country: 'FI', platform: 'MINECRAFT', status: 'ACTIVE', version: 1 });

      const edited = await t.gql<{ updatePoliceProfile: Profile }>(
        UPDATE,
        { input: { id: profile.id, version: 1, displayName: 'Poliisi Minecraft (virka)' } },
        { token: leaderFi },
      );
      expect(edited.data?.updatePoliceProfile).toMatchObject({
        displayName: 'Poliisi Minecraft (virka)',
        version: 2,
      });
      expect((await list(leaderFi)).map((p) => p.id)).toContain(profile.id);
    });

    it('refuses a team leader another country’s profile: a new one FORBIDDEN, an existing one NOT_FOUND like a missing id', async () => {
      const before = await profileCount();
      const other = await t.gql(
        REGISTER,
        { input: { country: 'BE', platform: 'DISCORD', displayName: 'Politie X' } },
        { token: leaderFi },
      );
      expect(codeOf(other)).toBe('FORBIDDEN');
      expect(await profileCount()).toBe(before);

      const belgian = await fresh(leaderBe);
      expect(belgian.country).toBe('BE');
      const missing = { id: randomUUID(), version: 1 };
      for (const op of ['suspend', 'reactivate', 'retire'] as const) {
        const theirs = await lifecycle(op, belgian, leaderFi);
        const nobodys = await lifecycle(op, missing, leaderFi);
        expect(refusal(theirs)).toEqual({ ...refusal(nobodys), code: 'NOT_FOUND' });
      }
      const update = await t.gql(
        UPDATE,
        { input: { id: belgian.id, version: 1, safetyNotes: 'x' } },
        { token: leaderFi },
      );
      const updateMissing = await t.gql(
        UPDATE,
        { input: { ...missing, safetyNotes: 'x' } },
        { token: leaderFi },
      );
      expect(refusal(update)).toEqual({ ...refusal(updateMissing), code: 'NOT_FOUND' });
      expect(await row(belgian.id)).toMatchObject({ status: 'ACTIVE', version: 1, safety_notes: '' });

      // Nor does the Finnish list show it; the coordinator's does.
      expect((await list(leaderFi)).every((p) => p.country === 'FI')).toBe(true);
      expect((await list(coordinator)).map((p) => p.id)).toContain(belgian.id);
    });

    it('lets coordinators and administrators manage every country’s profiles', async () => {
      const byCoordinator = await fresh(coordinator, 'BE');
      const byAdmin = await fresh(admin, 'IS');
      expect([byCoordinator.country, byAdmin.country]).toEqual(['BE', 'IS']);
      expect((await lifecycle('suspend', byCoordinator, admin)).data?.suspendPoliceProfile.status).toBe(
        'SUSPENDED',
      );
      expect((await lifecycle('retire', byAdmin, coordinator)).data?.retirePoliceProfile.status).toBe(
        'RETIRED',
      );
    });

    it('refuses operators and liaisons, for their own country’s profiles too, and writes nothing', async () => {
      const own = await fresh(leaderFi);
      const before = await profileCount();
      expect(
        codeOf(
          await t.gql(
            REGISTER,
            { input: { platform: 'DISCORD', displayName: 'Operaattorin profiili' } },
            { token: operatorFi },
          ),
        ),
      ).toBe('FORBIDDEN');
      expect(
        codeOf(
          await t.gql(
            REGISTER,
            { input: { country: 'FI', platform: 'DISCORD', displayName: 'Liaison profile' } },
            { token: liaison },
          ),
        ),
      ).toBe('FORBIDDEN');
      for (const op of ['suspend', 'retire'] as const) {
        expect(codeOf(await lifecycle(op, own, operatorFi))).toBe('FORBIDDEN');
        expect(codeOf(await lifecycle(op, own, liaison))).toBe('FORBIDDEN');
      }
      expect(
        codeOf(
          await t.gql(
            UPDATE,
            { input: { id: own.id, version: 1, displayName: 'Renamed' } },
            { token: operatorFi },
          ),
        ),
      ).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(LIST, {}, { token: liaison }))).toBe('FORBIDDEN');
      expect(await profileCount()).toBe(before);
      expect(await row(own.id)).toMatchObject({ status: 'ACTIVE', version: 1 });
      // An operator reads the country's profiles (the one they patrol with), nothing more.
      expect((await list(operatorFi)).map((p) => p.id)).toContain(own.id);
    });
  });

  describe('lifecycle', () => {
    it('suspends, reactivates and retires a profile; retired is final, and every refusal writes nothing', async () => {
      let profile = await fresh(leaderFi);
      const suspended = await lifecycle('suspend', profile, leaderFi);
      expect(suspended.data?.suspendPoliceProfile).toMatchObject({ status: 'SUSPENDED', version: 2 });
      profile = { ...profile, version: 2 };

      const twice = await lifecycle('suspend', profile, coordinator);
      expect(refusal(twice)).toMatchObject({
        code: 'CONFLICT',
        message: `${profile.displayName} er ikke aktiv og kan derfor ikke suspenderes.`,
      });
      // An older version is somebody else's change: CONFLICT, with the version to reload.
      const stale = await lifecycle('reactivate', { ...profile, version: 1 }, leaderFi);
      expect(codeOf(stale)).toBe('CONFLICT');
      expect(stale.errors?.[0].extensions.currentVersion).toBe(2);

      const reactivated = await lifecycle('reactivate', profile, leaderFi);
      expect(reactivated.data?.reactivatePoliceProfile).toMatchObject({ status: 'ACTIVE', version: 3 });
      profile = { ...profile, version: 3 };
      expect(refusal(await lifecycle('reactivate', profile, coordinator))).toMatchObject({
        code: 'CONFLICT',
        message: `${profile.displayName} er ikke suspendert og kan derfor ikke aktiveres igjen.`,
      });

      const retired = await lifecycle('retire', profile, leaderFi);
      expect(retired.data?.retirePoliceProfile).toMatchObject({ status: 'RETIRED', version: 4 });
      profile = { ...profile, version: 4 };

      const finalMessage = `${profile.displayName} er avviklet. Det er endelig: en avviklet politiprofil kan ikke endres eller brukes igjen.`;
      for (const op of ['suspend', 'reactivate', 'retire'] as const) {
        expect(refusal(await lifecycle(op, profile, coordinator))).toMatchObject({
          code: 'CONFLICT',
          message: finalMessage,
        });
      }
      for (const change of [
        { displayName: 'Back again' },
        { safetyNotes: 'Reused.' },
        { status: 'ACTIVE' },
      ]) {
        const res = await t.gql(
          UPDATE,
          { input: { id: profile.id, version: 4, ...change } },
          { token: coordinator },
        );
        expect(refusal(res)).toMatchObject({ code: 'CONFLICT', message: finalMessage });
      }
      expect(await row(profile.id)).toMatchObject({
        status: 'RETIRED',
        version: 4,
        display_name: profile.displayName,
      });

      // Retired profiles leave the lists unless asked for.
      expect((await list(leaderFi)).map((p) => p.id)).not.toContain(profile.id);
      expect((await list(leaderFi, { includeRetired: true })).map((p) => p.id)).toContain(profile.id);

      // Each change is in the audit log, with what it changed from and to.
      const audit = await t.dataSource.query(
        `SELECT action, details FROM audit_entry WHERE target_id = $1 AND outcome = 'SUCCESS' ORDER BY id`,
        [profile.id],
      );
      expect(audit.map((a: { action: string }) => a.action)).toEqual([
        'registerPoliceProfile',
        'suspendPoliceProfile',
        'reactivatePoliceProfile',
        'retirePoliceProfile',
      ]);
      expect(audit[3].details).toMatchObject({ from: 'ACTIVE', to: 'RETIRED' });
    });

    it('applies the same rules to a status change through updatePoliceProfile', async () => {
      const profile = await fresh(leaderFi);
      const res = await t.gql<{ updatePoliceProfile: Profile }>(
        UPDATE,
        { input: { id: profile.id, version: 1, status: 'RETIRED', safetyNotes: 'Taken out of use.' } },
        { token: leaderFi },
      );
      expect(res.data?.updatePoliceProfile).toMatchObject({ status: 'RETIRED', version: 2 });
      const again = await t.gql(
        UPDATE,
        { input: { id: profile.id, version: 2, status: 'ACTIVE' } },
        { token: leaderFi },
      );
      expect(codeOf(again)).toBe('CONFLICT');
      expect(await row(profile.id)).toMatchObject({ status: 'RETIRED', version: 2 });
    });
  });

  describe('rosters and the sessions using a profile', () => {
    let weekId: string;
    let session: { id: string; version: number };
    let fi: Profile;
    let be: Profile;

    beforeAll(async () => {
      const week = await t.gql<{ createActionWeek: { id: string } }>(
        'mutation ($input: CreateActionWeekInput!) { createActionWeek(input: $input) { id } }',
        { input: { ...REFERENCE_WEEK, code: 'PROFILES-WEEK' } },
        { token: coordinator },
      );
      weekId = week.data!.createActionWeek.id;
      fi = await register(leaderFi, { platform: 'ROBLOX', displayName: 'Poliisi Roblox' });
      be = await register(leaderBe, { platform: 'ROBLOX', displayName: 'Politie Roblox' });
      const scheduled = await t.gql<{ schedulePatrolSession: { id: string; version: number } }>(
        'mutation ($input: SchedulePatrolSessionInput!) { schedulePatrolSession(input: $input) { id version } }',
        {
          input: {
            weekId,
            platform: 'ROBLOX',
            venue: 'Roblox: joint patrol',
            startsAt: oslo('2025-11-21', '09:00'),
            endsAt: oslo('2025-11-21', '12:00'),
            countries: ['FI', 'BE'],
            rosters: [rosterOf(ids, 'FI', fi.id), rosterOf(ids, 'BE', be.id)],
          },
        },
        { token: coordinator },
      );
      expect(scheduled.errors).toBeUndefined();
      session = scheduled.data!.schedulePatrolSession;
    });

    it('lists the sessions whose rosters name each profile, to its own country’s team and to coordinators', async () => {
      const expected = {
        id: session.id,
        weekId,
        weekCode: 'PROFILES-WEEK',
        platform: 'ROBLOX',
        status: 'SCHEDULED',
      };
      const mine = (await list(leaderFi, { platform: 'ROBLOX' })).find((p) => p.id === fi.id);
      expect(mine?.sessions).toEqual([expect.objectContaining({ ...expected, country: 'FI' })]);
      const all = await list(coordinator, { platform: 'ROBLOX' });
      expect(all.find((p) => p.id === be.id)?.sessions).toEqual([
        expect.objectContaining({ ...expected, country: 'BE' }),
      ]);
      // Finland's list holds nothing of Belgium's, neither its profile nor its roster.
      const finnish = await list(leaderFi);
      expect(finnish.some((p) => p.id === be.id)).toBe(false);
      expect(finnish.flatMap((p) => p.sessions ?? []).every((s) => s.country === 'FI')).toBe(true);
    });

    it('loads the sessions of a whole list in one statement', async () => {
      const plain = await countStatements(t, () =>
        t.gql('{ policeProfiles(filter: { includeRetired: true }) { id } }', {}, { token: coordinator }),
      );
      const withSessions = await countStatements(t, () =>
        t.gql(
          '{ policeProfiles(filter: { includeRetired: true }) { id sessions { id } } }',
          {},
          { token: coordinator },
        ),
      );
      expect(
        (withSessions.result as GqlResponse<{ policeProfiles: unknown[] }>).data!.policeProfiles.length,
      ).toBeGreaterThan(5);
      expect(withSessions.statements.length - plain.statements.length).toBe(1);
    });

    it('keeps a suspended or retired profile off a roster, and says so in the caller’s language', async () => {
      const current = await row(fi.id);
      const suspended = await lifecycle('suspend', { id: fi.id, version: current.version }, leaderFi);
      expect(suspended.errors).toBeUndefined();
      const version = async () =>
        (await t.dataSource.query('SELECT version FROM patrol_session WHERE id = $1', [session.id]))[0]
          .version;

      const assign = async (token: string, country: string, profileId: string) =>
        t.gql(
          ASSIGN,
          {
            input: { sessionId: session.id, version: await version(), ...rosterOf(ids, country, profileId) },
          },
          { token },
        );

      const refused = await assign(coordinator, 'FI', fi.id);
      expect(refusal(refused)).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'profileId',
        message: 'Politiprofilen Poliisi Roblox er suspendert. Velg en aktiv profil.',
      });
      expect(refusal(await assign(leaderFi, 'FI', fi.id))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'profileId',
        message: 'Poliisiprofiili Poliisi Roblox on jäädytetty. Valitse aktiivinen profiili.',
      });

      // Belgium's profile on Finland's roster is the wrong country's, whatever its status: its status is not told.
      await lifecycle('retire', { id: be.id, version: 1 }, leaderBe);
      const othersRetired = await assign(coordinator, 'FI', be.id);
      expect(refusal(othersRetired)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'profileId' });
      expect(othersRetired.errors?.[0].message).not.toMatch(/avviklet/);

      const retired = await assign(coordinator, 'BE', be.id);
      expect(refusal(retired)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'profileId',
        message: 'Politiprofilen Politie Roblox er avviklet. Velg en aktiv profil.',
      });

      // Nothing was written: the rosters still name the profiles they had.
      const rosters = await t.dataSource.query(
        'SELECT country, profile_id FROM roster WHERE session_id = $1 ORDER BY country',
        [session.id],
      );
      expect(rosters).toEqual([
        { country: 'BE', profile_id: be.id },
        { country: 'FI', profile_id: fi.id },
      ]);

      // Reactivated, it may be used again.
      await lifecycle('reactivate', { id: fi.id, version: current.version + 1 }, leaderFi);
      expect((await assign(leaderFi, 'FI', fi.id)).errors).toBeUndefined();
    });
  });

  describe('bad input', () => {
    it('refuses an unknown platform, a blank or too long name and a taken name, naming the field, and writes nothing', async () => {
      const before = await profileCount();
      const cases: [Record<string, unknown>, string, string | RegExp][] = [
        [
          { platform: 'NOPE', displayName: 'Politi Nope' },
          'platform',
          'Det finnes ingen plattform med koden NOPE.',
        ],
        [{ platform: 'DISCORD', displayName: '   ' }, 'displayName', /displayName/],
        [{ platform: 'DISCORD', displayName: 'P'.repeat(121) }, 'displayName', /120/],
        [{ platform: 'DISCORD', displayName: 'Politi\u202eX' }, 'displayName', /U\+202E/],
      ];
      for (const [input, field, message] of cases) {
        const res = await t.gql(REGISTER, { input: { country: 'NO', ...input } }, { token: coordinator });
        expect(refusal(res)).toMatchObject({ code: 'BAD_USER_INPUT', field });
        expect(res.errors![0].message).toMatch(message);
      }
      const taken = await fresh(coordinator, 'NO');
      const again = await t.gql(
        REGISTER,
        { input: { country: 'NO', platform: 'DISCORD', displayName: taken.displayName } },
        { token: coordinator },
      );
      expect(refusal(again)).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'displayName',
        message: `Discord har allerede en politiprofil som heter ${taken.displayName}.`,
      });
      const other = await fresh(coordinator, 'NO');
      const rename = await t.gql(
        UPDATE,
        { input: { id: other.id, version: 1, displayName: taken.displayName } },
        { token: coordinator },
      );
      expect(refusal(rename)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'displayName',
        message: expect.stringMatching(/^Discord har allerede/),
      });
      expect(await profileCount()).toBe(before + 2);
      expect(await row(other.id)).toMatchObject({ display_name: other.displayName, version: 1 });
    });

    it('checks the safety notes for identifiers of people, on registering and on editing', async () => {
      const before = await profileCount();
      const notes = 'Shared with the OSINT desk: call +47 912 34 567 or write to per.hansen@example.com.';
      const res = await t.gql(
        REGISTER,
        { input: { country: 'NO', platform: 'TWITCH', displayName: 'Politiet Twitch', safetyNotes: notes } },
        { token: coordinator },
      );
      expect(codeOf(res)).toBe('PERSONAL_DATA_IN_NOTES');
      expect(await profileCount()).toBe(before);
      const profile = await fresh(coordinator, 'NO', 'TWITCH');
      const edit = await t.gql(
        UPDATE,
        { input: { id: profile.id, version: 1, safetyNotes: notes } },
        { token: coordinator },
      );
      expect(codeOf(edit)).toBe('PERSONAL_DATA_IN_NOTES');
      expect(await row(profile.id)).toMatchObject({ safety_notes: '', version: 1 });
    });

    it('has no field for a password, a token or any other credential, in or out', () => {
      const schema = t.app.get(GraphQLSchemaHost).schema;
      const types = [
        'PoliceProfile',
        'PoliceProfileSession',
        'RegisterPoliceProfileInput',
        'UpdatePoliceProfileInput',
        'Platform',
      ];
      for (const name of types) {
        const type = schema.getType(name);
        expect(isObjectType(type) || isInputObjectType(type)).toBe(true);
        if (!isObjectType(type) && !isInputObjectType(type)) continue;
        for (const field of Object.keys(type.getFields())) {
          expect(`${name}.${field}`).not.toMatch(
            /pass|secret|token|credential|login|pin\b|otp|2fa|cookie|session_?key/i,
          );
        }
      }
    });
  });

  describe('platforms', () => {
    it('lets coordinators and administrators add a platform, once by name in any spelling, and use it at once', async () => {
      const added = await t.gql<{ addPlatform: { code: string; name: string; builtin: boolean } }>(
        ADD_PLATFORM,
        { name: 'Habbo Hotel' },
        { token: coordinator },
      );
      expect(added.data?.addPlatform).toEqual({ code: 'HABBO_HOTEL', name: 'Habbo Hotel', builtin: false });
      for (const name of ['habbo hotel', 'Habbo-Hotel', '  Habbo Hotel ']) {
        const again = await t.gql(ADD_PLATFORM, { name }, { token: admin });
        expect(refusal(again)).toMatchObject({
          code: 'BAD_USER_INPUT',
          field: 'name',
          message: expect.stringMatching(/^A platform called .+ already exists\.$/),
        });
      }
      expect(refusal(await t.gql(ADD_PLATFORM, { name: 'HABBO HOTEL' }, { token: coordinator }))).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'name',
        message: 'Det finnes allerede en plattform som heter HABBO HOTEL.',
      });
      const byAdmin = await t.gql<{ addPlatform: { code: string } }>(
        ADD_PLATFORM,
        { name: 'Zepeto' },
        { token: admin },
      );
      expect(byAdmin.data?.addPlatform.code).toBe('ZEPETO');
      const platforms = await t.gql<{ platforms: { code: string }[] }>(
        '{ platforms { code } }',
        {},
        { token: leaderFi },
      );
      expect(platforms.data!.platforms.map((p) => p.code)).toEqual(
        expect.arrayContaining(['HABBO_HOTEL', 'ZEPETO']),
      );
      const profile = await register(leaderFi, { platform: 'HABBO_HOTEL', displayName: 'Poliisi Habbo' });
      expect(profile).toMatchObject({ platform: 'HABBO_HOTEL', country: 'FI' });
    });

    it('refuses team leaders, operators and liaisons, and writes nothing', async () => {
      const count = async () => Number((await t.dataSource.query('SELECT count(*) AS n FROM platform'))[0].n);
      const before = await count();
      for (const token of [leaderFi, operatorFi, liaison]) {
        expect(codeOf(await t.gql(ADD_PLATFORM, { name: 'Movie Star Planet' }, { token }))).toBe('FORBIDDEN');
      }
      expect(await count()).toBe(before);
    });
  });
});
