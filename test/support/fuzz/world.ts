import { addDays, daysOf, Locale, localDate } from '@empact/domain';
import { randomUUID } from 'node:crypto';
import { endedSessionWithoutDebrief } from '../ended-session';
import { liveSession } from '../live-session';
import { rosterOf } from '../reference-week';
import type { TestApp } from '../test-app';

/** The callers every root field is tried as: one per role, and nobody signed in. */
export const ROLES = ['admin', 'coordinator', 'leader', 'operator', 'liaison', 'anonymous'] as const;
export type RoleName = (typeof ROLES)[number];
export type SignedInRole = Exclude<RoleName, 'anonymous'>;

/** Demo accounts, with the interface language each prefers (so refusals must come in it). */
export const ACCOUNTS: Record<SignedInRole, { email: string; language: Locale }> = {
  admin: { email: 'admin@empact.test', language: 'en' },
  coordinator: { email: 'coordinator.no@empact.test', language: 'nb' },
  leader: { email: 'leader.fi@empact.test', language: 'fi' },
  operator: { email: 'operator1.fi@empact.test', language: 'fi' },
  liaison: { email: 'liaison@empact.test', language: 'en' },
};

/** Accounts made for the fuzz test alone, so that disabling them or setting their password harms no one else. */
const VICTIMS = [
  { email: 'fuzz.victim1@empact.test', country: 'FI', roles: ['OPERATOR'], language: 'fi' },
  { email: 'fuzz.victim2@empact.test', country: 'NO', roles: ['TEAM_LEADER'], language: 'nb' },
  { email: 'fuzz.victim3@empact.test', country: null, roles: ['LIAISON'], language: 'en' },
];
const VICTIM_PASSWORD = 'fuzz-victim-password';

/** Real records the generators mix in, so that a request reaches past "not found" into the rules. */
export interface Pools {
  /** Every account of the demo (people for rosters, guides). */
  accounts: string[];
  /** Accounts that may be disabled, have their password set or be edited. */
  victims: string[];
  weeks: string[];
  /** Weeks made to be moved through PLANNING → LIVE → CLOSED without closing the ones others use. */
  planningWeeks: string[];
  sessions: string[];
  /** Sessions that may be started, ended, cancelled or rescheduled: some planned for the coming days, the demo's. */
  plannedSessions: string[];
  /** Sessions that are live now: where interactions can be logged. */
  liveSessions: string[];
  endedSessions: string[];
  interactions: string[];
  referrals: string[];
  notes: string[];
  debriefs: string[];
  profiles: string[];
  feeds: string[];
  refreshTokens: string[];
  platforms: string[];
  /** Days of the weeks, YYYY-MM-DD. */
  days: string[];
  /** Cursors the interactions query handed out. */
  cursors: string[];
}
export type PoolName = Exclude<keyof Pools, 'platforms' | 'days' | 'cursors'>;

export interface World {
  t: TestApp;
  /** When the world was made (ms): instants near it are the ones a live session takes. */
  now: number;
  tokens: Record<SignedInRole, string>;
  /** The week around today with the live session the operator logs into. */
  liveWeekId: string;
  /** The account id of each signed-in role. */
  self: Record<SignedInRole, string>;
  pools: Pools;
  /** Signs a role in again when fuzzing ended its sign-in (a logout, a refresh of its family). */
  ensureSignedIn(): Promise<void>;
}

async function must<T>(
  t: TestApp,
  query: string,
  variables: Record<string, unknown>,
  token: string,
): Promise<T> {
  const res = await t.gql<T>(query, variables, { token });
  if (!res.data || res.errors)
    throw new Error(`fuzz world: ${query.slice(0, 60)} failed: ${JSON.stringify(res.errors)}`);
  return res.data;
}

const column = async (t: TestApp, sql: string, params: unknown[] = []): Promise<string[]> =>
  (await t.dataSource.query<{ v: string }[]>(sql, params)).map((row) => String(row.v));

