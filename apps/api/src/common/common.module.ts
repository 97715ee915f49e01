import { createSecretKey } from 'node:crypto';
import { Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { AuditService } from './audit/audit.service';
import { REPOSITORIES } from './database/repositories';
import { MutationAuditInterceptor } from './audit/mutation-audit.interceptor';
import { AuthGuard } from './auth/auth.guard';
import { TokenService } from './auth/token.service';
import { AppConfig } from './config/app-config';
import { jwtSecrets } from './config/jwt-secret';
import { ErrorFilter } from './errors/error-filter';
import { I18nService } from './i18n/i18n.service';
import { PersonalDataGuard } from './personal-data/personal-data.guard';
import { PUB_SUB, pubSubProvider } from './pubsub/pub-sub';
import { RateLimitGuard } from './rate-limit/rate-limit.guard';
import { RedisConnections } from './redis/redis-connections';

/** What every feature uses: translations, the audit log, tokens, Redis, the repositories, and the global guards, filter and interceptor. */
@Global()
@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        // A KeyObject: jsonwebtoken otherwise tries the string as a public key first, and fails, on every verify.
        secret: createSecretKey(Buffer.from(jwtSecrets(config).current)),
        signOptions: { expiresIn: config.ACCESS_TOKEN_TTL, algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
  ],
  providers: [
    I18nService,
    AuditService,
    PersonalDataGuard,
    TokenService,
    RedisConnections,
    pubSubProvider,
    ...REPOSITORIES,
    // In this order: the account is known before its operations are counted.
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_GUARD, useClass: RateLimitGuard },
    { provide: APP_FILTER, useClass: ErrorFilter },
    { provide: APP_INTERCEPTOR, useClass: MutationAuditInterceptor },
  ],
  exports: [
    I18nService,
    AuditService,
    PersonalDataGuard,
    TokenService,
    RedisConnections,
    PUB_SUB,
    ...REPOSITORIES,
  ],
})
export class CommonModule {}
