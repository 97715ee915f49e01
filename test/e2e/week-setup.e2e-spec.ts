import { randomUUID } from 'node:crypto';
import { I18nService } from '../../apps/api/src/common/i18n/i18n.service';
import { RetentionService } from '../../apps/api/src/retention/retention.service';
import { liveSession } from '../support/live-session';
import { accountIds, rosterOf } from '../support/reference-week';
import { codeOf, startTestApp, type GqlResponse, type TestApp } from '../support/test-app';

const WEEK_FIELDS =
  'id code title hostCountry firstDay lastDay timeZone status minCount retentionDays closedAt version countries { country languages }';
const CREATE = `mutation ($input: CreateActionWeekInput!) { createActionWeek(input: $input) { ${WEEK_FIELDS} } }`;
const UPDATE = `mutation ($input: UpdateActionWeekInput!) { updateActionWeek(input: $input) { ${WEEK_FIELDS} } }`;
const READINESS = `query ($w: ID!) { weekReadiness(weekId: $w) { weekId ready items { code country platform sessionId sessionStartsAt count } } }`;
const RETENTION = `query ($w: ID!) { weekRetention(weekId: $w) { weekId status closedAt retentionDays textsDeletionDue textsDeletedAt lastRun { at interactions referrals debriefs } } }`;
const STATUS = `mutation ($id: ID!, $s: WeekStatus!) { setActionWeekStatus(id: $id, status: $s) { id status closedAt } }`;

interface Week {
  id: string;
  code: string;
  title: string;
  hostCountry: string;
  firstDay: string;
  lastDay: string;
  timeZone: string;
  status: string;
  minCount: number;
  retentionDays: number;
  closedAt: string | null;
  version: number;
  countries: { country: string; languages: string[] }[];
}
interface Item {
  code: string;
  country: string | null;
  platform: string | null;
  sessionId: string | null;
  sessionStartsAt: string | null;
  count: number;
}

const setup = (overrides: Record<string, unknown> = {}) => ({
  code: `SETUP-${randomUUID().slice(0, 8).toUpperCase()}`,
  title: 'Spring patrol week',
  hostCountry: 'NO',
  firstDay: '2031-03-03',
  lastDay: '2031-03-07',
  timeZone: 'Europe/Oslo',
  countries: [
    { country: 'NO', languages: ['nb', 'nn'] },
    { country: 'FI', languages: ['fi', 'sv'] },
    { country: 'IS', languages: ['is'] },
  ],
  ...overrides,
});

const errorOf = (res: GqlResponse) => res.errors?.[0];

