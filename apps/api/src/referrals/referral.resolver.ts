import { can, ReferralStatus } from '@empact/domain';
import { Inject } from '@nestjs/common';
import { Args, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import type { GraphqlContext } from '../common/auth/auth.guard';
import type { AuthenticatedActor } from '../common/auth/authenticated-actor';
import { CurrentActor } from '../common/auth/current-actor.decorator';
import { IdArgs } from '../common/dto/id.args';
import { forbidden } from '../common/errors/domain.exception';
import { EventBus, PUB_SUB } from '../common/pubsub/pub-sub';
import {
  RaiseReferralInput,
  ReferralAlertArgs,
  ReferralsArgs,
  SetReferralStatusArgs,
} from './dto/referral.inputs';
import { ReferralAlertObject, ReferralObject } from './dto/referral.object';
import { hearsAlert, REFERRAL_RAISED, ReferralService } from './referral.service';

@Resolver(() => ReferralObject)
export class ReferralResolver {
  constructor(
    private readonly referralService: ReferralService,
    @Inject(PUB_SUB) private readonly events: EventBus,
  ) {}

  @Mutation(() => ReferralObject, {
    description: 'Refers an interaction to the unit that acts on it; an IMMEDIATE one alerts at once.',
  })
  raiseReferral(
    @CurrentActor() actor: AuthenticatedActor,
    @Args('input') input: RaiseReferralInput,
  ): Promise<ReferralObject> {
    return this.referralService.raise(actor, input);
  }

  @Mutation(() => ReferralObject, {
    description: 'Moves a referral one step: OPEN → ACKNOWLEDGED → HANDED_OVER → CLOSED.',
  })
  setReferralStatus(
    @CurrentActor() actor: AuthenticatedActor,
    @Args() { id, version, status, note }: SetReferralStatusArgs,
  ): Promise<ReferralObject> {
    return this.referralService.setStatus(actor, id, version, status as ReferralStatus, note);
  }

  @Query(() => [ReferralObject], { description: 'A week’s referrals, most urgent first, without details.' })
  referrals(
    @CurrentActor() actor: AuthenticatedActor,
    @Args() { filter }: ReferralsArgs,
  ): Promise<ReferralObject[]> {
    return this.referralService.list(actor, filter);
  }

  @Query(() => ReferralObject, { description: 'One referral with its details; the read is audited.' })
  referral(@CurrentActor() actor: AuthenticatedActor, @Args() { id }: IdArgs): Promise<ReferralObject> {
    return this.referralService.get(actor, id);
  }

  @Subscription(() => ReferralAlertObject, {
    description:
      'IMMEDIATE referrals as they are raised: every country for coordinators, their own for a team leader.',
    filter: (alert: ReferralAlertObject, args: ReferralAlertArgs, context: GraphqlContext) =>
      !!context.actor && (!args.weekId || alert.weekId === args.weekId) && hearsAlert(context.actor, alert),
    resolve: (alert: ReferralAlertObject): ReferralAlertObject => alert,
  })
  referralRaised(
    @CurrentActor() actor: AuthenticatedActor,
    @Args() _args: ReferralAlertArgs,
  ): AsyncIterableIterator<ReferralAlertObject> {
    if (!can(actor, 'referral.read')) throw forbidden();
    return this.events.asyncIterableIterator<ReferralAlertObject>(REFERRAL_RAISED);
  }
}
