import { addDays, isoWeekday, localDate, zonedInstant } from '@empact/domain';
import { BASE_URL, DEMO_PASSWORD } from './browser';
import { secondFactors } from './second-factor';

async function gql<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const response = await fetch(`${BASE_URL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** A sign-in, with a fresh code (or a recovery code) of the demo accounts that need two steps. */
const login = async (email: string) =>
  (
    await gql<{ login: { accessToken: string } }>(
      'mutation ($e: String!, $p: String!, $code: String, $recoveryCode: String) { login(email: $e, password: $p, code: $code, recoveryCode: $recoveryCode) { accessToken } }',
      { e: email, p: DEMO_PASSWORD, ...(secondFactors.has(email) ? await secondFactors.proof(email) : {}) },
    )
  ).login.accessToken;

const GROUPS = [
  { countries: ['NO', 'BE'], guide: 'coordinator.no@empact.test' },
  { countries: ['NL', 'IS'], guide: 'coordinator2.no@empact.test' },
  { countries: ['FI'], guide: 'coordinator3.no@empact.test' },
];

/**
 * A week wholly in the future, planned like the demo week (two slots a day, three sessions side by side, full
 * rosters), so that a journey about planning behaves the same whatever day it runs on.
 */
export async function planFutureWeek(code: string): Promise<{ weekId: string; firstDay: string }> {
  const coordinator = await login('coordinator.no@empact.test');
  const admin = await login('admin@empact.test');
  const accounts = (
    await gql<{ accounts: { id: string; email: string }[] }>('{ accounts { id email } }', {}, admin)
  ).accounts;
  const idOf = (email: string) => accounts.find((a) => a.email === email)!.id;
  const today = localDate(new Date(), 'Europe/Oslo');
  const firstDay = addDays(today, 8 - isoWeekday(today) + 7); // Monday of the week after next
  const { createActionWeek } = await gql<{ createActionWeek: { id: string } }>(
    'mutation ($input: CreateActionWeekInput!) { createActionWeek(input: $input) { id } }',
    {
      input: {
        code,
        title: 'Next action week: joint online patrol',
        hostCountry: 'NO',
        firstDay,
        lastDay: addDays(firstDay, 4),
        timeZone: 'Europe/Oslo',
        countries: [
          { country: 'NO', languages: ['nb', 'nn'] },
          { country: 'BE', languages: ['nl', 'fr', 'de'] },
          { country: 'NL', languages: ['nl'] },
          { country: 'IS', languages: ['is'] },
          { country: 'FI', languages: ['fi', 'sv'] },
        ],
      },
    },
    coordinator,
  );
  const platforms = ['DISCORD', 'MINECRAFT', 'FORTNITE', 'ROBLOX', 'TWITCH'];
  let index = 0;
  for (let day = 0; day < 5; day++) {
    for (const [from, to] of [
      ['09:00', '12:00'],
      ['13:00', '16:00'],
    ]) {
      for (const group of GROUPS) {
        const date = addDays(firstDay, day);
        await gql(
          'mutation ($input: SchedulePatrolSessionInput!) { schedulePatrolSession(input: $input) { id } }',
          {
            input: {
              weekId: createActionWeek.id,
              platform: platforms[index++ % platforms.length],
              venue: 'Joint patrol',
              startsAt: zonedInstant(date, from, 'Europe/Oslo').toISOString(),
              endsAt: zonedInstant(date, to, 'Europe/Oslo').toISOString(),
              countries: group.countries,
              guideId: idOf(group.guide),
              rosters: group.countries.map((country) => {
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
      }
    }
  }
  return { weekId: createActionWeek.id, firstDay };
}
