import {
  can,
  countryScope,
  guidanceApplies,
  guidanceTargetProblem,
  GuidanceScope,
  isLocale,
  Locale,
  LOCALES,
  translationStatus,
} from '@empact/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../common/audit/audit.service';
import type { AuthenticatedActor } from '../common/auth/authenticated-actor';
import { badInput, DomainException, forbidden, notFound } from '../common/errors/domain.exception';
import { renderMarkdown } from '../common/markdown/render-markdown';
import { PersonalDataGuard } from '../common/personal-data/personal-data.guard';
import { requestLocale } from '../common/request-context';
import { GuidanceFilter, TranslateGuidanceNoteInput, WriteGuidanceNoteInput } from './dto/guidance.inputs';
import { GuidanceNoteObject, GuidanceReaderObject, GuidanceRevisionObject } from './dto/guidance.object';

interface NoteRow {
  id: string;
  weekId: string;
  category: string;
  scope: GuidanceScope;
  scopeCountry: string | null;
  scopePlatform: string | null;
  scopeSessionId: string | null;
  sourceLanguage: string;
  title: string;
  body: string;
  revision: number;
  published: boolean;
  pinned: boolean;
  updatedAt: Date;
  version: number;
  translations: { language: string; title: string; body: string; status: 'DRAFT' | 'CURRENT'; sourceRevision: number }[];
  readByMe: boolean;
  readCount: number;
}

const NOTE_SELECT = `
  SELECT n.id, n.week_id AS "weekId", n.category, n.scope, n.scope_country AS "scopeCountry", n.scope_platform AS "scopePlatform",
         n.scope_session_id AS "scopeSessionId", n.source_language AS "sourceLanguage", n.title, n.body, n.revision, n.published,
         n.pinned, n.updated_at AS "updatedAt", n.version,
         (SELECT coalesce(json_agg(json_build_object('language', t.language, 'title', t.title, 'body', t.body, 'status', t.status,
                                                     'sourceRevision', t.source_revision)), '[]'::json)
            FROM guidance_translation t WHERE t.note_id = n.id) AS translations,
         EXISTS (SELECT 1 FROM guidance_read r WHERE r.note_id = n.id AND r.account_id = $1 AND r.revision = n.revision) AS "readByMe",
         (SELECT count(*)::int FROM guidance_read r WHERE r.note_id = n.id AND r.revision = n.revision) AS "readCount"
    FROM guidance_note n`;

/**
 * Notes a team member may read: published, and for the whole week, their country, any platform, or a session of
 * theirs. `param` is the placeholder of the country.
 */
const visibleToCountry = (param: string) => `(n.published AND (n.scope IN ('WEEK', 'PLATFORM') OR (n.scope = 'COUNTRY' AND n.scope_country = ${param})
  OR (n.scope = 'SESSION' AND EXISTS (SELECT 1 FROM patrol_session_country c WHERE c.session_id = n.scope_session_id AND c.country = ${param}))))`;

