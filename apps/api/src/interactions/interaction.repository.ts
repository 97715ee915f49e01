import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AUDIT_COLUMNS } from '../common/audit/audit.service';
import { prepared } from '../common/database/prepared-statements';
import { InteractionEntity } from './interaction.entity';

/** The columns of `interaction i` under the names of InteractionEntity. */
const INTERACTION_COLUMNS = `i.id, i.week_id AS "weekId", i.session_id AS "sessionId", i.country, i.author_id AS "authorId",
  i.platform_code AS "platformCode", i.channel, i.occurred_at AS "occurredAt", i.duration_minutes AS "durationMinutes",
  i.young_people AS "youngPeople", i.age_band AS "ageBand", i.topics, i.initiated_by AS "initiatedBy", i.tone,
  i.outcome, i.notes, i.notes_language AS "notesLanguage", i.summary_en AS "summaryEn", i.content_hash AS "contentHash",
  i.notes_deleted_at AS "notesDeletedAt", i.created_at AS "createdAt", i.updated_at AS "updatedAt", i.version`;

/** An interaction with what its reading depends on: whether its country shares notes, and its week's status. */
const ROW_SELECT = `SELECT ${INTERACTION_COLUMNS}, coalesce(wc.share_notes, true) AS "shareNotes", w.status AS "weekStatus",
              (SELECT r.urgency FROM referral r WHERE r.interaction_id = i.id
                ORDER BY array_position(ARRAY['IMMEDIATE', 'PRIORITY', 'ROUTINE']::text[], r.urgency::text) LIMIT 1)
                AS "referralUrgency"
              FROM interaction i
              JOIN action_week w ON w.id = i.week_id
              LEFT JOIN action_week_country wc ON wc.week_id = i.week_id AND wc.country = i.country`;

/**
 * The hot path's statement (prepared once per connection): inserts the interaction unless its id is stored already,
 * writes its audit entry (parameters 20–25) and returns the row: one round trip.
 */
const LOG_STATEMENT = prepared(
  `WITH inserted AS (
     INSERT INTO interaction (id, week_id, session_id, country, author_id, platform_code, channel, occurred_at, duration_minutes,
                              young_people, age_band, topics, initiated_by, tone, outcome, notes, notes_language, summary_en, content_hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)
     ON CONFLICT (id) DO NOTHING RETURNING *
   ), audited AS (
     INSERT INTO audit_entry (${AUDIT_COLUMNS}, week_id) SELECT $20, $21, $22, $23, $24, $25::jsonb, week_id FROM inserted
   )
   SELECT ${INTERACTION_COLUMNS} FROM inserted i`,
);

export interface InteractionRow extends InteractionEntity {
  shareNotes: boolean;
  weekStatus: string;
  /** The most urgent referral raised from it (as row-level security lets the caller see referrals), or null. */
  referralUrgency: string | null;
}

/** A new interaction as the logging writes it (the database sets the timestamps and the first version). */
export type NewInteraction = Omit<
  InteractionEntity,
  'notesDeletedAt' | 'createdAt' | 'updatedAt' | 'version'
>;

/** Which interactions of a week a page lists; the conditions left out (undefined or null) do not narrow. */
export interface InteractionPageQuery {
  weekId: string;
  /** The caller's own country, for a national team. */
  scopeCountry?: string | null;
  country?: string | null;
  sessionId?: string | null;
  topic?: string | null;
  outcome?: string | null;
  /** The position (occurred at, id) the page starts after, newest first. */
  before?: [string, string];
  limit: number;
}

export interface SessionTotals {
  interactions: number;
  youngPeople: number;
  referrals: number;
}

/** What raising a referral needs to know of its interaction. */
export interface InteractionForReferral {
  id: string;
  weekId: string;
  sessionId: string;
  country: string;
  weekStatus: string;
}

