import type { CountryScope, Role } from '@empact/domain';
import { Injectable } from '@nestjs/common';
import { Brackets, DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { RefreshTokenEntity } from '../auth/refresh-token.entity';
import { withAnyIdentity } from '../common/database/db-identity';
import { prepared } from '../common/database/prepared-statements';
import { AccountEntity } from './account.entity';

/** Which accounts a list shows (all of them when empty). */
export interface AccountListFilter {
  country?: string;
  role?: Role;
  /** Part of the name or e-mail, in any case. */
  search?: string;
  includeDisabled?: boolean;
}

/** The account behind a live sign-in, as a request's actor is made of it. */
export interface SignedInAccountRow {
  id: string;
  email: string;
  displayName: string;
  country: string | null;
  roles: string[];
  language: string;
  /** The account has a confirmed second factor. */
  twoFactor: boolean;
  /** A week of the account's country that is not closed requires a second factor. */
  weekTwoFactor: boolean;
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

/** A team member of a week's country, with the next session they are on the roster of (all null when none). */
export interface TeamMemberNextSessionRow {
  accountId: string;
  displayName: string;
  country: string;
  nextSessionId: string | null;
  nextSessionStartsAt: Date | null;
  platform: string | null;
}

/** The SQL of the account aggregate (`account`). */
@Injectable()
export class AccountRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Every enabled team leader and operator of the week's countries, by country and name, each with their next
   * session of the week (scheduled or live, not ended by `now`) in which they are on the roster.
   */
  async teamMembersWithNextSession(weekId: string, now: Date): Promise<TeamMemberNextSessionRow[]> {
    const rows: TeamMemberNextSessionRow[] = await this.dataSource.query(
      `SELECT a.id AS "accountId", a.display_name AS "displayName", a.country,
                next.id AS "nextSessionId", next.starts_at AS "nextSessionStartsAt", next.platform_code AS platform
           FROM account a
           JOIN action_week_country wc ON wc.week_id = $1 AND wc.country = a.country
           LEFT JOIN LATERAL (
             SELECT s.id, s.starts_at, s.platform_code FROM patrol_session s JOIN roster r ON r.session_id = s.id
              WHERE s.week_id = $1 AND s.status IN ('SCHEDULED', 'LIVE') AND s.ends_at > $2
                AND a.id IN (r.operator_one_id, r.operator_two_id, r.team_leader_id)
              ORDER BY s.starts_at LIMIT 1) next ON true
          WHERE a.disabled_at IS NULL AND a.roles && ARRAY['TEAM_LEADER', 'OPERATOR']
          ORDER BY a.country, a.display_name`,
      [weekId, now],
    );
    return rows.map((row) => ({
      ...row,
      nextSessionStartsAt: row.nextSessionStartsAt ? new Date(row.nextSessionStartsAt) : null,
    }));
  }

  /** The accounts in the scope (and the actor's own), by country (none first) and name. */
  list(scope: CountryScope, selfId: string, filter: AccountListFilter = {}): Promise<AccountEntity[]> {
    const query = this.scoped(this.dataSource.manager, scope, selfId)
      .orderBy('a.country', 'ASC', 'NULLS FIRST')
      .addOrderBy('a.displayName', 'ASC');
    if (filter.country) query.andWhere('a.country = :country', { country: filter.country });
    if (filter.role) query.andWhere(':role = ANY(a.roles)', { role: filter.role });
    if (filter.search) {
      const pattern = `%${filter.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query.andWhere(
        new Brackets((q) =>
          q.where('a.displayName ILIKE :pattern', { pattern }).orWhere('a.email ILIKE :pattern'),
        ),
      );
    }
    if (!filter.includeDisabled) query.andWhere('a.disabledAt IS NULL');
    return query.getMany();
  }

  /** The account if it lies in the scope or is the actor's own, else null; with `lock`, locked for `em`'s transaction. */
  reachable(
    em: EntityManager,
    scope: CountryScope,
    selfId: string,
    id: string,
    lock = false,
  ): Promise<AccountEntity | null> {
    const query = this.scoped(em, scope, selfId).andWhere('a.id = :id', { id });
    if (lock) query.setLock('pessimistic_write');
    return query.getOne();
  }

  /** The account of the (normalised) e-mail with its password hash, which no other read loads: for signing in. */
  withPasswordHash(email: string): Promise<AccountEntity | null> {
    return this.dataSource
      .getRepository(AccountEntity)
      .createQueryBuilder('a')
      .addSelect('a.passwordHash')
      .where('a.email = :email', { email })
      .getOne();
  }

  /**
   * The enabled account whose sign-in (`sessionId`, a refresh token family) is live, or null. The account tables have
   * no row-level policies: the lookup runs under whatever identity the connection has.
   */
  async signedIn(accountId: string, sessionId: string): Promise<SignedInAccountRow | null> {
    const rows: ActorRow[] = await withAnyIdentity(() =>
      this.dataSource.query(ACTOR_QUERY, [accountId, sessionId]),
    );
    const row = rows[0];
    if (!row) return null;
    return {
      id: row.id,
      email: row.email,
      displayName: row.display_name,
      country: row.country,
      roles: row.roles,
      language: row.language,
      twoFactor: row.two_factor,
      weekTwoFactor: row.week_two_factor,
    };
  }

  /** Whether the account is an enabled coordinator of the country (a session's guide is one of the host country). */
  async isActiveCoordinatorOf(em: EntityManager, accountId: string, country: string): Promise<boolean> {
    const rows: unknown[] = await em.query(
      `SELECT 1 FROM account WHERE id = $1 AND country = $2 AND 'COORDINATOR' = ANY(roles) AND disabled_at IS NULL`,
      [accountId, country],
    );
    return rows.length > 0;
  }

  /** The countries of those of the accounts that are enabled (the others are left out). */
  activeCountries(
    em: EntityManager,
    ids: readonly string[],
  ): Promise<{ id: string; country: string | null }[]> {
    return em.query(`SELECT id, country FROM account WHERE id = ANY($1::uuid[]) AND disabled_at IS NULL`, [
      ids,
    ]);
  }

  /** Ends every sign-in of the account: its refresh tokens are revoked, and with them its access tokens. */
  async revokeSignIns(em: EntityManager, accountId: string): Promise<void> {
    await em
      .createQueryBuilder()
      .update(RefreshTokenEntity)
      .set({ revokedAt: () => 'now()' })
      .where('account_id = :accountId AND revoked_at IS NULL', { accountId })
      .execute();
  }

  /** Ends one sign-in: every refresh token of the family. */
  async revokeSignIn(em: EntityManager, familyId: string): Promise<void> {
    await em
      .createQueryBuilder()
      .update(RefreshTokenEntity)
      .set({ revokedAt: () => 'now()' })
      .where('family_id = :familyId AND revoked_at IS NULL', { familyId })
      .execute();
  }

  /** Revokes one refresh token if it is not yet: false when another request revoked it first. */
  async revokeRefreshToken(em: EntityManager, tokenId: string): Promise<boolean> {
    const revoked = await em
      .createQueryBuilder()
      .update(RefreshTokenEntity)
      .set({ revokedAt: () => 'now()' })
      .where('id = :id AND revoked_at IS NULL', { id: tokenId })
      .execute();
    return revoked.affected === 1;
  }

  /** Accounts the actor reaches, in SQL: their own, plus their country's or every country's by role. */
  private scoped(em: EntityManager, scope: CountryScope, selfId: string): SelectQueryBuilder<AccountEntity> {
    const query = em.getRepository(AccountEntity).createQueryBuilder('a');
    switch (scope.kind) {
      case 'all':
        return query;
      case 'country':
        return query.where(
          new Brackets((q) =>
            q
              .where('a.country = :scopeCountry', { scopeCountry: scope.country })
              .orWhere('a.id = :self', { self: selfId }),
          ),
        );
      case 'none':
        return query.where('a.id = :self', { self: selfId });
    }
  }
}
