import {
  can,
  canMoveWeek,
  countriesStillPlanned,
  countryScope,
  MAX_WEEK_DAYS,
  weekBounds,
  weekReadiness,
  type WeekSetup,
  type WeekSetupProblem,
  weekSetupProblems,
} from '@empact/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '../common/audit/audit.service';
import type { AuthenticatedActor } from '../common/auth/authenticated-actor';
import { badInput, DomainException, forbidden, notFound } from '../common/errors/domain.exception';
import { I18nService } from '../common/i18n/i18n.service';
import { PersonalDataGuard } from '../common/personal-data/personal-data.guard';
import { requestLocale } from '../common/request-context';
import { RetentionRepository } from '../retention/retention.repository';
import { CreateActionWeekInput, UpdateActionWeekInput } from './dto/action-week.inputs';
import { WeekReadinessObject } from './dto/week-readiness.object';
import { WeekRetentionObject } from './dto/week-retention.object';
import type { WeekStatus } from './action-week.entity';
import { ActionWeekCountryEntity } from './action-week-country.entity';
import { ActionWeekEntity } from './action-week.entity';
import { ActionWeekRepository } from './action-week.repository';
import { toActionWeekObject, toWeekRetentionObject } from './action-week.mapper';
import { ActionWeekObject } from './dto/action-week.object';

