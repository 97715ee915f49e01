import { Args, Query, Resolver } from '@nestjs/graphql';
import type { AuthenticatedActor } from '../common/auth/authenticated-actor';
import { CurrentActor } from '../common/auth/current-actor.decorator';
import { DebriefDigestArgs, DebriefDigestObject } from './dto/debrief-digest.object';
import { OutcomesArgs, OutcomesObject } from './dto/outcomes.object';
import { OutcomesService } from './outcomes.service';

@Resolver(() => OutcomesObject)
export class OutcomesResolver {
  constructor(private readonly outcomesService: OutcomesService) {}

  @Query(() => OutcomesObject, {
    description: 'The week’s consolidated, anonymised figures (coordinators and liaisons).',
  })
  outcomes(
    @CurrentActor() actor: AuthenticatedActor,
    @Args() { weekId, filter, unsuppressed }: OutcomesArgs,
  ): Promise<OutcomesObject> {
    return this.outcomesService.outcomes(actor, weekId, filter ?? {}, unsuppressed ?? false);
  }

  @Query(() => [DebriefDigestObject], {
    description:
      'The English summaries of the week’s submitted debriefs, per country (coordinators and liaisons).',
  })
  debriefDigest(
    @CurrentActor() actor: AuthenticatedActor,
    @Args() { weekId, country }: DebriefDigestArgs,
  ): Promise<DebriefDigestObject[]> {
    return this.outcomesService.debriefDigest(actor, weekId, country);
  }
}
