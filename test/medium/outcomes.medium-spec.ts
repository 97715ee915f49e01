import { addKeys, Measure, releaseCount } from '@empact/domain';
import { ActionWeekService } from '../../apps/api/src/action-weeks/action-week.service';
import type { AuthenticatedActor } from '../../apps/api/src/common/auth/authenticated-actor';
import type {
  CountTableObject,
  OutcomesFilter,
  OutcomesObject,
} from '../../apps/api/src/outcomes/dto/outcomes.object';
import { OutcomesService } from '../../apps/api/src/outcomes/outcomes.service';
import { startServiceTest, ServiceTest } from '../support/service-test';

/** The tables whose figures are about young people: released by the cell key method to liaisons. */
const PROTECTED: [keyof OutcomesObject, Measure][] = [
  ['byCountryAndDay', 'interactions'],
  ['byPlatform', 'interactions'],
  ['byTopic', 'interactions'],
  ['byAgeBand', 'interactions'],
  ['byOutcome', 'interactions'],
  ['byLanguage', 'interactions'],
  ['youngPeople', 'youngPeople'],
  ['referrals', 'referrals'],
];

/** Every figure of a table with where it stands: cells, row and column totals, the grand total. */
const figures = (table: CountTableObject) => [
  ...table.cells.flatMap((line, r) =>
    line.map((cell, c) => ({ at: `${table.rows[r]}/${table.columns[c]}`, cell })),
  ),
  ...table.rowTotals.map((cell, r) => ({ at: `${table.rows[r]}/*`, cell })),
  ...table.columnTotals.map((cell, c) => ({ at: `*/${table.columns[c]}`, cell })),
  { at: '*/*', cell: table.grandTotal },
];

