import { can, planCopy, type PlanCopy, type SessionPlan, weekBounds } from '@empact/domain';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ActionWeekEntity } from '../action-weeks/action-week.entity';
import { ActionWeekService } from '../action-weeks/action-week.service';
import { AuditService } from '../common/audit/audit.service';
import type { AuthenticatedActor } from '../common/auth/authenticated-actor';
import { badInput, DomainException, forbidden } from '../common/errors/domain.exception';
import { I18nService } from '../common/i18n/i18n.service';
import { PersonalDataGuard } from '../common/personal-data/personal-data.guard';
import { EventBus, PUB_SUB } from '../common/pubsub/pub-sub';
import { requestLocale } from '../common/request-context';
import { PatrolSessionCountryEntity } from '../patrol-sessions/patrol-session-country.entity';
import { PatrolSessionEntity } from '../patrol-sessions/patrol-session.entity';
import {
  PatrolSessionRepository,
  SessionRow,
  weekPlanSelection,
} from '../patrol-sessions/patrol-session.repository';
import { SCHEDULE_CHANGED, type ScheduleChangedEvent } from '../patrol-sessions/patrol-session.service';
import { PlanCopyObject, PlanCopySessionObject } from './dto/plan-copy.object';

/** Everything a copy is worked out from: both weeks, the source's sessions and the target's plan as it is. */
interface CopyContext {
  source: ActionWeekEntity;
  target: ActionWeekEntity;
  sourceRows: SessionRow[];
  targetRows: SessionRow[];
  copy: PlanCopy;
}

const sessionName = (row: Pick<SessionRow, 'platformName' | 'venue'>) => `${row.platformName} · ${row.venue}`;

/**
 * Copies the plan of an earlier week into a week in preparation (issue #17): each session moved by the whole days
 * between the weeks' first days, at its local times in the target week's zone, with its platform, venue, briefing and
 * the countries that take part in the target week; never its rosters, guide, interactions, referrals or debriefs.
 * All or nothing: one session outside the target's days or in conflict refuses the whole copy.
 */
