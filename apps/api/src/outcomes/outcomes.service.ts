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
import { PatrolSessionRepository } from '../patrol-sessions/patrol-session.repository';
import { PlatformRepository } from '../platforms/platform.repository';
import { DebriefDigestObject } from './dto/debrief-digest.object';
import { CountTableObject, OutcomesFilter, OutcomesObject } from './dto/outcomes.object';
import { OutcomesRepository, TallyFilter } from './outcomes.repository';

interface Count {
  row: string;
  col: string;
  n: number;
}

const distinct = (counts: Count[]) => [...new Set(counts.map((c) => c.col))].sort();

const SESSION_STATUSES = ['PLANNED', 'HELD', 'CANCELLED'];

/**
 * Sessions are police work, not young people: shown exactly. A row counts the sessions its country took part in;
 * the totals per status (rows without a country) count sessions, so a joint session counts once.
 */
function sessionTable(
  countries: string[],
  counts: (Omit<Count, 'row'> & { row: string | null })[],
): CountTableObject {
  const n = (row: string | null, col: string) =>
    counts.filter((c) => c.row === row && c.col === col).reduce((sum, c) => sum + Number(c.n), 0);
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

/** What an export needs beside the figures: the week they belong to and the filter they were counted under. */
export interface OutcomesReport {
  week: ActionWeekEntity;
  filter: OutcomesFilter;
  outcomes: OutcomesObject;
  digest: DebriefDigestObject[];
  platformNames: Record<string, string>;
}

/**
 * The week's outcomes, read from `outcome_tally` and `outcome_tally_week`, which the database keeps counted as
 * interactions and referrals are written (TALLY.md beside this file): a few thousand rows per week, never the
 * interactions themselves.
 * Liaisons see protected figures only (the cell key method, libs/domain cell-key.ts: perturbed by the keys of their
 * records, small counts hidden); a coordinator may ask for the exact ones, and that is audited.
 */
@Injectable()
export class OutcomesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly weeks: ActionWeekService,
    private readonly audit: AuditService,
    private readonly tally: OutcomesRepository,
    private readonly sessions: PatrolSessionRepository,
    private readonly platforms: PlatformRepository,
  ) {}

  async outcomes(
    actor: AuthenticatedActor,
    weekId: string,
    filter: OutcomesFilter = {},
    unsuppressed = false,
  ): Promise<OutcomesObject> {
    const week = await this.liveWeek(actor, weekId, unsuppressed);
    await this.checkFilter(week, filter);
    if (unsuppressed) await this.auditExactRead(actor, weekId);
    return this.count(week, filter, unsuppressed);
  }

  /** The English summaries of the submitted debriefs, per country: what liaisons read of the teams' own words. */
  async debriefDigest(
    actor: AuthenticatedActor,
    weekId: string,
    country?: string,
  ): Promise<DebriefDigestObject[]> {
    const week = await this.liveWeek(actor, weekId, false);
    await this.checkFilter(week, { country });
    return this.digest(week, country);
  }

  /** Figures and digest together, for the CSV and PDF exports (same checks, same audit as the query). */
  async report(
    actor: AuthenticatedActor,
    weekId: string,
    filter: OutcomesFilter,
    unsuppressed: boolean,
  ): Promise<OutcomesReport> {
    const week = await this.liveWeek(actor, weekId, unsuppressed);
    await this.checkFilter(week, filter);
    if (unsuppressed)
      await this.audit.recordNow({
        action: 'exportUnsuppressedOutcomes',
        targetType: 'ActionWeek',
        targetId: weekId,
      });
    const [outcomes, digest, platforms] = await Promise.all([
      this.count(week, filter, unsuppressed),
      this.digest(week, filter.country),
      this.platforms.names(),
    ]);
    return {
      week,
      filter,
      outcomes,
      digest,
      platformNames: Object.fromEntries(platforms.map((p) => [p.code, p.name])),
    };
  }

  /**
   * A coordinator's dashboard asks again every ten seconds: one entry per coordinator, week and quarter of an hour
   * says who read the exact figures and when, without burying the log in repeats.
   */
  private async auditExactRead(actor: AuthenticatedActor, weekId: string): Promise<void> {
    if (!(await this.tally.exactReadAuditedRecently(weekId, actor.id)))
      await this.audit.recordNow({
        action: 'readUnsuppressedOutcomes',
        targetType: 'ActionWeek',
        targetId: weekId,
      });
  }

  private async liveWeek(
    actor: AuthenticatedActor,
    weekId: string,
    unsuppressed: boolean,
  ): Promise<ActionWeekEntity> {
    if (!can(actor, 'outcomes.read')) throw forbidden();
    if (unsuppressed && !can(actor, 'outcomes.unsuppressed')) {
      // Asking for the exact figures without the right to is itself worth knowing about.
      await this.audit.recordNow({
        action: 'readUnsuppressedOutcomes',
        targetType: 'ActionWeek',
        targetId: weekId,
        outcome: 'FORBIDDEN',
      });
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
      throw badInput('filter.day', 'outcomes.dayNotInWeek', {
        day: filter.day,
        firstDay: week.firstDay,
        lastDay: week.lastDay,
      });
    }
    if (filter.platform) {
      if (!(await this.platforms.exists(filter.platform)))
        throw badInput('filter.platform', 'outcomes.unknownPlatform', { platform: filter.platform });
    }
  }

  private async count(
    week: ActionWeekEntity,
    filter: OutcomesFilter,
    unsuppressed: boolean,
  ): Promise<OutcomesObject> {
    const weekId = week.id;
    const countries = week.countries
      .map((c) => c.country)
      .filter((c) => !filter.country || c === filter.country);
    const days = daysOf(week.firstDay, week.lastDay).filter((d) => !filter.day || d === filter.day);
    const today = localDate(new Date(), week.timeZone);
    const tallyFilter: TallyFilter = {
      country: filter.country ?? null,
      platform: filter.platform ?? null,
      day: filter.day ?? null,
    };
    await this.tally.fold();
    const [tallies, sessions, hours] = await Promise.all([
      // The whole week (or one country of it) is counted by country in outcome_tally_week already; a day or a platform
      // needs the detailed tally. Sessions, referrals and hours follow the same filter through their session.
      filter.day || filter.platform
        ? this.tally.detailedTally(weekId, tallyFilter)
        : this.tally.weekTally(weekId, tallyFilter.country),
      this.sessions.outcomeSessionCounts(weekId, tallyFilter, week.timeZone),
      this.sessions.outcomePatrolHours(weekId, tallyFilter, week.timeZone),
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
      releaseTable(countries, columns ?? distinct(of(dimension)), of(dimension), {
        measure,
        minCount: k,
        exact,
        pendingColumns: pending,
      });
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
      referrals: releaseTable(['ROUTINE', 'PRIORITY', 'IMMEDIATE'], distinct(referrals), referrals, {
        measure: 'referrals',
        minCount: k,
        exact,
      }),
      patrolHours: countries.map((country) => ({
        country,
        hours: Number(hours.find((h) => h.country === country)?.hours ?? 0),
      })),
    };
  }

  private async digest(week: ActionWeekEntity, country?: string): Promise<DebriefDigestObject[]> {
    // Liaisons read no debrief: the database hands out the English summaries only (SECURITY DEFINER).
    const rows = await this.tally.debriefDigest(week.id, country ?? null);
    return week.countries
      .map((c) => c.country)
      .filter((c) => !country || c === country)
      .map((c) => ({
        country: c,
        summaries: rows
          .filter((row) => row.country === c)
          .map((row) => ({
            platform: row.platform,
            startsAt: row.startsAt,
            summaryEn: row.summaryEn,
            submittedAt: row.submittedAt,
          })),
      }));
  }
}
