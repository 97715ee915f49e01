import type { RosterPlan, SessionStatus } from '@empact/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** A session of the week with what the home page reads of it; `mine` when the caller is on a roster or guides it. */
export interface NowSessionRow {
  id: string;
  status: SessionStatus;
  startsAt: Date;
  endsAt: Date;
  platformCode: string;
  platformName: string;
  venue: string;
  countries: string[];
  rosters: RosterPlan[];
  mine: boolean;
}

export interface NowDebriefRow {
  sessionId: string;
  debriefId: string | null;
  country: string;
  sessionEndsAt: Date;
  platformName: string;
  state: string;
}

export interface NowReferralRow {
  id: string;
  sessionId: string;
  country: string;
  urgency: string;
  status: string;
  receivingUnit: string;
  reasonCode: string;
  createdAt: Date;
}

/**
 * The SQL of the home page's "now": read-only, always scoped by week and, for a national team (`country` given), by
 * its country. `country` null means every country (coordinators).
 */
@Injectable()
export class WeekNowRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The week's scheduled and live sessions that the country takes part in, with their rosters: every country's, since
   * whether a session may start depends on all of them (the service names only the caller's country's gaps).
   */
  async sessions(weekId: string, country: string | null, actorId: string): Promise<NowSessionRow[]> {
    const rows: NowSessionRow[] = await this.dataSource.query(
      `SELECT s.id, s.status, s.starts_at AS "startsAt", s.ends_at AS "endsAt", s.platform_code AS "platformCode",
              p.name AS "platformName", s.venue,
              ARRAY(SELECT c.country FROM patrol_session_country c WHERE c.session_id = s.id ORDER BY c.country)::text[] AS countries,
              (SELECT coalesce(json_agg(json_build_object('country', r.country, 'operatorOneId', r.operator_one_id,
                        'operatorTwoId', r.operator_two_id, 'teamLeaderId', r.team_leader_id, 'profileId', r.profile_id)), '[]'::json)
                 FROM roster r WHERE r.session_id = s.id) AS rosters,
              (s.guide_id = $3 OR EXISTS (SELECT 1 FROM roster m WHERE m.session_id = s.id
                  AND $3 IN (m.operator_one_id, m.operator_two_id, m.team_leader_id))) AS mine
         FROM patrol_session s JOIN platform p ON p.code = s.platform_code
        WHERE s.week_id = $1 AND s.status IN ('SCHEDULED', 'LIVE')
          AND ($2::text IS NULL OR EXISTS (SELECT 1 FROM patrol_session_country o WHERE o.session_id = s.id AND o.country = $2))
        ORDER BY s.starts_at`,
      [weekId, country, actorId],
    );
    return rows.map((row) => ({
      ...row,
      startsAt: new Date(row.startsAt),
      endsAt: new Date(row.endsAt),
      mine: row.mine === true,
    }));
  }

  /** Per country taking part in an ended session of the week: the debriefs not submitted yet (drafts too). */
  async debriefsOwed(weekId: string, country: string | null): Promise<NowDebriefRow[]> {
    const rows: NowDebriefRow[] = await this.dataSource.query(
      `SELECT s.id AS "sessionId", d.id AS "debriefId", c.country, s.ends_at AS "sessionEndsAt", p.name AS "platformName",
              coalesce(d.status, 'MISSING') AS state
         FROM patrol_session s
         JOIN patrol_session_country c ON c.session_id = s.id
         JOIN platform p ON p.code = s.platform_code
         LEFT JOIN debrief d ON d.session_id = s.id AND d.country = c.country
        WHERE s.week_id = $1 AND s.status = 'ENDED' AND ($2::text IS NULL OR c.country = $2)
          AND (d.id IS NULL OR d.status <> 'SUBMITTED')
        ORDER BY s.ends_at DESC, c.country`,
      [weekId, country],
    );
    return rows.map((row) => ({ ...row, sessionEndsAt: new Date(row.sessionEndsAt) }));
  }

  /** Submitted debriefs of the week that nobody has commented on since they were submitted, the oldest first. */
  async debriefsToReview(weekId: string): Promise<NowDebriefRow[]> {
    const rows: NowDebriefRow[] = await this.dataSource.query(
      `SELECT d.session_id AS "sessionId", d.id AS "debriefId", d.country, s.ends_at AS "sessionEndsAt",
              p.name AS "platformName", d.status AS state
         FROM debrief d
         JOIN patrol_session s ON s.id = d.session_id
         JOIN platform p ON p.code = s.platform_code
        WHERE d.week_id = $1 AND d.status = 'SUBMITTED'
          AND NOT EXISTS (SELECT 1 FROM debrief_comment k WHERE k.debrief_id = d.id AND k.created_at >= d.submitted_at)
        ORDER BY d.submitted_at`,
      [weekId],
    );
    return rows.map((row) => ({ ...row, sessionEndsAt: new Date(row.sessionEndsAt) }));
  }

  /** The week's referrals in the given statuses, without details, the most urgent and then the oldest first. */
  async referrals(
    weekId: string,
    country: string | null,
    statuses: readonly string[],
  ): Promise<NowReferralRow[]> {
    const rows: NowReferralRow[] = await this.dataSource.query(
      `SELECT r.id, r.session_id AS "sessionId", r.country, r.urgency, r.status, r.receiving_unit AS "receivingUnit",
              r.reason_code AS "reasonCode", r.created_at AS "createdAt"
         FROM referral r
        WHERE r.week_id = $1 AND ($2::text IS NULL OR r.country = $2) AND r.status = ANY($3::text[])
        ORDER BY CASE r.urgency WHEN 'IMMEDIATE' THEN 0 WHEN 'PRIORITY' THEN 1 ELSE 2 END, r.created_at`,
      [weekId, country, statuses],
    );
    return rows.map((row) => ({ ...row, createdAt: new Date(row.createdAt) }));
  }
}
