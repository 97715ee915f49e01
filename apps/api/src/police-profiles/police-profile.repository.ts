import type { CountryScope, PoliceProfileStatus, SessionStatus } from '@empact/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { PoliceProfileEntity } from './police-profile.entity';

/** Which profiles a list shows: of one country, on one platform, and whether retired ones too. */
export interface PoliceProfileListFilter {
  country?: string;
  platform?: string;
  includeRetired?: boolean;
}

/** What a roster's check needs of the profile it names (`forRoster`). */
export interface RosterProfile {
  id: string;
  country: string;
  status: PoliceProfileStatus;
  displayName: string;
}

/** A session whose roster names a profile (`sessionsUsing`). */
export interface ProfileSessionRow {
  profileId: string;
  id: string;
  weekId: string;
  weekCode: string;
  weekTitle: string;
  weekTimeZone: string;
  startsAt: Date | string;
  endsAt: Date | string;
  platform: string;
  status: SessionStatus;
  country: string;
}

/**
 * The SQL of the police profile aggregate (`police_profile`): the blue profiles the teams patrol with; and, reading
 * only, which rosters name them (the question is the profile's, so it is asked here).
 */
@Injectable()
export class PoliceProfileRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The profiles in the scope, by country, platform and name; retired ones only when asked for. */
  list(scope: CountryScope, filter: PoliceProfileListFilter = {}): Promise<PoliceProfileEntity[]> {
    const query = this.scoped(scope, this.dataSource.manager)
      .orderBy('p.country')
      .addOrderBy('p.platformCode')
      .addOrderBy('p.displayName');
    if (filter.country) query.andWhere('p.country = :country', { country: filter.country });
    if (filter.platform) query.andWhere('p.platformCode = :platform', { platform: filter.platform });
    if (!filter.includeRetired) query.andWhere(`p.status <> 'RETIRED'`);
    return query.getMany();
  }

  /** The profile if it lies in the scope, locked for `em`'s transaction; null otherwise. */
  lockReachable(em: EntityManager, scope: CountryScope, id: string): Promise<PoliceProfileEntity | null> {
    return this.scoped(scope, em).andWhere('p.id = :id', { id }).setLock('pessimistic_write').getOne();
  }

  /**
   * The profile's id, country and status, whatever the status, for a roster that names it: the roster's rules say
   * first whether it is the roster's country's at all, then whether it may be used (`mayStaffWithProfile`).
   */
  async forRoster(
    id: string,
    em: EntityManager = this.dataSource.manager,
  ): Promise<RosterProfile | undefined> {
    const [row] = (await em.query(
      `SELECT id, country, status, display_name AS "displayName" FROM police_profile WHERE id = $1`,
      [id],
    )) as RosterProfile[];
    return row;
  }

  /**
   * The sessions whose rosters name these profiles, earliest first, with their week: one statement for a whole list
   * of profiles. Scoped by the roster's country (a national team reads its own country's rosters only), which is also
   * the profile's, so a team's list holds the sessions of its own profiles and nothing of another country.
   */
  sessionsUsing(
    profileIds: readonly string[],
    scope: CountryScope,
    em: EntityManager = this.dataSource.manager,
  ): Promise<ProfileSessionRow[]> {
    if (profileIds.length === 0 || scope.kind === 'none') return Promise.resolve([]);
    const params: unknown[] = [profileIds];
    let inScope = '';
    if (scope.kind === 'country') {
      params.push(scope.country);
      inScope = ' AND r.country = $2';
    }
    return em.query(
      `SELECT r.profile_id AS "profileId", s.id, s.week_id AS "weekId", w.code AS "weekCode", w.title AS "weekTitle",
              w.time_zone AS "weekTimeZone", s.starts_at AS "startsAt", s.ends_at AS "endsAt",
              s.platform_code AS platform, s.status, r.country
         FROM roster r
         JOIN patrol_session s ON s.id = r.session_id
         JOIN action_week w ON w.id = s.week_id
        WHERE r.profile_id = ANY($1::uuid[])${inScope}
        ORDER BY s.starts_at, s.id`,
      params,
    ) as Promise<ProfileSessionRow[]>;
  }

  /** Profiles the actor reaches: their own country's, or every country's for coordinators. */
  private scoped(scope: CountryScope, em: EntityManager): SelectQueryBuilder<PoliceProfileEntity> {
    const query = em.getRepository(PoliceProfileEntity).createQueryBuilder('p');
    switch (scope.kind) {
      case 'all':
        return query.where('true');
      case 'country':
        return query.where('p.country = :scopeCountry', { scopeCountry: scope.country });
      case 'none':
        return query.where('false');
    }
  }
}
