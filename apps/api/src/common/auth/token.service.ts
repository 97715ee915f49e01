import { isLocale, isRole, Locale, Role } from '@empact/domain';
import { createSecretKey, KeyObject } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppConfig } from '../config/app-config';
import { jwtSecrets } from '../config/jwt-secret';
import { AccountRepository } from '../../accounts/account.repository';
import type { AuthenticatedActor } from './authenticated-actor';

interface AccessTokenClaims {
  sub: string;
  sid: string;
}

/** Verifies access tokens and loads the account behind them, refusing disabled accounts and ended sessions. */
@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly accounts: AccountRepository,
    config: AppConfig,
  ) {
    const { previous } = jwtSecrets(config);
    this.previousKey = previous ? createSecretKey(Buffer.from(previous)) : undefined;
  }

  /** The secret before the last rotation (JWT_SECRET_PREVIOUS): its tokens still count until they expire. */
  private readonly previousKey?: KeyObject;

  sign(accountId: string, sessionId: string): { token: string; expiresAt: Date } {
    const token = this.jwt.sign({ sub: accountId, sid: sessionId } satisfies AccessTokenClaims);
    const { exp } = this.jwt.decode<{ exp: number }>(token);
    return { token, expiresAt: new Date(exp * 1000) };
  }

  /** The claims of a token signed with the current secret, or with the previous one while a rotation runs out. */
  private verify(token: string): AccessTokenClaims {
    try {
      return this.jwt.verify<AccessTokenClaims>(token);
    } catch (error) {
      if (!this.previousKey || (error as Error).message !== 'invalid signature') throw error;
      return this.jwt.verify<AccessTokenClaims>(token, { secret: this.previousKey as unknown as Buffer });
    }
  }

  /** The actor for a bearer token, or null when the token is invalid, expired, signed out or disabled. */
  async actorFor(token: string): Promise<AuthenticatedActor | null> {
    let claims: AccessTokenClaims;
    try {
      claims = this.verify(token);
    } catch {
      return null;
    }
    if (typeof claims.sub !== 'string' || typeof claims.sid !== 'string') return null;
    const row = await this.accounts.signedIn(claims.sub, claims.sid);
    if (!row) return null;
    return {
      id: row.id,
      email: row.email,
      displayName: row.displayName,
      country: row.country,
      roles: row.roles.filter(isRole) as Role[],
      language: (isLocale(row.language) ? row.language : 'en') as Locale,
      sessionId: claims.sid,
      twoFactorEnabled: row.twoFactor,
      twoFactorRequiredByWeek: row.weekTwoFactor,
    };
  }
}
