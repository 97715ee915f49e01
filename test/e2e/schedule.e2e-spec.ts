import { subscribe } from '../support/subscription';
import { accountIds, oslo, REFERENCE_WEEK, rosterOf } from '../support/reference-week';
import { codeOf, countStatements, GqlResponse, startTestApp, TestApp } from '../support/test-app';

const SCHEDULE_MUTATION = `mutation ($input: SchedulePatrolSessionInput!) {
  schedulePatrolSession(input: $input) { id version status countries startsAt endsAt platform { code } guide { displayName } }
}`;
const SCHEDULE_QUERY = `query ($weekId: ID!, $filter: ScheduleFilter) {
  schedule(weekId: $weekId, filter: $filter) {
    id version status countries startsAt endsAt venue platform { code name }
    guide { displayName }
    rosters { country operatorOne { displayName } operatorTwo { displayName } teamLeader { displayName } profile { displayName } }
    missingPositions { country positions }
    interactionCount
  }
}`;
const DAYS = ['2025-11-20', '2025-11-21', '2025-11-22', '2025-11-23', '2025-11-24'];
const PLATFORMS = ['DISCORD', 'MINECRAFT', 'FORTNITE', 'ROBLOX', 'TWITCH'];

interface Session {
  id: string;
  version: number;
  status: string;
  countries: string[];
  rosters: { country: string; teamLeader: { displayName: string } | null }[];
  missingPositions: { country: string; positions: string[] }[];
}

