import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AuthenticatedActor } from '../common/auth/authenticated-actor';
import { CurrentActor } from '../common/auth/current-actor.decorator';
import { IdArgs } from '../common/dto/id.args';
import { CalendarFeedService } from './calendar-feed.service';
import { CreateCalendarFeedArgs } from './dto/calendar-feed.inputs';
import { CalendarFeedObject } from './dto/calendar-feed.object';

@Resolver(() => CalendarFeedObject)
export class CalendarFeedResolver {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Query(() => [CalendarFeedObject], {
    description: 'The caller’s calendar feeds (without their secret addresses).',
  })
  calendarFeeds(@CurrentActor() actor: AuthenticatedActor): Promise<CalendarFeedObject[]> {
    return this.feeds.mine(actor);
  }

  @Mutation(() => CalendarFeedObject, {
    description: 'Creates a secret iCalendar address; its url is shown only now.',
  })
  createCalendarFeed(
    @CurrentActor() actor: AuthenticatedActor,
    @Args() { weekId, scope, country }: CreateCalendarFeedArgs,
  ): Promise<CalendarFeedObject> {
    return this.feeds.create(actor, weekId, scope, country);
  }

  @Mutation(() => CalendarFeedObject, {
    description: 'Revokes a calendar address: it stops answering at once.',
  })
  revokeCalendarFeed(
    @CurrentActor() actor: AuthenticatedActor,
    @Args() { id }: IdArgs,
  ): Promise<CalendarFeedObject> {
    return this.feeds.revoke(actor, id);
  }
}
