import { weekReadiness, type SessionFacts, type WeekReadinessFacts } from './week-readiness';

const monday = new Date('2025-11-20T08:00:00Z');
const at = (hours: number) => new Date(monday.getTime() + hours * 3600_000);

const full = (country: string, profileId = `${country}-discord`) => ({
  country,
  operatorOneId: `${country}-op1`,
  operatorTwoId: `${country}-op2`,
  teamLeaderId: `${country}-tl`,
  profileId,
});

const session = (overrides: Partial<SessionFacts> = {}): SessionFacts => ({
  id: 's1',
  startsAt: at(0),
  platform: 'DISCORD',
  status: 'SCHEDULED',
  countries: ['NO', 'FI'],
  rosters: [full('NO'), full('FI')],
  ...overrides,
});

const ready = (overrides: Partial<WeekReadinessFacts> = {}): WeekReadinessFacts => ({
  countries: ['NO', 'FI'],
  teams: [
    { country: 'NO', teamLeaders: 1, operators: 2 },
    { country: 'FI', teamLeaders: 2, operators: 3 },
  ],
  profiles: [
    { country: 'NO', platform: 'DISCORD', active: 1 },
    { country: 'FI', platform: 'DISCORD', active: 2 },
  ],
  sessions: [session()],
  publishedGuidance: 1,
  ...overrides,
});

describe(weekReadiness.name, () => {
  it('finds nothing missing in a week that is set up', () => {
    expect(weekReadiness(ready())).toEqual([]);
  });

  it('counts the people a country’s team of three still lacks', () => {
    const items = weekReadiness(
      ready({
        teams: [
          { country: 'NO', teamLeaders: 0, operators: 1 },
          // FI has no active account at all.
        ],
      }),
    );
    expect(items.map(({ code, country, count }) => ({ code, country, count }))).toEqual([
      { code: 'TEAM_INCOMPLETE', country: 'NO', count: 2 },
      { code: 'TEAM_INCOMPLETE', country: 'FI', count: 3 },
    ]);
  });

  it('asks for a blue profile per country on every platform its sessions use', () => {
    const items = weekReadiness(
      ready({
        sessions: [
          session(),
          session({
            id: 's2',
            startsAt: at(4),
            platform: 'ROBLOX',
            countries: ['FI'],
            rosters: [full('FI', 'fi-roblox')],
          }),
          session({
            id: 's3',
            startsAt: at(8),
            platform: 'ROBLOX',
            countries: ['FI'],
            rosters: [full('FI', 'fi-roblox')],
          }),
        ],
      }),
    );
    expect(items).toEqual([
      {
        code: 'PROFILE_MISSING',
        country: 'FI',
        platform: 'ROBLOX',
        sessionId: null,
        sessionStartsAt: null,
        count: 2,
      },
    ]);
  });

  it('lists each planned session’s empty positions per country, the profile included', () => {
    const items = weekReadiness(
      ready({
        sessions: [
          session({ id: 'late', startsAt: at(6), rosters: [full('NO')] }),
          session({
            id: 'early',
            startsAt: at(1),
            rosters: [full('NO'), { ...full('FI'), operatorTwoId: null, profileId: null }],
          }),
        ],
      }),
    );
    expect(items.map(({ code, country, sessionId, count }) => ({ code, country, sessionId, count }))).toEqual(
      [
        { code: 'SESSION_UNSTAFFED', country: 'FI', sessionId: 'early', count: 2 },
        { code: 'SESSION_UNSTAFFED', country: 'FI', sessionId: 'late', count: 4 },
      ],
    );
    expect(items[0].sessionStartsAt).toEqual(at(1));
  });

  it('leaves out cancelled sessions, and asks no staff of live or ended ones', () => {
    expect(
      weekReadiness(
        ready({
          sessions: [
            session(),
            session({ id: 'c', status: 'CANCELLED', platform: 'TWITCH', rosters: [] }),
            session({ id: 'l', status: 'LIVE', rosters: [] }),
            session({ id: 'e', status: 'ENDED', rosters: [] }),
          ],
        }),
      ),
    ).toEqual([]);
  });

  it('says when no session is planned and when no guidance is published', () => {
    expect(weekReadiness(ready({ sessions: [], publishedGuidance: 0 })).map((i) => i.code)).toEqual([
      'NO_SESSIONS',
      'GUIDANCE_NOT_PUBLISHED',
    ]);
  });
});
