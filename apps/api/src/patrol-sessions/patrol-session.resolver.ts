import { missingPositions } from '@empact/domain';
import { Inject } from '@nestjs/common';
import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import type { GraphqlContext } from '../common/auth/auth.guard';
import type { AuthenticatedActor } from '../common/auth/authenticated-actor';
import { CurrentActor } from '../common/auth/current-actor.decorator';
import { IdArgs, IdVersionArgs } from '../common/dto/id.args';
import { EventBus, PUB_SUB } from '../common/pubsub/pub-sub';
import {
  AssignRosterInput,
  CancelPatrolSessionArgs,
  ReschedulePatrolSessionInput,
  ScheduleArgs,
  SchedulePatrolSessionInput,
  StartPatrolSessionArgs,
  OptionalWeekIdArgs,
  WeekIdArgs,
} from './dto/patrol-session.inputs';
import {
  MissingPositionsObject,
  PatrolSessionObject,
  RosterObject,
  ScheduleChangeObject,
} from './dto/patrol-session.object';
import { PatrolSessionLoaderFactory, ScheduleLoaders } from './patrol-session.loader';
import { PatrolSessionService, SCHEDULE_CHANGED, ScheduleChangedEvent } from './patrol-session.service';

const LOADERS = Symbol('scheduleLoaders');
type ContextWithLoaders = GraphqlContext & { [LOADERS]?: ScheduleLoaders };

@Resolver(() => PatrolSessionObject)
export class PatrolSessionResolver {
  constructor(
    private readonly sessions: PatrolSessionService,
    private readonly loaderFactory: PatrolSessionLoaderFactory,
    @Inject(PUB_SUB) private readonly events: EventBus,
  ) {}

  @Query(() => [PatrolSessionObject], { description: 'A week’s plan, filtered by country, platform or day (in the week’s zone).' })
  schedule(@CurrentActor() actor: AuthenticatedActor, @Args() { weekId, filter }: ScheduleArgs): Promise<PatrolSessionObject[]> {
    return this.sessions.schedule(actor, weekId, filter ?? {});
  }

  @Query(() => [PatrolSessionObject], { description: 'Sessions the caller is rostered on or guides.' })
  mySessions(@CurrentActor() actor: AuthenticatedActor, @Args() { weekId }: OptionalWeekIdArgs): Promise<PatrolSessionObject[]> {
    return this.sessions.mine(actor, weekId ?? undefined);
  }

  @Query(() => PatrolSessionObject)
  patrolSession(@CurrentActor() actor: AuthenticatedActor, @Args() { id }: IdArgs): Promise<PatrolSessionObject> {
    return this.sessions.get(actor, id);
  }

  @Mutation(() => PatrolSessionObject, { description: 'Plans a session; refused with SCHEDULE_CONFLICT when it double-books anyone.' })
  schedulePatrolSession(@CurrentActor() actor: AuthenticatedActor, @Args('input') input: SchedulePatrolSessionInput): Promise<PatrolSessionObject> {
    return this.sessions.scheduleSession(actor, input);
  }

  @Mutation(() => PatrolSessionObject)
  reschedulePatrolSession(@CurrentActor() actor: AuthenticatedActor, @Args('input') input: ReschedulePatrolSessionInput): Promise<PatrolSessionObject> {
    return this.sessions.reschedule(actor, input);
  }

  @Mutation(() => PatrolSessionObject)
  cancelPatrolSession(@CurrentActor() actor: AuthenticatedActor, @Args() { id, version, reason }: CancelPatrolSessionArgs): Promise<PatrolSessionObject> {
    return this.sessions.cancel(actor, id, version, reason);
  }

  @Mutation(() => PatrolSessionObject)
  startPatrolSession(
    @CurrentActor() actor: AuthenticatedActor,
    @Args() { id, version, overrideReason }: StartPatrolSessionArgs,
  ): Promise<PatrolSessionObject> {
    return this.sessions.start(actor, id, version, overrideReason);
  }

  @Mutation(() => PatrolSessionObject)
  endPatrolSession(@CurrentActor() actor: AuthenticatedActor, @Args() { id, version }: IdVersionArgs): Promise<PatrolSessionObject> {
    return this.sessions.end(actor, id, version);
  }

  @Mutation(() => PatrolSessionObject, { description: 'Names Operator One, Operator Two, the team leader and the profile for one country.' })
  assignRoster(@CurrentActor() actor: AuthenticatedActor, @Args('input') input: AssignRosterInput): Promise<PatrolSessionObject> {
    return this.sessions.assignRoster(actor, input);
  }

  @Subscription(() => ScheduleChangeObject, {
    description: 'Every change to a week’s plan, as it happens.',
    filter: (event: ScheduleChangedEvent, args: { weekId: string }) => event.weekId === args.weekId,
    resolve: (event: ScheduleChangedEvent): ScheduleChangeObject => event,
  })
  async scheduleChanged(@CurrentActor() actor: AuthenticatedActor, @Args() { weekId }: WeekIdArgs): Promise<AsyncIterableIterator<ScheduleChangedEvent>> {
    await this.sessions.readableWeek(actor, weekId);
    return this.events.asyncIterableIterator<ScheduleChangedEvent>(SCHEDULE_CHANGED);
  }

  @ResolveField(() => [RosterObject], { description: 'Rosters the caller may see: their own country’s, or all for coordinators.' })
  async rosters(@Parent() session: PatrolSessionObject, @Context() context: ContextWithLoaders, @CurrentActor() actor: AuthenticatedActor): Promise<RosterObject[]> {
    const rows = await this.loaders(context, actor).rosters.load(session.id);
    return rows.map(({ country, operatorOne, operatorTwo, teamLeader, profile }) => ({ country, operatorOne, operatorTwo, teamLeader, profile }));
  }

  @ResolveField(() => Int, { description: 'Interactions logged so far (the caller’s country for a team; all for coordinators).' })
  interactionCount(@Parent() session: PatrolSessionObject, @Context() context: ContextWithLoaders, @CurrentActor() actor: AuthenticatedActor): Promise<number> {
    return this.loaders(context, actor).interactionCounts.load(session.id);
  }

  @ResolveField(() => [MissingPositionsObject], { description: 'Positions still empty, per country (from the rosters the caller may see).' })
  async missingPositions(@Parent() session: PatrolSessionObject, @Context() context: ContextWithLoaders, @CurrentActor() actor: AuthenticatedActor) {
    const rows = await this.loaders(context, actor).rosters.load(session.id);
    return missingPositions({ countries: session.countries, rosters: rows });
  }

  private loaders(context: ContextWithLoaders, actor: AuthenticatedActor): ScheduleLoaders {
    return (context[LOADERS] ??= this.loaderFactory.create(actor));
  }
}
