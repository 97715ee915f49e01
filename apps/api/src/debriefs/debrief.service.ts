import { can, countryScope, debriefSubmitProblems, owedDebriefs } from '@empact/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../common/audit/audit.service';
import type { AuthenticatedActor } from '../common/auth/authenticated-actor';
import { badInput, DomainException, forbidden, notFound } from '../common/errors/domain.exception';
import { I18nService } from '../common/i18n/i18n.service';
import { PersonalDataGuard } from '../common/personal-data/personal-data.guard';
import { DebriefFilter, SaveDebriefInput } from './dto/debrief.inputs';
import { DebriefObject, OwedDebriefObject } from './dto/debrief.object';

const SELECT = `
  SELECT d.id, d.session_id AS "sessionId", d.week_id AS "weekId", d.country, a.display_name AS author, d.language,
         d.what_worked AS "whatWorked", d.challenges, d.signals, d.platform_observations AS "platformObservations",
         d.wellbeing_score AS "wellbeingScore", d.wellbeing_text AS "wellbeingText", d.guidance_suggestions AS "guidanceSuggestions",
         d.summary_en AS "summaryEn", d.status, d.submitted_at AS "submittedAt", d.updated_at AS "updatedAt", d.version,
         (SELECT coalesce(json_agg(json_build_object('author', ca.display_name, 'body', c.body, 'requestsRevision', c.requests_revision,
                                                     'createdAt', c.created_at) ORDER BY c.id), '[]'::json)
            FROM debrief_comment c JOIN account ca ON ca.id = c.author_id WHERE c.debrief_id = d.id) AS comments
    FROM debrief d JOIN account a ON a.id = d.author_id`;

const FIELDS = ['whatWorked', 'challenges', 'signals', 'platformObservations', 'wellbeingText', 'guidanceSuggestions'] as const;
const COLUMNS: Record<(typeof FIELDS)[number], string> = {
  whatWorked: 'what_worked',
  challenges: 'challenges',
  signals: 'signals',
  platformObservations: 'platform_observations',
  wellbeingText: 'wellbeing_text',
  guidanceSuggestions: 'guidance_suggestions',
};

