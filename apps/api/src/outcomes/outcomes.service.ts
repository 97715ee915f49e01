import { addDays, can, daysOf, startOfLocalDay, suppressTable } from '@empact/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ActionWeekService } from '../action-weeks/action-week.service';
import { AuditService } from '../common/audit/audit.service';
import type { AuthenticatedActor } from '../common/auth/authenticated-actor';
import { badInput, forbidden } from '../common/errors/domain.exception';
import { CountTableObject, OutcomesFilter, OutcomesObject } from './dto/outcomes.object';

interface Count {
  row: string;
  col: string;
  n: number;
}

/** A table from grouped counts, in the order of the given rows and columns, with suppression applied when asked. */
function table(rows: string[], columns: string[], counts: Count[], minCount: number, suppress: boolean): CountTableObject {
  const grid = rows.map((row) => columns.map((col) => counts.filter((c) => c.row === row && c.col === col).reduce((sum, c) => sum + Number(c.n), 0)));
  if (suppress) return { rows, columns, ...suppressTable(grid, minCount) };
  const shown = (value: number) => ({ value, suppressed: false });
  const rowTotals = grid.map((r) => r.reduce((a, b) => a + b, 0));
  const columnTotals = columns.map((_, c) => grid.reduce((sum, r) => sum + r[c], 0));
  return {
    rows,
    columns,
    cells: grid.map((r) => r.map(shown)),
    rowTotals: rowTotals.map(shown),
    columnTotals: columnTotals.map(shown),
    grandTotal: shown(rowTotals.reduce((a, b) => a + b, 0)),
  };
}

const distinct = (counts: Count[]) => [...new Set(counts.map((c) => c.col))].sort();

/**
 * The week's outcomes, counted in the database (GROUP BY), never by loading interactions into the API.
 * Liaisons see suppressed figures only; a coordinator may ask for the exact ones, and that is audited.
 */
@Injectable()
export class OutcomesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly weeks: ActionWeekService,
    private readonly audit: AuditService,
  ) {}

  async outcomes(actor: AuthenticatedActor, weekId: string, filter: OutcomesFilter = {}, unsuppressed = false): Promise<OutcomesObject> {
    if (!can(actor, 'outcomes.read')) throw forbidden();
    if (unsuppressed && !can(actor, 'outcomes.unsuppressed')) throw forbidden();
    const week = await this.weeks.findReachable(this.dataSource.manager, actor, weekId);
    if (week.status === 'PLANNING') throw badInput('weekId', 'outcomes.weekNotLive');
    const [{ minCount }] = await this.dataSource.query('SELECT min_count AS "minCount" FROM action_week WHERE id = $1', [weekId]);
    if (unsuppressed) await this.audit.recordNow({ action: 'readUnsuppressedOutcomes', targetType: 'ActionWeek', targetId: weekId });

    const countries = week.countries.map((c) => c.country).filter((c) => !filter.country || c === filter.country);
    const days = daysOf(week.firstDay, week.lastDay).filter((d) => !filter.day || d === filter.day);
    const params: unknown[] = [weekId, filter.country ?? null, filter.platform ?? null];
    let where = `i.week_id = $1 AND ($2::text IS NULL OR i.country = $2) AND ($3::text IS NULL OR i.platform_code = $3)`;
    if (filter.day) {
      params.push(startOfLocalDay(filter.day, week.timeZone), startOfLocalDay(addDays(filter.day, 1), week.timeZone));
      where += ` AND i.occurred_at >= $4 AND i.occurred_at < $5`;
    }
    // The day in the week's zone; the zone goes last, only to the statements that use it.
    const zoned = [...params, week.timeZone];
    const day = `to_char(i.occurred_at AT TIME ZONE $${zoned.length}::text, 'YYYY-MM-DD')`;
    const grouped = (column: string): Promise<Count[]> =>
      this.dataSource.query(`SELECT i.country AS row, ${column} AS col, count(*)::int AS n FROM interaction i WHERE ${where} GROUP BY 1, 2`, column === day ? zoned : params);
    const [byDay, byPlatform, byTopic, byAgeBand, byOutcome, byLanguage, young, sessions, referrals, hours] = await Promise.all([
      grouped(day),
      grouped('i.platform_code'),
      this.dataSource.query(`SELECT i.country AS row, t.topic AS col, count(*)::int AS n FROM interaction i CROSS JOIN LATERAL unnest(i.topics) AS t(topic) WHERE ${where} GROUP BY 1, 2`, params) as Promise<Count[]>,
      grouped('i.age_band'),
      grouped('i.outcome'),
      grouped('i.notes_language'),
      this.dataSource.query(`SELECT i.country AS row, ${day} AS col, sum(i.young_people)::int AS n FROM interaction i WHERE ${where} GROUP BY 1, 2`, zoned) as Promise<Count[]>,
      this.dataSource.query(
        `SELECT c.country AS row, CASE WHEN s.status = 'CANCELLED' THEN 'CANCELLED' WHEN s.status IN ('LIVE', 'ENDED') THEN 'HELD' ELSE 'PLANNED' END AS col, count(*)::int AS n
           FROM patrol_session s JOIN patrol_session_country c ON c.session_id = s.id
          WHERE s.week_id = $1 AND ($2::text IS NULL OR c.country = $2) AND ($3::text IS NULL OR s.platform_code = $3) GROUP BY 1, 2`,
        [weekId, filter.country ?? null, filter.platform ?? null],
      ) as Promise<Count[]>,
      this.dataSource.query(
        `SELECT r.urgency AS row, r.receiving_unit AS col, count(*)::int AS n FROM referral r WHERE r.week_id = $1 AND ($2::text IS NULL OR r.country = $2) GROUP BY 1, 2`,
        [weekId, filter.country ?? null],
      ) as Promise<Count[]>,
      this.dataSource.query(
        `SELECT c.country, round(sum(extract(epoch FROM (coalesce(s.ended_at, least(s.ends_at, now())) - coalesce(s.started_at, s.starts_at))) / 3600)::numeric, 1)::float AS hours
           FROM patrol_session s JOIN patrol_session_country c ON c.session_id = s.id
          WHERE s.week_id = $1 AND s.status IN ('LIVE', 'ENDED') AND ($2::text IS NULL OR c.country = $2) GROUP BY 1`,
        [weekId, filter.country ?? null],
      ) as Promise<{ country: string; hours: number }[]>,
    ]);
    const suppress = !unsuppressed;
    const k = Number(minCount);
    return {
      weekId,
      minCount: k,
      suppressed: suppress,
      byCountryAndDay: table(countries, days, byDay, k, suppress),
      byPlatform: table(countries, distinct(byPlatform), byPlatform, k, suppress),
      byTopic: table(countries, distinct(byTopic), byTopic, k, suppress),
      byAgeBand: table(countries, distinct(byAgeBand), byAgeBand, k, suppress),
      byOutcome: table(countries, distinct(byOutcome), byOutcome, k, suppress),
      byLanguage: table(countries, distinct(byLanguage), byLanguage, k, suppress),
      youngPeople: table(countries, days, young, k, suppress),
      sessions: table(countries, ['PLANNED', 'HELD', 'CANCELLED'], sessions, k, suppress),
      referrals: table(['ROUTINE', 'PRIORITY', 'IMMEDIATE'], distinct(referrals), referrals, k, suppress),
      patrolHours: countries.map((country) => ({ country, hours: Number(hours.find((h) => h.country === country)?.hours ?? 0) })),
    };
  }
}
