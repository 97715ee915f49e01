import {
  can,
  daysOf,
  exactCount,
  isIsoDate,
  KeyedCount,
  localDate,
  MAX_PERTURBATION,
  Measure,
  releaseTable,
  TYPICAL_PERTURBATION,
} from '@empact/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ActionWeekEntity } from '../action-weeks/action-week.entity';
import { ActionWeekService } from '../action-weeks/action-week.service';
import { AuditService } from '../common/audit/audit.service';
import type { AuthenticatedActor } from '../common/auth/authenticated-actor';
import { badInput, forbidden } from '../common/errors/domain.exception';
import { DebriefDigestObject } from './dto/debrief-digest.object';
import { CountTableObject, OutcomesFilter, OutcomesObject } from './dto/outcomes.object';

interface Count {
  row: string;
  col: string;
  n: number;
}

/** A tally row: the count of its cell, the young people of its records where the row has them, and their keys. */
interface TallyRow extends KeyedCount {
  dimension: string;
  young: number;
}

const distinct = (counts: Count[]) => [...new Set(counts.map((c) => c.col))].sort();

/** The sums of record keys, reduced modulo 2^32 in SQL (numbers either way on both databases). */
const KEYS = (column: string) => `(${column} % 4294967296)::bigint`;

const SESSION_STATUSES = ['PLANNED', 'HELD', 'CANCELLED'];

/**
 * Sessions are police work, not young people: shown exactly. A row counts the sessions its country took part in;
 * the totals per status (rows without a country) count sessions, so a joint session counts once.
 */
function sessionTable(countries: string[], counts: (Omit<Count, 'row'> & { row: string | null })[]): CountTableObject {
  const n = (row: string | null, col: string) => counts.filter((c) => c.row === row && c.col === col).reduce((sum, c) => sum + Number(c.n), 0);
  const cells = countries.map((country) => SESSION_STATUSES.map((status) => exactCount(n(country, status))));
  const columnTotals = SESSION_STATUSES.map((status) => exactCount(n(null, status)));
  return {
    rows: countries,
    columns: SESSION_STATUSES,
    cells,
    rowTotals: cells.map((line) => exactCount(line.reduce((sum, cell) => sum + (cell.value ?? 0), 0))),
    columnTotals,
    grandTotal: exactCount(columnTotals.reduce((sum, cell) => sum + (cell.value ?? 0), 0)),
  };
}

/** How long one audit entry covers a coordinator's repeated reads of the exact figures of a week. */
const EXACT_READ_AUDIT_MINUTES = 15;

/** What an export needs beside the figures: the week they belong to and the filter they were counted under. */
export interface OutcomesReport {
  week: ActionWeekEntity;
  filter: OutcomesFilter;
  outcomes: OutcomesObject;
  digest: DebriefDigestObject[];
  platformNames: Record<string, string>;
}

/**
 * The week's outcomes, read from `outcome_tally`, which the database keeps counted as interactions are written
 * (migration OutcomeTally): a few thousand rows per week, never the interactions themselves.
 * Liaisons see protected figures only (the cell key method, libs/domain cell-key.ts: perturbed by the keys of their
 * records, small counts hidden); a coordinator may ask for the exact ones, and that is audited.
 */
