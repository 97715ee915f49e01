import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { DebriefObject } from './dto/debrief.object';

export type DebriefStatus = 'DRAFT' | 'SUBMITTED' | 'REVISION_REQUESTED';

/** The free texts of a debrief, by field. */
export const DEBRIEF_TEXT_FIELDS = [
  'whatWorked',
  'challenges',
  'signals',
  'platformObservations',
  'wellbeingText',
  'guidanceSuggestions',
] as const;
export type DebriefTextField = (typeof DEBRIEF_TEXT_FIELDS)[number];

const COLUMNS: Record<DebriefTextField, string> = {
  whatWorked: 'what_worked',
  challenges: 'challenges',
  signals: 'signals',
  platformObservations: 'platform_observations',
  wellbeingText: 'wellbeing_text',
  guidanceSuggestions: 'guidance_suggestions',
};

/** What a save changes: the language always; of the rest, only what is given (not undefined). */
export interface DebriefChanges {
  language: string;
  texts: Partial<Record<DebriefTextField, string>>;
  wellbeingScore?: number | null;
  summaryEn?: string | null;
}

/** An ended session of a week with its countries and the state of each debrief written for it. */
export interface EndedSessionDebriefsRow {
  id: string;
  status: string;
  endsAt: Date;
  countries: string[];
  debriefs: { country: string; status: DebriefStatus }[];
}

const SELECT = `
  SELECT d.id, d.session_id AS "sessionId", d.week_id AS "weekId", d.country, a.display_name AS author, d.language,
         d.what_worked AS "whatWorked", d.challenges, d.signals, d.platform_observations AS "platformObservations",
         d.wellbeing_score AS "wellbeingScore", d.wellbeing_text AS "wellbeingText", d.guidance_suggestions AS "guidanceSuggestions",
         d.summary_en AS "summaryEn", d.status, d.submitted_at AS "submittedAt", d.updated_at AS "updatedAt", d.version,
         (SELECT coalesce(json_agg(json_build_object('author', ca.display_name, 'body', c.body, 'requestsRevision', c.requests_revision,
                                                     'createdAt', c.created_at) ORDER BY c.id), '[]'::json)
            FROM debrief_comment c JOIN account ca ON ca.id = c.author_id WHERE c.debrief_id = d.id) AS comments
    FROM debrief d JOIN account a ON a.id = d.author_id`;

/** A row of SELECT with its dates as dates (the JSON of the comments gives them as strings). */
const toObject = (row: DebriefObject): DebriefObject => ({
  ...row,
  submittedAt: row.submittedAt ? new Date(row.submittedAt) : null,
  updatedAt: new Date(row.updatedAt),
  comments: row.comments.map((c) => ({ ...c, createdAt: new Date(c.createdAt) })),
});

