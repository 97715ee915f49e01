import {
  addDays,
  busySlotOf,
  can,
  canReschedule,
  canStartSession,
  findScheduleConflicts,
  hasRole,
  isIsoDate,
  MAX_SESSION_HOURS,
  mayStaffWithProfile,
  missingPositions,
  RosterPlan,
  reachesSession,
  rosterFindings,
  ScheduleConflict,
  SessionPlan,
  sessionTimeProblems,
  startOfLocalDay,
} from '@empact/domain';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AccountRepository } from '../accounts/account.repository';
import { ActionWeekEntity } from '../action-weeks/action-week.entity';
import { ActionWeekRepository } from '../action-weeks/action-week.repository';
import { ActionWeekService } from '../action-weeks/action-week.service';
import { AuditService } from '../common/audit/audit.service';
import type { AuthenticatedActor } from '../common/auth/authenticated-actor';
import { badInput, DomainException, forbidden, notFound } from '../common/errors/domain.exception';
import { I18nService } from '../common/i18n/i18n.service';
import { PersonalDataGuard } from '../common/personal-data/personal-data.guard';
import { EventBus, PUB_SUB } from '../common/pubsub/pub-sub';
import { requestLocale } from '../common/request-context';
import { PlatformService } from '../platforms/platform.service';
import { PoliceProfileRepository } from '../police-profiles/police-profile.repository';
import { AssignRosterInput } from './dto/assign-roster.input';
import { ReschedulePatrolSessionInput } from './dto/reschedule-patrol-session.input';
import { RosterInput } from './dto/roster.input';
import { ScheduleFilter } from './dto/schedule-filter.input';
import { SchedulePatrolSessionInput } from './dto/schedule-patrol-session.input';
import { PatrolSessionObject } from './dto/patrol-session.object';
import { loadDetails, NO_DETAILS, SessionDetails } from './patrol-session.details';
import {
  PatrolSessionRepository,
  personSessionsSelection,
  SessionRow,
  SessionSelection,
  sessionSelection,
  weekPlanSelection,
} from './patrol-session.repository';
import { PatrolSessionCountryEntity } from './patrol-session-country.entity';
import { PatrolSessionEntity } from './patrol-session.entity';
import { RosterEntity } from './roster.entity';

export const SCHEDULE_CHANGED = 'scheduleChanged';
export type ScheduleChangeKind =
  'SCHEDULED' | 'RESCHEDULED' | 'CANCELLED' | 'STARTED' | 'ENDED' | 'ROSTER_CHANGED';
export interface ScheduleChangedEvent {
  weekId: string;
  sessionId: string;
  change: ScheduleChangeKind;
  version: number;
  /** The country of the team leader who made the change; null (or absent) when a coordinator or admin made it. */
  byCountry?: string | null;
}

const toObject = (row: SessionRow): PatrolSessionObject => ({
  id: row.id,
  weekId: row.weekId,
  platform: { code: row.platformCode, name: row.platformName, builtin: row.platformBuiltin },
  venue: row.venue,
  startsAt: new Date(row.startsAt),
  endsAt: new Date(row.endsAt),
  countries: row.countries,
  guideId: row.guideId,
  guide:
    row.guideName === null
      ? null
      : { id: row.guideId as string, displayName: row.guideName, country: row.guideCountry },
  briefing: row.briefing,
  status: row.status,
  cancelReason: row.cancelReason,
  startOverrideReason: row.startOverrideReason,
  startedAt: row.startedAt ? new Date(row.startedAt) : null,
  endedAt: row.endedAt ? new Date(row.endedAt) : null,
  version: row.version,
  busySlot: false,
});

/**
 * The session as the actor may see it: in full when it is theirs (their country takes part, or they coordinate), else
 * as a busy slot, without the particulars and without rosters (a team's rosters are scoped to its country already).
 */
