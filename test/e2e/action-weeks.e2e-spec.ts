import { codeOf, startTestApp, TestApp } from '../support/test-app';

const WEEKS =
  '{ actionWeeks { id code hostCountry firstDay lastDay timeZone status countries { country languages } } }';

describe('action weeks', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('seeds the demo week on the current working week, hosted by Norway in Europe/Oslo', async () => {
    const token = await t.login('operator1.fi@empact.test');
    const res = await t.gql<{
      actionWeeks: {
        firstDay: string;
        lastDay: string;
        hostCountry: string;
        timeZone: string;
        status: string;
        countries: { country: string; languages: string[] }[];
      }[];
    }>(WEEKS, {}, { token });
    expect(res.errors).toBeUndefined();
    const [week] = res.data!.actionWeeks;
    expect(week).toMatchObject({ hostCountry: 'NO', timeZone: 'Europe/Oslo', status: 'LIVE' });
    expect(new Date(`${week.firstDay}T12:00:00Z`).getUTCDay()).toBe(1);
    expect(new Date(`${week.lastDay}T12:00:00Z`).getUTCDay()).toBe(5);
    expect(week.countries).toEqual([
      { country: 'NO', languages: ['nb', 'nn'] },
      { country: 'BE', languages: ['nl', 'fr', 'de'] },
      { country: 'FI', languages: ['fi', 'sv'] },
      { country: 'IS', languages: ['is'] },
      { country: 'NL', languages: ['nl'] },
    ]);
  });

  it('seeds a full week of joint sessions with rosters and police profiles', async () => {
    const coordinator = await t.login('coordinator.no@empact.test');
    const weeks = await t.gql<{ actionWeeks: { id: string }[] }>(
      '{ actionWeeks { id } }',
      {},
      { token: coordinator },
    );
    const res = await t.gql<{
      schedule: {
        status: string;
        interactionCount: number;
        countries: string[];
        guide: { displayName: string };
        missingPositions: unknown[];
        rosters: { profile: { platform: string } | null }[];
        platform: { code: string };
      }[];
    }>(
      'query ($w: ID!) { schedule(weekId: $w) { status interactionCount countries platform { code } guide { displayName } missingPositions { country } rosters { country profile { platform } } } }',
      { w: weeks.data!.actionWeeks[0].id },
      { token: coordinator },
    );
    const sessions = res.data!.schedule;
    expect(sessions).toHaveLength(30);
    expect(sessions.filter((s) => s.countries.length > 1).length).toBe(20);
    expect(sessions.every((s) => s.missingPositions.length === 0 && s.guide)).toBe(true);
    expect(sessions.every((s) => s.rosters.every((r) => r.profile?.platform === s.platform.code))).toBe(true);
    // Sessions that have started carry their teams' logs; the rest are still empty.
    expect(sessions.every((s) => (s.status === 'SCHEDULED') === (s.interactionCount === 0))).toBe(true);
  });

  it('seeds a guidance library with outdated translations and debriefs in the teams’ languages', async () => {
    const coordinator = await t.login('coordinator.no@empact.test');
    const weekId = (
      await t.gql<{ actionWeeks: { id: string }[] }>('{ actionWeeks { id } }', {}, { token: coordinator })
    ).data!.actionWeeks[0].id;
    const notes = await t.gql<{
      guidanceNotes: { pinned: boolean; translations: { language: string; status: string }[] }[];
    }>(
      'query ($f: GuidanceFilter!) { guidanceNotes(filter: $f) { pinned translations { language status } } }',
      { f: { weekId } },
      { token: coordinator },
    );
    expect(notes.data!.guidanceNotes.length).toBeGreaterThanOrEqual(4);
    expect(notes.data!.guidanceNotes[0].pinned).toBe(true);
    const statuses = notes.data!.guidanceNotes.flatMap((n) => n.translations.map((t) => t.status));
    expect(statuses).toEqual(expect.arrayContaining(['CURRENT', 'OUTDATED', 'MISSING']));
    const debriefs = await t.gql<{ debriefs: { language: string; summaryEn: string }[] }>(
      'query ($f: DebriefFilter!) { debriefs(filter: $f) { language summaryEn } }',
      { f: { weekId } },
      { token: coordinator },
    );
    // Debriefs exist once sessions have ended; by then, each in its team's own language.
    const ended = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM patrol_session WHERE status = 'ENDED' AND week_id = $1`,
      [weekId],
    );
    if (ended[0].n >= 6)
      expect(new Set(debriefs.data!.debriefs.map((d) => d.language)).size).toBeGreaterThanOrEqual(4);
    expect(debriefs.data!.debriefs.every((d) => d.summaryEn.length > 0)).toBe(true);
  });

  it('shows the week to a liaison, and answers NOT_FOUND for a week that does not exist', async () => {
    const liaison = await t.login('liaison@empact.test');
    const res = await t.gql<{ actionWeeks: { id: string }[] }>(WEEKS, {}, { token: liaison });
    expect(res.data?.actionWeeks).toHaveLength(1);
    const one = await t.gql(
      'query ($id: ID!) { actionWeek(id: $id) { code } }',
      { id: res.data!.actionWeeks[0].id },
      { token: liaison },
    );
    expect(one.errors).toBeUndefined();
    const missing = await t.gql(
      '{ actionWeek(id: "5b0c1f6e-0000-4000-8000-000000000000") { code } }',
      {},
      { token: liaison },
    );
    expect(codeOf(missing)).toBe('NOT_FOUND');
  });

  it('hides a week from a team whose country does not take part', async () => {
    const admin = await t.login('admin@empact.test');
    await t.gql(
      'mutation { createAccount(input: { email: "operator.ee@empact.test", displayName: "Mari Tamm", country: "EE", roles: [OPERATOR], language: "en", password: "a-long-enough-password" }) { id } }',
      {},
      { token: admin },
    );
    const estonian = await t.login('operator.ee@empact.test', 'a-long-enough-password');
    const res = await t.gql<{ actionWeeks: unknown[] }>(WEEKS, {}, { token: estonian });
    expect(res.data?.actionWeeks).toEqual([]);
  });
});
