import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { ReferralObject } from './dto/referral.object';

/** A referral as stored, with its history and its details (which only a read of one referral returns). */
export interface ReferralRow extends Omit<ReferralObject, 'details'> {
  details: string;
  detailsDeletedAt: Date | null;
}

export interface NewReferral {
  interactionId: string;
  weekId: string;
  sessionId: string;
  country: string;
  raisedBy: string;
  receivingUnit: string;
  urgency: string;
  reasonCode: string;
  details: string;
}

/** Which referrals of a week a list holds; the conditions left null do not narrow. */
export interface ReferralListQuery {
  weekId: string;
  country: string | null;
  status: string | null;
  urgency: string | null;
}

const SELECT = `
  SELECT r.id, r.interaction_id AS "interactionId", r.week_id AS "weekId", r.session_id AS "sessionId", r.country,
         r.receiving_unit AS "receivingUnit", r.urgency, r.reason_code AS "reasonCode", r.details,
         r.details_deleted_at AS "detailsDeletedAt", r.status, a.display_name AS "raisedBy", r.created_at AS "createdAt", r.version,
         (SELECT coalesce(json_agg(json_build_object('status', e.status, 'by', b.display_name, 'at', e.at, 'note', e.note) ORDER BY e.at, e.id), '[]'::json)
            FROM referral_event e JOIN account b ON b.id = e.by_id WHERE e.referral_id = r.id) AS history
    FROM referral r JOIN account a ON a.id = r.raised_by`;

/** The SQL of the referral aggregate: `referral` and its history of statuses, `referral_event`. */
@Injectable()
export class ReferralRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The referral, locked for a change in the caller's transaction when `lock` is set. */
  async find(em: EntityManager, id: string, lock = false): Promise<ReferralRow | null> {
    const [row] = (await em.query(`${SELECT} WHERE r.id = $1${lock ? ' FOR UPDATE OF r' : ''}`, [
      id,
    ])) as ReferralRow[];
    return row ?? null;
  }

  /** A week's referrals, the most urgent first, then the newest. */
  list(query: ReferralListQuery): Promise<ReferralRow[]> {
    return this.dataSource.query(
      `${SELECT}
        WHERE r.week_id = $1 AND ($2::text IS NULL OR r.country = $2)
          AND ($3::text IS NULL OR r.status = $3) AND ($4::text IS NULL OR r.urgency = $4)
        ORDER BY CASE r.urgency WHEN 'IMMEDIATE' THEN 0 WHEN 'PRIORITY' THEN 1 ELSE 2 END, r.created_at DESC`,
      [query.weekId, query.country, query.status, query.urgency],
    );
  }

  /** Stores a new referral with the first event of its history (OPEN, by whoever raised it); returns its id. */
  async insertOpen(em: EntityManager, referral: NewReferral): Promise<string> {
    const [{ id }] = (await em.query(
      `INSERT INTO referral (interaction_id, week_id, session_id, country, raised_by, receiving_unit, urgency, reason_code, details)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [
        referral.interactionId,
        referral.weekId,
        referral.sessionId,
        referral.country,
        referral.raisedBy,
        referral.receivingUnit,
        referral.urgency,
        referral.reasonCode,
        referral.details,
      ],
    )) as { id: string }[];
    await em.query(`INSERT INTO referral_event (referral_id, status, by_id) VALUES ($1, 'OPEN', $2)`, [
      id,
      referral.raisedBy,
    ]);
    return id;
  }

  /** Moves the referral to `status` (a new version) and writes the change into its history. */
  async moveTo(
    em: EntityManager,
    id: string,
    status: string,
    byId: string,
    note: string | null,
  ): Promise<void> {
    await em.query(
      `UPDATE referral SET status = $2, version = version + 1, updated_at = now() WHERE id = $1`,
      [id, status],
    );
    await em.query(`INSERT INTO referral_event (referral_id, status, by_id, note) VALUES ($1, $2, $3, $4)`, [
      id,
      status,
      byId,
      note,
    ]);
  }

  /** How many referrals were raised from the interaction. */
  async countForInteraction(em: EntityManager, interactionId: string): Promise<number> {
    const [{ n }] = (await em.query('SELECT count(*)::int AS n FROM referral WHERE interaction_id = $1', [
      interactionId,
    ])) as { n: number }[];
    return n;
  }
}