function seenBy(actor: AuthenticatedActor, session: PatrolSessionObject): PatrolSessionObject {
  if (reachesSession(actor, session)) return session;
  return {
    ...busySlotOf(session),
    guide: null,
    busySlot: true,
    ...(session.rosters ? { rosters: [], missingPositions: [] } : {}),
  };
}

const emptyRoster = (country: string): RosterPlan => ({
  country,
  operatorOneId: null,
  operatorTwoId: null,
  teamLeaderId: null,
  profileId: null,
});

@Injectable()
export class PatrolSessionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly weeks: ActionWeekService,
    private readonly platforms: PlatformService,
    private readonly i18n: I18nService,
    private readonly personalData: PersonalDataGuard,
    @Inject(PUB_SUB) private readonly events: EventBus,
    private readonly sessions: PatrolSessionRepository,
    private readonly weekRows: ActionWeekRepository,
    private readonly accounts: AccountRepository,
    private readonly profiles: PoliceProfileRepository,
  ) {}

  // ---- reading --------------------------------------------------------------------------------

  /** The week, if the actor may read its plan: NOT_FOUND outside their reach, FORBIDDEN for liaisons. */
  async readableWeek(actor: AuthenticatedActor, weekId: string): Promise<ActionWeekEntity> {
    const week = await this.weeks.findReachable(this.dataSource.manager, actor, weekId);
    if (!can(actor, 'session.read')) throw forbidden();
    return week;
  }

  async schedule(
    actor: AuthenticatedActor,
    weekId: string,
    filter: ScheduleFilter = {},
    details = NO_DETAILS,
  ): Promise<PatrolSessionObject[]> {
    if (!filter.day) {
      // The plan is read beside the check of the week, a round trip sooner; none of it leaves unless the check passes,
      // and the check's refusal is the answer whatever the read did.
      const [week, sessions] = await Promise.allSettled([
        this.readableWeek(actor, weekId),
        this.objects(
          actor,
          details,
          weekPlanSelection(weekId, { country: filter.country, platform: filter.platform }),
        ),
      ]);
      if (week.status === 'rejected') throw week.reason;
      if (sessions.status === 'rejected') throw sessions.reason;
      return sessions.value;
    }
    const week = await this.readableWeek(actor, weekId);
    if (!isIsoDate(filter.day)) throw badInput('filter.day', 'input.invalid', { field: 'filter.day' });
    const overlapping = {
      from: startOfLocalDay(filter.day, week.timeZone),
      to: startOfLocalDay(addDays(filter.day, 1), week.timeZone),
    };
    return this.objects(
      actor,
      details,
      weekPlanSelection(week.id, { country: filter.country, platform: filter.platform, overlapping }),
    );
  }

  /** Sessions where the actor is on a roster or guides, in the weeks they reach. */
  async mine(
    actor: AuthenticatedActor,
    weekId?: string,
    details = NO_DETAILS,
  ): Promise<PatrolSessionObject[]> {
    if (weekId) await this.weeks.findReachable(this.dataSource.manager, actor, weekId);
    return this.objects(actor, details, personSessionsSelection(actor.id, weekId ?? null));
  }

  async get(actor: AuthenticatedActor, id: string, details = NO_DETAILS): Promise<PatrolSessionObject> {
    // A role that never reads sessions is refused whatever the id, so that ids cannot be probed through it.
    if (!can(actor, 'session.read')) throw forbidden();
    const row = await this.findRow(this.dataSource.manager, id);
    if (!row) throw notFound();
    await this.weeks.findReachable(this.dataSource.manager, actor, row.weekId).catch(() => {
      throw notFound();
    });
    return this.completed(this.dataSource.manager, actor, details, row);
  }

  // ---- planning -------------------------------------------------------------------------------

  async scheduleSession(
    actor: AuthenticatedActor,
    input: SchedulePatrolSessionInput,
    details = NO_DETAILS,
  ): Promise<PatrolSessionObject> {
    const result = await this.dataSource.transaction(async (em) => {
      const week = await this.lockWeek(em, actor, input.weekId);
      if (!can(actor, 'session.plan')) throw forbidden();
      this.personalData.checkInput(input, await this.personalData.weekContext(em, week.id));
      const platform = await this.platforms.require(em, input.platform);
      const countries = [...new Set(input.countries)];
      this.checkCountriesInWeek(countries, week);
      await this.checkGuide(em, input.guideId ?? null, week);
      const rosters = countries.map((country) => {
        const given = input.rosters?.find((r) => r.country === country);
        return given ? this.rosterPlan(given) : emptyRoster(country);
      });
      for (const roster of input.rosters ?? [])
        await this.checkRoster(em, this.rosterPlan(roster), countries);
      const plan: SessionPlan = {
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        countries,
        guideId: input.guideId ?? null,
        rosters,
        status: 'SCHEDULED',
      };
      this.checkTimes(plan, week);
      await this.checkConflicts(em, actor, week, plan);

      const { identifiers } = await em.insert(PatrolSessionEntity, {
        weekId: week.id,
        platformCode: platform.code,
        venue: input.venue.trim(),
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        guideId: input.guideId ?? null,
        briefing: input.briefing?.trim() ?? '',
        status: 'SCHEDULED',
        version: 1,
      });
      const id = identifiers[0].id as string;
      await em.insert(
        PatrolSessionCountryEntity,
        countries.map((country) => ({ sessionId: id, country })),
      );
      const assigned = rosters.filter((r) => input.rosters?.some((given) => given.country === r.country));
      if (assigned.length)
        await em.insert(
          RosterEntity,
          assigned.map((r) => ({ sessionId: id, ...r })),
        );
      await this.audit.record(em, {
        action: 'schedulePatrolSession',
        targetType: 'PatrolSession',
        targetId: id,
        details: { weekId: week.id, countries },
      });
      return this.completed(em, actor, details, await this.requireRow(em, id));
    });
    await this.announce(result, 'SCHEDULED');
    return result;
  }

  /**
   * Plans many sessions in one transaction, all or none (the plan import). With the week's plan locked as
   * scheduleSession locks it, `prepare` checks the sessions against the plan as it stands and returns them, or throws
   * to refuse them all; each is then written, audited and announced as scheduleSession does one, and `action` audits
   * the whole batch on the week.
   */
  async scheduleSessions(
    actor: AuthenticatedActor,
    weekId: string,
    action: string,
    prepare: (
      em: EntityManager,
      week: ActionWeekEntity,
    ) => Promise<
      {
        platformCode: string;
        venue: string;
        startsAt: Date;
        endsAt: Date;
        countries: readonly string[];
        guideId: string | null;
        briefing: string;
        auditDetails?: Record<string, unknown>;
      }[]
    >,
  ): Promise<string[]> {
    // The role first: a role that never plans is refused whatever the week (and learns nothing of its ids).
    if (!can(actor, 'session.plan')) throw forbidden();
    const ids = await this.dataSource.transaction(async (em) => {
      const week = await this.lockWeek(em, actor, weekId);
      const planned = await prepare(em, week);
      const created: string[] = [];
      // In slices, to stay well under PostgreSQL's 65,535 parameters of one statement.
      for (let from = 0; from < planned.length; from += 500) {
        const slice = planned.slice(from, from + 500);
        const { identifiers } = await em.insert(
          PatrolSessionEntity,
          slice.map((session) => ({
            weekId: week.id,
            platformCode: session.platformCode,
            venue: session.venue.trim(),
            startsAt: session.startsAt,
            endsAt: session.endsAt,
            guideId: session.guideId,
            briefing: session.briefing.trim(),
            status: 'SCHEDULED' as const,
            version: 1,
          })),
        );
        const sliceIds = identifiers.map((identifier) => identifier.id as string);
        created.push(...sliceIds);
        const countries = slice.flatMap((session, i) =>
          [...new Set(session.countries)].map((country) => ({ sessionId: sliceIds[i], country })),
        );
        for (let at = 0; at < countries.length; at += 1000)
          await em.insert(PatrolSessionCountryEntity, countries.slice(at, at + 1000));
      }
      for (const [i, id] of created.entries()) {
        await this.audit.record(em, {
          action: 'schedulePatrolSession',
          targetType: 'PatrolSession',
          targetId: id,
          details: { weekId: week.id, countries: [...planned[i].countries], ...planned[i].auditDetails },
        });
      }
      await this.audit.record(em, {
        action,
        targetType: 'ActionWeek',
        targetId: week.id,
        details: { sessions: created.length },
      });
      return created;
    });
    for (const id of ids) await this.announce({ id, weekId, version: 1 }, 'SCHEDULED');
    return ids;
  }

  async reschedule(
    actor: AuthenticatedActor,
    input: ReschedulePatrolSessionInput,
    details = NO_DETAILS,
  ): Promise<PatrolSessionObject> {
    const result = await this.dataSource.transaction(async (em) => {
      const { week, row } = await this.lockSession(em, actor, input.id, input.version);
      if (!can(actor, 'session.plan')) throw forbidden();
      if (!canReschedule(row.status)) throw badInput('id', 'schedule.notScheduled');
      this.personalData.checkInput(input, await this.personalData.weekContext(em, week.id));
      const platform = input.platform ? await this.platforms.require(em, input.platform) : null;
      const countries = input.countries ? [...new Set(input.countries)] : row.countries;
      this.checkCountriesInWeek(countries, week);
      const guideId = input.guideId !== undefined ? input.guideId : row.guideId;
      if (input.guideId !== undefined) await this.checkGuide(em, guideId, week);
      const existing = await this.rosterPlans(em, row.id);
      const rosters = countries.map(
        (country) => existing.find((r) => r.country === country) ?? emptyRoster(country),
      );
      const plan: SessionPlan = {
        id: row.id,
        status: row.status,
        startsAt: input.startsAt ?? new Date(row.startsAt),
        endsAt: input.endsAt ?? new Date(row.endsAt),
        countries,
        guideId,
        rosters,
      };
      this.checkTimes(plan, week);
      await this.checkConflicts(em, actor, week, plan);

      await em.update(
        PatrolSessionEntity,
        { id: row.id },
        {
          platformCode: platform?.code ?? row.platformCode,
          venue: input.venue?.trim() ?? row.venue,
          startsAt: plan.startsAt,
          endsAt: plan.endsAt,
          guideId,
          briefing: input.briefing !== undefined ? input.briefing.trim() : row.briefing,
          version: row.version + 1,
        },
      );
      if (input.countries) {
        await this.sessions.replaceCountries(em, row.id, countries);
      }
      await this.audit.record(em, {
        action: 'reschedulePatrolSession',
        targetType: 'PatrolSession',
        targetId: row.id,
        details: { fields: Object.keys(input).filter((key) => key !== 'id' && key !== 'version') },
      });
      return this.completed(em, actor, details, await this.requireRow(em, row.id));
    });
    await this.announce(result, 'RESCHEDULED');
    return result;
  }

  async cancel(
    actor: AuthenticatedActor,
    id: string,
    version: number,
    reason: string,
    details = NO_DETAILS,
  ): Promise<PatrolSessionObject> {
    const result = await this.dataSource.transaction(async (em) => {
      const { row } = await this.lockSession(em, actor, id, version);
      if (!can(actor, 'session.plan')) throw forbidden();
      if (!canReschedule(row.status)) throw badInput('id', 'schedule.notScheduled');
      this.personalData.checkTexts({ reason }, await this.personalData.weekContext(em, row.weekId));
      await em.update(
        PatrolSessionEntity,
        { id },
        { status: 'CANCELLED', cancelReason: reason.trim(), version: row.version + 1 },
      );
      // The reason stays on the session (and goes with it); the audit log keeps that one was given, not its text.
      await this.audit.record(em, {
        action: 'cancelPatrolSession',
        targetType: 'PatrolSession',
        targetId: id,
        details: { reasonGiven: true },
      });
      return this.completed(em, actor, details, await this.requireRow(em, id));
    });
    await this.announce(result, 'CANCELLED');
    return result;
  }

  async start(
    actor: AuthenticatedActor,
    id: string,
    version: number,
    overrideReason?: string,
    details = NO_DETAILS,
  ): Promise<PatrolSessionObject> {
    const result = await this.dataSource.transaction(async (em) => {
      const { row } = await this.lockSession(em, actor, id, version);
      if (!row.countries.some((country) => can(actor, 'session.run', { country }))) throw forbidden();
      const rosters = await this.rosterPlans(em, id);
      const missing = missingPositions({ countries: row.countries, rosters });
      const reason = missing.length > 0 ? overrideReason?.trim() || null : null;
      if (reason && !can(actor, 'session.plan'))
        throw new DomainException('FORBIDDEN', 'schedule.overrideNotAllowed');
      this.personalData.checkTexts({ overrideReason }, await this.personalData.weekContext(em, row.weekId));
      switch (canStartSession({ status: row.status, countries: row.countries, rosters }, reason)) {
        case 'NOT_SCHEDULED':
          throw badInput('id', 'schedule.notScheduled');
        case 'POSITIONS_MISSING':
          throw badInput('overrideReason', 'schedule.positionsMissing', {
            missing: this.describeMissing(missing),
          });
        case null:
          break;
      }
      await em.update(
        PatrolSessionEntity,
        { id },
        { status: 'LIVE', startedAt: () => 'now()', startOverrideReason: reason, version: row.version + 1 },
      );
      await this.audit.record(em, {
        action: 'startPatrolSession',
        targetType: 'PatrolSession',
        targetId: id,
        // The reason is kept on the session; the audit entry says an override was used and for which positions.
        details: reason ? { overridden: true, missing } : null,
      });
      return this.completed(em, actor, details, await this.requireRow(em, id));
    });
    await this.announce(result, 'STARTED');
    return result;
  }

  async end(
    actor: AuthenticatedActor,
    id: string,
    version: number,
    details = NO_DETAILS,
  ): Promise<PatrolSessionObject> {
    const result = await this.dataSource.transaction(async (em) => {
      const { row } = await this.lockSession(em, actor, id, version);
      if (!row.countries.some((country) => can(actor, 'session.run', { country }))) throw forbidden();
      if (row.status !== 'LIVE') throw badInput('id', 'schedule.notLive');
      await em.update(
        PatrolSessionEntity,
        { id },
        { status: 'ENDED', endedAt: () => 'now()', version: row.version + 1 },
      );
      await this.audit.record(em, { action: 'endPatrolSession', targetType: 'PatrolSession', targetId: id });
      return this.completed(em, actor, details, await this.requireRow(em, id));
    });
    // The other countries' pages say who ended it: a team leader's country, or none for the host's coordinators.
    await this.announce(result, 'ENDED', can(actor, 'session.plan') ? null : actor.country);
    return result;
  }

  async assignRoster(
    actor: AuthenticatedActor,
    input: AssignRosterInput,
    details = NO_DETAILS,
  ): Promise<PatrolSessionObject> {
    const result = await this.dataSource.transaction(async (em) => {
      const { week, row } = await this.lockSession(em, actor, input.sessionId, input.version);
      if (!can(actor, 'roster.assign', { country: input.country })) {
        // Another country's roster looks like one that is not there.
        throw hasRole(actor, 'TEAM_LEADER', 'OPERATOR') && input.country !== actor.country
          ? notFound()
          : forbidden();
      }
      if (row.status === 'ENDED' || row.status === 'CANCELLED')
        throw badInput('sessionId', 'schedule.notScheduled');
      const roster = this.rosterPlan(input);
      await this.checkRoster(em, roster, row.countries);
      const rosters = (await this.rosterPlans(em, row.id))
        .filter((r) => r.country !== roster.country)
        .concat(roster);
      const plan: SessionPlan = {
        id: row.id,
        status: row.status,
        startsAt: new Date(row.startsAt),
        endsAt: new Date(row.endsAt),
        countries: row.countries,
        guideId: row.guideId,
        rosters,
      };
      await this.checkConflicts(em, actor, week, plan);
      await em.upsert(RosterEntity, { sessionId: row.id, ...roster }, ['sessionId', 'country']);
      await em.update(PatrolSessionEntity, { id: row.id }, { version: row.version + 1 });
      await this.audit.record(em, {
        action: 'assignRoster',
        targetType: 'PatrolSession',
        targetId: row.id,
        details: { country: roster.country },
      });
      return this.completed(em, actor, details, await this.requireRow(em, row.id));
    });
    await this.announce(result, 'ROSTER_CHANGED');
    return result;
  }

  // ---- rules and helpers ----------------------------------------------------------------------

  /** Locks the week's row: every change to one week's plan is checked and written one at a time. */
  private async lockWeek(
    em: EntityManager,
    actor: AuthenticatedActor,
    weekId: string,
  ): Promise<ActionWeekEntity> {
    const week = await this.weeks.findReachable(em, actor, weekId);
    await this.weekRows.lockPlan(em, week.id);
    if (week.status === 'CLOSED') throw badInput('weekId', 'schedule.weekClosed');
    return week;
  }

  /**
   * The session to change, locked with its week, if it is the actor's: a session of a week they do not reach, or one
   * their country takes no part in, answers NOT_FOUND as an id that is not there (same code, message and audit entry).
   * The role's own refusal comes after that, for sessions they reach; a role that never reads sessions is refused first.
   */
  private async lockSession(em: EntityManager, actor: AuthenticatedActor, id: string, version: number) {
    if (!can(actor, 'session.read')) throw forbidden();
    const found = await this.findRow(em, id);
    if (!found || !reachesSession(actor, found)) throw notFound();
    const week = await this.lockWeek(em, actor, found.weekId).catch((error: unknown) => {
      if (error instanceof DomainException && error.code === 'NOT_FOUND') throw notFound();
      throw error;
    });
    const row = await this.requireRow(em, id);
    if (row.version !== version)
      throw new DomainException('CONFLICT', 'code.CONFLICT', {}, { currentVersion: row.version });
    return { week, row };
  }

  /** The selected sessions in order, with the details asked for loaded beside them (patrol-session.details). */
  private async objects(
    actor: AuthenticatedActor,
    details: SessionDetails,
    selection: SessionSelection,
  ): Promise<PatrolSessionObject[]> {
    const db = this.dataSource.manager;
    const [rows, complete] = await Promise.all([
      this.sessions.sessions(selection, db),
      loadDetails(this.sessions, db, actor, details, selection),
    ]);
    return rows.map((row) => seenBy(actor, complete(toObject(row))));
  }

  /** One session's object with the details asked for. */
  private async completed(
    em: EntityManager,
    actor: AuthenticatedActor,
    details: SessionDetails,
    row: SessionRow,
  ): Promise<PatrolSessionObject> {
    const complete = await loadDetails(this.sessions, em, actor, details, sessionSelection(row.id));
    return seenBy(actor, complete(toObject(row)));
  }

  private async findRow(em: EntityManager, id: string): Promise<SessionRow | undefined> {
    return this.sessions.session(id, em);
  }

  private async requireRow(em: EntityManager, id: string): Promise<SessionRow> {
    const row = await this.findRow(em, id);
    if (!row) throw notFound();
    return row;
  }

  private async rosterPlans(em: EntityManager, sessionId: string): Promise<RosterPlan[]> {
    return this.sessions.rosterPlans(sessionId, em);
  }

  private rosterPlan(input: RosterInput): RosterPlan {
    return {
      country: input.country,
      operatorOneId: input.operatorOneId ?? null,
      operatorTwoId: input.operatorTwoId ?? null,
      teamLeaderId: input.teamLeaderId ?? null,
      profileId: input.profileId ?? null,
    };
  }

  private checkTimes(plan: SessionPlan, week: ActionWeekEntity): void {
    const [problem] = sessionTimeProblems(plan, week);
    const locale = requestLocale();
    switch (problem) {
      case 'ENDS_BEFORE_START':
        throw badInput('endsAt', 'schedule.endsBeforeStart');
      case 'TOO_LONG':
        throw badInput('endsAt', 'schedule.tooLong', { hours: MAX_SESSION_HOURS });
      case 'OUTSIDE_WEEK':
        throw badInput('startsAt', 'schedule.outsideWeek', {
          firstDay: new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
            new Date(`${week.firstDay}T00:00:00Z`),
          ),
          lastDay: new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
            new Date(`${week.lastDay}T00:00:00Z`),
          ),
          timeZone: week.timeZone,
        });
      case undefined:
        return;
    }
  }

  private checkCountriesInWeek(countries: string[], week: ActionWeekEntity): void {
    const outside = countries.find((country) => !week.countries.some((c) => c.country === country));
    if (outside)
      throw badInput('countries', 'schedule.countryNotInWeek', {
        country: this.i18n.countryName(requestLocale(), outside),
      });
  }

  /** The guide is a Kripos coordinator: a coordinator of the host country. */
  private async checkGuide(em: EntityManager, guideId: string | null, week: ActionWeekEntity): Promise<void> {
    if (!guideId) return;
    if (!(await this.accounts.isActiveCoordinatorOf(em, guideId, week.hostCountry)))
      throw badInput('guideId', 'schedule.guideNotHost');
  }

  private async checkRoster(
    em: EntityManager,
    roster: RosterPlan,
    sessionCountries: readonly string[],
  ): Promise<void> {
    const people = [roster.operatorOneId, roster.operatorTwoId, roster.teamLeaderId].filter(
      (id): id is string => !!id,
    );
    const personRows = people.length ? await this.accounts.activeCountries(em, people) : [];
    const profile = roster.profileId ? await this.profiles.forRoster(roster.profileId, em) : undefined;
    const [finding] = rosterFindings(
      roster,
      sessionCountries,
      (id) => personRows.find((p) => p.id === id)?.country,
      (id) => (profile?.id === id ? profile.country : undefined),
    );
    // The country's own profile, but suspended or retired: not to be patrolled with (a rule of libs/domain).
    if (!finding && profile && !mayStaffWithProfile(profile.status))
      throw badInput(
        'profileId',
        profile.status === 'RETIRED' ? 'roster.profileRetired' : 'roster.profileSuspended',
        { name: profile.displayName },
      );
    if (!finding) return;
    const country = this.i18n.countryName(requestLocale(), roster.country);
    // The fields the refusal is at (country and position), so that a form shows the message beside them.
    const at = (field: string, messageKey: string, params: Record<string, string> = {}) =>
      new DomainException(
        'BAD_USER_INPUT',
        messageKey,
        { field, ...params },
        { field, fields: finding.fields },
      );
    switch (finding.problem) {
      case 'COUNTRY_NOT_TAKING_PART':
        throw badInput('country', 'roster.countryNotTakingPart', { country });
      case 'PERSON_OF_ANOTHER_COUNTRY':
        throw at('rosters', 'roster.personOfAnotherCountry', { country });
      case 'SAME_PERSON_TWICE':
        throw at('rosters', 'roster.samePersonTwiceAt', {
          country,
          positions: new Intl.ListFormat(requestLocale(), { type: 'conjunction' }).format(
            finding.fields.map((f) => this.i18n.t(requestLocale(), `position.${f.position}`, {}, 'common')),
          ),
        });
      case 'PROFILE_OF_ANOTHER_COUNTRY':
        throw at('profileId', 'roster.profileOfAnotherCountry', { country });
    }
  }

  /** Refuses with SCHEDULE_CONFLICT, naming the other session and the overlap, when the plan double-books. */
  private async checkConflicts(
    em: EntityManager,
    actor: AuthenticatedActor,
    week: ActionWeekEntity,
    plan: SessionPlan,
  ): Promise<void> {
    const others = await this.sessions.overlapping(em, week.id, plan.startsAt, plan.endsAt, plan.id ?? null);
    const conflicts = findScheduleConflicts(
      plan,
      others.map((o) => ({
        id: o.id,
        status: o.status,
        startsAt: new Date(o.startsAt),
        endsAt: new Date(o.endsAt),
        countries: o.countries,
        guideId: o.guideId,
        rosters: o.rosters,
      })),
    );
    if (conflicts.length === 0) return;
    throw await this.conflictError(em, actor, week, conflicts, others);
  }

  private async conflictError(
    em: EntityManager,
    actor: AuthenticatedActor,
    week: ActionWeekEntity,
    conflicts: ScheduleConflict[],
    others: SessionRow[],
  ): Promise<DomainException> {
    const locale = requestLocale();
    const ids = conflicts
      .filter((c) => c.kind === 'PERSON' || c.kind === 'GUIDE' || c.kind === 'PROFILE')
      .map((c) => c.subject);
    const names = ids.length ? await this.sessions.subjectNames(em, ids) : [];
    // The most concrete first: a person, then the guide, a profile, a whole team.
    const priority = { PERSON: 0, GUIDE: 1, PROFILE: 2, COUNTRY: 3 };
    const ordered = [...conflicts].sort((a, b) => priority[a.kind] - priority[b.kind]);
    const described = ordered.map((conflict) => {
      const other = others.find((o) => o.id === conflict.otherSessionId);
      const subjectName =
        conflict.kind === 'COUNTRY'
          ? this.i18n.countryName(locale, conflict.subject)
          : (names.find((n) => n.id === conflict.subject)?.name ?? conflict.subject);
      return {
        kind: conflict.kind,
        subjectId: conflict.subject,
        subject: subjectName,
        otherSessionId: conflict.otherSessionId,
        // Another country's session is named as its busy slot would be: by platform, without its venue.
        otherSession: other
          ? reachesSession(actor, other)
            ? `${other.platformName} · ${other.venue}`
            : other.platformName
          : conflict.otherSessionId,
        overlapStartsAt: conflict.overlap.startsAt.toISOString(),
        overlapEndsAt: conflict.overlap.endsAt.toISOString(),
      };
    });
    const first = described[0];
    const key = {
      PERSON: 'schedule.conflictPerson',
      COUNTRY: 'schedule.conflictCountry',
      PROFILE: 'schedule.conflictProfile',
      GUIDE: 'schedule.conflictGuide',
    }[first.kind];
    return new DomainException(
      'SCHEDULE_CONFLICT',
      key,
      {
        subject: first.subject,
        other: first.otherSession,
        from: this.i18n.formatInstant(locale, new Date(first.overlapStartsAt), week.timeZone),
        to: new Intl.DateTimeFormat(locale, { timeZone: week.timeZone, timeStyle: 'short' }).format(
          new Date(first.overlapEndsAt),
        ),
        timeZone: week.timeZone,
      },
      { conflicts: described },
    );
  }

  private describeMissing(missing: { country: string; positions: string[] }[]): string {
    const locale = requestLocale();
    return missing
      .map(
        ({ country, positions }) =>
          `${this.i18n.countryName(locale, country)}: ${positions.map((p) => this.i18n.t(locale, `position.${p}`, {}, 'common')).join(', ')}`,
      )
      .join('; ');
  }

  private async announce(
    row: Pick<SessionRow, 'id' | 'weekId' | 'version'>,
    change: ScheduleChangeKind,
    byCountry: string | null = null,
  ): Promise<void> {
    await this.events.publish(SCHEDULE_CHANGED, {
      weekId: row.weekId,
      sessionId: row.id,
      change,
      version: row.version,
      byCountry,
    } satisfies ScheduleChangedEvent);
  }
}