@Injectable()
export class PlanCopyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly weeks: ActionWeekService,
    private readonly sessions: PatrolSessionRepository,
    private readonly i18n: I18nService,
    private readonly personalData: PersonalDataGuard,
    @Inject(PUB_SUB) private readonly events: EventBus,
  ) {}

  /** What copying would do, without writing anything: the copies, the skipped sessions and those that refuse it. */
  async preview(actor: AuthenticatedActor, fromWeekId: string, toWeekId: string): Promise<PlanCopyObject> {
    const context = await this.context(this.dataSource.manager, actor, fromWeekId, toWeekId, false);
    return this.toObject(context);
  }

  async copy(actor: AuthenticatedActor, fromWeekId: string, toWeekId: string): Promise<PlanCopyObject> {
    const { result, created } = await this.dataSource.transaction(async (em) => {
      const context = await this.context(em, actor, fromWeekId, toWeekId, true);
      const { copy, source, target, sourceRows } = context;
      if (copy.refused.length > 0) {
        const described = this.toObject(context).refused;
        throw new DomainException(
          'PLAN_COPY_REFUSED',
          'planCopy.refused',
          { count: described.length, first: described[0].message ?? '' },
          {
            sessions: described.map((item) => ({
              ...item,
              startsAt: item.startsAt.toISOString(),
              endsAt: item.endsAt.toISOString(),
            })),
          },
        );
      }
      const rowOf = new Map(sourceRows.map((row) => [row.id, row]));
      const textContext = await this.personalData.weekContext(em, target.id);
      for (const item of copy.copies) {
        const row = rowOf.get(item.sourceId) as SessionRow;
        // Stored again, in another week: checked again, as any text is before it is stored.
        this.personalData.checkTexts({ venue: row.venue, briefing: row.briefing }, textContext);
      }
      const created: string[] = [];
      if (copy.copies.length > 0) {
        const { identifiers } = await em.insert(
          PatrolSessionEntity,
          copy.copies.map((item) => {
            const row = rowOf.get(item.sourceId) as SessionRow;
            return {
              weekId: target.id,
              platformCode: row.platformCode,
              venue: row.venue,
              startsAt: item.startsAt,
              endsAt: item.endsAt,
              // The guide is a person, staffed anew like the rosters.
              guideId: null,
              briefing: row.briefing,
              status: 'SCHEDULED' as const,
              version: 1,
            };
          }),
        );
        created.push(...identifiers.map((identifier) => identifier.id as string));
        await em.insert(
          PatrolSessionCountryEntity,
          copy.copies.flatMap((item, i) =>
            item.countries.map((country) => ({ sessionId: created[i], country })),
          ),
        );
      }
      await this.audit.record(em, {
        action: 'copyWeekPlan',
        targetType: 'ActionWeek',
        targetId: target.id,
        details: {
          fromWeekId: source.id,
          copied: copy.copies.length,
          skipped: copy.skipped.map((item) => item.sourceId),
        },
      });
      return { result: this.toObject(context), created };
    });
    for (const sessionId of created) {
      await this.events.publish(SCHEDULE_CHANGED, {
        weekId: result.toWeekId,
        sessionId,
        change: 'SCHEDULED',
        version: 1,
      } satisfies ScheduleChangedEvent);
    }
    return result;
  }

  /**
   * Both weeks and the copy worked out. The role first (a role that may never plan is refused alike for every id),
   * then each week within the caller's reach (NOT_FOUND otherwise); with `lock`, the target week's row is locked, as
   * for every change to one week's plan.
   */
  private async context(
    em: EntityManager,
    actor: AuthenticatedActor,
    fromWeekId: string,
    toWeekId: string,
    lock: boolean,
  ): Promise<CopyContext> {
    if (!can(actor, 'session.plan')) throw forbidden();
    // Locked before its status is read: the week cannot go live while the copy is written.
    const target = await this.weeks.findReachable(em, actor, toWeekId, { lock });
    const source = await this.weeks.findReachable(em, actor, fromWeekId);
    if (source.id === target.id) throw badInput('fromWeekId', 'planCopy.sameWeek');
    if (target.status !== 'PLANNING')
      throw new DomainException(
        'WEEK_NOT_IN_PLANNING',
        'planCopy.targetNotPlanning',
        {
          field: 'toWeekId',
          status: this.i18n.t(requestLocale(), `weekStatus.${target.status}`, {}, 'common'),
        },
        { field: 'toWeekId' },
      );
    const bounds = weekBounds(target);
    const [sourceRows, targetRows] = [
      await this.sessions.sessions(weekPlanSelection(source.id, {}), em),
      await this.sessions.overlapping(em, target.id, bounds.startsAt, bounds.endsAt, null),
    ];
    const copy = planCopy(
      {
        week: source,
        sessions: sourceRows.map((row) => ({
          id: row.id,
          status: row.status,
          startsAt: new Date(row.startsAt),
          endsAt: new Date(row.endsAt),
          countries: row.countries,
        })),
      },
      {
        week: target,
        countries: target.countries.map((c) => c.country),
        sessions: targetRows.map((row): SessionPlan => ({
          id: row.id,
          status: row.status,
          startsAt: new Date(row.startsAt),
          endsAt: new Date(row.endsAt),
          countries: row.countries,
          guideId: row.guideId,
          rosters: row.rosters,
        })),
      },
    );
    return { source, target, sourceRows, targetRows, copy };
  }

  /** The copy as the API answers it, with each skipped or refused session's reason in the caller's language. */
  private toObject({ source, target, sourceRows, targetRows, copy }: CopyContext): PlanCopyObject {
    const locale = requestLocale();
    const rowOf = new Map(sourceRows.map((row) => [row.id, row]));
    const when = (instant: Date) => this.i18n.formatInstant(locale, instant, target.timeZone);
    const day = (isoDay: string) =>
      new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
        new Date(`${isoDay}T00:00:00Z`),
      );
    const countryList = (countries: readonly string[]) =>
      new Intl.ListFormat(locale, { type: 'conjunction' }).format(
        countries.map((country) => this.i18n.countryName(locale, country)),
      );
    const base = (sourceId: string) => {
      const row = rowOf.get(sourceId) as SessionRow;
      return { sourceSessionId: sourceId, platform: row.platformName, venue: row.venue, row };
    };

    const copies = copy.copies.map(({ sourceId, startsAt, endsAt, countries, droppedCountries }) => {
      const { row: _row, ...item } = base(sourceId);
      return { ...item, startsAt, endsAt, countries, droppedCountries, reason: null, message: null };
    });
    const skipped = copy.skipped.map(({ sourceId, reason, countries }): PlanCopySessionObject => {
      const { row, ...item } = base(sourceId);
      return {
        ...item,
        startsAt: new Date(row.startsAt),
        endsAt: new Date(row.endsAt),
        countries,
        droppedCountries: countries,
        reason,
        message: this.i18n.t(locale, 'planCopy.noCountry', {
          session: sessionName(row),
          countries: countryList(countries),
        }),
      };
    });
    const refused = copy.refused.map((refusal): PlanCopySessionObject => {
      const { row, ...item } = base(refusal.sourceId);
      const countries = row.countries.filter((c) => target.countries.some((t) => t.country === c));
      const common = {
        ...item,
        startsAt: refusal.startsAt,
        endsAt: refusal.endsAt,
        countries,
        droppedCountries: row.countries.filter((c) => !countries.includes(c)),
        reason: refusal.reason,
      };
      if (refusal.reason === 'OUTSIDE_WEEK' || !refusal.conflict) {
        return {
          ...common,
          message: this.i18n.t(locale, 'planCopy.outsideWeek', {
            session: sessionName(row),
            when: when(refusal.startsAt),
            firstDay: day(target.firstDay),
            lastDay: day(target.lastDay),
            timeZone: target.timeZone,
          }),
        };
      }
      const { conflict } = refusal;
      const other = refusal.withCopy
        ? rowOf.get(conflict.otherSessionId)
        : targetRows.find((r) => r.id === conflict.otherSessionId);
      return {
        ...common,
        message: this.i18n.t(locale, refusal.withCopy ? 'planCopy.conflictCopy' : 'planCopy.conflict', {
          session: sessionName(row),
          country: this.i18n.countryName(locale, conflict.subject),
          other: other ? sessionName(other) : conflict.otherSessionId,
          from: when(conflict.overlap.startsAt),
          to: new Intl.DateTimeFormat(locale, { timeZone: target.timeZone, timeStyle: 'short' }).format(
            conflict.overlap.endsAt,
          ),
          timeZone: target.timeZone,
        }),
      };
    });
    return {
      fromWeekId: source.id,
      toWeekId: target.id,
      copied: copies.length,
      copies,
      skipped,
      refused,
    };
  }
}
