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
} from './dto/action-week.inputs';
import { ActionWeekObject } from './dto/action-week.object';

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

  @Mutation(() => ActionWeekObject, { description: 'Moves a week forward: PLANNING → LIVE → CLOSED.' })
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
