import { Args, Info, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { AuthenticatedActor } from '../common/auth/authenticated-actor';
import { CurrentActor } from '../common/auth/current-actor.decorator';
import { IdVersionArgs } from '../common/dto/id.args';
import { requestedFields } from '../common/graphql/requested-fields';
import {
  PoliceProfileFilter,
  RegisterPoliceProfileInput,
  UpdatePoliceProfileInput,
} from './dto/police-profile.inputs';
import { PoliceProfileObject } from './dto/police-profile.object';
import { type ProfileDetails, PoliceProfileService } from './police-profile.service';

/** What the caller asked for beyond the profile's own columns (the sessions using it cost a statement). */
const detailsOf = (info: GraphQLResolveInfo): ProfileDetails => ({
  sessions: requestedFields(info).has('sessions'),
});

@Resolver(() => PoliceProfileObject)
export class PoliceProfileResolver {
  constructor(private readonly profiles: PoliceProfileService) {}

  @Query(() => [PoliceProfileObject], {
    description: 'Police profiles of the caller’s country, or of every country for coordinators.',
  })
  policeProfiles(
    @CurrentActor() actor: AuthenticatedActor,
    @Info() info: GraphQLResolveInfo,
    @Args('filter', { type: () => PoliceProfileFilter, nullable: true }) filter?: PoliceProfileFilter,
  ): Promise<PoliceProfileObject[]> {
    return this.profiles.list(actor, filter ?? {}, detailsOf(info));
  }

  @Mutation(() => PoliceProfileObject, {
    description: 'Registers a country’s institutional profile on a platform (never its credentials).',
  })
  registerPoliceProfile(
    @CurrentActor() actor: AuthenticatedActor,
    @Info() info: GraphQLResolveInfo,
    @Args('input') input: RegisterPoliceProfileInput,
  ): Promise<PoliceProfileObject> {
    return this.profiles.register(actor, input, detailsOf(info));
  }

  @Mutation(() => PoliceProfileObject, {
    description: 'Renames a profile or changes its safety notes; a retired profile cannot be changed.',
  })
  updatePoliceProfile(
    @CurrentActor() actor: AuthenticatedActor,
    @Info() info: GraphQLResolveInfo,
    @Args('input') input: UpdatePoliceProfileInput,
  ): Promise<PoliceProfileObject> {
    return this.profiles.update(actor, input, detailsOf(info));
  }

  @Mutation(() => PoliceProfileObject, {
    description: 'Suspends an active profile: no roster may use it until it is reactivated.',
  })
  suspendPoliceProfile(
    @CurrentActor() actor: AuthenticatedActor,
    @Info() info: GraphQLResolveInfo,
    @Args() { id, version }: IdVersionArgs,
  ): Promise<PoliceProfileObject> {
    return this.profiles.changeStatus(actor, id, version, 'SUSPEND', detailsOf(info));
  }

  @Mutation(() => PoliceProfileObject, { description: 'Makes a suspended profile active again.' })
  reactivatePoliceProfile(
    @CurrentActor() actor: AuthenticatedActor,
    @Info() info: GraphQLResolveInfo,
    @Args() { id, version }: IdVersionArgs,
  ): Promise<PoliceProfileObject> {
    return this.profiles.changeStatus(actor, id, version, 'REACTIVATE', detailsOf(info));
  }

  @Mutation(() => PoliceProfileObject, {
    description:
      'Retires a profile for good: it stays on past rosters, but nothing can change or use it again.',
  })
  retirePoliceProfile(
    @CurrentActor() actor: AuthenticatedActor,
    @Info() info: GraphQLResolveInfo,
    @Args() { id, version }: IdVersionArgs,
  ): Promise<PoliceProfileObject> {
    return this.profiles.changeStatus(actor, id, version, 'RETIRE', detailsOf(info));
  }
}