@Injectable()
export class OutcomesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly weeks: ActionWeekService,
    private readonly audit: AuditService,
  ) {}

  async outcomes(actor: AuthenticatedActor, weekId: string, filter: OutcomesFilter = {}, unsuppressed = false): Promise<OutcomesObject> {
    const week = await this.liveWeek(actor, weekId, unsuppressed);
    await this.checkFilter(week, filter);
    if (unsuppressed) await this.auditExactRead(actor, weekId);
    return this.count(week, filter, unsuppressed);
  }

  /** The English summaries of the submitted debriefs, per country: what liaisons read of the teams' own words. */
  async debriefDigest(actor: AuthenticatedActor, weekId: string, country?: string): Promise<DebriefDigestObject[]> {
    const week = await this.liveWeek(actor, weekId, false);
    await this.checkFilter(week, { country });
    return this.digest(week, country);
  }

  /** Figures and digest together, for the CSV and PDF exports (same checks, same audit as the query). */
  async report(actor: AuthenticatedActor, weekId: string, filter: OutcomesFilter, unsuppressed: boolean): Promise<OutcomesReport> {
    const week = await this.liveWeek(actor, weekId, unsuppressed);
    await this.checkFilter(week, filter);
    if (unsuppressed) await this.audit.recordNow({ action: 'exportUnsuppressedOutcomes', targetType: 'ActionWeek', targetId: weekId });
    const [outcomes, digest, platforms] = await Promise.all([
      this.count(week, filter, unsuppressed),
      this.digest(week, filter.country),
      this.dataSource.query('SELECT code, name FROM platform') as Promise<{ code: string; name: string }[]>,
    ]);
    return { week, filter, outcomes, digest, platformNames: Object.fromEntries(platforms.map((p) => [p.code, p.name])) };
  }

  /**
   * A coordinator's dashboard asks again every ten seconds: one entry per coordinator, week and quarter of an hour
   * says who read the exact figures and when, without burying the log in repeats.
   */
  private async auditExactRead(actor: AuthenticatedActor, weekId: string): Promise<void> {
    const [recent] = await this.dataSource.query(
      `SELECT 1 FROM audit_entry WHERE target_type = 'ActionWeek' AND target_id = $1 AND action = 'readUnsuppressedOutcomes'
          AND actor_id = $2 AND at > now() - interval '${EXACT_READ_AUDIT_MINUTES} minutes' LIMIT 1`,
      [weekId, actor.id],
    );
    if (!recent) await this.audit.recordNow({ action: 'readUnsuppressedOutcomes', targetType: 'ActionWeek', targetId: weekId });
  }

  private async liveWeek(actor: AuthenticatedActor, weekId: string, unsuppressed: boolean): Promise<ActionWeekEntity> {
    if (!can(actor, 'outcomes.read')) throw forbidden();
    if (unsuppressed && !can(actor, 'outcomes.unsuppressed')) {
      // Asking for the exact figures without the right to is itself worth knowing about.
      await this.audit.recordNow({ action: 'readUnsuppressedOutcomes', targetType: 'ActionWeek', targetId: weekId, outcome: 'FORBIDDEN' });
      throw forbidden();
    }
    const week = await this.weeks.findReachable(this.dataSource.manager, actor, weekId);
    if (week.status === 'PLANNING') throw badInput('weekId', 'outcomes.weekNotLive');
    return week;
  }

  /** Unknown filter values are refused by name rather than answered with empty tables. */
  private async checkFilter(week: ActionWeekEntity, filter: OutcomesFilter): Promise<void> {
    if (filter.country && !week.countries.some((c) => c.country === filter.country)) {
      throw badInput('filter.country', 'outcomes.countryNotInWeek', { country: filter.country });
    }
    if (filter.day && (!isIsoDate(filter.day) || filter.day < week.firstDay || filter.day > week.lastDay)) {
      throw badInput('filter.day', 'outcomes.dayNotInWeek', { day: filter.day, firstDay: week.firstDay, lastDay: week.lastDay });
    }
    if (filter.platform) {
      const found = await this.dataSource.query('SELECT 1 FROM platform WHERE code = $1', [filter.platform]);
      if (found.length === 0) throw badInput('filter.platform', 'outcomes.unknownPlatform', { platform: filter.platform });
    }
  }

  private async count(week: ActionWeekEntity, filter: OutcomesFilter, unsuppressed: boolean): Promise<OutcomesObject> {
    const weekId = week.id;
    const countries = week.countries.map((c) => c.country).filter((c) => !filter.country || c === filter.country);
    const days = daysOf(week.firstDay, week.lastDay).filter((d) => !filter.day || d === filter.day);
    const today = localDate(new Date(), week.timeZone);
    const where = `t.week_id = $1 AND ($2::text IS NULL OR t.country = $2) AND ($3::text IS NULL OR t.platform_code = $3) AND ($4::date IS NULL OR t.day = $4::date)`;
    // Sessions, referrals and hours follow the same filter through their session: its country, platform and day.
    const sessionWhere = `($2::text IS NULL OR c.country = $2) AND ($3::text IS NULL OR s.platform_code = $3)
      AND ($4::date IS NULL OR (s.starts_at AT TIME ZONE $5::text)::date = $4::date)`;
    const sessionParams = [weekId, filter.country ?? null, filter.platform ?? null, filter.day ?? null, week.timeZone];
    const [tallies, sessions, hours] = await Promise.all([
      // Every interaction table of the dashboard in one statement over the tally. The whole week (or one country of it)
      // is counted by country in outcome_tally_week already; a day or a platform needs the detailed tally, whose
      // 'total' rows are scanned once for the days (interactions and young people) and the platforms.
      (filter.day || filter.platform
        ? this.dataSource.query(
            `SELECT t.dimension AS dimension, t.country AS row, t.value AS col, sum(t.interactions)::int AS n, 0 AS young, ${KEYS('sum(t.record_keys)')} AS key
               FROM outcome_tally t WHERE ${where} AND t.dimension IN ('topic', 'age_band', 'outcome', 'language', 'referral') GROUP BY 1, 2, 3 HAVING sum(t.interactions) <> 0
             UNION ALL
             SELECT CASE WHEN GROUPING(t.day) = 0 THEN 'day' ELSE 'platform' END, t.country,
                    CASE WHEN GROUPING(t.day) = 0 THEN to_char(t.day, 'YYYY-MM-DD') ELSE t.platform_code END,
                    sum(t.interactions)::int, sum(t.young_people)::int, ${KEYS('sum(t.record_keys)')}
               FROM outcome_tally t WHERE ${where} AND t.dimension = 'total'
              GROUP BY GROUPING SETS ((t.country, t.day), (t.country, t.platform_code))`,
            [weekId, filter.country ?? null, filter.platform ?? null, filter.day ?? null],
          )
        : this.dataSource.query(
            `SELECT t.dimension, t.country AS row, t.value AS col, t.interactions AS n, t.young_people AS young, ${KEYS('t.record_keys')} AS key
               FROM outcome_tally_week t WHERE t.week_id = $1 AND ($2::text IS NULL OR t.country = $2) AND t.interactions <> 0`,
            [weekId, filter.country ?? null],
          )) as Promise<TallyRow[]>,
      // A session of several countries is a row of each; GROUPING SETS count it once in the totals per status.
      this.dataSource.query(
        `SELECT CASE WHEN GROUPING(x.country) = 0 THEN x.country END AS row, x.col, count(DISTINCT x.id)::int AS n
           FROM (SELECT c.country, s.id,
                        CASE WHEN s.status = 'CANCELLED' THEN 'CANCELLED' WHEN s.status IN ('LIVE', 'ENDED') THEN 'HELD' ELSE 'PLANNED' END AS col
                   FROM patrol_session s JOIN patrol_session_country c ON c.session_id = s.id
                  WHERE s.week_id = $1 AND ${sessionWhere}) x
          GROUP BY GROUPING SETS ((x.country, x.col), (x.col))`,
        sessionParams,
      ) as Promise<(Omit<Count, 'row'> & { row: string | null })[]>,
      this.dataSource.query(
        `SELECT c.country, round(sum(extract(epoch FROM (coalesce(s.ended_at, least(s.ends_at, now())) - coalesce(s.started_at, s.starts_at))) / 3600)::numeric, 1)::float AS hours
           FROM patrol_session s JOIN patrol_session_country c ON c.session_id = s.id
          WHERE s.week_id = $1 AND s.status IN ('LIVE', 'ENDED') AND ${sessionWhere} GROUP BY 1`,
        sessionParams,
      ) as Promise<{ country: string; hours: number }[]>,
    ]);
    const byDimension = new Map<string, KeyedCount[]>();
    const add = (dimension: string, count: KeyedCount) => {
      const list = byDimension.get(dimension);
      if (list) list.push(count);
      else byDimension.set(dimension, [count]);
    };
    for (const { dimension, row, col, n, young, key } of tallies) {
      if (dimension === 'day') add('youngPeople', { row, col, n: Number(young), key });
      // A platform whose interactions were all deleted again has no column.
      if (dimension !== 'platform' || Number(n) !== 0) add(dimension, { row, col, n: Number(n), key });
    }
    const of = (dimension: string) => byDimension.get(dimension) ?? [];
    // Referrals are tallied per country as "urgency:receiving unit"; their table is urgency × unit.
    const referrals = of('referral').map(({ col, n, key }) => {
      const [urgency, unit] = col.split(':');
      return { row: urgency, col: unit, n, key };
    });
    const k = Number(week.minCount);
    const exact = unsuppressed;
    const pendingColumns = days.filter((day) => day > today);
    const release = (dimension: string, measure: Measure, columns?: string[], pending: string[] = []) =>
      releaseTable(countries, columns ?? distinct(of(dimension)), of(dimension), { measure, minCount: k, exact, pendingColumns: pending });
    return {
      weekId,
      minCount: k,
      suppressed: !exact,
      protection: {
        method: exact ? 'EXACT' : 'CELL_KEY',
        minCount: k,
        maxPerturbation: exact ? 0 : MAX_PERTURBATION,
        typicalPerturbation: exact ? 0 : TYPICAL_PERTURBATION,
      },
      byCountryAndDay: release('day', 'interactions', days, pendingColumns),
      byPlatform: release('platform', 'interactions'),
      byTopic: release('topic', 'interactions'),
      byAgeBand: release('age_band', 'interactions'),
      byOutcome: release('outcome', 'interactions'),
      byLanguage: release('language', 'interactions'),
      youngPeople: release('youngPeople', 'youngPeople', days, pendingColumns),
      sessions: sessionTable(countries, sessions),
      referrals: releaseTable(['ROUTINE', 'PRIORITY', 'IMMEDIATE'], distinct(referrals), referrals, { measure: 'referrals', minCount: k, exact }),
      patrolHours: countries.map((country) => ({ country, hours: Number(hours.find((h) => h.country === country)?.hours ?? 0) })),
    };
  }

  private async digest(week: ActionWeekEntity, country?: string): Promise<DebriefDigestObject[]> {
    // Liaisons read no debrief: the database hands out the English summaries only (SECURITY DEFINER).
    const rows: { country: string; platform: string; startsAt: Date; summaryEn: string; submittedAt: Date }[] = await this.dataSource.query(
      `SELECT country, platform, starts_at AS "startsAt", summary_en AS "summaryEn", submitted_at AS "submittedAt" FROM debrief_digest($1, $2)`,
      [week.id, country ?? null],
    );
    return week.countries
      .map((c) => c.country)
      .filter((c) => !country || c === country)
      .map((c) => ({
        country: c,
        summaries: rows
          .filter((row) => row.country.trim() === c)
          .map((row) => ({ platform: row.platform, startsAt: new Date(row.startsAt), summaryEn: row.summaryEn, submittedAt: new Date(row.submittedAt) })),
      }));
  }
}