export async function buildWorld(t: TestApp): Promise<World> {
  const tokens = {} as Record<SignedInRole, string>;
  for (const [role, account] of Object.entries(ACCOUNTS))
    tokens[role as SignedInRole] = await t.login(account.email);
  const { admin, coordinator, leader, operator } = tokens;

  const live = await liveSession(t, ['FI', 'BE', 'NL'], 'FUZZ-LIVE');
  const [demoWeekId] = await column(
    t,
    `SELECT id AS v FROM action_week WHERE code LIKE 'EMPACT-AW-%' LIMIT 1`,
  );

  // A few interactions of the operator's own, one with a referral, for editing, deleting and referring.
  const own: string[] = [];
  for (let i = 0; i < 6; i++) {
    const id = randomUUID();
    await must(
      t,
      'mutation ($input: LogInteractionInput!) { logInteraction(input: $input) { id } }',
      {
        input: {
          id,
          sessionId: live.sessionId,
          channel: 'PUBLIC_CHAT',
          occurredAt: new Date(Date.now() - (10 + i) * 60_000).toISOString(),
          durationMinutes: 5 + i,
          youngPeople: 1 + i,
          ageBand: 'AGE_13_15',
          topics: ['ONLINE_SAFETY_ADVICE'],
          initiatedBy: 'YOUNG_PERSON',
          tone: 'POSITIVE',
          outcome: i % 2 ? 'REFERRED' : 'ADVICE_GIVEN',
          notes: 'Nuoret kysyivät pelitilin suojaamisesta.',
          notesLanguage: 'fi',
        },
      },
      operator,
    );
    own.push(id);
  }
  await must(
    t,
    'mutation ($input: RaiseReferralInput!) { raiseReferral(input: $input) { id } }',
    {
      input: {
        interactionId: own[1],
        receivingUnit: 'CHILD_PROTECTION_SERVICES',
        urgency: 'PRIORITY',
        reasonCode: 'GROOMING_SEXUAL_EXPLOITATION',
        details: 'Passed on by phone.',
      },
    },
    leader,
  );

  for (const victim of VICTIMS) {
    await must(
      t,
      'mutation ($input: CreateAccountInput!) { createAccount(input: $input) { id } }',
      { input: { ...victim, displayName: victim.email.split('@')[0], password: VICTIM_PASSWORD } },
      admin,
    );
  }
  // Sign-ins of the victims whose refresh tokens logout and refreshSession may use up.
  const refreshTokens: string[] = [];
  for (const email of [VICTIMS[0].email, VICTIMS[0].email, VICTIMS[1].email]) {
    const res = await t.gql<{ login: { refreshToken: string } }>(
      'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { refreshToken } }',
      { email, password: VICTIM_PASSWORD },
    );
    refreshTokens.push(res.data!.login.refreshToken);
  }

  const planningWeeks: string[] = [];
  const today = localDate(new Date(), 'Europe/Oslo');
  for (const [i, code] of ['FUZZ-PLAN-1', 'FUZZ-PLAN-2', 'FUZZ-PLAN-3'].entries()) {
    const data = await must<{ createActionWeek: { id: string } }>(
      t,
      'mutation ($input: CreateActionWeekInput!) { createActionWeek(input: $input) { id } }',
      {
        input: {
          code,
          title: `Fuzz planning week ${i + 1}`,
          hostCountry: 'NO',
          firstDay: addDays(today, 30 + 7 * i),
          lastDay: addDays(today, 34 + 7 * i),
          timeZone: 'Europe/Oslo',
          countries: [
            { country: 'NO', languages: ['nb'] },
            { country: 'FI', languages: ['fi', 'sv'] },
          ],
        },
      },
      coordinator,
    );
    planningWeeks.push(data.createActionWeek.id);
  }

  for (const [token, scope] of [
    [operator, 'COUNTRY'],
    [coordinator, 'PERSON'],
  ] as const) {
    await must(
      t,
      'mutation ($weekId: ID!, $scope: CalendarFeedScope!) { createCalendarFeed(weekId: $weekId, scope: $scope) { id } }',
      { weekId: live.weekId, scope },
      token,
    );
  }

  // A Finnish debrief draft on an ended session, for saving, submitting and commenting.
  if (demoWeekId) {
    const ended = await endedSessionWithoutDebrief(t, demoWeekId, 'FI', coordinator);
    await must(
      t,
      'mutation ($input: SaveDebriefInput!) { saveDebrief(input: $input) { id } }',
      { input: { sessionId: ended.id, language: 'fi', whatWorked: 'Yhteistyö toimi.' } },
      leader,
    );
  }

  // Sessions on the coming days of the live week, fully staffed, for starting, rescheduling and cancelling.
  const planned: string[] = [];
  for (const [i, country] of ['FI', 'BE', 'NL', 'FI'].entries()) {
    const startsAt = Date.parse(`${addDays(today, 1 + (i % 2))}T${i < 2 ? '08' : '12'}:00:00Z`);
    const data = await must<{ schedulePatrolSession: { id: string } }>(
      t,
      'mutation ($input: SchedulePatrolSessionInput!) { schedulePatrolSession(input: $input) { id } }',
      {
        input: {
          weekId: live.weekId,
          platform: 'MINECRAFT',
          venue: `Fuzz venue ${i + 1}`,
          startsAt: new Date(startsAt).toISOString(),
          endsAt: new Date(startsAt + 3 * 3600_000).toISOString(),
          countries: [country],
          rosters: [rosterOf(live.ids, country)],
        },
      },
      coordinator,
    );
    planned.push(data.schedulePatrolSession.id);
  }

  const cursors =
    (
      await t.gql<{ interactions: { edges: { cursor: string }[] } }>(
        'query ($weekId: ID!) { interactions(filter: { weekId: $weekId }, first: 3) { edges { cursor } } }',
        { weekId: live.weekId },
        { token: coordinator },
      )
    ).data?.interactions.edges.map((edge) => edge.cursor) ?? [];

  const weeks = await column(t, 'SELECT id AS v FROM action_week ORDER BY code');
  const weekDays = await t.dataSource.query<{ first_day: string; last_day: string }[]>(
    `SELECT to_char(first_day, 'YYYY-MM-DD') AS first_day, to_char(last_day, 'YYYY-MM-DD') AS last_day FROM action_week`,
  );
  const pools: Pools = {
    accounts: await column(t, 'SELECT id AS v FROM account WHERE email NOT LIKE $1 ORDER BY email', [
      'fuzz.%',
    ]),
    victims: await column(t, 'SELECT id AS v FROM account WHERE email LIKE $1 ORDER BY email', ['fuzz.%']),
    weeks,
    planningWeeks,
    sessions: await column(t, 'SELECT id AS v FROM patrol_session ORDER BY starts_at, id'),
    plannedSessions: [
      ...planned,
      ...(await column(t, 'SELECT id AS v FROM patrol_session WHERE week_id = $1 ORDER BY starts_at, id', [
        demoWeekId,
      ])),
    ],
    liveSessions: await column(
      t,
      `SELECT id AS v FROM patrol_session WHERE status = 'LIVE' ORDER BY starts_at, id`,
    ),
    endedSessions: await column(
      t,
      `SELECT id AS v FROM patrol_session WHERE status = 'ENDED' ORDER BY starts_at, id`,
    ),
    interactions: [
      ...own,
      ...(await column(t, 'SELECT id AS v FROM interaction ORDER BY occurred_at, id LIMIT 20')),
    ],
    referrals: await column(t, 'SELECT id AS v FROM referral ORDER BY created_at, id'),
    notes: await column(t, 'SELECT id AS v FROM guidance_note ORDER BY title'),
    debriefs: await column(t, 'SELECT id AS v FROM debrief ORDER BY country'),
    profiles: await column(t, 'SELECT id AS v FROM police_profile ORDER BY country, platform_code'),
    feeds: await column(t, 'SELECT id AS v FROM calendar_feed ORDER BY created_at'),
    refreshTokens,
    platforms: await column(t, 'SELECT code AS v FROM platform ORDER BY code'),
    days: [...new Set(weekDays.flatMap((w) => daysOf(w.first_day, w.last_day)))].sort(),
    cursors,
  };
  // The live session the operator logs into must not be ended or cancelled by the fuzzing of other mutations.
  pools.plannedSessions = pools.plannedSessions.filter((id) => id !== live.sessionId);
  for (const [name, pool] of Object.entries(pools)) {
    if (pool.length === 0 && name !== 'cursors') throw new Error(`fuzz world: the pool ${name} is empty`);
  }

  const self = {} as Record<SignedInRole, string>;
  for (const [role, account] of Object.entries(ACCOUNTS)) {
    [self[role as SignedInRole]] = await column(t, 'SELECT id AS v FROM account WHERE email = $1', [
      account.email,
    ]);
  }

  const world: World = {
    t,
    now: Date.now(),
    tokens,
    liveWeekId: live.weekId,
    self,
    pools,
    async ensureSignedIn() {
      for (const role of Object.keys(ACCOUNTS) as SignedInRole[]) {
        const me = await t.gql('{ me { id } }', {}, { token: world.tokens[role] });
        if (me.errors) world.tokens[role] = await t.login(ACCOUNTS[role].email);
      }
    },
  };
  return world;
}

/** Days around a day, for hints: the week's own and the ones just outside it. */
export const daysAround = (days: string[]): string[] =>
  days.length ? [addDays(days[0], -1), ...days, addDays(days[days.length - 1], 1)] : days;