@Injectable()
export class DebriefService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly i18n: I18nService,
    private readonly personalData: PersonalDataGuard,
  ) {}

  /** Saves the team leader's draft (created on the first save); a submitted debrief changes only after a revision request. */
  async save(actor: AuthenticatedActor, input: SaveDebriefInput): Promise<DebriefObject> {
    const country = actor.country;
    return this.dataSource.transaction(async (em) => {
      const session = await this.sessionOf(em, input.sessionId, country);
      if (!country || !can(actor, 'debrief.write', { country })) throw forbidden();
      if (session.status !== 'ENDED') throw badInput('sessionId', 'debrief.sessionNotEnded');
      this.i18n.requireWorkingLanguage('language', session.languages[country] ?? [], country, input.language);
      this.personalData.checkInput(input, await this.personalData.weekContext(em, session.weekId));
      const [existing] = await em.query('SELECT id, status, version FROM debrief WHERE session_id = $1 AND country = $2 FOR UPDATE', [session.id, country]);
      let id: string;
      if (!existing) {
        const [row] = await em.query(
          `INSERT INTO debrief (session_id, week_id, country, author_id, language) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
          [session.id, session.weekId, country, actor.id, input.language],
        );
        id = row.id;
      } else {
        id = existing.id;
        if (existing.status === 'SUBMITTED') throw badInput('sessionId', 'debrief.alreadySubmitted');
        if (input.version !== undefined && input.version !== existing.version) {
          throw new DomainException('CONFLICT', 'code.CONFLICT', {}, { currentVersion: existing.version });
        }
      }
      const sets = ['language = $2', 'updated_at = now()', 'version = version + 1'];
      const params: unknown[] = [id, input.language];
      for (const field of FIELDS) {
        if (input[field] !== undefined) {
          params.push(input[field]?.trim() ?? '');
          sets.push(`${COLUMNS[field]} = $${params.length}`);
        }
      }
      if (input.wellbeingScore !== undefined) {
        params.push(input.wellbeingScore);
        sets.push(`wellbeing_score = $${params.length}`);
      }
      if (input.summaryEn !== undefined) {
        params.push(input.summaryEn?.trim() || null);
        sets.push(`summary_en = $${params.length}`);
      }
      await em.query(`UPDATE debrief SET ${sets.join(', ')} WHERE id = $1`, params);
      await this.audit.record(em, { action: 'saveDebrief', targetType: 'Debrief', targetId: id, details: { sessionId: session.id, country } });
      return this.require(em, id);
    });
  }

  async submit(actor: AuthenticatedActor, id: string, version: number): Promise<DebriefObject> {
    return this.dataSource.transaction(async (em) => {
      const debrief = await this.reachable(em, actor, id, true);
      if (!can(actor, 'debrief.write', { country: debrief.country })) throw forbidden();
      if (debrief.version !== version) throw new DomainException('CONFLICT', 'code.CONFLICT', {}, { currentVersion: debrief.version });
      if (debrief.status === 'SUBMITTED') throw badInput('id', 'debrief.alreadySubmitted');
      const [problem] = debriefSubmitProblems(debrief);
      if (problem === 'summaryEn') throw badInput('summaryEn', 'debrief.summaryRequired');
      if (problem === 'wellbeingScore') throw badInput('wellbeingScore', 'debrief.wellbeingRequired');
      await em.query(`UPDATE debrief SET status = 'SUBMITTED', submitted_at = now(), version = version + 1, updated_at = now() WHERE id = $1`, [id]);
      await this.audit.record(em, { action: 'submitDebrief', targetType: 'Debrief', targetId: id });
      return this.require(em, id);
    });
  }

  /** A coordinator comments on a submitted debrief, or sends it back for a revision. */
  async comment(actor: AuthenticatedActor, id: string, body: string, requestRevision = false): Promise<DebriefObject> {
    if (!can(actor, 'debrief.review')) throw forbidden();
    return this.dataSource.transaction(async (em) => {
      const debrief = await this.reachable(em, actor, id, true);
      if (requestRevision && debrief.status !== 'SUBMITTED') throw badInput('requestRevision', 'debrief.notSubmitted');
      this.personalData.checkTexts({ body }, await this.personalData.weekContext(em, debrief.weekId));
      await em.query(`INSERT INTO debrief_comment (debrief_id, author_id, body, requests_revision) VALUES ($1, $2, $3, $4)`, [id, actor.id, body.trim(), requestRevision]);
      if (requestRevision) {
        await em.query(`UPDATE debrief SET status = 'REVISION_REQUESTED', version = version + 1, updated_at = now() WHERE id = $1`, [id]);
      }
      await this.audit.record(em, { action: 'commentDebrief', targetType: 'Debrief', targetId: id, details: { requestRevision } });
      return this.require(em, id);
    });
  }

  /** A team reads its own country's debriefs, drafts included; coordinators read every submitted one. */
  async list(actor: AuthenticatedActor, filter: DebriefFilter): Promise<DebriefObject[]> {
    if (!can(actor, 'debrief.read')) throw forbidden();
    const scope = countryScope(actor);
    const params: unknown[] = [filter.weekId, filter.sessionId ?? null, filter.country ?? null];
    let visible = `d.status <> 'DRAFT'`;
    if (scope.kind === 'country') {
      params.push(scope.country);
      visible = 'd.country = $4';
    }
    const rows: DebriefObject[] = await this.dataSource.query(
      `${SELECT}
        WHERE d.week_id = $1 AND ($2::uuid IS NULL OR d.session_id = $2) AND ($3::text IS NULL OR d.country = $3) AND ${visible}
        ORDER BY d.updated_at DESC`,
      params,
    );
    return rows.map((row) => this.toObject(row));
  }

  /** Submitted debriefs of a week, by id, in the order asked: what a week report links. */
  async submittedOfWeek(em: EntityManager, weekId: string, ids: readonly string[]): Promise<DebriefObject[]> {
    if (ids.length === 0) return [];
    const rows: DebriefObject[] = await em.query(`${SELECT} WHERE d.week_id = $1 AND d.id = ANY($2::uuid[]) AND d.status = 'SUBMITTED'`, [weekId, ids]);
    return ids.map((id) => rows.find((row) => row.id === id)).filter((row): row is DebriefObject => !!row).map((row) => this.toObject(row));
  }

  /** For coordinators: every ended session's debriefs still owed, per country. */
  async owed(actor: AuthenticatedActor, weekId: string): Promise<OwedDebriefObject[]> {
    if (!can(actor, 'debrief.review')) throw forbidden();
    const sessions: { id: string; status: string; endsAt: Date; countries: string[]; debriefs: { country: string; status: 'DRAFT' | 'SUBMITTED' | 'REVISION_REQUESTED' }[] }[] =
      await this.dataSource.query(
        `SELECT s.id, s.status, s.ends_at AS "endsAt",
                ARRAY(SELECT c.country FROM patrol_session_country c WHERE c.session_id = s.id ORDER BY c.country)::text[] AS countries,
                (SELECT coalesce(json_agg(json_build_object('country', d.country, 'status', d.status)), '[]'::json)
                   FROM debrief d WHERE d.session_id = s.id) AS debriefs
           FROM patrol_session s WHERE s.week_id = $1 AND s.status = 'ENDED' ORDER BY s.ends_at`,
        [weekId],
      );
    return sessions.flatMap((session) =>
      owedDebriefs(session, session.debriefs).map((country) => ({
        sessionId: session.id,
        country,
        sessionEndsAt: new Date(session.endsAt),
        state: session.debriefs.find((d) => d.country === country)?.status ?? 'MISSING',
      })),
    );
  }

  /** The session, when the country took part in it; NOT_FOUND otherwise, as for a session that does not exist. */
  private async sessionOf(em: EntityManager, sessionId: string, country: string | null) {
    const [session] = await em.query(
      `SELECT s.id, s.week_id AS "weekId", s.status,
              (SELECT json_object_agg(wc.country, wc.languages) FROM action_week_country wc WHERE wc.week_id = s.week_id) AS languages
         FROM patrol_session s
        WHERE s.id = $1 AND EXISTS (SELECT 1 FROM patrol_session_country c WHERE c.session_id = s.id AND c.country = $2)`,
      [sessionId, country],
    );
    if (!session) throw notFound();
    return session as { id: string; weekId: string; status: string; languages: Record<string, string[]> };
  }

  private async reachable(em: EntityManager, actor: AuthenticatedActor, id: string, lock = false): Promise<DebriefObject> {
    const [row] = (await em.query(`${SELECT} WHERE d.id = $1${lock ? ' FOR UPDATE OF d' : ''}`, [id])) as DebriefObject[];
    const scope = countryScope(actor);
    const visible = row && (scope.kind === 'all' ? row.status !== 'DRAFT' || can(actor, 'debrief.write', { country: row.country }) : scope.kind === 'country' && row.country === scope.country);
    if (!visible) throw notFound();
    return this.toObject(row);
  }

  private async require(em: EntityManager, id: string): Promise<DebriefObject> {
    const [row] = (await em.query(`${SELECT} WHERE d.id = $1`, [id])) as DebriefObject[];
    if (!row) throw notFound();
    return this.toObject(row);
  }

  private toObject(row: DebriefObject): DebriefObject {
    return {
      ...row,
      submittedAt: row.submittedAt ? new Date(row.submittedAt) : null,
      updatedAt: new Date(row.updatedAt),
      comments: row.comments.map((c) => ({ ...c, createdAt: new Date(c.createdAt) })),
    };
  }
}
