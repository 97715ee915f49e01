import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Locale } from '@empact/domain';
import type { AuthenticatedActor } from '../common/auth/authenticated-actor';
import { BeforeSecondFactor } from '../common/auth/before-second-factor.decorator';
import { CurrentActor } from '../common/auth/current-actor.decorator';
import { IdArgs } from '../common/dto/id.args';
import { AccountService } from './account.service';
import {
  AccountFilter,
  CreateAccountInput,
  SetAccountDisabledArgs,
  SetAccountPasswordArgs,
  SetMyLanguageArgs,
  UpdateAccountInput,
} from './dto/account.inputs';
import { AccountObject } from './dto/account.object';

@Resolver(() => AccountObject)
export class AccountResolver {
  constructor(private readonly accountService: AccountService) {}

  @BeforeSecondFactor()
  @Query(() => AccountObject, { description: 'The signed-in account.' })
  me(@CurrentActor() actor: AuthenticatedActor): Promise<AccountObject> {
    return this.accountService.me(actor);
  }

  @Query(() => [AccountObject], {
    description: 'Accounts the caller reaches: their own country’s, or all for coordinators and admins.',
  })
  accounts(
    @CurrentActor() actor: AuthenticatedActor,
    @Args('filter', { type: () => AccountFilter, nullable: true }) filter?: AccountFilter,
  ): Promise<AccountObject[]> {
    return this.accountService.list(actor, filter ?? {});
  }

  @Query(() => AccountObject)
  account(@CurrentActor() actor: AuthenticatedActor, @Args() { id }: IdArgs): Promise<AccountObject> {
    return this.accountService.get(actor, id);
  }

  @Mutation(() => AccountObject)
  createAccount(
    @CurrentActor() actor: AuthenticatedActor,
    @Args('input') input: CreateAccountInput,
  ): Promise<AccountObject> {
    return this.accountService.create(actor, input);
  }

  @Mutation(() => AccountObject)
  updateAccount(
    @CurrentActor() actor: AuthenticatedActor,
    @Args('input') input: UpdateAccountInput,
  ): Promise<AccountObject> {
    return this.accountService.update(actor, input);
  }

  @Mutation(() => AccountObject, {
    description: 'Disables or enables an account; a disabled account’s tokens stop working at once.',
  })
  setAccountDisabled(
    @CurrentActor() actor: AuthenticatedActor,
    @Args() { id, disabled }: SetAccountDisabledArgs,
  ): Promise<AccountObject> {
    return this.accountService.setDisabled(actor, id, disabled);
  }

  @Mutation(() => AccountObject, { description: 'Sets a new password and ends the account’s sign-ins.' })
  setAccountPassword(
    @CurrentActor() actor: AuthenticatedActor,
    @Args() { id, password }: SetAccountPasswordArgs,
  ): Promise<AccountObject> {
    return this.accountService.setPassword(actor, id, password);
  }

  @BeforeSecondFactor()
  @Mutation(() => AccountObject, {
    description: 'Remembers the interface language of the signed-in account.',
  })
  setMyLanguage(
    @CurrentActor() actor: AuthenticatedActor,
    @Args() { language }: SetMyLanguageArgs,
  ): Promise<AccountObject> {
    return this.accountService.setMyLanguage(actor, language as Locale);
  }
}
