import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AuthenticatedActor } from '../common/auth/authenticated-actor';
import { CurrentActor } from '../common/auth/current-actor.decorator';
import { AddPlatformArgs } from './dto/add-platform.args';
import { PlatformObject } from './dto/platform.object';
import { PlatformService } from './platform.service';

@Resolver(() => PlatformObject)
export class PlatformResolver {
  constructor(private readonly platformService: PlatformService) {}

  @Query(() => [PlatformObject], { description: 'Every platform, the reference list first.' })
  platforms(): Promise<PlatformObject[]> {
    return this.platformService.list();
  }

  @Mutation(() => PlatformObject, { description: 'Adds a platform to the reference list (coordinators).' })
  addPlatform(
    @CurrentActor() actor: AuthenticatedActor,
    @Args() { name }: AddPlatformArgs,
  ): Promise<PlatformObject> {
    return this.platformService.add(actor, name);
  }
}