@Injectable()
export class GuidanceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly personalData: PersonalDataGuard,
  ) {}

  async write(actor: AuthenticatedActor, input: WriteGuidanceNoteInput): Promise<GuidanceNoteObject> {
    if (!can(actor, 'guidance.write')) throw forbidden();
    const scope = input.scope as GuidanceScope;
    const target = { scope, scopeCountry: input.scopeCountry ?? null, scopePlatform: input.scopePlatform ?? null, scopeSessionId: input.scopeSessionId ?? null };
    const missing = guidanceTargetProblem(target);
    if (missing) throw badInput(missing, 'input.required', { field: missing });
    return this.dataSource.transaction(async (em) => {
      await this.checkTarget(em, input.weekId, target);
      this.personalData.checkInput(input, await this.personalData.weekContext(em, input.weekId));
      const sourceLanguage = input.sourceLanguage ?? 'en';
      let id = input.id;
      if (!id) {
        const [row] = await em.query(
          `INSERT INTO guidance_note (week_id, category, scope, scope_country, scope_platform, scope_session_id, source_language, title, body, created_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
          [input.weekId, input.category, scope, target.scopeCountry, target.scopePlatform, target.scopeSessionId, sourceLanguage, input.title.trim(), input.body, actor.id],
        );
        id = row.id as string;
        await em.query(`INSERT INTO guidance_revision (note_id, revision, title, body, source_language, written_by) VALUES ($1, 1, $2, $3, $4, $5)`, [id, input.title.trim(), input.body, sourceLanguage, actor.id]);
      } else {
        const [current] = await em.query(`SELECT week_id, title, body, source_language, revision, version FROM guidance_note WHERE id = $1 FOR UPDATE`, [id]);
        if (!current || current.week_id !== input.weekId) throw notFound();
        if (input.version !== current.version) throw new DomainException('CONFLICT', 'code.CONFLICT', {}, { currentVersion: current.version });
        const changed = current.title !== input.title.trim() || current.body !== input.body || current.source_language !== sourceLanguage;
        const revision = changed ? current.revision + 1 : current.revision;
        await em.query(
          `UPDATE guidance_note SET category = $2, scope = $3, scope_country = $4, scope_platform = $5, scope_session_id = $6, source_language = $7,
                  title = $8, body = $9, revision = $10, version = version + 1, updated_at = now() WHERE id = $1`,
          [id, input.category, scope, target.scopeCountry, target.scopePlatform, target.scopeSessionId, sourceLanguage, input.title.trim(), input.body, revision],
        );
        if (changed) {
          await em.query(`INSERT INTO guidance_revision (note_id, revision, title, body, source_language, written_by) VALUES ($1, $2, $3, $4, $5, $6)`, [id, revision, input.title.trim(), input.body, sourceLanguage, actor.id]);
        }
      }
      await this.audit.record(em, { action: 'writeGuidanceNote', targetType: 'GuidanceNote', targetId: id });
      return this.toObject(await this.row(em, actor, id), requestLocale(), true);
    });
  }

  async translate(actor: AuthenticatedActor, input: TranslateGuidanceNoteInput): Promise<GuidanceNoteObject> {
    if (!can(actor, 'guidance.translate')) throw forbidden();
    return this.dataSource.transaction(async (em) => {
      const note = await this.visibleRow(em, actor, input.noteId);
      if (input.language === note.sourceLanguage) throw badInput('language', 'input.oneOf', { field: 'language' });
      this.personalData.checkInput(input, await this.personalData.weekContext(em, note.weekId));
      await em.query(
        `INSERT INTO guidance_translation (note_id, language, title, body, status, source_revision, translated_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (note_id, language) DO UPDATE SET title = excluded.title, body = excluded.body, status = excluded.status,
           source_revision = excluded.source_revision, translated_by = excluded.translated_by, updated_at = now()`,
        [note.id, input.language, input.title.trim(), input.body, input.status, note.revision, actor.id],
      );
      await this.audit.record(em, { action: 'translateGuidanceNote', targetType: 'GuidanceNote', targetId: note.id, details: { language: input.language, status: input.status } });
      return this.toObject(await this.row(em, actor, note.id), input.language as Locale, can(actor, 'guidance.write'));
    });
  }

  async setFlag(actor: AuthenticatedActor, id: string, flag: 'published' | 'pinned', value: boolean): Promise<GuidanceNoteObject> {
    if (!can(actor, 'guidance.write')) throw forbidden();
    return this.dataSource.transaction(async (em) => {
      await this.visibleRow(em, actor, id);
      await em.query(`UPDATE guidance_note SET ${flag === 'published' ? 'published' : 'pinned'} = $2, version = version + 1, updated_at = now() WHERE id = $1`, [id, value]);
      const action = flag === 'published' ? (value ? 'publishGuidanceNote' : 'unpublishGuidanceNote') : 'pinGuidanceNote';
      await this.audit.record(em, { action, targetType: 'GuidanceNote', targetId: id, details: { [flag]: value } });
      return this.toObject(await this.row(em, actor, id), requestLocale(), true);
    });
  }

  async list(actor: AuthenticatedActor, filter: GuidanceFilter): Promise<GuidanceNoteObject[]> {
    if (!can(actor, 'guidance.read')) throw forbidden();
    const scope = countryScope(actor);
    const params: unknown[] = [actor.id, filter.weekId];
    const where = ['n.week_id = $2'];
    if (scope.kind === 'country') {
      await this.requireWeekOfCountry(scope.country, filter.weekId);
      params.push(scope.country);
      where.push(visibleToCountry(`$${params.length}`));
    } else if (!can(actor, 'guidance.write') || !filter.includeUnpublished) {
      where.push('n.published');
    }
    if (filter.category) {
      params.push(filter.category);
      where.push(`n.category = $${params.length}`);
    }
    if (filter.scope) {
      params.push(filter.scope);
      where.push(`n.scope = $${params.length}`);
    }
    const rows: NoteRow[] = await this.dataSource.query(`${NOTE_SELECT} WHERE ${where.join(' AND ')} ORDER BY n.pinned DESC, n.updated_at DESC`, params);
    const language = isLocale(filter.language) ? filter.language : requestLocale();
    return rows.map((row) => this.toObject(row, language, can(actor, 'guidance.write')));
  }

  async get(actor: AuthenticatedActor, id: string, language?: string): Promise<GuidanceNoteObject> {
    if (!can(actor, 'guidance.read')) throw forbidden();
    return this.toObject(await this.visibleRow(this.dataSource.manager, actor, id), isLocale(language) ? language : requestLocale(), can(actor, 'guidance.write'));
  }

  async revisions(actor: AuthenticatedActor, id: string): Promise<GuidanceRevisionObject[]> {
    if (!can(actor, 'guidance.read')) throw forbidden();
    await this.visibleRow(this.dataSource.manager, actor, id);
    const rows: (Omit<GuidanceRevisionObject, 'bodyHtml'>)[] = await this.dataSource.query(
      `SELECT r.revision, r.title, r.body, r.source_language AS "sourceLanguage", a.display_name AS "writtenBy", r.written_at AS "writtenAt"
         FROM guidance_revision r JOIN account a ON a.id = r.written_by WHERE r.note_id = $1 ORDER BY r.revision DESC`,
      [id],
    );
    return rows.map((row) => ({ ...row, bodyHtml: renderMarkdown(row.body), writtenAt: new Date(row.writtenAt) }));
  }

  /** Records, once per person, note and revision, that a team member has read a published note. */
  async confirmRead(actor: AuthenticatedActor, noteId: string, language: string): Promise<GuidanceNoteObject> {
    if (!can(actor, 'guidance.read')) throw forbidden();
    return this.dataSource.transaction(async (em) => {
      const note = await this.visibleRow(em, actor, noteId);
      if (!note.published) throw notFound();
      const inserted = await em.query(
        `INSERT INTO guidance_read (note_id, account_id, revision, language) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING note_id`,
        [noteId, actor.id, note.revision, language],
      );
      await this.audit.record(em, {
        action: 'confirmGuidanceRead',
        targetType: 'GuidanceNote',
        targetId: noteId,
        details: { revision: note.revision, language, first: inserted.length > 0 },
      });
      return this.toObject(await this.row(em, actor, noteId), isLocale(language) ? language : requestLocale());
    });
  }

  /**
   * For coordinators: every team member of the week's countries, their next session, and the published guidance
   * that applies to it which they have not confirmed at its current revision.
   */
  async readers(actor: AuthenticatedActor, weekId: string, now = new Date()): Promise<GuidanceReaderObject[]> {
    if (!can(actor, 'guidance.write')) throw forbidden();
    const [week] = await this.dataSource.query('SELECT id FROM action_week WHERE id = $1', [weekId]);
    if (!week) throw notFound();
    const people: { accountId: string; displayName: string; country: string; nextSessionId: string | null; nextSessionStartsAt: Date | null; platform: string | null }[] =
      await this.dataSource.query(
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
    const notes: { id: string; revision: number; scope: GuidanceScope; scopeCountry: string | null; scopePlatform: string | null; scopeSessionId: string | null }[] =
      await this.dataSource.query(
        `SELECT id, revision, scope, scope_country AS "scopeCountry", scope_platform AS "scopePlatform", scope_session_id AS "scopeSessionId"
           FROM guidance_note WHERE week_id = $1 AND published`,
        [weekId],
      );
    const reads: { noteId: string; accountId: string; revision: number }[] = await this.dataSource.query(
      `SELECT r.note_id AS "noteId", r.account_id AS "accountId", r.revision FROM guidance_read r JOIN guidance_note n ON n.id = r.note_id
        WHERE n.week_id = $1 AND r.revision = n.revision`,
      [weekId],
    );
    return people.map((person) => ({
      accountId: person.accountId,
      displayName: person.displayName,
      country: person.country,
      nextSessionId: person.nextSessionId,
      nextSessionStartsAt: person.nextSessionStartsAt ? new Date(person.nextSessionStartsAt) : null,
      unreadNoteIds: person.nextSessionId
        ? notes
            .filter((note) => guidanceApplies(note, { id: person.nextSessionId as string, platform: person.platform ?? '' }, person.country))
            .filter((note) => !reads.some((r) => r.noteId === note.id && r.accountId === person.accountId))
            .map((note) => note.id)
        : [],
    }));
  }

  /** The published guidance for a session that the caller has not confirmed yet, in their language. */
  async unreadForSession(actor: AuthenticatedActor, sessionId: string): Promise<GuidanceNoteObject[]> {
    if (!can(actor, 'guidance.read')) throw forbidden();
    if (!actor.country) return [];
    const [session] = await this.dataSource.query(
      `SELECT s.id, s.week_id AS "weekId", s.platform_code AS platform FROM patrol_session s
        WHERE s.id = $1 AND EXISTS (SELECT 1 FROM patrol_session_country c WHERE c.session_id = s.id AND c.country = $2)`,
      [sessionId, actor.country],
    );
    if (!session) throw notFound();
    const rows: NoteRow[] = await this.dataSource.query(`${NOTE_SELECT} WHERE n.week_id = $2 AND n.published ORDER BY n.pinned DESC, n.updated_at DESC`, [actor.id, session.weekId]);
    return rows
      .filter((row) => !row.readByMe && guidanceApplies(row, session, actor.country as string))
      .map((row) => this.toObject(row, requestLocale()));
  }

  private async checkTarget(em: EntityManager, weekId: string, target: { scopeCountry: string | null; scopePlatform: string | null; scopeSessionId: string | null }): Promise<void> {
    const [week] = await em.query('SELECT id FROM action_week WHERE id = $1', [weekId]);
    if (!week) throw notFound();
    // Whatever was given is checked, an empty string too: '' is no country, platform or session, and the foreign key would refuse it.
    if (target.scopeCountry !== null) {
      const [c] = await em.query('SELECT 1 FROM action_week_country WHERE week_id = $1 AND country = $2', [weekId, target.scopeCountry]);
      if (!c) throw badInput('scopeCountry', 'input.oneOf', { field: 'scopeCountry' });
    }
    if (target.scopePlatform !== null) {
      const [p] = await em.query('SELECT 1 FROM platform WHERE code = $1', [target.scopePlatform]);
      if (!p) throw badInput('scopePlatform', 'input.oneOf', { field: 'scopePlatform' });
    }
    if (target.scopeSessionId !== null) {
      const [s] = await em.query('SELECT 1 FROM patrol_session WHERE id = $1 AND week_id = $2', [target.scopeSessionId, weekId]);
      if (!s) throw badInput('scopeSessionId', 'input.oneOf', { field: 'scopeSessionId' });
    }
  }

  private async requireWeekOfCountry(country: string, weekId: string): Promise<void> {
    const [week] = await this.dataSource.query('SELECT 1 FROM action_week_country WHERE week_id = $1 AND country = $2', [weekId, country]);
    if (!week) throw notFound();
  }

  private async row(em: EntityManager, actor: AuthenticatedActor, id: string): Promise<NoteRow> {
    const [row] = (await em.query(`${NOTE_SELECT} WHERE n.id = $2`, [actor.id, id])) as NoteRow[];
    if (!row) throw notFound();
    return row;
  }

  /** The note if the actor may see it: team members only published notes meant for them. */
  private async visibleRow(em: EntityManager, actor: AuthenticatedActor, id: string): Promise<NoteRow> {
    const scope = countryScope(actor);
    const params: unknown[] = [actor.id, id];
    let condition = can(actor, 'guidance.write') ? '' : ' AND n.published';
    if (scope.kind === 'country') {
      params.push(scope.country);
      condition = ` AND ${visibleToCountry('$3')}`;
    }
    const [row] = (await em.query(`${NOTE_SELECT} WHERE n.id = $2${condition}`, params)) as NoteRow[];
    if (!row) throw notFound();
    return row;
  }

  private toObject(row: NoteRow, language: string, writer = false): GuidanceNoteObject {
    const translation = row.translations.find((t) => t.language === language);
    const status = language === row.sourceLanguage ? 'CURRENT' : translationStatus(translation, row.revision);
    // Only a finished translation is shown (flagged when outdated); for a draft, readers get the source.
    const shown = translation?.status === 'CURRENT' && language !== row.sourceLanguage ? translation : null;
    return {
      id: row.id,
      weekId: row.weekId,
      category: row.category,
      scope: row.scope,
      scopeCountry: row.scopeCountry,
      scopePlatform: row.scopePlatform,
      scopeSessionId: row.scopeSessionId,
      sourceLanguage: row.sourceLanguage,
      language: shown ? language : row.sourceLanguage,
      title: shown?.title ?? row.title,
      body: shown?.body ?? row.body,
      bodyHtml: renderMarkdown(shown?.body ?? row.body),
      translationStatus: status,
      translations: LOCALES.filter((l) => l !== row.sourceLanguage).map((l) => {
        const t = row.translations.find((x) => x.language === l);
        return { language: l, status: translationStatus(t, row.revision), sourceRevision: t?.sourceRevision ?? null };
      }),
      revision: row.revision,
      published: row.published,
      pinned: row.pinned,
      readByMe: row.readByMe,
      readCount: writer ? row.readCount : null,
      translationTexts: row.translations,
      updatedAt: new Date(row.updatedAt),
      version: row.version,
    };
  }
}
