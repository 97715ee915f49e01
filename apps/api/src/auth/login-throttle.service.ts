import { Injectable } from '@nestjs/common';
import { DomainException } from '../common/errors/domain.exception';
import { requestLocale } from '../common/request-context';
import { LoginAttemptRepository } from './login-attempt.repository';
import { formatWait, loginWaitSeconds } from './login-delay';

/** One sign-in attempt let through: a failure on record until `succeeded` says otherwise. */
export interface AdmittedAttempt {
  id: string;
}

/**
 * Slows failed sign-ins down per account and address (see login-delay), so that a stranger's wrong passwords never
 * keep the owner out from another address. The refusal does not look at the password: it tells nothing about a guess.
 */
@Injectable()
export class LoginThrottleService {
  constructor(private readonly attempts: LoginAttemptRepository) {}

  /** Refuses (TOO_MANY_REQUESTS, saying when to try again) or records the attempt as failed until it succeeds. */
  async admit(email: string, ip: string): Promise<AdmittedAttempt> {
    const { history, now } = await this.attempts.history(email, ip);
    const wait = loginWaitSeconds(history, now);
    if (wait > 0) {
      throw new DomainException(
        'TOO_MANY_REQUESTS',
        'auth.tooManyLoginAttempts',
        { when: formatWait(requestLocale(), wait) },
        { retryAfterSeconds: wait },
      );
    }
    return { id: await this.attempts.recordAttempt(email, ip) };
  }

  /** The password was right: the attempt no longer counts against the pair, and its address becomes a known place. */
  async succeeded(attempt: AdmittedAttempt): Promise<void> {
    await this.attempts.markSucceeded(attempt.id);
  }
}
