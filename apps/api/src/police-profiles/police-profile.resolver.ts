import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AuthenticatedActor } from '../common/auth/authenticated-actor';
import { CurrentActor } from '../common/auth/current-actor.decorator';
import {
  PoliceProfileFilter,
  RegisterPoliceProfileInput,
  UpdatePoliceProfileInput,
} from './dto/police-profile.inputs';
import { PoliceProfileObject } from './dto/police-profile.object';
import { PoliceProfileService } from './police-profile.service';

@Resolver(() => PoliceProfileObject)
export class PoliceProfileResolver {
  constructor(private readonly profiles: PoliceProfileService) {}

  @Query(() => [PoliceProfileObject], {
    description: 'Police profiles of the caller’s country, or of every country for coordinators.',
  })
  policeProfiles(
    @CurrentActor() actor: AuthenticatedActor,
    @Args('filter', { type: () => PoliceProfileFilter, nullable: true }) filter?: PoliceProfileFilter,
  ): Promise<PoliceProfileObject[]> {
    return this.profiles.list(actor, filter ?? {});
  }

  @Mutation(() => PoliceProfileObject, {
    description: 'Registers a country’s institutional profile on a platform.',
  })
  registerPoliceProfile(
    @CurrentActor() actor: AuthenticatedActor,
    @Args('input') input: RegisterPoliceProfileInput,
  ): Promise<PoliceProfileObject> {
    return this.profiles.register(actor, input);
  }

  @Mutation(() => PoliceProfileObject)
  updatePoliceProfile(
    @CurrentActor() actor: AuthenticatedActor,
    @Args('input') input: UpdatePoliceProfileInput,
  ): Promise<PoliceProfileObject> {
    return this.profiles.update(actor, input);
  }
}
