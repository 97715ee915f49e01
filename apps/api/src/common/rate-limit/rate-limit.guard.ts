import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import {
  RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from 'rate-limiter-flexible';
import { AppConfig } from '../config/app-config';
import { DomainException } from '../errors/domain.exception';
import { RedisConnections } from '../redis/redis-connections';
import { requestStore } from '../request-context';

/** Root fields that sign in: limited per address, since nobody is signed in yet. */
const SIGN_IN = new Set(['login', 'refreshSession']);

/**
 * Counts GraphQL operations, not HTTP requests: every root field of a mutation is one (so twenty aliased logins in
 * one request are twenty), per account, and sign-ins per address. Runs after the AuthGuard, which names the account.
 * The counters live in Redis when the API runs as several instances, else in this process.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  private readonly logger = new Logger('RateLimit');
  private readonly signIns: RateLimiterAbstract | null;
  private readonly mutations: RateLimiterAbstract | null;

  constructor(config: AppConfig, redis: RedisConnections) {
    const limiter = (keyPrefix: string, points: number): RateLimiterAbstract | null => {
      if (points === 0) return null;
      return redis.enabled
        ? new RateLimiterRedis({
            storeClient: redis.open(`rate-limit-${keyPrefix}`),
            keyPrefix: `empact:${keyPrefix}`,
            points,
            duration: 60,
          })
        : new RateLimiterMemory({ keyPrefix, points, duration: 60 });
    };
    this.signIns = limiter('sign-in', config.RATE_LIMIT_LOGIN);
    this.mutations = limiter('mutation', config.RATE_LIMIT_MUTATIONS);
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') return true;
    const info = GqlExecutionContext.create(context).getInfo<GraphQLResolveInfo>();
    if (info.parentType.name !== 'Mutation') return true;
    const store = requestStore();
    const signIn = SIGN_IN.has(info.fieldName);
    const limiter = signIn ? this.signIns : this.mutations;
    if (!limiter) return true;
    const key = !signIn && store?.actor ? `account:${store.actor.id}` : `address:${store?.ip ?? 'unknown'}`;
    try {
      await limiter.consume(key, 1);
      return true;
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) {
        const retryAfterSeconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
        throw new DomainException('TOO_MANY_REQUESTS', 'code.TOO_MANY_REQUESTS', {}, { retryAfterSeconds });
      }
      // The counter store is away (Redis down): let the request through rather than stop the week.
      this.logger.warn(
        `Rate limit not checked: ${rejection instanceof Error ? rejection.message : String(rejection)}`,
      );
      return true;
    }
  }
}
