import { Inject } from '@nestjs/common';
import { Args, Info, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { AuthenticatedActor } from '../common/auth/authenticated-actor';
import { CurrentActor } from '../common/auth/current-actor.decorator';
import { IdArgs, IdVersionArgs } from '../common/dto/id.args';
import { EventBus, PUB_SUB } from '../common/pubsub/pub-sub';
import { AssignRosterInput } from './dto/assign-roster.input';
import { CancelPatrolSessionArgs } from './dto/cancel-patrol-session.args';
import { OptionalWeekIdArgs } from './dto/optional-week-id.args';
import { ReschedulePatrolSessionInput } from './dto/reschedule-patrol-session.input';
import { ScheduleArgs } from './dto/schedule.args';
import { SchedulePatrolSessionInput } from './dto/schedule-patrol-session.input';
import { StartPatrolSessionArgs } from './dto/start-patrol-session.args';
import { WeekIdArgs } from './dto/week-id.args';
import { PatrolSessionObject, ScheduleChangeObject } from './dto/patrol-session.object';
import { detailsAsked } from './patrol-session.details';
import { PatrolSessionService, SCHEDULE_CHANGED, ScheduleChangedEvent } from './patrol-session.service';

@Resolver(() => PatrolSessionObject)
export class PatrolSessionResolver {
  constructor(
    private readonly sessions: PatrolSessionService,
    @Inject(PUB_SUB) private readonly events: EventBus,
  ) {}

  @Query(() => [PatrolSessionObject], {
    description: 'A week’s plan, filtered by country, platform or day (in the week’s zone).',
  })
  schedule(
    @CurrentActor() actor: AuthenticatedActor,
    @Args() { weekId, filter }: ScheduleArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<PatrolSessionObject[]> {
    return this.sessions.schedule(actor, weekId, filter ?? {}, detailsAsked(info));
  }

  @Query(() => [PatrolSessionObject], { description: 'Sessions the caller is rostered on or guides.' })
  mySessions(
    @CurrentActor() actor: AuthenticatedActor,
    @Args() { weekId }: OptionalWeekIdArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<PatrolSessionObject[]> {
    return this.sessions.mine(actor, weekId ?? undefined, detailsAsked(info));
  }

  @Query(() => PatrolSessionObject)
  patrolSession(
    @CurrentActor() actor: AuthenticatedActor,
    @Args() { id }: IdArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<PatrolSessionObject> {
    return this.sessions.get(actor, id, detailsAsked(info));
  }

  @Mutation(() => PatrolSessionObject, {
    description: 'Plans a session; refused with SCHEDULE_CONFLICT when it double-books anyone.',
  })
  schedulePatrolSession(
    @CurrentActor() actor: AuthenticatedActor,
    @Args('input') input: SchedulePatrolSessionInput,
    @Info() info: GraphQLResolveInfo,
  ): Promise<PatrolSessionObject> {
    return this.sessions.scheduleSession(actor, input, detailsAsked(info));
  }

  @Mutation(() => PatrolSessionObject)
  reschedulePatrolSession(
    @CurrentActor() actor: AuthenticatedActor,
    @Args('input') input: ReschedulePatrolSessionInput,
    @Info() info: GraphQLResolveInfo,
  ): Promise<PatrolSessionObject> {
    return this.sessions.reschedule(actor, input, detailsAsked(info));
  }

  @Mutation(() => PatrolSessionObject)
  cancelPatrolSession(
    @CurrentActor() actor: AuthenticatedActor,
    @Args() { id, version, reason }: CancelPatrolSessionArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<PatrolSessionObject> {
    return this.sessions.cancel(actor, id, version, reason, detailsAsked(info));
  }

  @Mutation(() => PatrolSessionObject)
  startPatrolSession(
    @CurrentActor() actor: AuthenticatedActor,
    @Args() { id, version, overrideReason }: StartPatrolSessionArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<PatrolSessionObject> {
    return this.sessions.start(actor, id, version, overrideReason, detailsAsked(info));
  }

  @Mutation(() => PatrolSessionObject)
  endPatrolSession(
    @CurrentActor() actor: AuthenticatedActor,
    @Args() { id, version }: IdVersionArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<PatrolSessionObject> {
    return this.sessions.end(actor, id, version, detailsAsked(info));
  }

  @Mutation(() => PatrolSessionObject, {
    description: 'Names Operator One, Operator Two, the team leader and the profile for one country.',
  })
  assignRoster(
    @CurrentActor() actor: AuthenticatedActor,
    @Args('input') input: AssignRosterInput,
    @Info() info: GraphQLResolveInfo,
  ): Promise<PatrolSessionObject> {
    return this.sessions.assignRoster(actor, input, detailsAsked(info));
  }

  @Subscription(() => ScheduleChangeObject, {
    description: 'Every change to a week’s plan, as it happens.',
    filter: (event: ScheduleChangedEvent, args: { weekId: string }) => event.weekId === args.weekId,
    resolve: (event: ScheduleChangedEvent): ScheduleChangeObject => event,
  })
  async scheduleChanged(
    @CurrentActor() actor: AuthenticatedActor,
    @Args() { weekId }: WeekIdArgs,
  ): Promise<AsyncIterableIterator<ScheduleChangedEvent>> {
    await this.sessions.readableWeek(actor, weekId);
    return this.events.asyncIterableIterator<ScheduleChangedEvent>(SCHEDULE_CHANGED);
  }
}
