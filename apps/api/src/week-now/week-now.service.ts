import {
  byNow,
  can,
  countryScope,
  isOverrunning,
  isToStart,
  mayStartSession,
  missingPositions,
  REFERRAL_STATUSES_NEEDING_ACTION,
  sessionPhase,
} from '@empact/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ActionWeekService } from '../action-weeks/action-week.service';
import type { AuthenticatedActor } from '../common/auth/authenticated-actor';
import { forbidden } from '../common/errors/domain.exception';
import type { NowSessionObject, WeekNowObject } from './dto/week-now.object';
import { type NowSessionRow, WeekNowRepository } from './week-now.repository';

/** The home page's "what to do now", for the people who run sessions, each answer scoped to the caller's reach. */
@Injectable()
export class WeekNowService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly weeks: ActionWeekService,
    private readonly repository: WeekNowRepository,
  ) {}

  async weekNow(actor: AuthenticatedActor, weekId: string, now: Date = new Date()): Promise<WeekNowObject> {
    if (!can(actor, 'week.now')) throw forbidden();
    // A week the caller's country takes no part in is NOT_FOUND, as one that does not exist.
    await this.weeks.findReachable(this.dataSource.manager, actor, weekId);
    const scope = countryScope(actor);
    if (scope.kind === 'none') throw forbidden();
    const country = scope.kind === 'country' ? scope.country : null;
    const coordinator = scope.kind === 'all';
    const readsReferrals = can(actor, 'referral.read');
    const owesDebriefs = coordinator || (country !== null && can(actor, 'debrief.write', { country }));

    const [rows, owed, toReview, referrals] = await Promise.all([
      this.repository.sessions(weekId, country, actor.id),
      owesDebriefs ? this.repository.debriefsOwed(weekId, country) : Promise.resolve([]),
      coordinator && can(actor, 'debrief.review')
        ? this.repository.debriefsToReview(weekId)
        : Promise.resolve([]),
      readsReferrals
        ? this.repository.referrals(weekId, country, REFERRAL_STATUSES_NEEDING_ACTION)
        : Promise.resolve([]),
    ]);

    const sessions = rows
      .sort(byNow(now))
      .map((row) => ({ row, object: this.toObject(actor, row, country, now) }));
    const pick = (keep: (row: NowSessionRow, object: NowSessionObject) => boolean) =>
      sessions.filter(({ row, object }) => keep(row, object)).map(({ object }) => object);
    const count = (urgency: string) => referrals.filter((r) => r.urgency === urgency).length;
    return {
      weekId,
      at: now,
      mySessions: pick((row) => row.mine),
      live: pick((row) => row.status === 'LIVE'),
      toStart: pick((row) => isToStart(row, now)),
      toEnd: pick((row) => isOverrunning(row, now)),
      unstaffed: pick((row, object) => row.status === 'SCHEDULED' && object.gaps.length > 0),
      debriefsOwed: owed,
      debriefsToReview: toReview,
      openReferrals: {
        immediate: count('IMMEDIATE'),
        priority: count('PRIORITY'),
        routine: count('ROUTINE'),
      },
      urgentReferrals: referrals.filter((r) => r.urgency !== 'ROUTINE'),
    };
  }

  /** A session as listed, with the gaps of the countries the caller reaches only. */
  private toObject(
    actor: AuthenticatedActor,
    row: NowSessionRow,
    country: string | null,
    now: Date,
  ): NowSessionObject {
    const missing = missingPositions(row);
    const gaps = row.countries
      .filter((c) => country === null || c === country)
      .map((c) => ({
        country: c,
        positions: missing.find((m) => m.country === c)?.positions ?? [],
        profileMissing: !row.rosters.find((r) => r.country === c)?.profileId,
      }))
      .filter((gap) => gap.positions.length > 0 || gap.profileMissing);
    return {
      id: row.id,
      status: row.status,
      phase: sessionPhase(row, now),
      startsAt: row.startsAt,
      endsAt: row.endsAt,
      platformCode: row.platformCode,
      platformName: row.platformName,
      venue: row.venue,
      countries: row.countries,
      overrunning: isOverrunning(row, now),
      mayStart: mayStartSession(actor, row),
      gaps,
    };
  }
}