describe('planning the week', () => {
  let t: TestApp;
  let admin: string;
  let coordinator: string;
  let ids: Record<string, string>;
  let weekId: string;
  const profiles: Record<string, string> = {};
  const guides: string[] = [];
  const planned: { id: string; version: number; countries: string[]; day: string; slot: number }[] = [];

  const schedule = (input: Record<string, unknown>, token = coordinator, language = 'en') =>
    t.gql<{ schedulePatrolSession: Session }>(
      SCHEDULE_MUTATION,
      { input: { weekId, ...input } },
      { token, language },
    );
  const sessionCount = async () =>
    Number(
      (await t.dataSource.query('SELECT count(*) AS n FROM patrol_session WHERE week_id = $1', [weekId]))[0]
        .n,
    );

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin@empact.test');
    coordinator = await t.login('coordinator.no@empact.test');
    // Two more Kripos guides, so that three sessions can run side by side.
    for (const n of [1, 2]) {
      await t.gql(
        `mutation { createAccount(input: { email: "guide${n}.no@empact.test", displayName: "Kripos Guide ${n}", country: "NO", roles: [COORDINATOR], language: "nb", password: "a-long-enough-password" }) { id } }`,
        {},
        { token: admin },
      );
    }
    ids = await accountIds(t, admin);
    guides.push(
      ids['coordinator.no@empact.test'],
      ids['guide1.no@empact.test'],
      ids['guide2.no@empact.test'],
    );
    const week = await t.gql<{ createActionWeek: { id: string; status: string } }>(
      'mutation ($input: CreateActionWeekInput!) { createActionWeek(input: $input) { id status } }',
      { input: REFERENCE_WEEK },
      { token: coordinator },
    );
    expect(week.errors).toBeUndefined();
    weekId = week.data!.createActionWeek.id;
    for (const country of ['NO', 'BE', 'NL', 'IS', 'FI']) {
      const leader = await t.login(`leader.${country.toLowerCase()}@empact.test`);
      const res = await t.gql<{ registerPoliceProfile: { id: string } }>(
        'mutation ($input: RegisterPoliceProfileInput!) { registerPoliceProfile(input: $input) { id } }',
        {
          input: {
            platform: 'DISCORD',
            displayName: `Politi ${country} (uniformed)`,
            safetyNotes: 'Two-factor on an office phone; shared only inside the team.',
          },
        },
        { token: leader },
      );
      expect(res.errors).toBeUndefined();
      profiles[country] = res.data!.registerPoliceProfile.id;
    }
  });
  afterAll(() => t.close());

  it('lets a coordinator schedule the reference week: 20 and more joint sessions across the five countries', async () => {
    // Each slot: Norway with Belgium, the Netherlands with Iceland, Finland alone; a guide each.
    const groups = [['NO', 'BE'], ['NL', 'IS'], ['FI']];
    const slots = [
      ['09:00', '12:00'],
      ['13:00', '16:00'],
    ];
    for (const day of DAYS) {
      for (const [slot, [from, to]] of slots.entries()) {
        for (const [g, countries] of groups.entries()) {
          const res = await schedule({
            platform: PLATFORMS[(g + slot) % PLATFORMS.length],
            venue: `Kripos ${day} slot ${slot + 1}`,
            startsAt: oslo(day, from),
            endsAt: oslo(day, to),
            countries,
            guideId: guides[g],
            briefing: 'Introduce yourselves as police; keep to public channels; log every conversation.',
            rosters: countries.map((c) => rosterOf(ids, c, profiles[c])),
          });
          expect(res.errors).toBeUndefined();
          planned.push({
            id: res.data!.schedulePatrolSession.id,
            version: res.data!.schedulePatrolSession.version,
            countries,
            day,
            slot,
          });
        }
      }
    }
    const res = await t.gql<{ schedule: Session[] }>(SCHEDULE_QUERY, { weekId }, { token: coordinator });
    expect(res.errors).toBeUndefined();
    expect(res.data!.schedule).toHaveLength(30);
    expect(new Set(res.data!.schedule.flatMap((s) => s.countries))).toEqual(
      new Set(['NO', 'BE', 'NL', 'IS', 'FI']),
    );
    expect(res.data!.schedule.every((s) => s.missingPositions.length === 0)).toBe(true);
    const joint = res.data!.schedule.find((s) => s.countries.length === 2)!;
    expect(joint.rosters.map((r) => r.country)).toEqual(joint.countries.slice().sort());
  });

  it('answers the whole plan with rosters in a fixed number of SQL statements, however many sessions', async () => {
    const whole = await countStatements(t, () =>
      t.gql<{ schedule: Session[] }>(SCHEDULE_QUERY, { weekId }, { token: coordinator }),
    );
    const oneDay = await countStatements(t, () =>
      t.gql<{ schedule: Session[] }>(
        SCHEDULE_QUERY,
        { weekId, filter: { day: '2025-11-20', country: 'FI' } },
        { token: coordinator },
      ),
    );
    expect(whole.result.data!.schedule).toHaveLength(30);
    expect(oneDay.result.data!.schedule).toHaveLength(2);
    expect(whole.statements.length).toBe(oneDay.statements.length);
    // One of them folds the tally's queue before the interaction counts are read.
    expect(whole.statements.length).toBeLessThanOrEqual(6);
  });

  it('filters the plan by country, platform and day in the week’s zone', async () => {
    const byCountry = await t.gql<{ schedule: Session[] }>(
      SCHEDULE_QUERY,
      { weekId, filter: { country: 'FI' } },
      { token: coordinator },
    );
    expect(byCountry.data!.schedule).toHaveLength(10);
    const byDay = await t.gql<{ schedule: Session[] }>(
      SCHEDULE_QUERY,
      { weekId, filter: { day: '2025-11-22' } },
      { token: coordinator },
    );
    expect(byDay.data!.schedule).toHaveLength(6);
    const byPlatform = await t.gql<{ schedule: Session[] }>(
      SCHEDULE_QUERY,
      { weekId, filter: { platform: 'DISCORD' } },
      { token: coordinator },
    );
    expect(byPlatform.data!.schedule.length).toBeGreaterThan(0);
  });

  it('refuses an overlapping person with SCHEDULE_CONFLICT naming the other session and the overlap', async () => {
    const before = await sessionCount();
    // The Norwegian team is busy on 20 Nov 09:00–12:00; its leader cannot join another session at 11:00.
    const res = await schedule({
      platform: 'STEAM',
      venue: 'Steam community hub',
      startsAt: oslo('2025-11-20', '11:00'),
      endsAt: oslo('2025-11-20', '12:30'),
      countries: ['NO'],
      rosters: [rosterOf(ids, 'NO', profiles.NO)],
    });
    expect(codeOf(res)).toBe('SCHEDULE_CONFLICT');
    const conflicts = res.errors![0].extensions.conflicts as {
      kind: string;
      subject: string;
      otherSessionId: string;
      overlapStartsAt: string;
      overlapEndsAt: string;
    }[];
    const other = planned.find((p) => p.day === '2025-11-20' && p.slot === 0 && p.countries.includes('NO'))!;
    expect(conflicts[0]).toMatchObject({
      kind: 'PERSON',
      otherSessionId: other.id,
      overlapStartsAt: '2025-11-20T10:00:00.000Z',
      overlapEndsAt: '2025-11-20T11:00:00.000Z',
    });
    expect(conflicts.map((c) => c.kind)).toEqual(expect.arrayContaining(['PERSON', 'PROFILE', 'COUNTRY']));
    // In the coordinator's language (nb), with the overlap in the week's zone.
    expect(res.errors![0].message).toBe(
      `Ola Nordmann er allerede med i «Discord · Kripos 2025-11-20 slot 1», som overlapper fra 20. nov. 2025, 11:00 til 12:00 (Europe/Oslo).`,
    );
    expect(await sessionCount()).toBe(before);
  });

  it('refuses a guide in two places and names the guide', async () => {
    const res = await schedule(
      {
        platform: 'STEAM',
        venue: 'Steam',
        startsAt: oslo('2025-11-21', '10:00'),
        endsAt: oslo('2025-11-21', '11:00'),
        countries: ['NL'],
        guideId: guides[2],
      },
      coordinator,
    );
    expect(codeOf(res)).toBe('SCHEDULE_CONFLICT');
    expect((res.errors![0].extensions.conflicts as { kind: string }[]).map((c) => c.kind)).toContain('GUIDE');
  });

  it.each([
    [
      'a session that ends before it starts',
      { startsAt: oslo('2025-11-20', '19:00'), endsAt: oslo('2025-11-20', '18:00') },
      'endsAt',
      'En økt må slutte etter at den har startet.',
    ],
    [
      'a session longer than eight hours',
      { startsAt: oslo('2025-11-20', '08:00'), endsAt: oslo('2025-11-20', '16:30') },
      'endsAt',
      'En økt kan vare i høyst 8 timer.',
    ],
    [
      'a day outside the week',
      { startsAt: oslo('2025-11-25', '10:00'), endsAt: oslo('2025-11-25', '12:00') },
      'startsAt',
      'En økt må ligge innenfor ukens dager, 20. nov. 2025 til 24. nov. 2025 (Europe/Oslo).',
    ],
    [
      'an unknown platform',
      { platform: 'MYSPACE' },
      'platform',
      'Feltet «platform» har en verdi som ikke er tillatt.',
    ],
    [
      'a country that does not take part in the week',
      { countries: ['SE'] },
      'countries',
      'Sverige deltar ikke i denne uken.',
    ],
    [
      'a person of another country on a roster',
      { countries: ['NL'] },
      'rosters',
      'Alle på mannskapslisten for Nederland må høre til Nederland.',
    ],
  ])(
    'refuses %s with a translated BAD_USER_INPUT and writes nothing',
    async (_, overrides, field, message) => {
      const before = await sessionCount();
      const input: Record<string, unknown> = {
        platform: 'STEAM',
        venue: 'Evening hub',
        startsAt: oslo('2025-11-20', '19:00'),
        endsAt: oslo('2025-11-20', '21:00'),
        countries: ['IS'],
        ...overrides,
      };
      if (field === 'rosters')
        input.rosters = [{ ...rosterOf(ids, 'NL'), operatorOneId: ids['operator1.be@empact.test'] }];
      // The coordinator reads Norwegian (the account's language), whatever the browser says.
      const res = await schedule(input, coordinator, 'nl');
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions.field).toBe(field);
      expect(res.errors![0].message).toBe(message);
      expect(await sessionCount()).toBe(before);
    },
  );

  it('answers NOT_FOUND for a week that does not exist', async () => {
    const res = await t.gql(
      SCHEDULE_MUTATION,
      {
        input: {
          weekId: '6f4c9d0e-0000-4000-8000-000000000000',
          platform: 'DISCORD',
          venue: 'x',
          startsAt: oslo('2025-11-20', '19:00'),
          endsAt: oslo('2025-11-20', '20:00'),
          countries: ['NO'],
        },
      },
      { token: coordinator },
    );
    expect(codeOf(res)).toBe('NOT_FOUND');
  });

  it('refuses a team member who tries to schedule', async () => {
    const leader = await t.login('leader.be@empact.test');
    const res = await schedule(
      {
        platform: 'STEAM',
        venue: 'x',
        startsAt: oslo('2025-11-20', '19:00'),
        endsAt: oslo('2025-11-20', '20:00'),
        countries: ['BE'],
      },
      leader,
    );
    expect(codeOf(res)).toBe('FORBIDDEN');
  });

  it('refuses the plan and its rosters to a liaison', async () => {
    const liaison = await t.login('liaison@empact.test');
    expect(codeOf(await t.gql(SCHEDULE_QUERY, { weekId }, { token: liaison }))).toBe('FORBIDDEN');
    expect(
      codeOf(
        await t.gql(
          'query ($id: ID!) { patrolSession(id: $id) { rosters { country } } }',
          { id: planned[0].id },
          { token: liaison },
        ),
      ),
    ).toBe('FORBIDDEN');
  });

  it('shows a team the whole plan but only its own country’s rosters', async () => {
    const dutch = await t.login('operator1.nl@empact.test');
    const res = await t.gql<{ schedule: Session[] }>(SCHEDULE_QUERY, { weekId }, { token: dutch });
    expect(res.data!.schedule).toHaveLength(30);
    expect(new Set(res.data!.schedule.flatMap((s) => s.rosters.map((r) => r.country)))).toEqual(
      new Set(['NL']),
    );
    const mine = await t.gql<{ mySessions: { id: string }[] }>(
      'query ($w: ID) { mySessions(weekId: $w) { id } }',
      { w: weekId },
      { token: dutch },
    );
    expect(mine.data!.mySessions).toHaveLength(10);
  });

  it('shows a Belgian team a Finland-only session as a busy slot, and the Finnish team all of it', async () => {
    // Two sessions of Finland alone, with everything a busy slot must not tell: a venue, a briefing, a Kripos guide, a
    // coordinator's reason for starting without a team leader, and a reason for cancelling.
    const started = await schedule({
      platform: 'TWITCH',
      venue: 'Poliisin Twitch-kanava',
      startsAt: oslo('2025-11-20', '17:00'),
      endsAt: oslo('2025-11-20', '18:30'),
      countries: ['FI'],
      guideId: guides[0],
      briefing: 'Esittäytykää poliisina ja pysykää julkisilla kanavilla.',
      rosters: [{ ...rosterOf(ids, 'FI', profiles.FI), teamLeaderId: null }],
    });
    expect(started.errors).toBeUndefined();
    const live = await t.gql(
      'mutation ($id: ID!, $v: Int!) { startPatrolSession(id: $id, version: $v, overrideReason: "Ryhmänjohtaja seuraa puhelimitse") { status } }',
      { id: started.data!.schedulePatrolSession.id, v: started.data!.schedulePatrolSession.version },
      { token: coordinator },
    );
    expect(live.errors).toBeUndefined();
    const planned = await schedule({
      platform: 'TWITCH',
      venue: 'Poliisin Twitch-kanava',
      startsAt: oslo('2025-11-20', '19:00'),
      endsAt: oslo('2025-11-20', '20:30'),
      countries: ['FI'],
      guideId: guides[0],
      briefing: 'Iltavuoro.',
    });
    const cancelled = await t.gql(
      'mutation ($id: ID!, $v: Int!) { cancelPatrolSession(id: $id, version: $v, reason: "Palvelinkatko") { status } }',
      { id: planned.data!.schedulePatrolSession.id, v: planned.data!.schedulePatrolSession.version },
      { token: coordinator },
    );
    expect(cancelled.errors).toBeUndefined();
    const ids2 = [started.data!.schedulePatrolSession.id, planned.data!.schedulePatrolSession.id];

    const FIELDS = `id busySlot status countries startsAt endsAt platform { code } venue briefing guide { displayName }
      cancelReason startOverrideReason startedAt endedAt rosters { country } missingPositions { country }`;
    type Seen = Record<string, unknown> & { id: string; busySlot: boolean; countries: string[] };
    const plan = async (token: string) => {
      const res = await t.gql<{ schedule: Seen[] }>(
        `query ($w: ID!) { schedule(weekId: $w) { ${FIELDS} } }`,
        { w: weekId },
        { token },
      );
      expect(res.errors).toBeUndefined();
      return res.data!.schedule;
    };
    const one = async (token: string, id: string) =>
      (
        await t.gql<{ patrolSession: Seen }>(
          `query ($id: ID!) { patrolSession(id: $id) { ${FIELDS} } }`,
          { id },
          { token },
        )
      ).data!.patrolSession;
    const belgian = await t.login('leader.be@empact.test');
    const belgianOperator = await t.login('operator2.be@empact.test');
    const finnish = await t.login('leader.fi@empact.test');

    for (const token of [belgian, belgianOperator]) {
      const seen = await plan(token);
      for (const [id, status] of [
        [ids2[0], 'LIVE'],
        [ids2[1], 'CANCELLED'],
      ]) {
        const slot = {
          id,
          busySlot: true,
          status,
          countries: ['FI'],
          startsAt: expect.any(String),
          endsAt: expect.any(String),
          platform: { code: 'TWITCH' },
          venue: null,
          briefing: null,
          guide: null,
          cancelReason: null,
          startOverrideReason: null,
          startedAt: null,
          endedAt: null,
          rosters: [],
          missingPositions: [],
        };
        expect(seen.find((s) => s.id === id)).toEqual(slot);
        expect(await one(token, id)).toEqual(slot);
      }
      // Every session of a country other than Belgium is a busy slot to the Belgian team, and none of Belgium's is.
      expect(seen.filter((s) => s.busySlot).every((s) => !s.countries.includes('BE'))).toBe(true);
      expect(seen.filter((s) => !s.busySlot).every((s) => s.countries.includes('BE') && s.venue)).toBe(true);
      expect(JSON.stringify(seen)).not.toMatch(/Poliisin|Esittäytykää|Iltavuoro|puhelimitse|Palvelinkatko/);
    }

    const ofFinland = await plan(finnish);
    expect(ofFinland.find((s) => s.id === ids2[0])).toMatchObject({
      busySlot: false,
      venue: 'Poliisin Twitch-kanava',
      briefing: 'Esittäytykää poliisina ja pysykää julkisilla kanavilla.',
      guide: { displayName: expect.any(String) },
      startOverrideReason: 'Ryhmänjohtaja seuraa puhelimitse',
      startedAt: expect.any(String),
      rosters: [{ country: 'FI' }],
      missingPositions: [{ country: 'FI' }],
    });
    expect(ofFinland.find((s) => s.id === ids2[1])).toMatchObject({
      busySlot: false,
      status: 'CANCELLED',
      cancelReason: 'Palvelinkatko',
      briefing: 'Iltavuoro.',
    });
    // The host's coordinators keep the whole plan.
    expect((await plan(coordinator)).some((s) => s.busySlot)).toBe(false);
  });

  it('refuses a change made on a stale version with CONFLICT and overwrites nothing', async () => {
    const target = planned.find((p) => p.day === '2025-11-24' && p.slot === 1 && p.countries.includes('FI'))!;
    const move = (version: number) =>
      t.gql<{ reschedulePatrolSession: { version: number; startsAt: string } }>(
        'mutation ($input: ReschedulePatrolSessionInput!) { reschedulePatrolSession(input: $input) { version startsAt } }',
        {
          input: {
            id: target.id,
            version,
            startsAt: oslo('2025-11-24', '13:30'),
            endsAt: oslo('2025-11-24', '16:30'),
          },
        },
        { token: coordinator },
      );
    const first = await move(target.version);
    expect(first.errors).toBeUndefined();
    expect(first.data!.reschedulePatrolSession.version).toBe(target.version + 1);
    const stale = await t.gql(
      'mutation ($input: ReschedulePatrolSessionInput!) { reschedulePatrolSession(input: $input) { version } }',
      {
        input: {
          id: target.id,
          version: target.version,
          startsAt: oslo('2025-11-24', '17:00'),
          endsAt: oslo('2025-11-24', '18:00'),
        },
      },
      { token: coordinator },
    );
    expect(codeOf(stale)).toBe('CONFLICT');
    const [row] = await t.dataSource.query('SELECT starts_at FROM patrol_session WHERE id = $1', [target.id]);
    expect(new Date(row.starts_at).toISOString()).toBe('2025-11-24T12:30:00.000Z');
    target.version += 1;
  });

  it('refuses to start with an empty position, and starts with a coordinator’s recorded reason', async () => {
    const res = await schedule({
      platform: 'ROBLOX',
      venue: 'Roblox hangout',
      startsAt: oslo('2025-11-21', '18:00'),
      endsAt: oslo('2025-11-21', '20:00'),
      countries: ['IS'],
      rosters: [{ ...rosterOf(ids, 'IS'), teamLeaderId: null }],
    });
    expect(res.errors).toBeUndefined();
    const { id, version } = res.data!.schedulePatrolSession;
    const leader = await t.login('leader.is@empact.test');

    const refused = await t.gql(
      'mutation ($id: ID!, $v: Int!) { startPatrolSession(id: $id, version: $v) { status } }',
      { id, v: version },
      { token: leader },
    );
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0].message).toContain('Hópstjóri');
    const notAllowed = await t.gql(
      'mutation ($id: ID!, $v: Int!) { startPatrolSession(id: $id, version: $v, overrideReason: "We are short") { status } }',
      { id, v: version },
      { token: leader },
    );
    expect(codeOf(notAllowed)).toBe('FORBIDDEN');

    const started = await t.gql<{
      startPatrolSession: { status: string; startOverrideReason: string; version: number };
    }>(
      'mutation ($id: ID!, $v: Int!) { startPatrolSession(id: $id, version: $v, overrideReason: "Team leader follows by phone from Reykjavik") { status startOverrideReason version } }',
      { id, v: version },
      { token: coordinator },
    );
    expect(started.data!.startPatrolSession).toMatchObject({
      status: 'LIVE',
      startOverrideReason: 'Team leader follows by phone from Reykjavik',
    });
    const [audit] = await t.dataSource.query(
      `SELECT details FROM audit_entry WHERE action = 'startPatrolSession' AND target_id = $1 AND outcome = 'SUCCESS'`,
      [id],
    );
    // The reason stays on the session; the audit entry holds no free text.
    expect(audit.details).toMatchObject({ overridden: true });
    expect(JSON.stringify(audit.details)).not.toContain('Reykjavik');

    // A live session cannot move; the team leader ends it.
    const move = await t.gql(
      'mutation ($input: ReschedulePatrolSessionInput!) { reschedulePatrolSession(input: $input) { id } }',
      { input: { id, version: started.data!.startPatrolSession.version, venue: 'Elsewhere' } },
      { token: coordinator },
    );
    expect(codeOf(move)).toBe('BAD_USER_INPUT');
    const ended = await t.gql<{ endPatrolSession: { status: string } }>(
      'mutation ($id: ID!, $v: Int!) { endPatrolSession(id: $id, version: $v) { status } }',
      { id, v: started.data!.startPatrolSession.version },
      { token: leader },
    );
    expect(ended.data!.endPatrolSession.status).toBe('ENDED');
  });

  it('lets a team leader staff only their own country, and refuses another country’s people', async () => {
    const target = planned.find((p) => p.day === '2025-11-23' && p.slot === 0 && p.countries.includes('BE'))!;
    const belgian = await t.login('leader.be@empact.test');
    const assign = (token: string, roster: Record<string, unknown>, version = target.version) =>
      t.gql<{ assignRoster: { version: number } }>(
        'mutation ($input: AssignRosterInput!) { assignRoster(input: $input) { version } }',
        { input: { sessionId: target.id, version, ...roster } },
        { token },
      );
    expect(codeOf(await assign(belgian, rosterOf(ids, 'NO')))).toBe('NOT_FOUND');
    const wrongPerson = await assign(belgian, {
      ...rosterOf(ids, 'BE'),
      operatorTwoId: ids['operator2.fi@empact.test'],
    });
    expect(codeOf(wrongPerson)).toBe('BAD_USER_INPUT');
    const ok = await assign(belgian, { ...rosterOf(ids, 'BE'), operatorTwoId: null });
    expect(ok.errors).toBeUndefined();
    target.version = ok.data!.assignRoster.version;
  });

  it('cancels a session with a reason, which frees its people', async () => {
    const target = planned.find((p) => p.day === '2025-11-22' && p.slot === 1 && p.countries.includes('FI'))!;
    const noReason = await t.gql(
      'mutation ($id: ID!, $v: Int!) { cancelPatrolSession(id: $id, version: $v, reason: "") { status } }',
      { id: target.id, v: target.version },
      { token: coordinator },
    );
    expect(codeOf(noReason)).toBe('BAD_USER_INPUT');
    const res = await t.gql<{ cancelPatrolSession: { status: string; cancelReason: string } }>(
      'mutation ($id: ID!, $v: Int!) { cancelPatrolSession(id: $id, version: $v, reason: "Platform outage") { status cancelReason } }',
      { id: target.id, v: target.version },
      { token: coordinator },
    );
    expect(res.data!.cancelPatrolSession).toEqual({ status: 'CANCELLED', cancelReason: 'Platform outage' });
    const again: GqlResponse = await schedule({
      platform: 'TWITCH',
      venue: 'Twitch stream chat',
      startsAt: oslo('2025-11-22', '13:00'),
      endsAt: oslo('2025-11-22', '16:00'),
      countries: ['FI'],
      rosters: [rosterOf(ids, 'FI', profiles.FI)],
    });
    expect(again.errors).toBeUndefined();
  });

  it('tells the Dutch team leader’s open board of a change at once', async () => {
    const dutch = await t.login('leader.nl@empact.test');
    const board = await subscribe<{ scheduleChanged: { sessionId: string; change: string } }>(
      t.url,
      dutch,
      `subscription { scheduleChanged(weekId: "${weekId}") { sessionId change version } }`,
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    const res = await schedule({
      platform: 'MINECRAFT',
      venue: 'Minecraft server',
      startsAt: oslo('2025-11-24', '18:00'),
      endsAt: oslo('2025-11-24', '20:00'),
      countries: ['NL', 'BE'],
    });
    expect(res.errors).toBeUndefined();
    await expect(board.next(1000)).resolves.toMatchObject({
      scheduleChanged: { sessionId: res.data!.schedulePatrolSession.id, change: 'SCHEDULED' },
    });
    await board.close();
  });
});

