import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IdArgs } from '../common/dto/id.args';
import type { AuthenticatedActor } from '../common/auth/authenticated-actor';
import { CurrentActor } from '../common/auth/current-actor.decorator';
import { ActionWeekService } from './action-week.service';
import {
  CreateActionWeekInput,
  SetActionWeekStatusArgs,
  SetActionWeekTwoFactorArgs,
  SetNotesSharingArgs,
  UpdateActionWeekInput,
  WeekIdArgs,
} from './dto/action-week.inputs';
import { ActionWeekObject } from './dto/action-week.object';
import { WeekReadinessObject } from './dto/week-readiness.object';
import { WeekRetentionObject } from './dto/week-retention.object';

@Resolver(() => ActionWeekObject)
export class ActionWeekResolver {
  constructor(private readonly weeks: ActionWeekService) {}

  @Query(() => [ActionWeekObject], {
    description: 'The action weeks the caller takes part in or follows, newest first.',
  })
  actionWeeks(@CurrentActor() actor: AuthenticatedActor): Promise<ActionWeekObject[]> {
    return this.weeks.list(actor);
  }

  @Query(() => ActionWeekObject)
  actionWeek(@CurrentActor() actor: AuthenticatedActor, @Args() { id }: IdArgs): Promise<ActionWeekObject> {
    return this.weeks.get(actor, id);
  }

  @Mutation(() => ActionWeekObject, {
    description: 'Creates a week in PLANNING: host, days, time zone, countries and their working languages.',
  })
  createActionWeek(
    @CurrentActor() actor: AuthenticatedActor,
    @Args('input') input: CreateActionWeekInput,
  ): Promise<ActionWeekObject> {
    return this.weeks.create(actor, input);
  }

  @Query(() => WeekReadinessObject, {
    description:
      'What is missing before the week goes live: teams of three, blue profiles per platform, staffed sessions, published guidance.',
  })
  weekReadiness(
    @CurrentActor() actor: AuthenticatedActor,
    @Args() { weekId }: WeekIdArgs,
  ): Promise<WeekReadinessObject> {
    return this.weeks.readiness(actor, weekId);
  }

  @Query(() => WeekRetentionObject, {
    description:
      'When the week’s free texts will be, or were, deleted, and the retention job’s run for it (coordinators, administrators, the data-protection officer).',
  })
  weekRetention(
    @CurrentActor() actor: AuthenticatedActor,
    @Args() { weekId }: WeekIdArgs,
  ): Promise<WeekRetentionObject> {
    return this.weeks.retentionStatus(actor, weekId);
  }

  @Mutation(() => ActionWeekObject, {
    description:
      'Changes a week’s set-up while it is in PLANNING (else WEEK_NOT_IN_PLANNING): the same rules as a new week.',
  })
  updateActionWeek(
    @CurrentActor() actor: AuthenticatedActor,
    @Args('input') input: UpdateActionWeekInput,
  ): Promise<ActionWeekObject> {
    return this.weeks.update(actor, input);
  }

  @Mutation(() => ActionWeekObject, {
    description:
      'Moves a week forward: PLANNING → LIVE → CLOSED. Closing is refused with WEEK_HAS_LIVE_SESSIONS while sessions are live.',
  })
  setActionWeekStatus(
    @CurrentActor() actor: AuthenticatedActor,
    @Args() { id, status }: SetActionWeekStatusArgs,
  ): Promise<ActionWeekObject> {
    return this.weeks.setStatus(actor, id, status);
  }

  @Mutation(() => ActionWeekObject, {
    description:
      'Requires (or no longer requires) two-step sign-in of every team member of the week’s countries until it closes.',
  })
  setActionWeekTwoFactor(
    @CurrentActor() actor: AuthenticatedActor,
    @Args() { id, required }: SetActionWeekTwoFactorArgs,
  ): Promise<ActionWeekObject> {
    return this.weeks.setTwoFactorRequired(actor, id, required);
  }

  @Mutation(() => ActionWeekObject, {
    description:
      'A team leader shares, or stops sharing, their country’s interaction notes with the coordinators.',
  })
  setNotesSharing(
    @CurrentActor() actor: AuthenticatedActor,
    @Args() { weekId, shared }: SetNotesSharingArgs,
  ): Promise<ActionWeekObject> {
    return this.weeks.setNotesSharing(actor, weekId, shared);
  }
}
