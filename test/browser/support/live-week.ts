import { addDays, localDate } from '@empact/domain';
import { BASE_URL, DEMO_PASSWORD } from './browser';
import { secondFactors } from './second-factor';

/** A GraphQL call as one person, answered in English. */
export async function gql<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const response = await fetch(`${BASE_URL}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'accept-language': 'en',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!body.data || body.errors) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** A new sign-in of a demo account, with a fresh code (or a recovery code) when its role needs two-step sign-in. */
export async function tokenOf(email: string): Promise<string> {
  const proof = secondFactors.has(email) ? await secondFactors.proof(email) : {};
  const { login } = await gql<{ login: { accessToken: string } }>(
    'mutation ($e: String!, $p: String!, $code: String, $recoveryCode: String) { login(email: $e, password: $p, code: $code, recoveryCode: $recoveryCode) { accessToken } }',
    { e: email, p: DEMO_PASSWORD, ...proof },
  );
  return login.accessToken;
}

const HOUR = 3_600_000;

/**
 * A LIVE week of its own around today with one session running now (started an hour ago, two hours to go) for
 * the Netherlands and Belgium with full rosters, already started: a journey about logging behaves the same
 * whatever day and hour it runs.
 */
export async function liveSessionNow(code: string): Promise<{ weekId: string; sessionId: string }> {
  const coordinator = await tokenOf('coordinator.no@empact.test');
  const admin = await tokenOf('admin@empact.test');
  const { accounts } = await gql<{ accounts: { id: string; email: string }[] }>(
    '{ accounts { id email } }',
    {},
    admin,
  );
  const idOf = (email: string) => {
    const account = accounts.find((a) => a.email === email);
    if (!account) throw new Error(`No demo account ${email}`);
    return account.id;
  };
  const today = localDate(new Date(), 'Europe/Oslo');
  const { createActionWeek } = await gql<{ createActionWeek: { id: string } }>(
    'mutation ($input: CreateActionWeekInput!) { createActionWeek(input: $input) { id } }',
    {
      input: {
        code,
        title: 'Live logging journey',
        hostCountry: 'NO',
        // A day either side, so that a session an hour back or two hours ahead stays inside the week at midnight.
        firstDay: addDays(today, -1),
        lastDay: addDays(today, 1),
        timeZone: 'Europe/Oslo',
        countries: [
          { country: 'NO', languages: ['nb', 'nn'] },
          { country: 'BE', languages: ['nl', 'fr', 'de'] },
          { country: 'NL', languages: ['nl'] },
        ],
      },
    },
    coordinator,
  );
  const weekId = createActionWeek.id;
  await gql(
    'mutation ($id: ID!) { setActionWeekStatus(id: $id, status: LIVE) { id } }',
    { id: weekId },
    coordinator,
  );
  const now = Date.now();
  const { schedulePatrolSession } = await gql<{ schedulePatrolSession: { id: string; version: number } }>(
    'mutation ($input: SchedulePatrolSessionInput!) { schedulePatrolSession(input: $input) { id version } }',
    {
      input: {
        weekId,
        platform: 'DISCORD',
        venue: 'Logging journey server',
        startsAt: new Date(now - HOUR).toISOString(),
        endsAt: new Date(now + 2 * HOUR).toISOString(),
        countries: ['NL', 'BE'],
        guideId: idOf('coordinator.no@empact.test'),
        rosters: ['NL', 'BE'].map((country) => {
          const cc = country.toLowerCase();
          return {
            country,
            operatorOneId: idOf(`operator1.${cc}@empact.test`),
            operatorTwoId: idOf(`operator2.${cc}@empact.test`),
            teamLeaderId: idOf(`leader.${cc}@empact.test`),
          };
        }),
      },
    },
    coordinator,
  );
  await gql(
    'mutation ($id: ID!, $version: Int!) { startPatrolSession(id: $id, version: $version) { id } }',
    { id: schedulePatrolSession.id, version: schedulePatrolSession.version },
    coordinator,
  );
  return { weekId, sessionId: schedulePatrolSession.id };
}

/**
 * Closes a journey's own week, so that the demo week stays the live one ("the week") for the other journeys. A week
 * with a session still live cannot close: those are ended first, as a coordinator would.
 */
export async function closeWeek(weekId: string): Promise<void> {
  const coordinator = await tokenOf('coordinator.no@empact.test');
  const { schedule } = await gql<{ schedule: { id: string; status: string; version: number }[] }>(
    'query ($weekId: ID!) { schedule(weekId: $weekId) { id status version } }',
    { weekId },
    coordinator,
  );
  for (const session of schedule.filter((s) => s.status === 'LIVE'))
    await gql(
      'mutation ($id: ID!, $version: Int!) { endPatrolSession(id: $id, version: $version) { id } }',
      { id: session.id, version: session.version },
      coordinator,
    );
  await gql(
    'mutation ($id: ID!) { setActionWeekStatus(id: $id, status: CLOSED) { id } }',
    { id: weekId },
    coordinator,
  );
}
