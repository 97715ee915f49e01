import { OutcomeTable as Table } from '@empact/domain';
import { randomUUID } from 'node:crypto';
import { liveSession, LiveSession } from '../support/live-session';
import { codeOf, startTestApp, TestApp } from '../support/test-app';

const OUTCOMES = `query ($w: ID!, $u: Boolean) { outcomes(weekId: $w, unsuppressed: $u) {
  minCount suppressed
  protection { method minCount maxPerturbation typicalPerturbation }
  byCountryAndDay { rows columns cells { value suppressed pending } rowTotals { value suppressed pending } columnTotals { value suppressed pending } grandTotal { value suppressed pending } }
  sessions { rows columns cells { value suppressed } rowTotals { value } columnTotals { value } grandTotal { value } }
  patrolHours { country hours }
} }`;

describe('outcomes for liaisons', () => {
  let t: TestApp;
  let live: LiveSession;
  const logged: Record<string, string[]> = {};

  beforeAll(async () => {
    t = await startTestApp();
    live = await liveSession(t, ['FI', 'BE', 'NL'], 'OUTCOMES-WEEK');
    const log = async (email: string, language: string, n: number) => {
      const token = await t.login(email);
      for (let i = 0; i < n; i++) {
        const res = await t.gql(
          'mutation ($input: LogInteractionInput!) { logInteraction(input: $input) { id } }',
          {
            input: {
              id: randomUUID(),
              sessionId: live.sessionId,
              channel: 'PUBLIC_CHAT',
              occurredAt: new Date(Date.now() - 20 * 60_000).toISOString(),
              durationMinutes: 5,
              youngPeople: 2,
              ageBand: 'AGE_13_15',
              topics: ['SMALL_TALK_TRUST_BUILDING'],
              initiatedBy: 'YOUNG_PERSON',
              tone: 'POSITIVE',
              outcome: 'CONVERSATION_ONLY',
              notes: '',
              notesLanguage: language,
            },
          },
          { token },
        );
        if (res.errors) throw new Error(JSON.stringify(res.errors));
        (logged[email] ??= []).push((res.data as { logInteraction: { id: string } }).logInteraction.id);
      }
    };
    await log('operator1.fi@empact.test', 'fi', 3);
    await log('operator1.be@empact.test', 'nl', 12);
    await log('operator1.nl@empact.test', 'nl', 7);
  });
  afterAll(() => t.close());

  it('hides a cell of 3 and its total, shows no count from 1 to k−1, perturbs the rest by at most the published amount; zero stays zero and days to come are pending', async () => {
    const liaison = await t.login('liaison@empact.test');
    const res = await t.gql<{
      outcomes: {
        suppressed: boolean;
        minCount: number;
        protection: Record<string, unknown>;
        byCountryAndDay: Table;
      };
    }>(OUTCOMES, { w: live.weekId }, { token: liaison });
    expect(res.errors).toBeUndefined();
    const table = res.data!.outcomes.byCountryAndDay;
    expect(res.data!.outcomes).toMatchObject({
      suppressed: true,
      minCount: 5,
      protection: { method: 'CELL_KEY', minCount: 5, typicalPerturbation: 3 },
    });
    const max = res.data!.outcomes.protection.maxPerturbation as number;
    const fi = table.rows.indexOf('FI');
    const today = table.cells[fi].findIndex((cell) => cell.suppressed);
    expect(today).toBeGreaterThanOrEqual(0);
    // Finland's three interactions are all today: its row total is the same records, hidden the same way.
    expect(table.rowTotals[fi]).toEqual({ value: null, suppressed: true, pending: false });
    const all = [...table.cells.flat(), ...table.rowTotals, ...table.columnTotals, table.grandTotal];
    expect(all.filter((c) => c.value !== null && c.value > 0 && c.value < 5)).toEqual([]);
    // Belgium's 12 and the 22 of the day are shown near their true values, never further than the published maximum.
    const be = table.rows.indexOf('BE');
    expect(Math.abs(table.rowTotals[be].value! - 12)).toBeLessThanOrEqual(max);
    expect(Math.abs(table.grandTotal.value! - 22)).toBeLessThanOrEqual(max);
    // Days without interactions that have begun stay zero; days to come are pending, not zero.
    const pending = table.columnTotals.map((c) => c.pending);
    table.columns.forEach((_, c) => {
      const column = [...table.cells.map((row) => row[c]), table.columnTotals[c]];
      if (pending[c])
        expect(column.every((cell) => cell.pending && cell.value === null && !cell.suppressed)).toBe(true);
      else if (c !== today)
        expect(column.every((cell) => cell.value === 0 && !cell.suppressed && !cell.pending)).toBe(true);
    });
    // The week was set up from today on: its later days have not begun.
    expect(pending.slice(today + 1).every(Boolean)).toBe(true);
    // The same figures again: the same records give the same released values.
    const again = await t.gql<{ outcomes: { byCountryAndDay: Table } }>(
      OUTCOMES,
      { w: live.weekId },
      { token: liaison },
    );
    expect(again.data!.outcomes.byCountryAndDay).toEqual(table);
  });

  it('gives a coordinator the exact figures on request, and audits it', async () => {
    const coordinator = await t.login('coordinator.no@empact.test');
    const res = await t.gql<{ outcomes: { suppressed: boolean; byCountryAndDay: Table; sessions: Table } }>(
      OUTCOMES,
      { w: live.weekId, u: true },
      { token: coordinator },
    );
    const table = res.data!.outcomes.byCountryAndDay;
    expect(res.data!.outcomes.suppressed).toBe(false);
    expect(table.rowTotals.map((c) => c.value)).toEqual(
      table.rows.map((r) => ({ FI: 3, BE: 12, NL: 7 })[r] ?? 0),
    );
    expect(table.grandTotal.value).toBe(22);
    // The dashboard asks again every ten seconds: one entry covers a quarter of an hour of reads.
    await t.gql(OUTCOMES, { w: live.weekId, u: true }, { token: coordinator });
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_entry WHERE action = 'readUnsuppressedOutcomes' AND target_id = $1`,
      [live.weekId],
    );
    expect(n).toBe(1);
  });

  it('refuses a liaison the unsuppressed figures and the raw data', async () => {
    const liaison = await t.login('liaison@empact.test');
    expect(codeOf(await t.gql(OUTCOMES, { w: live.weekId, u: true }, { token: liaison }))).toBe('FORBIDDEN');
    // The attempt is on the record, with who made it.
    const [attempt] = await t.dataSource.query(
      `SELECT a.outcome, u.email FROM audit_entry a JOIN account u ON u.id = a.actor_id
        WHERE a.action = 'readUnsuppressedOutcomes' AND a.target_id = $1 AND a.outcome = 'FORBIDDEN'`,
      [live.weekId],
    );
    expect(attempt).toEqual({ outcome: 'FORBIDDEN', email: 'liaison@empact.test' });
    expect(
      codeOf(
        await t.gql(
          'query ($f: InteractionFilter!) { interactions(filter: $f) { edges { cursor } } }',
          { f: { weekId: live.weekId } },
          { token: liaison },
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(
        await t.gql(
          'query ($f: ReferralFilter!) { referrals(filter: $f) { id } }',
          { f: { weekId: live.weekId } },
          { token: liaison },
        ),
      ),
    ).toBe('FORBIDDEN');
  });

  it('refuses a team member, and answers a week not yet live with BAD_USER_INPUT', async () => {
    const operator = await t.login('operator1.fi@empact.test');
    expect(codeOf(await t.gql(OUTCOMES, { w: live.weekId }, { token: operator }))).toBe('FORBIDDEN');
    const coordinator = await t.login('coordinator.no@empact.test');
    const planning = await t.gql<{ createActionWeek: { id: string } }>(
      'mutation ($input: CreateActionWeekInput!) { createActionWeek(input: $input) { id } }',
      {
        input: {
          code: 'NOT-LIVE',
          title: 'Not live yet',
          hostCountry: 'NO',
          firstDay: '2027-01-04',
          lastDay: '2027-01-08',
          timeZone: 'Europe/Oslo',
          countries: [{ country: 'NO', languages: ['nb'] }],
        },
      },
      { token: coordinator },
    );
    const res = await t.gql(OUTCOMES, { w: planning.data!.createActionWeek.id }, { token: coordinator });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
  });

  it('keeps the counted figures equal to the interactions as they are logged, edited and deleted', async () => {
    const be = await t.login('operator1.be@empact.test');
    const [edited] = logged['operator1.be@empact.test'];
    const edit = await t.gql(
      'mutation ($input: UpdateInteractionInput!) { updateInteraction(input: $input) { version } }',
      {
        input: {
          id: edited,
          version: 1,
          channel: 'DIRECT_MESSAGE',
          occurredAt: new Date(Date.now() - 30 * 60_000).toISOString(),
          durationMinutes: 9,
          youngPeople: 4,
          ageBand: 'AGE_16_17',
          topics: ['BULLYING', 'HATE_SPEECH'],
          initiatedBy: 'PATROL',
          tone: 'NEUTRAL',
          outcome: 'ADVICE_GIVEN',
          notes: '',
          notesLanguage: 'fr',
        },
      },
      { token: be },
    );
    expect(edit.errors).toBeUndefined();
    const nl = await t.login('operator1.nl@empact.test');
    const deleted = await t.gql(
      'mutation ($id: ID!) { deleteInteraction(id: $id, version: 1) }',
      { id: logged['operator1.nl@empact.test'][0] },
      { token: nl },
    );
    expect(deleted.errors).toBeUndefined();

    const referral = await t.gql(
      'mutation ($input: RaiseReferralInput!) { raiseReferral(input: $input) { id } }',
      {
        input: {
          interactionId: logged['operator1.fi@empact.test'][0],
          receivingUnit: 'CHILD_PROTECTION_SERVICES',
          urgency: 'ROUTINE',
          reasonCode: 'BULLYING',
          details: 'Context passed by phone.',
        },
      },
      { token: await t.login('leader.fi@empact.test') },
    );
    expect(referral.errors).toBeUndefined();

    const coordinator = await t.login('coordinator.no@empact.test');
    const tables = 'rows columns cells { value } rowTotals { value }';
    const res = await t.gql<{ outcomes: Record<string, Table> }>(
      `query ($w: ID!) { outcomes(weekId: $w, unsuppressed: true) { byTopic { ${tables} } byAgeBand { ${tables} } byOutcome { ${tables} } byLanguage { ${tables} } youngPeople { ${tables} } byPlatform { ${tables} } referrals { ${tables} } } }`,
      { w: live.weekId },
      { token: coordinator },
    );
    expect(res.errors).toBeUndefined();
    const counted = (table: Table) =>
      Object.fromEntries(
        table.rows
          .flatMap((row, r) => table.columns.map((col, c) => [`${row}/${col}`, table.cells[r][c].value]))
          .filter(([, n]) => n !== 0 && n !== null),
      );
    const raw = async (sql: string) =>
      Object.fromEntries(
        (await t.dataSource.query(sql, [live.weekId])).map((r: { row: string; col: string; n: number }) => [
          `${r.row}/${r.col}`,
          Number(r.n),
        ]),
      );
    const outcomes = res.data!.outcomes;
    expect(counted(outcomes.byTopic)).toEqual(
      await raw(
        `SELECT country AS row, t AS col, count(*) AS n FROM interaction, unnest(topics) t WHERE week_id = $1 GROUP BY 1, 2`,
      ),
    );
    expect(counted(outcomes.byAgeBand)).toEqual(
      await raw(
        `SELECT country AS row, age_band AS col, count(*) AS n FROM interaction WHERE week_id = $1 GROUP BY 1, 2`,
      ),
    );
    expect(counted(outcomes.byOutcome)).toEqual(
      await raw(
        `SELECT country AS row, outcome AS col, count(*) AS n FROM interaction WHERE week_id = $1 GROUP BY 1, 2`,
      ),
    );
    expect(counted(outcomes.byLanguage)).toEqual(
      await raw(
        `SELECT country AS row, notes_language AS col, count(*) AS n FROM interaction WHERE week_id = $1 GROUP BY 1, 2`,
      ),
    );
    expect(counted(outcomes.byPlatform)).toEqual(
      await raw(
        `SELECT country AS row, platform_code AS col, count(*) AS n FROM interaction WHERE week_id = $1 GROUP BY 1, 2`,
      ),
    );
    expect(counted(outcomes.youngPeople)).toEqual(
      await raw(
        `SELECT country AS row, to_char(occurred_at AT TIME ZONE 'Europe/Oslo', 'YYYY-MM-DD') AS col, sum(young_people) AS n FROM interaction WHERE week_id = $1 GROUP BY 1, 2`,
      ),
    );
    // The week's totals (what the unfiltered dashboard reads) are the detailed tally summed over days and platforms.
    const rowsOf = async (sql: string) =>
      ((await t.dataSource.query(sql, [live.weekId])) as Record<string, unknown>[])
        .map((r) => Object.values(r).join('/'))
        .sort();
    expect(
      await rowsOf(
        `SELECT country, dimension, value, interactions, young_people, record_keys::text FROM outcome_tally_week WHERE week_id = $1 AND interactions <> 0`,
      ),
    ).toEqual(
      await rowsOf(
        `SELECT country, dimension, value, sum(interactions)::int AS n, 0 AS young, sum(record_keys)::text AS keys FROM outcome_tally
          WHERE week_id = $1 AND dimension IN ('topic', 'age_band', 'outcome', 'language', 'referral') GROUP BY 1, 2, 3 HAVING sum(interactions) <> 0
         UNION ALL
         SELECT country, 'day', to_char(day, 'YYYY-MM-DD'), sum(interactions)::int AS n, sum(young_people)::int AS young, sum(record_keys)::text AS keys FROM outcome_tally
          WHERE week_id = $1 AND dimension = 'total' GROUP BY 1, 2, 3 HAVING sum(interactions) <> 0
         UNION ALL
         SELECT country, 'platform', platform_code, sum(interactions)::int AS n, 0 AS young, sum(record_keys)::text AS keys FROM outcome_tally
          WHERE week_id = $1 AND dimension = 'total' GROUP BY 1, 2, 3 HAVING sum(interactions) <> 0`,
      ),
    );
    // Each cell's key is the sum of the record keys of the interactions in it, after the edit and the deletion too.
    expect(
      await rowsOf(
        `SELECT country, value, record_keys::text FROM outcome_tally_week WHERE week_id = $1 AND dimension = 'age_band' AND interactions <> 0`,
      ),
    ).toEqual(
      await rowsOf(
        `SELECT country, age_band, sum(record_key)::text FROM interaction WHERE week_id = $1 GROUP BY 1, 2`,
      ),
    );
    expect(
      await rowsOf(
        `SELECT country, value, record_keys::text FROM outcome_tally_week WHERE week_id = $1 AND dimension = 'referral' AND interactions <> 0`,
      ),
    ).toEqual(
      await rowsOf(
        `SELECT country, urgency || ':' || receiving_unit, sum(record_key)::text FROM referral WHERE week_id = $1 GROUP BY 1, 2`,
      ),
    );
    const [{ detailed, whole }] = await t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM outcome_tally WHERE week_id = $1 AND dimension = 'referral') AS detailed,
              (SELECT count(*)::int FROM outcome_tally_week WHERE week_id = $1 AND dimension = 'referral') AS whole`,
      [live.weekId],
    );
    expect([detailed, whole]).toEqual([1, 1]);
    expect(counted(outcomes.referrals)).toEqual({ 'ROUTINE/CHILD_PROTECTION_SERVICES': 1 });
    // The edit moved one Belgian interaction to other topics and 4 young people; the deletion took one Dutch away.
    const row = (table: Table, country: string) => table.rowTotals[table.rows.indexOf(country)].value;
    expect(row(outcomes.byTopic, 'BE')).toBe(13);
    expect(row(outcomes.youngPeople, 'BE')).toBe(26);
    expect(row(outcomes.youngPeople, 'NL')).toBe(12);
  });

  it('refuses unknown filter values by name, in the caller’s language', async () => {
    // The coordinator reads Norwegian (bokmål).
    const coordinator = await t.login('coordinator.no@empact.test');
    const ask = (filter: Record<string, string>) =>
      t.gql(
        'query ($w: ID!, $f: OutcomesFilter) { outcomes(weekId: $w, filter: $f) { minCount } }',
        { w: live.weekId, f: filter },
        { token: coordinator },
      );
    const country = await ask({ country: 'DE' });
    expect(codeOf(country)).toBe('BAD_USER_INPUT');
    expect(country.errors![0]).toMatchObject({
      message: 'DE deltar ikke i denne uken.',
      extensions: { field: 'filter.country' },
    });
    const platform = await ask({ platform: 'NO_SUCH_PLATFORM' });
    expect(platform.errors![0]).toMatchObject({
      message: 'Det finnes ingen plattform med koden NO_SUCH_PLATFORM.',
      extensions: { code: 'BAD_USER_INPUT', field: 'filter.platform' },
    });
    const day = await ask({ day: '2020-01-01' });
    expect(day.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.day' });
    expect(
      codeOf(
        await t.gql(
          'query ($w: ID!) { outcomes(weekId: $w) { minCount } }',
          { w: randomUUID() },
          { token: coordinator },
        ),
      ),
    ).toBe('NOT_FOUND');
  });

  it('narrows every table to the filter', async () => {
    const coordinator = await t.login('coordinator.no@empact.test');
    const res = await t.gql<{ outcomes: { byCountryAndDay: Table; byPlatform: Table } }>(
      'query ($w: ID!, $f: OutcomesFilter) { outcomes(weekId: $w, filter: $f, unsuppressed: true) { byCountryAndDay { rows columns grandTotal { value } } byPlatform { rows columns grandTotal { value } } } }',
      { w: live.weekId, f: { country: 'BE' } },
      { token: coordinator },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.outcomes.byCountryAndDay.rows).toEqual(['BE']);
    expect(res.data!.outcomes.byCountryAndDay.grandTotal.value).toBe(12);

    // A day without the session: no interactions, no sessions, no patrol hours.
    const sessionsOn = async (day: string) =>
      (
        await t.gql<{
          outcomes: { sessions: Table; byCountryAndDay: Table; patrolHours: { hours: number }[] };
        }>(
          'query ($w: ID!, $f: OutcomesFilter) { outcomes(weekId: $w, filter: $f, unsuppressed: true) { sessions { grandTotal { value } } byCountryAndDay { grandTotal { value } } patrolHours { hours } } }',
          { w: live.weekId, f: { day } },
          { token: coordinator },
        )
      ).data!.outcomes;
    const [{ firstDay, today }] = await t.dataSource.query(
      `SELECT to_char(w.first_day, 'YYYY-MM-DD') AS "firstDay", to_char(s.starts_at AT TIME ZONE w.time_zone, 'YYYY-MM-DD') AS today
         FROM action_week w JOIN patrol_session s ON s.week_id = w.id WHERE s.id = $1`,
      [live.sessionId],
    );
    const quiet = await sessionsOn(firstDay);
    expect([
      quiet.sessions.grandTotal.value,
      quiet.byCountryAndDay.grandTotal.value,
      quiet.patrolHours.every((h) => h.hours === 0),
    ]).toEqual([0, 0, true]);
    const busy = await sessionsOn(today);
    // One joint session of three countries: a session in each country's row, one session in the totals.
    expect(busy.sessions.grandTotal.value).toBe(1);
  });
});
