import { Module } from '@nestjs/common';
import { LoginAttemptRepository } from '../auth/login-attempt.repository';
import { LoginThrottleService } from '../auth/login-throttle.service';
import { TwoFactorKeys } from './two-factor-keys';
import { TwoFactorRepository } from './two-factor.repository';
import { TwoFactorResolver } from './two-factor.resolver';
import { TwoFactorService } from './two-factor.service';

/**
 * Two-factor sign-in. The sign-in throttle's classes are provided here too (they keep no state): codes checked while
 * signed in count as sign-in attempts, and the auth module, which checks the code at sign-in, imports this one.
 */
@Module({
  providers: [
    TwoFactorKeys,
    TwoFactorRepository,
    TwoFactorService,
    TwoFactorResolver,
    LoginAttemptRepository,
    LoginThrottleService,
  ],
  exports: [TwoFactorService],
})
export class TwoFactorModule {}