@Injectable()
export class ActionWeekService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly i18n: I18nService,
    private readonly personalData: PersonalDataGuard,
    private readonly weeks: ActionWeekRepository,
    private readonly retention: RetentionRepository,
  ) {}

  async create(actor: AuthenticatedActor, input: CreateActionWeekInput): Promise<ActionWeekObject> {
    if (!can(actor, 'week.manage')) throw forbidden();
    this.checkSetup(input);
    const countries = input.countries.map((c) => c.country);
    this.personalData.checkInput(input, { countries, allowedNames: [] });

    return this.dataSource.transaction(async (em) => {
      if (await em.existsBy(ActionWeekEntity, { code: input.code }))
        throw badInput('code', 'week.codeTaken', { code: input.code });
      const week = em.create(ActionWeekEntity, {
        code: input.code,
        title: input.title.trim(),
        hostCountry: input.hostCountry,
        firstDay: input.firstDay,
        lastDay: input.lastDay,
        timeZone: input.timeZone,
        status: 'PLANNING',
        minCount: input.minCount ?? 5,
        retentionDays: input.retentionDays ?? 30,
        requireTwoFactor: input.requireTwoFactor ?? false,
        countries: input.countries.map(({ country, languages }) => ({
          country,
          languages: [...new Set(languages)],
        })),
      });
      await em.save(week);
      await this.audit.record(em, {
        action: 'createActionWeek',
        targetType: 'ActionWeek',
        targetId: week.id,
        details: { code: week.code },
      });
      return this.getWith(em, actor, week.id);
    });
  }

  async setStatus(actor: AuthenticatedActor, id: string, status: WeekStatus): Promise<ActionWeekObject> {
    // The role first: a role that may never do this is refused alike for every id, existing, foreign or not.
    if (!can(actor, 'week.manage')) throw forbidden();
    return this.dataSource.transaction(async (em) => {
      const week = await this.findReachable(em, actor, id, { lock: true });
      if (!canMoveWeek(week.status, status)) {
        const locale = requestLocale();
        throw badInput('status', 'week.statusTransition', {
          from: this.i18n.t(locale, `weekStatus.${week.status}`, {}, 'common'),
          to: this.i18n.t(locale, `weekStatus.${status}`, {}, 'common'),
        });
      }
      // Closing stops logging and starts the retention clock: not while a team is still on patrol.
      if (status === 'CLOSED') await this.refuseWhileLive(em, week);
      await em.update(
        ActionWeekEntity,
        { id },
        { status, closedAt: status === 'CLOSED' ? new Date() : null, version: week.version + 1 },
      );
      await this.audit.record(em, {
        action: 'setActionWeekStatus',
        targetType: 'ActionWeek',
        targetId: id,
        details: { from: week.status, to: status },
      });
      return this.getWith(em, actor, id);
    });
  }

  /** Requires (or stops requiring) two-step sign-in of every team member of the week's countries. */
  async setTwoFactorRequired(
    actor: AuthenticatedActor,
    id: string,
    required: boolean,
  ): Promise<ActionWeekObject> {
    // The role first: a role that may never do this is refused alike for every id, existing, foreign or not.
    if (!can(actor, 'week.manage')) throw forbidden();
    return this.dataSource.transaction(async (em) => {
      const week = await this.findReachable(em, actor, id, { lock: true });
      await em.update(ActionWeekEntity, { id }, { requireTwoFactor: required, version: week.version + 1 });
      await this.audit.record(em, {
        action: 'setActionWeekTwoFactor',
        targetType: 'ActionWeek',
        targetId: id,
        details: { required },
      });
      return this.getWith(em, actor, id);
    });
  }

  /**
   * Changes a week's set-up while it is in PLANNING: title, host, days, time zone, countries and their languages, k and
   * retention days (not its code). The same rules as a new week; a country the plan still names stays, and the
   * sessions already planned must stay inside the week's days.
   */
  async update(actor: AuthenticatedActor, input: UpdateActionWeekInput): Promise<ActionWeekObject> {
    if (!can(actor, 'week.manage')) throw forbidden();
    return this.dataSource.transaction(async (em) => {
      const week = await this.findReachable(em, actor, input.id, { lock: true });
      if (week.status !== 'PLANNING') {
        throw new DomainException(
          'WEEK_NOT_IN_PLANNING',
          'week.notInPlanning',
          { status: this.i18n.t(requestLocale(), `weekStatus.${week.status}`, {}, 'common') },
          { status: week.status },
        );
      }
      if (week.version !== input.version)
        throw new DomainException('CONFLICT', 'code.CONFLICT', {}, { currentVersion: week.version });
      this.checkSetup(input);
      const after = input.countries.map((c) => c.country);
      this.personalData.checkInput(input, { countries: after, allowedNames: [] });

      const before = week.countries.map((c) => c.country);
      const planned = countriesStillPlanned(before, after, await this.weeks.countriesInPlan(week.id, em));
      if (planned.length > 0) {
        const locale = requestLocale();
        throw new DomainException(
          'BAD_USER_INPUT',
          'week.countryInPlan',
          {
            field: 'countries',
            count: planned.length,
            countries: planned.map((c) => this.i18n.countryName(locale, c)).join(', '),
          },
          { field: 'countries', countries: planned },
        );
      }
      await this.refuseSessionsOutside(em, week.id, input);

      const removed = before.filter((country) => !after.includes(country));
      const added = after.filter((country) => !before.includes(country));
      if (removed.length > 0)
        await em.delete(ActionWeekCountryEntity, { weekId: week.id, country: In(removed) });
      for (const { country, languages } of input.countries) {
        const unique = [...new Set(languages)];
        if (added.includes(country))
          await em.insert(ActionWeekCountryEntity, { weekId: week.id, country, languages: unique });
        else await em.update(ActionWeekCountryEntity, { weekId: week.id, country }, { languages: unique });
      }
      const values = {
        title: input.title.trim(),
        hostCountry: input.hostCountry,
        firstDay: input.firstDay,
        lastDay: input.lastDay,
        timeZone: input.timeZone,
        minCount: input.minCount,
        retentionDays: input.retentionDays,
      };
      const changed = (Object.keys(values) as (keyof typeof values)[]).filter(
        (key) => values[key] !== week[key],
      );
      await em.update(ActionWeekEntity, { id: week.id }, { ...values, version: week.version + 1 });
      // Which fields changed and which countries came and went; never the title itself (free text).
      await this.audit.record(em, {
        action: 'updateActionWeek',
        targetType: 'ActionWeek',
        targetId: week.id,
        details: { fields: changed, countriesAdded: added, countriesRemoved: removed },
      });
      return this.getWith(em, actor, week.id);
    });
  }

  /** The checklist of what is missing before the week goes live (coordinators and administrators). */
  async readiness(actor: AuthenticatedActor, weekId: string): Promise<WeekReadinessObject> {
    if (!can(actor, 'week.manage')) throw forbidden();
    const week = await this.findReachable(this.dataSource.manager, actor, weekId);
    const items = weekReadiness(await this.weeks.readinessFacts(week.id));
    return { weekId: week.id, ready: items.length === 0, items };
  }

  /**
   * When the week's free texts will be, or were, deleted, and the retention job's run for it: for coordinators,
   * administrators and the data-protection officer, who may read it for every week (dates and counts, no content).
   */
  async retentionStatus(actor: AuthenticatedActor, weekId: string): Promise<WeekRetentionObject> {
    if (!can(actor, 'retention.read')) throw forbidden();
    const week = await this.weeks.reachableWeek(weekId, null);
    if (!week) throw notFound();
    const run = await this.retention.lastRun(week.id);
    return toWeekRetentionObject({
      weekId: week.id,
      code: week.code,
      status: week.status,
      closedAt: week.closedAt,
      retentionDays: week.retentionDays,
      textsDeletedAt: week.textsDeletedAt,
      lastRun: run ?? null,
    });
  }

  async list(actor: AuthenticatedActor): Promise<ActionWeekObject[]> {
    const reach = weekReach(actor);
    if (reach === undefined) return [];
    return (await this.weeks.reachableWeeks(reach)).map(toActionWeekObject);
  }

  async get(actor: AuthenticatedActor, id: string): Promise<ActionWeekObject> {
    return this.getWith(this.dataSource.manager, actor, id);
  }

  /** A team leader decides whether coordinators read their country's interaction notes this week. */
  async setNotesSharing(
    actor: AuthenticatedActor,
    weekId: string,
    shared: boolean,
  ): Promise<ActionWeekObject> {
    return this.dataSource.transaction(async (em) => {
      const week = await this.findReachable(em, actor, weekId);
      const country = actor.country;
      if (
        !country ||
        !week.countries.some((c) => c.country === country) ||
        !can(actor, 'notes.share', { country })
      )
        throw forbidden();
      await em.update(ActionWeekCountryEntity, { weekId, country }, { shareNotes: shared });
      await this.audit.record(em, {
        action: 'setNotesSharing',
        targetType: 'ActionWeek',
        targetId: weekId,
        details: { country, shared },
      });
      return this.getWith(em, actor, weekId);
    });
  }

  /**
   * The week entity if the actor reaches it (for other features to build on); NOT_FOUND otherwise. With `lock`, the
   * week's row stays locked until `em`'s transaction ends.
   */
  async findReachable(
    em: EntityManager,
    actor: AuthenticatedActor,
    id: string,
    { lock = false } = {},
  ): Promise<ActionWeekEntity> {
    const reach = weekReach(actor);
    const week = reach === undefined ? null : await this.weeks.reachableWeek(id, reach, { lock }, em);
    if (!week) throw notFound();
    return week;
  }

  /** Refuses (BAD_USER_INPUT on its field) the first thing wrong with a week's set-up; the same for create and update. */
  private checkSetup(setup: WeekSetup): void {
    const [problem] = weekSetupProblems(setup);
    if (problem) throw this.setupRefusal(problem);
  }

  private setupRefusal(problem: WeekSetupProblem): DomainException {
    const locale = requestLocale();
    const country = problem.country ? this.i18n.countryName(locale, problem.country) : '';
    const refuse = (key: string, params: Record<string, string | number> = {}) =>
      new DomainException(
        'BAD_USER_INPUT',
        key,
        { field: problem.field, ...params },
        { field: problem.field, ...(problem.country ? { country: problem.country } : {}) },
      );
    switch (problem.code) {
      case 'FIRST_DAY_INVALID':
        return refuse('week.firstDayInvalid');
      case 'LAST_DAY_INVALID':
        return refuse('week.lastDayInvalid');
      case 'DAYS_ORDER':
        return refuse('week.daysOrder', { maxDays: MAX_WEEK_DAYS });
      case 'TIME_ZONE_UNKNOWN':
        return refuse('week.timeZoneUnknown');
      case 'NO_COUNTRY':
        return refuse('week.noCountry');
      case 'COUNTRY_UNKNOWN':
        return refuse('input.oneOf');
      case 'COUNTRY_TWICE':
        return refuse('week.countryTwice', { country });
      case 'NO_LANGUAGE':
        return refuse('week.noLanguage', { country });
      case 'LANGUAGE_INVALID':
        return refuse('week.languageInvalid', { country });
      case 'HOST_NOT_TAKING_PART':
        return refuse('schedule.countryNotInWeek', { country });
    }
  }

  /** The sessions already planned must stay within the week's days in its zone after a change of either. */
  private async refuseSessionsOutside(em: EntityManager, weekId: string, setup: WeekSetup): Promise<void> {
    const bounds = weekBounds(setup);
    const sessions = await this.weeks.sessionTimes(weekId, em);
    const early = sessions.filter((s) => new Date(s.startsAt) < bounds.startsAt).length;
    const late = sessions.filter((s) => new Date(s.endsAt) > bounds.endsAt).length;
    if (early + late === 0) return;
    const field = early > 0 ? 'firstDay' : 'lastDay';
    throw new DomainException(
      'BAD_USER_INPUT',
      'week.sessionsOutsideDays',
      { field, count: early + late },
      { field },
    );
  }

  /** WEEK_HAS_LIVE_SESSIONS, listing them (id, start, platform, countries), when any session of the week is live. */
  private async refuseWhileLive(em: EntityManager, week: ActionWeekEntity): Promise<void> {
    const live = await this.weeks.liveSessions(week.id, em);
    if (live.length === 0) return;
    const locale = requestLocale();
    const described = live.map(
      (s) =>
        `${s.platformName} ${this.i18n.formatInstant(locale, new Date(s.startsAt), week.timeZone)} (${s.countries
          .map((c) => this.i18n.countryName(locale, c))
          .join(', ')})`,
    );
    throw new DomainException(
      'WEEK_HAS_LIVE_SESSIONS',
      'week.liveSessions',
      { count: live.length, sessions: described.join('; ') },
      {
        liveSessions: live.map((s) => ({
          id: s.id,
          startsAt: new Date(s.startsAt).toISOString(),
          platform: s.platform,
          countries: s.countries,
        })),
      },
    );
  }

  private async getWith(em: EntityManager, actor: AuthenticatedActor, id: string): Promise<ActionWeekObject> {
    return toActionWeekObject(await this.findReachable(em, actor, id));
  }
}

/**
 * Whose weeks the actor reaches, as `ActionWeekRepository` asks it: a national team's country (the weeks it takes part
 * in), null for every week (coordinators and admins, and liaisons, who read every week's published figures), undefined
 * for none (an account without a role that sees weeks).
 */
export function weekReach(actor: AuthenticatedActor): string | null | undefined {
  const scope = countryScope(actor);
  switch (scope.kind) {
    case 'country':
      return scope.country;
    case 'all':
      return null;
    case 'none':
      return actor.roles.includes('LIAISON') ? null : undefined;
  }
}
