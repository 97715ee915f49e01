import { countryScope } from '@empact/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import type { AuthenticatedActor } from '../common/auth/authenticated-actor';
import { notFound } from '../common/errors/domain.exception';
import { ActionWeekEntity } from './action-week.entity';
import { toActionWeekObject } from './action-week.mapper';
import { ActionWeekObject } from './dto/action-week.object';

@Injectable()
export class ActionWeekService {
  constructor(private readonly dataSource: DataSource) {}

  async list(actor: AuthenticatedActor): Promise<ActionWeekObject[]> {
    const weeks = await this.scoped(actor).orderBy('w.firstDay', 'DESC').getMany();
    return weeks.map(toActionWeekObject);
  }

  async get(actor: AuthenticatedActor, id: string): Promise<ActionWeekObject> {
    const week = await this.scoped(actor).andWhere('w.id = :id', { id }).getOne();
    if (!week) throw notFound();
    return toActionWeekObject(week);
  }

  /**
   * Weeks the actor reaches: a national team sees the weeks its country takes part in; coordinators,
   * admins and liaisons see every week.
   */
  private scoped(actor: AuthenticatedActor): SelectQueryBuilder<ActionWeekEntity> {
    const query = this.dataSource
      .getRepository(ActionWeekEntity)
      .createQueryBuilder('w')
      .leftJoinAndSelect('w.countries', 'c');
    const scope = countryScope(actor);
    if (scope.kind === 'country') {
      query.where('EXISTS (SELECT 1 FROM action_week_country own WHERE own.week_id = w.id AND own.country = :country)', {
        country: scope.country,
      });
    } else if (scope.kind === 'none' && !actor.roles.includes('LIAISON')) {
      query.where('false');
    }
    return query;
  }
}