describe('rosters: a refusal points at the field (issue #17)', () => {
  let t: TestApp;
  let coordinator: string;
  let ids: Record<string, string>;
  let weekId: string;

  const ASSIGN = `mutation ($input: AssignRosterInput!) { assignRoster(input: $input) { id version } }`;
  const planSession = async (countries: string[], day: string, rosters?: Record<string, unknown>[]) =>
    t.gql<{ schedulePatrolSession: { id: string; version: number } }>(
      SCHEDULE_MUTATION,
      {
        input: {
          weekId,
          platform: 'ROBLOX',
          venue: `Roster check ${day}`,
          startsAt: oslo(day, '09:00'),
          endsAt: oslo(day, '11:00'),
          countries,
          ...(rosters ? { rosters } : {}),
        },
      },
      { token: coordinator },
    );
  const rosterRows = async () =>
    Number(
      (
        await t.dataSource.query(
          'SELECT count(*) AS n FROM roster r JOIN patrol_session s ON s.id = r.session_id WHERE s.week_id = $1',
          [weekId],
        )
      )[0].n,
    );

  beforeAll(async () => {
    t = await startTestApp();
    const admin = await t.login('admin@empact.test');
    coordinator = await t.login('coordinator.no@empact.test');
    ids = await accountIds(t, admin);
    const week = await t.gql<{ createActionWeek: { id: string } }>(
      'mutation ($input: CreateActionWeekInput!) { createActionWeek(input: $input) { id } }',
      { input: { ...REFERENCE_WEEK, code: 'EMPACT-AW-ROSTERS' } },
      { token: coordinator },
    );
    weekId = week.data!.createActionWeek.id;
  });
  afterAll(() => t.close());

  it('refuses the same person in two positions, naming both fields, in the caller’s language, and writes nothing', async () => {
    const twice = { ...rosterOf(ids, 'FI'), teamLeaderId: ids['operator1.fi@empact.test'] };
    const before = await rosterRows();
    const res = await planSession(['FI'], '2025-11-20', [twice]);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions).toMatchObject({
      field: 'rosters',
      fields: [
        { country: 'FI', field: 'operatorOneId', position: 'OPERATOR_ONE' },
        { country: 'FI', field: 'teamLeaderId', position: 'TEAM_LEADER' },
      ],
    });
    expect(res.errors![0].message).toBe(
      // In the coordinator's own language (Norwegian).
      'Finland: Én person kan ikke fylle to posisjoner (Operatør én og Lagleder).',
    );
    expect(await rosterRows()).toBe(before);
    expect((await planSession(['FI'], '2025-11-20')).errors).toBeUndefined();
  });

  it('points an assignment’s refusal at the position of the person of another country, and at a foreign profile', async () => {
    const planned = await planSession(['NL', 'BE'], '2025-11-21');
    const session = planned.data!.schedulePatrolSession;
    const foreign = await t.gql(
      ASSIGN,
      {
        input: {
          sessionId: session.id,
          version: session.version,
          ...rosterOf(ids, 'NL'),
          operatorTwoId: ids['operator2.be@empact.test'],
        },
      },
      { token: coordinator, language: 'nb' },
    );
    expect(codeOf(foreign)).toBe('BAD_USER_INPUT');
    expect(foreign.errors![0].extensions.fields).toEqual([
      { country: 'NL', field: 'operatorTwoId', position: 'OPERATOR_TWO' },
    ]);
    expect(foreign.errors![0].message).toBe('Alle på mannskapslisten for Nederland må høre til Nederland.');
    const leader = await t.login('leader.be@empact.test');
    const profile = await t.gql<{ registerPoliceProfile: { id: string } }>(
      'mutation ($input: RegisterPoliceProfileInput!) { registerPoliceProfile(input: $input) { id } }',
      {
        input: { platform: 'ROBLOX', displayName: 'Politie BE (uniform)', safetyNotes: 'Office phone only.' },
      },
      { token: leader },
    );
    expect(profile.errors).toBeUndefined();
    const wrongProfile = await t.gql(
      ASSIGN,
      {
        input: {
          sessionId: session.id,
          version: session.version,
          ...rosterOf(ids, 'NL', profile.data!.registerPoliceProfile.id),
        },
      },
      { token: coordinator },
    );
    expect(codeOf(wrongProfile)).toBe('BAD_USER_INPUT');
    expect(wrongProfile.errors![0].extensions).toMatchObject({
      field: 'profileId',
      fields: [{ country: 'NL', field: 'profileId' }],
    });
    // The same roster with Belgium's own profile, for Belgium, is taken.
    const right = await t.gql(
      ASSIGN,
      {
        input: {
          sessionId: session.id,
          version: session.version,
          ...rosterOf(ids, 'BE', profile.data!.registerPoliceProfile.id),
        },
      },
      { token: coordinator },
    );
    expect(right.errors).toBeUndefined();
  });
});
