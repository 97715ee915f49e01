import { normalizeEmail } from '@empact/domain';
import { Inject, Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';
import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AccountEntity } from '../accounts/account.entity';
import { AccountRepository } from '../accounts/account.repository';
import { toAccountObject } from '../accounts/account.mapper';
import { AuditService } from '../common/audit/audit.service';
import { hashToken } from '../common/auth/hash-token';
import { TokenService } from '../common/auth/token.service';
import { AppConfig } from '../common/config/app-config';
import { unauthenticated } from '../common/errors/domain.exception';
import { EventBus, PUB_SUB } from '../common/pubsub/pub-sub';
import { requestStore } from '../common/request-context';
import { AuthPayloadObject } from './dto/auth-payload.object';
import { LoginThrottleService } from './login-throttle.service';
import { RefreshTokenEntity } from './refresh-token.entity';
import { SESSION_ENDED, SessionEndedEvent, SessionEndReason } from './session-events';
import { SecondFactorProof, TwoFactorService } from '../two-factor/two-factor.service';

@Injectable()
export class AuthService {
  /** Verified against when the e-mail is unknown, so that timing does not tell which accounts exist (made on first need). */
  private decoyHash?: Promise<string>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    private readonly throttle: LoginThrottleService,
    private readonly twoFactor: TwoFactorService,
    private readonly accounts: AccountRepository,
    @Inject(PUB_SUB) private readonly events: EventBus,
  ) {}

  /** Tells the account's open apps, after the change has committed, that their sign-in ended. */
  async announceSessionEnded(accountId: string, reason: SessionEndReason, sessionId?: string): Promise<void> {
    await this.events.publish(SESSION_ENDED, {
      accountId,
      sessionId,
      reason,
      at: new Date(),
    } satisfies SessionEndedEvent);
  }

  static hashPassword(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id });
  }

  async login(
    emailInput: string,
    password: string,
    proof: SecondFactorProof = {},
  ): Promise<AuthPayloadObject> {
    const email = normalizeEmail(emailInput);
    const ip = requestStore()?.ip ?? 'unknown';
    const attempt = await this.throttle.admit(email, ip);
    const account = await this.accounts.withPasswordHash(email);
    const valid = await argon2.verify(
      account?.passwordHash ??
        (await (this.decoyHash ??= AuthService.hashPassword(randomBytes(16).toString('hex')))),
      password,
    );
    // With a second factor set up, the attempt succeeds only once its code is right too: a wrong one stays a failure.
    const secondFactor =
      valid && account && !account.disabledAt
        ? await this.twoFactor.verifyAtSignIn(account.id, proof)
        : 'NONE';
    if (valid && account) await this.throttle.succeeded(attempt);
    if (!account || !valid || account.disabledAt) throw unauthenticated('auth.invalidCredentials');

    return this.dataSource.transaction(async (em) => {
      await em.update(AccountEntity, { id: account.id }, { lastLoginAt: () => 'now()' });
      const payload = await this.issue(em, account, randomUUID());
      await this.audit.record(em, {
        actorId: account.id,
        action: 'login',
        targetType: 'Account',
        targetId: account.id,
        details: { secondFactor },
      });
      return payload;
    });
  }

  /** Exchanges a refresh token for a new pair. A token used twice ends the whole sign-in: it was stolen. */
  async refresh(refreshToken: string): Promise<AuthPayloadObject> {
    const tokenHash = hashToken(refreshToken);
    const stored = await this.dataSource.manager.findOne(RefreshTokenEntity, { where: { tokenHash } });
    if (!stored) throw unauthenticated('auth.refreshTokenInvalid');
    if (stored.revokedAt) {
      // Committed on its own: the refusal must not roll the revocation back.
      await this.revokeFamily(this.dataSource.manager, stored.familyId);
      throw unauthenticated('auth.refreshTokenInvalid');
    }
    if (stored.expiresAt.getTime() <= Date.now()) throw unauthenticated('auth.refreshTokenInvalid');
    return this.dataSource.transaction(async (em) => {
      const account = await em.findOne(AccountEntity, { where: { id: stored.accountId } });
      if (!account || account.disabledAt) throw unauthenticated('auth.refreshTokenInvalid');
      // Only one of two concurrent refreshes with the same token wins.
      const won = await this.accounts.revokeRefreshToken(em, stored.id);
      if (!won) throw unauthenticated('auth.refreshTokenInvalid');
      const payload = await this.issue(em, account, stored.familyId);
      await this.audit.record(em, {
        actorId: account.id,
        action: 'refreshSession',
        targetType: 'Account',
        targetId: account.id,
      });
      return payload;
    });
  }

  /** Ends the sign-in the refresh token belongs to; its access tokens stop working at once. */
  async logout(refreshToken: string): Promise<boolean> {
    const stored = await this.dataSource.transaction(async (em) => {
      const found = await em.findOne(RefreshTokenEntity, { where: { tokenHash: hashToken(refreshToken) } });
      if (found) await this.revokeFamily(em, found.familyId);
      await this.audit.record(em, {
        actorId: found?.accountId ?? requestStore()?.actor?.id ?? null,
        action: 'logout',
        targetType: 'Account',
        targetId: found?.accountId ?? null,
        outcome: found ? 'SUCCESS' : 'NOT_FOUND',
      });
      return found;
    });
    if (stored) await this.announceSessionEnded(stored.accountId, 'SIGNED_OUT', stored.familyId);
    return stored !== null;
  }

  /** Ends every sign-in of an account (when it is disabled or its password is set by an admin). */
  async revokeAllSessions(em: EntityManager, accountId: string): Promise<void> {
    await this.accounts.revokeSignIns(em, accountId);
  }

  private async revokeFamily(em: EntityManager, familyId: string): Promise<void> {
    await this.accounts.revokeSignIn(em, familyId);
  }

  private async issue(
    em: EntityManager,
    account: AccountEntity,
    familyId: string,
  ): Promise<AuthPayloadObject> {
    const refreshToken = randomBytes(32).toString('base64url');
    await em.insert(RefreshTokenEntity, {
      accountId: account.id,
      familyId,
      tokenHash: hashToken(refreshToken),
      expiresAt: new Date(Date.now() + this.config.REFRESH_TOKEN_TTL * 1000),
    });
    const access = this.tokens.sign(account.id, familyId);
    const fresh = await em.findOneOrFail(AccountEntity, { where: { id: account.id } });
    return {
      accessToken: access.token,
      accessTokenExpiresAt: access.expiresAt,
      refreshToken,
      account: toAccountObject(fresh),
    };
  }
}