describe('week set-up, readiness, going live and closing', () => {
  let t: TestApp;
  let coordinator: string;
  let ids: Record<string, string>;
  const weekCount = async () =>
    Number((await t.dataSource.query('SELECT count(*)::int AS n FROM action_week'))[0].n);
  const weekRow = async (id: string) =>
    (
      await t.dataSource.query(
        'SELECT title, version, first_day::text AS "firstDay" FROM action_week WHERE id = $1',
        [id],
      )
    )[0];

  beforeAll(async () => {
    t = await startTestApp();
    coordinator = await t.login('coordinator.no@empact.test');
    ids = await accountIds(t, await t.login('admin@empact.test'));
  });
  afterAll(() => t.close());

  describe('bad input, shared by creating and editing: its code, the field, a message in the caller’s language, nothing written', () => {
    it.each([
      [
        'the last day before the first',
        { firstDay: '2031-03-07', lastDay: '2031-03-03' },
        'lastDay',
        /første|siste/i,
      ],
      ['a day that does not exist', { firstDay: '2031-02-30' }, 'firstDay', /dato/],
      ['no country', { countries: [] }, 'countries', /deltakerland/],
      [
        'a country without a working language',
        {
          countries: [
            { country: 'NO', languages: ['nb'] },
            { country: 'IS', languages: [] },
          ],
        },
        'countries',
        /Island/,
      ],
      ['an unknown time zone', { timeZone: 'Europe/Atlantis' }, 'timeZone', /Tidssonen/],
      ['a host that does not take part', { hostCountry: 'SE' }, 'hostCountry', /Sverige/],
    ])('refuses %s', async (_what, overrides, field, message) => {
      const before = await weekCount();
      const res = await t.gql(CREATE, { input: setup(overrides) }, { token: coordinator, language: 'nb' });
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(errorOf(res)?.extensions.field).toBe(field);
      expect(errorOf(res)?.message).toMatch(message);
      expect(await weekCount()).toBe(before);
    });
  });

  describe('a week in planning', () => {
    let week: Week;

    beforeAll(async () => {
      const res = await t.gql<{ createActionWeek: Week }>(
        CREATE,
        { input: setup({ countries: [...setup().countries, { country: 'EE', languages: ['et'] }] }) },
        { token: coordinator },
      );
      expect(res.errors).toBeUndefined();
      week = res.data!.createActionWeek;
    });

    it('lists what is missing: Estonia’s team, any session, published guidance', async () => {
      const res = await t.gql<{ weekReadiness: { ready: boolean; items: Item[] } }>(
        READINESS,
        { w: week.id },
        { token: coordinator },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.weekReadiness.ready).toBe(false);
      expect(
        res.data!.weekReadiness.items.map(({ code, country, count }) => ({ code, country, count })),
      ).toEqual([
        { code: 'TEAM_INCOMPLETE', country: 'EE', count: 3 },
        { code: 'NO_SESSIONS', country: null, count: 0 },
        { code: 'GUIDANCE_NOT_PUBLISHED', country: null, count: 0 },
      ]);
    });

    it('edits the set-up: title, days, k, retention days, a country added and one dropped, the version moves on', async () => {
      const res = await t.gql<{ updateActionWeek: Week }>(
        UPDATE,
        {
          input: {
            id: week.id,
            version: week.version,
            title: 'Spring patrol week (Nordic)',
            hostCountry: 'NO',
            firstDay: '2031-03-03',
            lastDay: '2031-03-08',
            timeZone: 'Europe/Oslo',
            minCount: 6,
            retentionDays: 45,
            countries: [
              { country: 'NO', languages: ['nb', 'nn'] },
              { country: 'FI', languages: ['fi'] },
              { country: 'IS', languages: ['is'] },
              { country: 'BE', languages: ['nl', 'fr'] },
            ],
          },
        },
        { token: coordinator },
      );
      expect(res.errors).toBeUndefined();
      const updated = res.data!.updateActionWeek;
      expect(updated).toMatchObject({
        code: week.code,
        title: 'Spring patrol week (Nordic)',
        lastDay: '2031-03-08',
        minCount: 6,
        retentionDays: 45,
        version: week.version + 1,
      });
      expect(updated.countries).toEqual([
        { country: 'NO', languages: ['nb', 'nn'] },
        { country: 'BE', languages: ['nl', 'fr'] },
        { country: 'FI', languages: ['fi'] },
        { country: 'IS', languages: ['is'] },
      ]);
      const [audit] = await t.dataSource.query(
        `SELECT details FROM audit_entry WHERE action = 'updateActionWeek' AND target_id = $1`,
        [week.id],
      );
      expect(audit.details).toEqual({
        fields: ['title', 'lastDay', 'minCount', 'retentionDays'],
        countriesAdded: ['BE'],
        countriesRemoved: ['EE'],
      });
      week = updated;
    });

    it('refuses an edit made on an older version, and writes nothing', async () => {
      const res = await t.gql(
        UPDATE,
        { input: { ...editOf(week), version: week.version - 1, title: 'Stale title' } },
        { token: coordinator },
      );
      expect(codeOf(res)).toBe('CONFLICT');
      expect((await weekRow(week.id)).title).toBe(week.title);
    });

    it('refuses an edit with bad input with the same rules as a new week, and writes nothing', async () => {
      for (const [overrides, field] of [
        [{ firstDay: '2031-03-09' }, 'lastDay'],
        [{ countries: [] }, 'countries'],
        [
          {
            countries: [
              { country: 'NO', languages: ['nb'] },
              { country: 'FI', languages: [] },
            ],
          },
          'countries',
        ],
        [{ timeZone: 'Mars/Olympus' }, 'timeZone'],
      ] as const) {
        const res = await t.gql(
          UPDATE,
          { input: { ...editOf(week), title: 'Not saved', ...overrides } },
          { token: coordinator },
        );
        expect([codeOf(res), errorOf(res)?.extensions.field]).toEqual(['BAD_USER_INPUT', field]);
      }
      expect(await weekRow(week.id)).toMatchObject({ title: week.title, version: week.version });
    });

    describe('with a session planned', () => {
      let sessionId: string;

      beforeAll(async () => {
        const fi = rosterOf(ids, 'FI');
        const res = await t.gql<{ schedulePatrolSession: { id: string } }>(
          'mutation ($input: SchedulePatrolSessionInput!) { schedulePatrolSession(input: $input) { id } }',
          {
            input: {
              weekId: week.id,
              platform: 'STEAM',
              venue: 'Community hub',
              startsAt: '2031-03-04T15:00:00Z',
              endsAt: '2031-03-04T17:00:00Z',
              countries: ['NO', 'FI'],
              rosters: [rosterOf(ids, 'NO'), { ...fi, operatorTwoId: null }],
            },
          },
          { token: coordinator },
        );
        expect(res.errors).toBeUndefined();
        sessionId = res.data!.schedulePatrolSession.id;
      });

      it('asks for a blue profile on the session’s platform per country, and the empty positions', async () => {
        const res = await t.gql<{ weekReadiness: { items: Item[] } }>(
          READINESS,
          { w: week.id },
          { token: coordinator },
        );
        const items = res.data!.weekReadiness.items;
        expect(
          items.map(({ code, country, platform, sessionId: s, count }) => [
            code,
            country,
            platform,
            s,
            count,
          ]),
        ).toEqual([
          ['PROFILE_MISSING', 'NO', 'STEAM', null, 1],
          ['PROFILE_MISSING', 'FI', 'STEAM', null, 1],
          // Norway's roster (the host first) lacks only the profile; Finland's Operator Two and the profile.
          ['SESSION_UNSTAFFED', 'NO', 'STEAM', sessionId, 1],
          ['SESSION_UNSTAFFED', 'FI', 'STEAM', sessionId, 2],
          ['GUIDANCE_NOT_PUBLISHED', null, null, null, 0],
        ]);
        expect(items[2].sessionStartsAt).toBe('2031-03-04T15:00:00.000Z');
      });

      it('refuses to drop a country the plan still names, with the reason, and writes nothing', async () => {
        const res = await t.gql(
          UPDATE,
          { input: { ...editOf(week), countries: week.countries.filter((c) => c.country !== 'FI') } },
          { token: coordinator },
        );
        expect(codeOf(res)).toBe('BAD_USER_INPUT');
        expect(errorOf(res)?.extensions).toMatchObject({ field: 'countries', countries: ['FI'] });
        // In the coordinator's own language (Norwegian), naming the country.
        expect(errorOf(res)?.message).toMatch(/^Finland kan ikke tas ut av uken/);
        const countries = await t.dataSource.query(
          'SELECT country FROM action_week_country WHERE week_id = $1',
          [week.id],
        );
        expect(countries).toHaveLength(4);
      });

      it('refuses days that would leave the planned session outside the week', async () => {
        const res = await t.gql(
          UPDATE,
          { input: { ...editOf(week), firstDay: '2031-03-05' } },
          { token: coordinator },
        );
        expect([codeOf(res), errorOf(res)?.extensions.field]).toEqual(['BAD_USER_INPUT', 'firstDay']);
        expect((await weekRow(week.id)).firstDay).toBe('2031-03-03');
      });
    });

    it('is managed by coordinators and administrators only', async () => {
      const leader = await t.login('leader.fi@empact.test');
      expect(codeOf(await t.gql(READINESS, { w: week.id }, { token: leader }))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(UPDATE, { input: editOf(week) }, { token: leader }))).toBe('FORBIDDEN');
      const admin = await t.login('admin@empact.test');
      expect((await t.gql(READINESS, { w: week.id }, { token: admin })).errors).toBeUndefined();
    });

    it('goes live with items still missing (the admin app asks first), and then its set-up is fixed', async () => {
      const live = await t.gql<{ setActionWeekStatus: Week }>(
        STATUS,
        { id: week.id, s: 'LIVE' },
        { token: coordinator },
      );
      expect(live.data?.setActionWeekStatus.status).toBe('LIVE');
      const current = await weekRow(week.id);
      const res = await t.gql(
        UPDATE,
        { input: { ...editOf(week), version: current.version } },
        { token: coordinator },
      );
      expect(codeOf(res)).toBe('WEEK_NOT_IN_PLANNING');
      expect(errorOf(res)?.message).toMatch(/«Pågår»/);
    });
  });

  describe('closing', () => {
    it('is refused while a session is live, with the list of them, and the week stays live', async () => {
      const live = await liveSession(t, ['FI', 'BE', 'NL'], 'CLOSE-WEEK');
      const res = await t.gql(
        STATUS,
        { id: live.weekId, s: 'CLOSED' },
        { token: coordinator, language: 'nb' },
      );
      expect(codeOf(res)).toBe('WEEK_HAS_LIVE_SESSIONS');
      expect(errorOf(res)?.extensions.liveSessions).toEqual([
        {
          id: live.sessionId,
          startsAt: expect.any(String),
          platform: 'DISCORD',
          countries: ['BE', 'FI', 'NL'],
        },
      ]);
      expect(errorOf(res)?.message).toMatch(/Uken kan ikke avsluttes mens 1 økt pågår: Discord .*Finland/);
      const [row] = await t.dataSource.query('SELECT status, closed_at FROM action_week WHERE id = $1', [
        live.weekId,
      ]);
      expect(row).toEqual({ status: 'LIVE', closed_at: null });

      // The session ends: the week closes, logging stops, and the retention date is closedAt + retention days.
      const [{ version }] = await t.dataSource.query('SELECT version FROM patrol_session WHERE id = $1', [
        live.sessionId,
      ]);
      const ended = await t.gql(
        'mutation ($id: ID!, $v: Int!) { endPatrolSession(id: $id, version: $v) { id } }',
        { id: live.sessionId, v: version },
        { token: coordinator },
      );
      expect(ended.errors).toBeUndefined();
      const closed = await t.gql<{ setActionWeekStatus: Week }>(
        STATUS,
        { id: live.weekId, s: 'CLOSED' },
        { token: coordinator },
      );
      expect(closed.data?.setActionWeekStatus.status).toBe('CLOSED');
      const closedAt = new Date(closed.data!.setActionWeekStatus.closedAt!);
      expect(Math.abs(closedAt.getTime() - Date.now())).toBeLessThan(60_000);

      const logged = await t.gql(
        'mutation ($input: LogInteractionInput!) { logInteraction(input: $input) { id } }',
        {
          input: {
            id: randomUUID(),
            sessionId: live.sessionId,
            channel: 'DIRECT_MESSAGE',
            occurredAt: new Date(Date.now() - 60_000).toISOString(),
            durationMinutes: 5,
            youngPeople: 1,
            ageBand: 'AGE_13_15',
            topics: ['BULLYING'],
            initiatedBy: 'YOUNG_PERSON',
            tone: 'NEUTRAL',
            outcome: 'ADVICE_GIVEN',
            notes: '',
            notesLanguage: 'fi',
          },
        },
        { token: await t.login('operator1.fi@empact.test') },
      );
      expect(codeOf(logged)).toBe('BAD_USER_INPUT');
      const [{ language }] = await t.dataSource.query(
        `SELECT language FROM account WHERE email = 'operator1.fi@empact.test'`,
      );
      expect(errorOf(logged)?.message).toBe(t.app.get(I18nService).t(language, 'schedule.weekClosed'));

      const status = await t.gql<{
        weekRetention: {
          closedAt: string;
          retentionDays: number;
          textsDeletionDue: string;
          textsDeletedAt: string | null;
          lastRun: unknown;
        };
      }>(RETENTION, { w: live.weekId }, { token: coordinator });
      expect(status.errors).toBeUndefined();
      const retention = status.data!.weekRetention;
      expect(retention).toMatchObject({ retentionDays: 30, textsDeletedAt: null, lastRun: null });
      expect(new Date(retention.textsDeletionDue).getTime()).toBe(closedAt.getTime() + 30 * 24 * 3600_000);

      // The retention job runs after the date: the status shows when, and what it deleted (counts only).
      await t.app.get(RetentionService).purgeDue(new Date(closedAt.getTime() + 31 * 24 * 3600_000));
      const after = await t.gql<{
        weekRetention: { textsDeletedAt: string; lastRun: { at: string; interactions: number } };
      }>(RETENTION, { w: live.weekId }, { token: coordinator });
      expect(after.data!.weekRetention.textsDeletedAt).not.toBeNull();
      expect(after.data!.weekRetention.lastRun).toMatchObject({ interactions: 0 });
    });

    it('shows the retention status to the data-protection officer, not to a team or a liaison', async () => {
      const [week] = (await t.dataSource.query(`SELECT id FROM action_week ORDER BY created_at LIMIT 1`)) as {
        id: string;
      }[];
      const admin = await t.login('admin@empact.test');
      const created = await t.gql(
        'mutation ($input: CreateAccountInput!) { createAccount(input: $input) { id } }',
        {
          input: {
            email: 'dpo.weeks@empact.test',
            displayName: 'Data Protection Officer',
            country: null,
            roles: ['DATA_PROTECTION_OFFICER'],
            language: 'nb',
            password: 'a-long-enough-password',
          },
        },
        { token: admin },
      );
      expect(created.errors).toBeUndefined();
      const dpo = await t.login('dpo.weeks@empact.test', 'a-long-enough-password');
      const read = await t.gql<{ weekRetention: { weekId: string; status: string } }>(
        RETENTION,
        { w: week.id },
        { token: dpo },
      );
      expect(read.errors).toBeUndefined();
      expect(read.data!.weekRetention.weekId).toBe(week.id);
      // Nothing else of the week: not its readiness.
      expect(codeOf(await t.gql(READINESS, { w: week.id }, { token: dpo }))).toBe('FORBIDDEN');
      for (const email of ['leader.fi@empact.test', 'liaison@empact.test'])
        expect(codeOf(await t.gql(RETENTION, { w: week.id }, { token: await t.login(email) }))).toBe(
          'FORBIDDEN',
        );
    });
  });
});

/** The week's set-up as the edit form sends it back. */
function editOf(week: Week) {
  return {
    id: week.id,
    version: week.version,
    title: week.title,
    hostCountry: week.hostCountry,
    firstDay: week.firstDay,
    lastDay: week.lastDay,
    timeZone: week.timeZone,
    minCount: week.minCount,
    retentionDays: week.retentionDays,
    countries: week.countries,
  };
}
