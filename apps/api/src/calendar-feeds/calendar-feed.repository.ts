import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CalendarFeedScope } from './calendar-feed.entity';

/** A feed as rendering needs it: its scope and its owner's name and language. */
export interface LiveFeedRow {
  id: string;
  weekId: string;
  scope: CalendarFeedScope;
  country: string | null;
  accountId: string;
  owner: string;
  language: string;
}

/** The SQL of calendar feeds (`calendar_feed`); the sessions a feed shows come from PatrolSessionRepository. */
@Injectable()
export class CalendarFeedRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The feed behind a token's hash, or null when the token is unknown, the feed revoked or its owner disabled. */
  async liveByTokenHash(tokenHash: string): Promise<LiveFeedRow | null> {
    const [feed]: LiveFeedRow[] = await this.dataSource.query(
      `SELECT f.id, f.week_id AS "weekId", f.scope, f.country, f.account_id AS "accountId", a.display_name AS owner, a.language
         FROM calendar_feed f JOIN account a ON a.id = f.account_id
        WHERE f.token_hash = $1 AND f.revoked_at IS NULL AND a.disabled_at IS NULL`,
      [tokenHash],
    );
    return feed ?? null;
  }
}
