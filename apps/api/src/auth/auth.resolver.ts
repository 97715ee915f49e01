import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Public } from '../common/auth/public.decorator';
import { AuthService } from './auth.service';
import { AuthPayloadObject } from './dto/auth-payload.object';
import { LoginArgs, RefreshTokenArgs } from './dto/login.args';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Mutation(() => AuthPayloadObject, { description: 'Signs in with e-mail and password.' })
  login(@Args() { email, password }: LoginArgs): Promise<AuthPayloadObject> {
    return this.auth.login(email, password);
  }

  @Public()
  @Mutation(() => AuthPayloadObject, { description: 'Exchanges a refresh token for a new access and refresh token.' })
  refreshSession(@Args() { refreshToken }: RefreshTokenArgs): Promise<AuthPayloadObject> {
    return this.auth.refresh(refreshToken);
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Ends the sign-in the refresh token belongs to.' })
  logout(@Args() { refreshToken }: RefreshTokenArgs): Promise<boolean> {
    return this.auth.logout(refreshToken);
  }
}