/** The SQL of the interaction aggregate: `interaction` and its earlier versions, `interaction_revision`. */
@Injectable()
export class InteractionRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The stored interaction under the id, as row-level security lets the caller see it. */
  find(id: string, em: EntityManager = this.dataSource.manager): Promise<InteractionEntity | null> {
    return em.getRepository(InteractionEntity).findOneBy({ id });
  }

  /**
   * Inserts the interaction and its audit entry (`audit` as AuditService.values() gives them) in one statement. Null
   * when the id is stored already: nothing was written.
   */
  async logWithAudit(row: NewInteraction, audit: unknown[]): Promise<InteractionEntity | null> {
    const rows: InteractionEntity[] = await this.dataSource.query(LOG_STATEMENT, [
      row.id,
      row.weekId,
      row.sessionId,
      row.country,
      row.authorId,
      row.platformCode,
      row.channel,
      row.occurredAt,
      row.durationMinutes,
      row.youngPeople,
      row.ageBand,
      row.topics,
      row.initiatedBy,
      row.tone,
      row.outcome,
      row.notes,
      row.notesLanguage,
      row.summaryEn,
      row.contentHash,
      ...audit,
    ]);
    return rows[0] ?? null;
  }

  async findRow(id: string, em: EntityManager = this.dataSource.manager): Promise<InteractionRow | null> {
    const [row] = (await em.query(`${ROW_SELECT} WHERE i.id = $1`, [id])) as InteractionRow[];
    return row ?? null;
  }

  /** The row locked for a change in the caller's transaction. */
  async lockRow(em: EntityManager, id: string): Promise<InteractionRow | null> {
    const [row] = (await em.query(`${ROW_SELECT} WHERE i.id = $1 FOR UPDATE OF i`, [id])) as InteractionRow[];
    return row ?? null;
  }

  /** A page of a week's interactions, newest first. */
  async page(query: InteractionPageQuery): Promise<InteractionRow[]> {
    const params: unknown[] = [query.weekId];
    const where = ['i.week_id = $1'];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (query.scopeCountry) add('i.country = ?', query.scopeCountry);
    if (query.country) add('i.country = ?', query.country);
    if (query.sessionId) add('i.session_id = ?', query.sessionId);
    if (query.topic) add('? = ANY(i.topics)', query.topic);
    if (query.outcome) add('i.outcome = ?', query.outcome);
    if (query.before) {
      const [at, id] = query.before;
      params.push(at, id);
      where.push(`(i.occurred_at, i.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    params.push(query.limit);
    return this.dataSource.query(
      `${ROW_SELECT} WHERE ${where.join(' AND ')} ORDER BY i.occurred_at DESC, i.id DESC LIMIT $${params.length}`,
      params,
    );
  }

  /** Keeps the earlier version beside the log (not in the audit log, which may never forget notes). */
  async keepRevision(
    em: EntityManager,
    row: InteractionRow,
    kind: 'UPDATE' | 'DELETE',
    changedBy: string,
  ): Promise<void> {
    const { shareNotes: _share, weekStatus: _status, referralUrgency: _urgency, ...snapshot } = row;
    await em.query(
      `INSERT INTO interaction_revision (interaction_id, version, kind, changed_by, snapshot) VALUES ($1, $2, $3, $4, $5)`,
      [row.id, row.version, kind, changedBy, JSON.stringify(snapshot)],
    );
  }

  /** Running totals of a session, of one country's interactions and referrals or (country null) of every country's. */
  async sessionTotals(sessionId: string, country: string | null): Promise<SessionTotals> {
    const [totals] = await this.dataSource.query(
      `SELECT count(*)::int AS interactions, coalesce(sum(i.young_people), 0)::int AS "youngPeople",
              (SELECT count(*)::int FROM referral r WHERE r.session_id = $1 AND ($2::text IS NULL OR r.country = $2)) AS referrals
         FROM interaction i WHERE i.session_id = $1 AND ($2::text IS NULL OR i.country = $2)`,
      [sessionId, country],
    );
    return totals as SessionTotals;
  }

  async forReferral(em: EntityManager, id: string): Promise<InteractionForReferral | null> {
    const [interaction] = (await em.query(
      `SELECT i.id, i.week_id AS "weekId", i.session_id AS "sessionId", i.country, w.status AS "weekStatus"
           FROM interaction i JOIN action_week w ON w.id = i.week_id WHERE i.id = $1`,
      [id],
    )) as InteractionForReferral[];
    return interaction ?? null;
  }
}
