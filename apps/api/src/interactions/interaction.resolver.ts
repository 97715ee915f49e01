import { Args, ArgsType, Field, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import type { AuthenticatedActor } from '../common/auth/authenticated-actor';
import { CurrentActor } from '../common/auth/current-actor.decorator';
import { IdArgs, IdVersionArgs } from '../common/dto/id.args';
import { InteractionsArgs, LogInteractionInput, UpdateInteractionInput } from './dto/interaction.inputs';
import {
  InteractionConnectionObject,
  InteractionObject,
  SessionTotalsObject,
} from './dto/interaction.object';
import { InteractionService } from './interaction.service';

@ArgsType()
export class SessionIdArgs {
  @Field(() => ID)
  @IsUUID()
  sessionId: string;
}

@Resolver(() => InteractionObject)
export class InteractionResolver {
  constructor(private readonly interactionService: InteractionService) {}

  @Mutation(() => InteractionObject, {
    description:
      'Logs an interaction for the caller’s country. Sending the same id and content again returns the stored one.',
  })
  logInteraction(
    @CurrentActor() actor: AuthenticatedActor,
    @Args('input') input: LogInteractionInput,
  ): Promise<InteractionObject> {
    return this.interactionService.log(actor, input);
  }

  @Mutation(() => InteractionObject, {
    description: 'Edits an interaction (its author or their team leader, until the week closes).',
  })
  updateInteraction(
    @CurrentActor() actor: AuthenticatedActor,
    @Args('input') input: UpdateInteractionInput,
  ): Promise<InteractionObject> {
    return this.interactionService.update(actor, input);
  }

  @Mutation(() => Boolean, {
    description: 'Deletes an interaction; its earlier version is kept with the log.',
  })
  deleteInteraction(
    @CurrentActor() actor: AuthenticatedActor,
    @Args() { id, version }: IdVersionArgs,
  ): Promise<boolean> {
    return this.interactionService.delete(actor, id, version);
  }

  @Query(() => InteractionConnectionObject, {
    description: 'A week’s log, newest first: a team sees its own country, coordinators every country.',
  })
  interactions(
    @CurrentActor() actor: AuthenticatedActor,
    @Args() { filter, first, after }: InteractionsArgs,
  ): Promise<InteractionConnectionObject> {
    return this.interactionService.list(actor, filter, first ?? 50, after);
  }

  @Query(() => InteractionObject)
  interaction(@CurrentActor() actor: AuthenticatedActor, @Args() { id }: IdArgs): Promise<InteractionObject> {
    return this.interactionService.get(actor, id);
  }

  @Query(() => SessionTotalsObject, { description: 'Running totals of a session’s log.' })
  sessionTotals(
    @CurrentActor() actor: AuthenticatedActor,
    @Args() { sessionId }: SessionIdArgs,
  ): Promise<SessionTotalsObject> {
    return this.interactionService.sessionTotals(actor, sessionId);
  }
}