/** The SQL of the debrief aggregate: `debrief` and its comments (`debrief_comment`). */
@Injectable()
export class DebriefRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The country's debrief of the session, locked until the transaction ends; null when it has none yet. */
  async lockOfSession(
    em: EntityManager,
    sessionId: string,
    country: string,
  ): Promise<{ id: string; status: DebriefStatus; version: number } | null> {
    const [row] = (await em.query(
      'SELECT id, status, version FROM debrief WHERE session_id = $1 AND country = $2 FOR UPDATE',
      [sessionId, country],
    )) as { id: string; status: DebriefStatus; version: number }[];
    return row ?? null;
  }

  /** A new, empty draft; returns its id. */
  async insert(
    em: EntityManager,
    debrief: { sessionId: string; weekId: string; country: string; authorId: string; language: string },
  ): Promise<string> {
    const [row] = (await em.query(
      `INSERT INTO debrief (session_id, week_id, country, author_id, language) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [debrief.sessionId, debrief.weekId, debrief.country, debrief.authorId, debrief.language],
    )) as { id: string }[];
    return row.id;
  }

  /** Writes the given changes (a new version). */
  async update(em: EntityManager, id: string, changes: DebriefChanges): Promise<void> {
    const sets = ['language = $2', 'updated_at = now()', 'version = version + 1'];
    const params: unknown[] = [id, changes.language];
    for (const field of DEBRIEF_TEXT_FIELDS) {
      const text = changes.texts[field];
      if (text !== undefined) {
        params.push(text);
        sets.push(`${COLUMNS[field]} = $${params.length}`);
      }
    }
    if (changes.wellbeingScore !== undefined) {
      params.push(changes.wellbeingScore);
      sets.push(`wellbeing_score = $${params.length}`);
    }
    if (changes.summaryEn !== undefined) {
      params.push(changes.summaryEn);
      sets.push(`summary_en = $${params.length}`);
    }
    await em.query(`UPDATE debrief SET ${sets.join(', ')} WHERE id = $1`, params);
  }

  async markSubmitted(em: EntityManager, id: string): Promise<void> {
    await em.query(
      `UPDATE debrief SET status = 'SUBMITTED', submitted_at = now(), version = version + 1, updated_at = now() WHERE id = $1`,
      [id],
    );
  }

  async markRevisionRequested(em: EntityManager, id: string): Promise<void> {
    await em.query(
      `UPDATE debrief SET status = 'REVISION_REQUESTED', version = version + 1, updated_at = now() WHERE id = $1`,
      [id],
    );
  }

  async addComment(
    em: EntityManager,
    id: string,
    authorId: string,
    body: string,
    requestsRevision: boolean,
  ): Promise<void> {
    await em.query(
      `INSERT INTO debrief_comment (debrief_id, author_id, body, requests_revision) VALUES ($1, $2, $3, $4)`,
      [id, authorId, body, requestsRevision],
    );
  }

  /** The debrief with its comments, optionally locked (the debrief row only); null when there is none. */
  async find(em: EntityManager, id: string, lock = false): Promise<DebriefObject | null> {
    const [row] = (await em.query(`${SELECT} WHERE d.id = $1${lock ? ' FOR UPDATE OF d' : ''}`, [
      id,
    ])) as DebriefObject[];
    return row ? toObject(row) : null;
  }

  /**
   * A week's debriefs, the latest changed first, optionally of one session and one country: a national team's own
   * country's (`ownCountry`, drafts included), otherwise every one that is not a draft.
   */
  async list(filter: {
    weekId: string;
    sessionId: string | null;
    country: string | null;
    ownCountry: string | null;
  }): Promise<DebriefObject[]> {
    const params: unknown[] = [filter.weekId, filter.sessionId, filter.country];
    let visible = `d.status <> 'DRAFT'`;
    if (filter.ownCountry !== null) {
      params.push(filter.ownCountry);
      visible = 'd.country = $4';
    }
    const rows: DebriefObject[] = await this.dataSource.query(
      `${SELECT}
        WHERE d.week_id = $1 AND ($2::uuid IS NULL OR d.session_id = $2) AND ($3::text IS NULL OR d.country = $3) AND ${visible}
        ORDER BY d.updated_at DESC`,
      params,
    );
    return rows.map(toObject);
  }

  /** The submitted ones of the given debriefs of a week, in no particular order. */
  async submittedOfWeek(em: EntityManager, weekId: string, ids: readonly string[]): Promise<DebriefObject[]> {
    const rows: DebriefObject[] = await em.query(
      `${SELECT} WHERE d.week_id = $1 AND d.id = ANY($2::uuid[]) AND d.status = 'SUBMITTED'`,
      [weekId, ids],
    );
    return rows.map(toObject);
  }

  /** Every ended session of the week, by end, with its countries and the debriefs written for it so far. */
  async endedSessionsWithDebriefs(weekId: string): Promise<EndedSessionDebriefsRow[]> {
    const rows: EndedSessionDebriefsRow[] = await this.dataSource.query(
      `SELECT s.id, s.status, s.ends_at AS "endsAt",
                ARRAY(SELECT c.country FROM patrol_session_country c WHERE c.session_id = s.id ORDER BY c.country)::text[] AS countries,
                (SELECT coalesce(json_agg(json_build_object('country', d.country, 'status', d.status)), '[]'::json)
                   FROM debrief d WHERE d.session_id = s.id) AS debriefs
           FROM patrol_session s WHERE s.week_id = $1 AND s.status = 'ENDED' ORDER BY s.ends_at`,
      [weekId],
    );
    return rows.map((row) => ({ ...row, endsAt: new Date(row.endsAt) }));
  }
}
