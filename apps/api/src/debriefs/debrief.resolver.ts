import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AuthenticatedActor } from '../common/auth/authenticated-actor';
import { CurrentActor } from '../common/auth/current-actor.decorator';
import { WeekIdArgs } from '../patrol-sessions/dto/week-id.args';
import { DebriefService } from './debrief.service';
import { IdVersionArgs } from '../common/dto/id.args';
import { CommentDebriefArgs, DebriefsArgs, SaveDebriefInput } from './dto/debrief.inputs';
import { DebriefObject, OwedDebriefObject } from './dto/debrief.object';

@Resolver(() => DebriefObject)
export class DebriefResolver {
  constructor(private readonly debriefService: DebriefService) {}

  @Query(() => [DebriefObject], {
    description: 'A team’s own debriefs (drafts too); every submitted one for coordinators.',
  })
  debriefs(
    @CurrentActor() actor: AuthenticatedActor,
    @Args() { filter }: DebriefsArgs,
  ): Promise<DebriefObject[]> {
    return this.debriefService.list(actor, filter);
  }

  @Query(() => [OwedDebriefObject], {
    description: 'Coordinators: the debriefs ended sessions still wait for.',
  })
  owedDebriefs(
    @CurrentActor() actor: AuthenticatedActor,
    @Args() { weekId }: WeekIdArgs,
  ): Promise<OwedDebriefObject[]> {
    return this.debriefService.owed(actor, weekId);
  }

  @Mutation(() => DebriefObject, {
    description: 'Saves the team leader’s debrief draft for an ended session of their country.',
  })
  saveDebrief(
    @CurrentActor() actor: AuthenticatedActor,
    @Args('input') input: SaveDebriefInput,
  ): Promise<DebriefObject> {
    return this.debriefService.save(actor, input);
  }

  @Mutation(() => DebriefObject, { description: 'Submits a debrief; an English summary is required.' })
  submitDebrief(
    @CurrentActor() actor: AuthenticatedActor,
    @Args() { id, version }: IdVersionArgs,
  ): Promise<DebriefObject> {
    return this.debriefService.submit(actor, id, version);
  }

  @Mutation(() => DebriefObject, {
    description: 'A coordinator comments on a submitted debrief or asks for a revision.',
  })
  commentDebrief(
    @CurrentActor() actor: AuthenticatedActor,
    @Args() { id, body, requestRevision }: CommentDebriefArgs,
  ): Promise<DebriefObject> {
    return this.debriefService.comment(actor, id, body, requestRevision ?? false);
  }
}
