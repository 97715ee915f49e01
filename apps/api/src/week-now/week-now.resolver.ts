import { Args, Query, Resolver } from '@nestjs/graphql';
import type { AuthenticatedActor } from '../common/auth/authenticated-actor';
import { CurrentActor } from '../common/auth/current-actor.decorator';
import { WeekIdArgs } from '../patrol-sessions/dto/week-id.args';
import { WeekNowObject } from './dto/week-now.object';
import { WeekNowService } from './week-now.service';

@Resolver(() => WeekNowObject)
export class WeekNowResolver {
  constructor(private readonly service: WeekNowService) {}

  @Query(() => WeekNowObject, {
    description:
      'The home page’s “now” for a week: coordinators, team leaders and operators; a national team sees its own country only.',
  })
  weekNow(@CurrentActor() actor: AuthenticatedActor, @Args() { weekId }: WeekIdArgs): Promise<WeekNowObject> {
    return this.service.weekNow(actor, weekId);
  }
}
