import { Inject } from '@nestjs/common';
import { Args, Mutation, Resolver, Subscription } from '@nestjs/graphql';
import type { GraphqlContext } from '../common/auth/auth.guard';
import { BeforeSecondFactor } from '../common/auth/before-second-factor.decorator';
import { Public } from '../common/auth/public.decorator';
import { EventBus, PUB_SUB } from '../common/pubsub/pub-sub';
import { AuthService } from './auth.service';
import { AuthPayloadObject } from './dto/auth-payload.object';
import { LoginArgs, RefreshTokenArgs } from './dto/login.args';
import { SESSION_ENDED, SessionEndedEvent, SessionEndedObject } from './session-events';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    @Inject(PUB_SUB) private readonly events: EventBus,
  ) {}

  @Public()
  @Mutation(() => AuthPayloadObject, {
    description:
      'Signs in with e-mail and password, and a code of the authenticator app or a recovery code when the account has two-factor sign-in (without one: TWO_FACTOR_REQUIRED).',
  })
  login(@Args() { email, password, code, recoveryCode }: LoginArgs): Promise<AuthPayloadObject> {
    return this.auth.login(email, password, { code, recoveryCode });
  }

  @Public()
  @Mutation(() => AuthPayloadObject, {
    description: 'Exchanges a refresh token for a new access and refresh token.',
  })
  refreshSession(@Args() { refreshToken }: RefreshTokenArgs): Promise<AuthPayloadObject> {
    return this.auth.refresh(refreshToken);
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Ends the sign-in the refresh token belongs to.' })
  logout(@Args() { refreshToken }: RefreshTokenArgs): Promise<boolean> {
    return this.auth.logout(refreshToken);
  }

  @BeforeSecondFactor()
  @Subscription(() => SessionEndedObject, {
    description:
      'Tells an open app that its sign-in ended elsewhere: account disabled, password set, or signed out.',
    filter: (event: SessionEndedEvent, _args: unknown, context: GraphqlContext) =>
      event.accountId === context.actor?.id &&
      (!event.sessionId || event.sessionId === context.actor.sessionId),
    resolve: (event: SessionEndedEvent): SessionEndedObject => ({ reason: event.reason, at: event.at }),
  })
  sessionEnded(): AsyncIterableIterator<SessionEndedEvent> {
    return this.events.asyncIterableIterator<SessionEndedEvent>(SESSION_ENDED);
  }
}
