import type { TestApp } from './test-app';

/**
 * An ended session of the demo week in which `country` took part and has written no debrief yet; when the
 * week has none (early in the week), the coordinator starts and ends the first scheduled one.
 */
export async function endedSessionWithoutDebrief(
  t: TestApp,
  weekId: string,
  country: string,
  coordinator: string,
): Promise<{ id: string; countries: string[] }> {
  const [found] = await t.dataSource.query(
    `SELECT s.id, ARRAY(SELECT c.country FROM patrol_session_country c WHERE c.session_id = s.id ORDER BY c.country)::text[] AS countries
       FROM patrol_session s JOIN patrol_session_country pc ON pc.session_id = s.id AND pc.country = $2
      WHERE s.week_id = $1 AND s.status = 'ENDED'
        AND NOT EXISTS (SELECT 1 FROM debrief d WHERE d.session_id = s.id AND d.country = $2)
      ORDER BY s.starts_at LIMIT 1`,
    [weekId, country],
  );
  if (found) return found;
  const [next] = await t.dataSource.query(
    `SELECT s.id, s.version, ARRAY(SELECT c.country FROM patrol_session_country c WHERE c.session_id = s.id ORDER BY c.country)::text[] AS countries
       FROM patrol_session s JOIN patrol_session_country pc ON pc.session_id = s.id AND pc.country = $2
      WHERE s.week_id = $1 AND s.status = 'SCHEDULED' ORDER BY s.starts_at LIMIT 1`,
    [weekId, country],
  );
  const started = await t.gql<{ startPatrolSession: { version: number } }>(
    'mutation ($id: ID!, $v: Int!) { startPatrolSession(id: $id, version: $v) { version } }',
    { id: next.id, v: next.version },
    { token: coordinator },
  );
  await t.gql(
    'mutation ($id: ID!, $v: Int!) { endPatrolSession(id: $id, version: $v) { id } }',
    { id: next.id, v: started.data!.startPatrolSession.version },
    { token: coordinator },
  );
  return { id: next.id, countries: next.countries };
}
