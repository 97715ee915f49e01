import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AuthenticatedActor } from '../common/auth/authenticated-actor';
import { BeforeSecondFactor } from '../common/auth/before-second-factor.decorator';
import { CurrentActor } from '../common/auth/current-actor.decorator';
import { IdArgs } from '../common/dto/id.args';
import { ConfirmTwoFactorArgs, SecondFactorArgs } from './dto/two-factor.args';
import {
  TwoFactorEnrolmentObject,
  TwoFactorRecoveryCodesObject,
  TwoFactorStatusObject,
} from './dto/two-factor.objects';
import { TwoFactorService } from './two-factor.service';

@Resolver()
export class TwoFactorResolver {
  constructor(private readonly twoFactor: TwoFactorService) {}

  @BeforeSecondFactor()
  @Query(() => TwoFactorStatusObject, { description: 'Two-factor sign-in of the signed-in account.' })
  myTwoFactor(@CurrentActor() actor: AuthenticatedActor): Promise<TwoFactorStatusObject> {
    return this.twoFactor.status(actor);
  }

  @BeforeSecondFactor()
  @Mutation(() => TwoFactorEnrolmentObject, {
    description:
      'A new authenticator secret with its QR code, confirmed by `confirmTwoFactorEnrolment`. Replacing one already set up takes a code of it.',
  })
  beginTwoFactorEnrolment(
    @CurrentActor() actor: AuthenticatedActor,
    @Args() proof: SecondFactorArgs,
  ): Promise<TwoFactorEnrolmentObject> {
    return this.twoFactor.beginEnrolment(actor, proof);
  }

  @BeforeSecondFactor()
  @Mutation(() => TwoFactorRecoveryCodesObject, {
    description:
      'A code of the new secret turns two-factor sign-in on (or moves it to the new app): returns recovery codes, once. Ends the account’s other sign-ins.',
  })
  confirmTwoFactorEnrolment(
    @CurrentActor() actor: AuthenticatedActor,
    @Args() { code }: ConfirmTwoFactorArgs,
  ): Promise<TwoFactorRecoveryCodesObject> {
    return this.twoFactor.confirmEnrolment(actor, code);
  }

  @Mutation(() => TwoFactorRecoveryCodesObject, {
    description: 'New recovery codes in place of the earlier ones, with a current code.',
  })
  regenerateTwoFactorRecoveryCodes(
    @CurrentActor() actor: AuthenticatedActor,
    @Args() proof: SecondFactorArgs,
  ): Promise<TwoFactorRecoveryCodesObject> {
    return this.twoFactor.regenerateRecoveryCodes(actor, proof);
  }

  @Mutation(() => Boolean, {
    description:
      'Removes another account’s second factor (lost phone and recovery codes): its sign-ins end, and it sets one up again. Administrators only.',
  })
  resetTwoFactor(@CurrentActor() actor: AuthenticatedActor, @Args() { id }: IdArgs): Promise<boolean> {
    return this.twoFactor.reset(actor, id);
  }

  @Mutation(() => TwoFactorStatusObject, {
    description: 'Turns two-factor sign-in off, with a current code. Refused to roles that need it.',
  })
  disableTwoFactor(
    @CurrentActor() actor: AuthenticatedActor,
    @Args() proof: SecondFactorArgs,
  ): Promise<TwoFactorStatusObject> {
    return this.twoFactor.disable(actor, proof);
  }
}
