import { Args, Query, Resolver } from '@nestjs/graphql';
import { IdArgs } from '../common/dto/id.args';
import type { AuthenticatedActor } from '../common/auth/authenticated-actor';
import { CurrentActor } from '../common/auth/current-actor.decorator';
import { ActionWeekService } from './action-week.service';
import { ActionWeekObject } from './dto/action-week.object';

@Resolver(() => ActionWeekObject)
export class ActionWeekResolver {
  constructor(private readonly weeks: ActionWeekService) {}

  @Query(() => [ActionWeekObject], { description: 'The action weeks the caller takes part in or follows, newest first.' })
  actionWeeks(@CurrentActor() actor: AuthenticatedActor): Promise<ActionWeekObject[]> {
    return this.weeks.list(actor);
  }

  @Query(() => ActionWeekObject)
  actionWeek(@CurrentActor() actor: AuthenticatedActor, @Args() { id }: IdArgs): Promise<ActionWeekObject> {
    return this.weeks.get(actor, id);
  }
}
