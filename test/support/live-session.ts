import { addDays, localDate } from '@empact/domain';
import { accountIds, rosterOf } from './reference-week';
import type { TestApp } from './test-app';

export interface LiveSession {
  weekId: string;
  sessionId: string;
  ids: Record<string, string>;
}

/**
 * A week around today with one live joint session of the given countries, full rosters, started now:
 * what a team logs into during a patrol.
 */
export async function liveSession(
  t: Pick<TestApp, 'gql' | 'login'>,
  countries = ['FI', 'BE', 'NL'],
  code = 'LIVE-WEEK',
): Promise<LiveSession> {
  const admin = await t.login('admin@empact.test');
  const coordinator = await t.login('coordinator.no@empact.test');
  const ids = await accountIds(t, admin);
  const today = localDate(new Date(), 'Europe/Oslo');
  const week = await t.gql<{ createActionWeek: { id: string } }>(
    'mutation ($input: CreateActionWeekInput!) { createActionWeek(input: $input) { id } }',
    {
      input: {
        code,
        title: 'Live week for tests',
        hostCountry: 'NO',
        firstDay: addDays(today, -3),
        lastDay: addDays(today, 3),
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
    { token: coordinator },
  );
  if (!week.data) throw new Error(JSON.stringify(week.errors));
  const weekId = week.data.createActionWeek.id;
  await t.gql(
    'mutation ($id: ID!) { setActionWeekStatus(id: $id, status: LIVE) { id } }',
    { id: weekId },
    { token: coordinator },
  );
  const now = Date.now();
  const scheduled = await t.gql<{ schedulePatrolSession: { id: string; version: number } }>(
    'mutation ($input: SchedulePatrolSessionInput!) { schedulePatrolSession(input: $input) { id version } }',
    {
      input: {
        weekId,
        platform: 'DISCORD',
        venue: 'EMPACT joint patrol server',
        startsAt: new Date(now - 3600_000).toISOString(),
        endsAt: new Date(now + 2 * 3600_000).toISOString(),
        countries,
        rosters: countries.map((country) => rosterOf(ids, country)),
      },
    },
    { token: coordinator },
  );
  if (!scheduled.data) throw new Error(JSON.stringify(scheduled.errors));
  const { id: sessionId, version } = scheduled.data.schedulePatrolSession;
  const started = await t.gql(
    'mutation ($id: ID!, $v: Int!) { startPatrolSession(id: $id, version: $v) { status } }',
    { id: sessionId, v: version },
    { token: coordinator },
  );
  if (started.errors) throw new Error(JSON.stringify(started.errors));
  return { weekId, sessionId, ids };
}
