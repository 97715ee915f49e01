import {
  can,
  canMoveWeek,
  countryScope,
  daysOf,
  isIsoDate,
  isLanguageTag,
  isTimeZone,
  MAX_WEEK_DAYS,
} from '@empact/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../common/audit/audit.service';
import type { AuthenticatedActor } from '../common/auth/authenticated-actor';
import { badInput, forbidden, notFound } from '../common/errors/domain.exception';
import { I18nService } from '../common/i18n/i18n.service';
import { PersonalDataGuard } from '../common/personal-data/personal-data.guard';
import { requestLocale } from '../common/request-context';
import { CreateActionWeekInput } from './dto/action-week.inputs';
import type { WeekStatus } from './action-week.entity';
import { ActionWeekCountryEntity } from './action-week-country.entity';
import { ActionWeekEntity } from './action-week.entity';
import { ActionWeekRepository } from './action-week.repository';
import { toActionWeekObject } from './action-week.mapper';
import { ActionWeekObject } from './dto/action-week.object';

@Injectable()
export class ActionWeekService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly i18n: I18nService,
    private readonly personalData: PersonalDataGuard,
    private readonly weeks: ActionWeekRepository,
  ) {}

  async create(actor: AuthenticatedActor, input: CreateActionWeekInput): Promise<ActionWeekObject> {
    if (!can(actor, 'week.manage')) throw forbidden();
    if (!isIsoDate(input.firstDay)) throw badInput('firstDay', 'input.invalid', { field: 'firstDay' });
    if (!isIsoDate(input.lastDay)) throw badInput('lastDay', 'input.invalid', { field: 'lastDay' });
    const days = input.lastDay >= input.firstDay ? daysOf(input.firstDay, input.lastDay).length : 0;
    if (days < 1 || days > MAX_WEEK_DAYS)
      throw badInput('lastDay', 'week.daysOrder', { maxDays: MAX_WEEK_DAYS });
    if (!isTimeZone(input.timeZone)) throw badInput('timeZone', 'input.invalid', { field: 'timeZone' });
    const countries = new Set(input.countries.map((c) => c.country));
    if (countries.size !== input.countries.length)
      throw badInput('countries', 'input.invalid', { field: 'countries' });
    if (!countries.has(input.hostCountry)) {
      throw badInput('hostCountry', 'schedule.countryNotInWeek', {
        country: this.i18n.countryName(requestLocale(), input.hostCountry),
      });
    }
    const badLanguage = input.countries.find((c) => !c.languages.every(isLanguageTag));
    if (badLanguage) throw badInput('countries.languages', 'input.invalid', { field: 'languages' });
    this.personalData.checkInput(input, { countries: [...countries], allowedNames: [] });

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
    return this.dataSource.transaction(async (em) => {
      const week = await this.findReachable(em, actor, id, { lock: true });
      if (!can(actor, 'week.manage')) throw forbidden();
      if (!canMoveWeek(week.status, status)) {
        const locale = requestLocale();
        throw badInput('status', 'week.statusTransition', {
          from: this.i18n.t(locale, `weekStatus.${week.status}`, {}, 'common'),
          to: this.i18n.t(locale, `weekStatus.${status}`, {}, 'common'),
        });
      }
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
