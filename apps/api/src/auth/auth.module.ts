import { Module } from '@nestjs/common';
import { TwoFactorModule } from '../two-factor/two-factor.module';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { LoginAttemptRepository } from './login-attempt.repository';
import { LoginThrottleService } from './login-throttle.service';

@Module({
  imports: [TwoFactorModule],
  providers: [AuthService, AuthResolver, LoginAttemptRepository, LoginThrottleService],
  exports: [AuthService],
})
export class AuthModule {}
