import { can } from '@empact/domain';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { Injectable } from '@nestjs/common';
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ActionWeekEntity } from '../action-weeks/action-week.entity';
import { ActionWeekService } from '../action-weeks/action-week.service';
import { AuditService } from '../common/audit/audit.service';
import { hashToken } from '../common/auth/hash-token';
import type { AuthenticatedActor } from '../common/auth/authenticated-actor';
import { badInput, forbidden, notFound } from '../common/errors/domain.exception';
import { I18nService } from '../common/i18n/i18n.service';
import { requestLocale, requestStore } from '../common/request-context';
import { FeedSessionRow, PatrolSessionRepository } from '../patrol-sessions/patrol-session.repository';
import { CalendarFeedEntity, CalendarFeedScope } from './calendar-feed.entity';
import { CalendarFeedRepository } from './calendar-feed.repository';
import { CalendarFeedObject } from './dto/calendar-feed.object';

const toObject = (feed: CalendarFeedEntity, url: string | null = null): CalendarFeedObject => ({
  id: feed.id,
  weekId: feed.weekId,
  scope: feed.scope,
  country: feed.country,
  createdAt: feed.createdAt,
  revokedAt: feed.revokedAt,
  url,
});

/** iCalendar feeds (RFC 5545) of a week's sessions, per country or per person, behind a revocable secret. */
@Injectable()
export class CalendarFeedService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly weeks: ActionWeekService,
    private readonly audit: AuditService,
    private readonly i18n: I18nService,
    private readonly feeds: CalendarFeedRepository,
    private readonly sessions: PatrolSessionRepository,
  ) {}

  async create(
    actor: AuthenticatedActor,
    weekId: string,
    scope: CalendarFeedScope,
    countryInput?: string,
  ): Promise<CalendarFeedObject> {
    // A role that never subscribes is refused whatever the week, existing or not.
    if (!can(actor, 'calendar.subscribe')) throw forbidden();
    const week = await this.weeks.findReachable(this.dataSource.manager, actor, weekId);
    const country = scope === 'COUNTRY' ? (countryInput ?? actor.country) : null;
    if (scope === 'COUNTRY') {
      if (!country) throw badInput('country', 'input.required', { field: 'country' });
      if (!can(actor, 'session.read', { country })) throw notFound();
      if (!week.countries.some((c) => c.country === country)) {
        throw badInput('country', 'schedule.countryNotInWeek', {
          country: this.i18n.countryName(requestLocale(), country),
        });
      }
    }
    const token = randomBytes(24).toString('base64url');
    return this.dataSource.transaction(async (em) => {
      const feed = await em.save(CalendarFeedEntity, {
        tokenHash: hashToken(token),
        weekId: week.id,
        accountId: actor.id,
        scope,
        country,
      });
      await this.audit.record(em, {
        action: 'createCalendarFeed',
        targetType: 'CalendarFeed',
        targetId: feed.id,
        details: { scope, country },
      });
      return toObject(feed, `${requestStore()?.origin ?? ''}/calendar/${token}.ics`);
    });
  }

  async mine(actor: AuthenticatedActor): Promise<CalendarFeedObject[]> {
    const feeds = await this.dataSource
      .getRepository(CalendarFeedEntity)
      .find({ where: { accountId: actor.id }, order: { createdAt: 'DESC' } });
    return feeds.map((feed) => toObject(feed));
  }

  async revoke(actor: AuthenticatedActor, id: string): Promise<CalendarFeedObject> {
    return this.dataSource.transaction(async (em) => {
      const feed = await em.findOneBy(CalendarFeedEntity, { id, accountId: actor.id });
      if (!feed) throw notFound();
      if (!feed.revokedAt) {
        await em.update(CalendarFeedEntity, { id }, { revokedAt: () => 'now()' });
        await this.audit.record(em, {
          action: 'revokeCalendarFeed',
          targetType: 'CalendarFeed',
          targetId: id,
        });
      }
      return toObject(await em.findOneByOrFail(CalendarFeedEntity, { id }));
    });
  }

  /** The calendar behind a secret token, or null when the token is unknown, revoked or its owner disabled. */
  async render(token: string): Promise<string | null> {
    const feed = await this.feeds.liveByTokenHash(hashToken(token));
    if (!feed) return null;
    const week = await this.dataSource.getRepository(ActionWeekEntity).findOneBy({ id: feed.weekId });
    if (!week) return null;
    const sessions = await this.sessions.calendarFeedSessions(
      week.id,
      feed.scope,
      feed.country,
      feed.accountId,
    );
    return this.calendar(
      week,
      feed.scope === 'COUNTRY' ? `${week.code} · ${feed.country}` : `${week.code} · ${feed.owner}`,
      sessions,
    );
  }

  private calendar(week: ActionWeekEntity, name: string, sessions: FeedSessionRow[]): string {
    const calendar = ical({
      name,
      prodId: { company: 'EMPACT', product: 'Action Week platform', language: 'EN' },
      method: ICalCalendarMethod.PUBLISH,
      timezone: { name: week.timeZone, generator: getVtimezoneComponent },
      ttl: 900,
    });
    for (const session of sessions) {
      const roster = (session.roster ?? [])
        .map((r) =>
          [
            `${r.country}:`,
            `Operator One: ${r.operatorOne ?? '—'}`,
            `Operator Two: ${r.operatorTwo ?? '—'}`,
            `Team leader: ${r.teamLeader ?? '—'}`,
          ].join('\n'),
        )
        .join('\n');
      calendar.createEvent({
        id: `${session.id}@empact-action-week`,
        // Zone-aware values: ical-generator writes a native Date in the server's own zone.
        start: DateTime.fromJSDate(new Date(session.startsAt), { zone: week.timeZone }),
        end: DateTime.fromJSDate(new Date(session.endsAt), { zone: week.timeZone }),
        timezone: week.timeZone,
        summary: `${session.platform} · ${session.venue} (${session.countries.join(', ')})`,
        location: `${session.platform}: ${session.venue}`,
        description: [
          session.guide ? `Guide: ${session.guide}` : null,
          roster || null,
          session.briefing || null,
        ]
          .filter(Boolean)
          .join('\n\n'),
        status: session.status === 'CANCELLED' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
        sequence: session.version,
      });
    }
    // RFC 5545 wants DTSTAMP in UTC; with a calendar zone set, ical-generator writes it as a floating local time.
    const stamp = DateTime.utc().toFormat("yyyyLLdd'T'HHmmss'Z'");
    return calendar.toString().replace(/^DTSTAMP:.*$/gm, `DTSTAMP:${stamp}`);
  }
}
