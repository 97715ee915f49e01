import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  ADDRESS_FAILURE_CEILING,
  ADDRESS_WINDOW_SECONDS,
  KNOWN_PLACE_SECONDS,
  LoginHistory,
  PAIR_MEMORY_SECONDS,
} from './login-delay';

interface HistoryRow {
  pair_failures: number;
  last_pair_failure_at: Date | string | null;
  address_ceiling_failure_at: Date | string | null;
  known_place: boolean;
  now: Date | string;
}

const toDate = (value: Date | string | null): Date | null => (value === null ? null : new Date(value));

/** The record of sign-in attempts (`login_attempt`): one row per attempt, a failure until it is marked a success. */
@Injectable()
export class LoginAttemptRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** What earlier attempts say about this account (normalised e-mail) from this address, and the database's clock. */
  async history(email: string, ip: string): Promise<{ history: LoginHistory; now: Date }> {
    const [row] = await this.dataSource.query<HistoryRow[]>(
      `WITH last_success AS (
         SELECT max(at) AS at FROM login_attempt
          WHERE email = $1 AND ip = $2 AND succeeded AND at > now() - make_interval(secs => $3)
       ), pair AS (
         SELECT count(*)::int AS failures, max(a.at) AS last_failure_at
           FROM login_attempt a, last_success s
          WHERE a.email = $1 AND a.ip = $2 AND NOT a.succeeded
            AND a.at > greatest(now() - make_interval(secs => $4), coalesce(s.at, '-infinity'::timestamptz))
       ), address AS (
         SELECT at FROM login_attempt
          WHERE ip = $2 AND NOT succeeded AND at > now() - make_interval(secs => $5)
          ORDER BY at DESC OFFSET $6 LIMIT 1
       )
       SELECT pair.failures AS pair_failures, pair.last_failure_at AS last_pair_failure_at,
              (SELECT at FROM address) AS address_ceiling_failure_at, s.at IS NOT NULL AS known_place, now() AS now
         FROM pair, last_success s`,
      [
        email,
        ip,
        KNOWN_PLACE_SECONDS,
        PAIR_MEMORY_SECONDS,
        ADDRESS_WINDOW_SECONDS,
        ADDRESS_FAILURE_CEILING - 1,
      ],
    );
    return {
      history: {
        pairFailures: Number(row.pair_failures),
        lastPairFailureAt: toDate(row.last_pair_failure_at),
        addressCeilingFailureAt: toDate(row.address_ceiling_failure_at),
        knownPlace: row.known_place,
      },
      now: new Date(row.now),
    };
  }

  /** Records an attempt as failed before its password is checked, so that attempts made meanwhile count it. */
  async recordAttempt(email: string, ip: string): Promise<string> {
    const [row] = await this.dataSource.query<{ id: string | number }[]>(
      `INSERT INTO login_attempt (email, ip, succeeded) VALUES ($1, $2, false) RETURNING id`,
      [email, ip],
    );
    return String(row.id);
  }

  async markSucceeded(attemptId: string): Promise<void> {
    await this.dataSource.query(`UPDATE login_attempt SET succeeded = true WHERE id = $1`, [attemptId]);
  }
}
