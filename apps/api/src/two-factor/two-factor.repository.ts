import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/** An account's second factor as stored: sealed secrets (see TwoFactorKeys), never returned to a client. */
export interface TwoFactorRow {
  secret: string | null;
  confirmedAt: Date | null;
  lastUsedStep: number | null;
  pendingSecret: string | null;
  pendingSince: Date | null;
  recoveryCodesLeft: number;
}

interface RawRow {
  secret: string | null;
  confirmed_at: Date | string | null;
  last_used_step: string | number | null;
  pending_secret: string | null;
  pending_since: Date | string | null;
  recovery_codes_left: string | number;
}

/** A change counted by `SELECT count(*) AS n FROM changed` (a plain UPDATE's answer differs between the drivers). */
const changedOne = (rows: { n: string | number }[]): boolean => Number(rows[0]?.n) === 1;

const toDate = (value: Date | string | null): Date | null => (value === null ? null : new Date(value));

/** The tables of two-factor sign-in: `account_two_factor` (one row per account) and `account_recovery_code`. */
@Injectable()
export class TwoFactorRepository {
  constructor(private readonly dataSource: DataSource) {}

  async find(accountId: string, em: EntityManager = this.dataSource.manager): Promise<TwoFactorRow | null> {
    const rows: RawRow[] = await em.query(
      `SELECT f.secret, f.confirmed_at, f.last_used_step, f.pending_secret, f.pending_since,
              (SELECT count(*) FROM account_recovery_code c WHERE c.account_id = f.account_id AND c.used_at IS NULL) AS recovery_codes_left
         FROM account_two_factor f
        WHERE f.account_id = $1`,
      [accountId],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      secret: row.secret,
      confirmedAt: toDate(row.confirmed_at),
      lastUsedStep: row.last_used_step === null ? null : Number(row.last_used_step),
      pendingSecret: row.pending_secret,
      pendingSince: toDate(row.pending_since),
      recoveryCodesLeft: Number(row.recovery_codes_left),
    };
  }

  /** Keeps a new secret until a code from it confirms the enrolment; an earlier unconfirmed one is dropped. */
  async savePending(accountId: string, sealedSecret: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO account_two_factor (account_id, pending_secret, pending_since) VALUES ($1, $2, now())
       ON CONFLICT (account_id) DO UPDATE SET pending_secret = EXCLUDED.pending_secret, pending_since = now(), updated_at = now()`,
      [accountId, sealedSecret],
    );
  }

  /**
   * The pending secret becomes the account's, with the step of the code that confirmed it as used. False when the
   * pending secret changed meanwhile (another enrolment began).
   */
  async confirm(em: EntityManager, accountId: string, sealedPending: string, step: number): Promise<boolean> {
    return changedOne(
      await em.query(
        `WITH changed AS (
           UPDATE account_two_factor
              SET secret = pending_secret, confirmed_at = now(), last_used_step = $3, pending_secret = NULL, pending_since = NULL, updated_at = now()
            WHERE account_id = $1 AND pending_secret = $2
            RETURNING 1
         ) SELECT count(*) AS n FROM changed`,
        [accountId, sealedPending, step],
      ),
    );
  }

  /** Marks a time step used, if it comes after the last one used: only one of two requests with the same code wins. */
  async consumeStep(accountId: string, step: number): Promise<boolean> {
    return changedOne(
      await this.dataSource.query(
        `WITH changed AS (
           UPDATE account_two_factor SET last_used_step = $2, updated_at = now()
            WHERE account_id = $1 AND secret IS NOT NULL AND (last_used_step IS NULL OR last_used_step < $2)
            RETURNING 1
         ) SELECT count(*) AS n FROM changed`,
        [accountId, step],
      ),
    );
  }

  /** Uses up a recovery code; false when the account has no such unused code. Returns the number left as well. */
  async consumeRecoveryCode(accountId: string, codeHash: string): Promise<{ used: boolean; left: number }> {
    const rows: { remaining: string | number; used: boolean }[] = await this.dataSource.query(
      `WITH used AS (
         UPDATE account_recovery_code SET used_at = now()
          WHERE account_id = $1 AND code_hash = $2 AND used_at IS NULL
          RETURNING id
       )
       SELECT (SELECT count(*) FROM account_recovery_code WHERE account_id = $1 AND used_at IS NULL) - (SELECT count(*) FROM used) AS remaining,
              EXISTS (SELECT 1 FROM used) AS used`,
      [accountId, codeHash],
    );
    return { used: rows[0].used, left: Number(rows[0].remaining) };
  }

  /** Replaces every recovery code of the account (used or not) with new ones. */
  async replaceRecoveryCodes(em: EntityManager, accountId: string, codeHashes: string[]): Promise<void> {
    await em.query(`DELETE FROM account_recovery_code WHERE account_id = $1`, [accountId]);
    await em.query(
      `INSERT INTO account_recovery_code (account_id, code_hash) SELECT $1, unnest($2::text[])`,
      [accountId, codeHashes],
    );
  }

  /** Removes the account's second factor and its recovery codes. */
  async remove(em: EntityManager, accountId: string): Promise<void> {
    await em.query(`DELETE FROM account_recovery_code WHERE account_id = $1`, [accountId]);
    await em.query(`DELETE FROM account_two_factor WHERE account_id = $1`, [accountId]);
  }

  /** Ends every sign-in of the account but `keepSessionId` (the one that just changed its second factor). */
  async endOtherSignIns(em: EntityManager, accountId: string, keepSessionId: string | null): Promise<void> {
    await em.query(
      `UPDATE refresh_token SET revoked_at = now()
        WHERE account_id = $1 AND revoked_at IS NULL AND ($2::uuid IS NULL OR family_id <> $2::uuid)`,
      [accountId, keepSessionId],
    );
  }

  async accountExists(em: EntityManager, accountId: string): Promise<boolean> {
    const rows: unknown[] = await em.query(`SELECT 1 FROM account WHERE id = $1`, [accountId]);
    return rows.length === 1;
  }

  /** An enrolled second factor written straight in (the demo seed): the secret already sealed. */
  async enrol(em: EntityManager, accountId: string, sealedSecret: string): Promise<void> {
    await em.query(
      `INSERT INTO account_two_factor (account_id, secret, confirmed_at) VALUES ($1, $2, now())`,
      [accountId, sealedSecret],
    );
  }
}