describe(OutcomesService.name, () => {
  let s: ServiceTest;
  let outcomes: OutcomesService;
  let liaison: AuthenticatedActor;
  let coordinator: AuthenticatedActor;
  let week: { id: string; firstDay: string; timeZone: string };

  beforeAll(async () => {
    s = await startServiceTest();
    outcomes = s.get(OutcomesService);
    liaison = await s.actor('liaison@empact.test');
    coordinator = await s.actor('coordinator.no@empact.test');
    [week] = await s.as(coordinator, () => s.get(ActionWeekService).list(coordinator));
  });
  afterAll(() => s.close());

  const read = (actor: AuthenticatedActor, filter: OutcomesFilter = {}, unsuppressed = false) =>
    s.as(actor, () => outcomes.outcomes(actor, week.id, filter, unsuppressed));

  it('never gives a liaison a count below the week’s k, in any table, filter or export', async () => {
    const filters: OutcomesFilter[] = [
      {},
      { country: 'BE' },
      { day: week.firstDay },
      { platform: 'DISCORD' },
    ];
    let hidden = 0;
    let shown = 0;
    for (const filter of filters) {
      const [released, exact, report] = await Promise.all([
        read(liaison, filter),
        read(coordinator, filter, true),
        s.as(liaison, () => outcomes.report(liaison, week.id, filter, false)),
      ]);
      const k = released.minCount;
      expect(k).toBeGreaterThan(1);
      expect(released.protection.method).toBe('CELL_KEY');
      // The export carries the very figures of the dashboard.
      expect(report.outcomes).toEqual(released);
      for (const [name, measure] of PROTECTED) {
        const truth = new Map(
          figures(exact[name] as CountTableObject).map(({ at, cell }) => [at, cell.value]),
        );
        for (const { at, cell } of figures(released[name] as CountTableObject)) {
          const value = truth.get(at) ?? 0;
          if (cell.value !== null && cell.value !== 0)
            expect({ at, measure, atLeastK: cell.value >= k }).toEqual({ at, measure, atLeastK: true });
          if (value > 0 && value < k) {
            expect({ at, name, cell }).toEqual({
              at,
              name,
              cell: { value: null, suppressed: true, pending: false },
            });
            hidden++;
          }
          if (value === 0) expect(cell.value === 0 || cell.pending).toBe(true);
          if (cell.value !== null && cell.value > 0) shown++;
        }
      }
    }
    // The demo week has small counts to hide and larger ones to show: the test looked at both.
    expect(hidden).toBeGreaterThan(10);
    expect(shown).toBeGreaterThan(10);
  });

  it('counts what was logged: exact figures equal a recount of the interactions, released ones follow from their record keys', async () => {
    const [exact, released, byPlatform] = await Promise.all([
      read(coordinator, {}, true),
      read(liaison),
      read(coordinator, { platform: 'DISCORD' }, true),
    ]);
    const k = released.minCount;
    const recount: { country: string; day: string; n: number; young: number; keys: string }[] =
      await s.t.dataSource.query(
        `SELECT country, to_char(occurred_at AT TIME ZONE $2, 'YYYY-MM-DD') AS day, count(*)::int AS n, sum(young_people)::int AS young,
              sum(record_key)::text AS keys
         FROM interaction WHERE week_id = $1 GROUP BY 1, 2`,
        [week.id, week.timeZone],
      );
    expect(recount.length).toBeGreaterThan(5);
    const cellOf = (table: CountTableObject, row: string, col: string) =>
      table.cells[table.rows.indexOf(row)][table.columns.indexOf(col)];
    for (const { country, day, n, young, keys } of recount) {
      expect([country, day, cellOf(exact.byCountryAndDay, country, day).value]).toEqual([country, day, n]);
      expect([country, day, cellOf(exact.youngPeople, country, day).value]).toEqual([country, day, young]);
      const key = addKeys(Number(BigInt(keys) % 4294967296n));
      expect(cellOf(released.byCountryAndDay, country, day)).toEqual(releaseCount(n, key, 'interactions', k));
      expect(cellOf(released.youngPeople, country, day)).toEqual(releaseCount(young, key, 'youngPeople', k));
    }
    expect(exact.byCountryAndDay.grandTotal.value).toBe(recount.reduce((sum, r) => sum + r.n, 0));

    const topics: { country: string; topic: string; n: number }[] = await s.t.dataSource.query(
      `SELECT country, t AS topic, count(*)::int AS n FROM interaction, unnest(topics) t WHERE week_id = $1 AND platform_code = 'DISCORD' GROUP BY 1, 2`,
      [week.id],
    );
    expect(topics.length).toBeGreaterThan(0);
    const counted = figures(byPlatform.byTopic).filter(
      ({ at, cell }) => !at.includes('*') && cell.value !== 0,
    );
    expect(counted.map(({ at, cell }) => `${at}=${cell.value}`).sort()).toEqual(
      topics.map((t) => `${t.country}/${t.topic}=${t.n}`).sort(),
    );

    const referrals: { urgency: string; unit: string; n: number }[] = await s.t.dataSource.query(
      `SELECT urgency, receiving_unit AS unit, count(*)::int AS n FROM referral WHERE week_id = $1 GROUP BY 1, 2`,
      [week.id],
    );
    expect(referrals.length).toBeGreaterThan(0);
    for (const { urgency, unit, n } of referrals)
      expect([urgency, unit, cellOf(exact.referrals, urgency, unit).value]).toEqual([urgency, unit, n]);
  });

  it('refuses a filter by an unknown platform by name, whoever asks and however', async () => {
    const unknown = { platform: 'NO_SUCH_PLATFORM' };
    const refusal = { code: 'BAD_USER_INPUT', extensions: { field: 'filter.platform' } };
    await expect(read(liaison, unknown)).rejects.toMatchObject(refusal);
    await expect(read(coordinator, unknown, true)).rejects.toMatchObject(refusal);
    await expect(
      s.as(liaison, () => outcomes.report(liaison, week.id, unknown, false)),
    ).rejects.toMatchObject(refusal);
    // A known platform is answered, with its platform's column only.
    const known = await read(liaison, { platform: 'MINECRAFT' });
    expect(known.byPlatform.columns).toEqual(['MINECRAFT']);
  });

  it('gives a national team no outcomes, not even its own country’s, and writes nothing; a country filter narrows to that country', async () => {
    const audited = async () =>
      (await s.t.dataSource.query(`SELECT count(*)::int AS n FROM audit_entry`))[0].n as number;
    // Signed in first: signing in is audited, the refusals below are not.
    const members = [await s.actor('leader.be@empact.test'), await s.actor('operator1.no@empact.test')];
    const before = await audited();
    for (const member of members) {
      const own = { country: member.country ?? undefined };
      await expect(s.as(member, () => outcomes.outcomes(member, week.id, own))).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
      await expect(s.as(member, () => outcomes.outcomes(member, week.id, {}, true))).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
      await expect(
        s.as(member, () => outcomes.debriefDigest(member, week.id, own.country)),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(s.as(member, () => outcomes.report(member, week.id, own, false))).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
    }
    expect(await audited()).toBe(before);

    // Asked for one country, every table holds that country only, with the figures of its row in the whole week.
    const [whole, be, digest] = await Promise.all([
      read(coordinator, {}, true),
      read(coordinator, { country: 'BE' }, true),
      s.as(coordinator, () => outcomes.debriefDigest(coordinator, week.id, 'BE')),
    ]);
    for (const name of ['byCountryAndDay', 'byPlatform', 'byTopic', 'youngPeople', 'sessions'] as const) {
      expect(be[name].rows).toEqual(['BE']);
      expect(be[name].grandTotal.value).toBe(whole[name].rowTotals[whole[name].rows.indexOf('BE')].value);
    }
    expect(be.patrolHours.map((h) => h.country)).toEqual(['BE']);
    expect(digest.map((d) => d.country)).toEqual(['BE']);
    expect(digest[0].summaries.length).toBeGreaterThan(0);
  });
});
