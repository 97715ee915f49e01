import { isLocale, isRole, Locale, Role } from '@empact/domain';
import { createSecretKey, KeyObject } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { jwtSecrets } from '../config/jwt-secret';
import { withAnyIdentity } from '../database/db-identity';
import { prepared } from '../database/prepared-statements';
import type { AuthenticatedActor } from './authenticated-actor';

interface AccessTokenClaims {
  sub: string;
  sid: string;
}

interface ActorRow {
  id: string;
  email: string;
  display_name: string;
  country: string | null;
  roles: string[];
  language: string;
  two_factor: boolean;
  week_two_factor: boolean;
}

/** The account behind a token's claims, if it is enabled and the sign-in is live: run for every request, so prepared. */
const ACTOR_QUERY = prepared(`
  SELECT a.id, a.email, a.display_name, a.country, a.roles, a.language,
         EXISTS (SELECT 1 FROM account_two_factor f WHERE f.account_id = a.id AND f.secret IS NOT NULL) AS two_factor,
         EXISTS (SELECT 1 FROM action_week_country c JOIN action_week w ON w.id = c.week_id
                  WHERE c.country = a.country AND w.require_two_factor AND w.status <> 'CLOSED') AS week_two_factor
    FROM account a
   WHERE a.id = $1 AND a.disabled_at IS NULL
     AND EXISTS (SELECT 1 FROM refresh_token t
                  WHERE t.family_id = $2 AND t.account_id = a.id
                    AND t.revoked_at IS NULL AND t.expires_at > now())`);

/** Verifies access tokens and loads the account behind them, refusing disabled accounts and ended sessions. */
@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly dataSource: DataSource,
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
    // The account tables have no row-level policies: the lookup runs under whatever identity the connection has.
    const rows: ActorRow[] = await withAnyIdentity(() => this.dataSource.query(ACTOR_QUERY, [claims.sub, claims.sid]));
    const row = rows[0];
    if (!row) return null;
    return {
      id: row.id,
      email: row.email,
      displayName: row.display_name,
      country: row.country,
      roles: row.roles.filter(isRole) as Role[],
      language: (isLocale(row.language) ? row.language : 'en') as Locale,
      sessionId: claims.sid,
      twoFactorEnabled: row.two_factor,
      twoFactorRequiredByWeek: row.week_two_factor,
    };
  }
}
