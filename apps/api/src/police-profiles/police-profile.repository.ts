import type { CountryScope } from '@empact/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { PoliceProfileEntity } from './police-profile.entity';

/** Which profiles a list shows: of one country, on one platform, and whether retired ones too. */
export interface PoliceProfileListFilter {
  country?: string;
  platform?: string;
  includeRetired?: boolean;
}

/** The SQL of the police profile aggregate (`police_profile`): the blue profiles the teams patrol with. */
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

  /** The profile's id and country if it is active (a roster may use it), else undefined. */
  async active(
    id: string,
    em: EntityManager = this.dataSource.manager,
  ): Promise<{ id: string; country: string } | undefined> {
    const [row] = (await em.query(
      `SELECT id, country FROM police_profile WHERE id = $1 AND status = 'ACTIVE'`,
      [id],
    )) as { id: string; country: string }[];
    return row;
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
