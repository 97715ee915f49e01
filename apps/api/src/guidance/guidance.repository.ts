import type { GuidanceScope } from '@empact/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/** A guidance note as read, with its translations and who has read its current revision. */
export interface GuidanceNoteRow {
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
  translations: {
    language: string;
    title: string;
    body: string;
    status: 'DRAFT' | 'CURRENT';
    sourceRevision: number;
  }[];
  /** Whether the account the note was read for has confirmed its current revision. */
  readByMe: boolean;
  readCount: number;
}

/** What a note is written about and for whom. */
export interface GuidanceNoteContent {
  category: string;
  scope: GuidanceScope;
  scopeCountry: string | null;
  scopePlatform: string | null;
  scopeSessionId: string | null;
  sourceLanguage: string;
  title: string;
  body: string;
}

/** The part of a note that makes a new revision when it changes, locked for a change. */
export interface GuidanceNoteCurrent {
  weekId: string;
  title: string;
  body: string;
  sourceLanguage: string;
  revision: number;
  version: number;
}

/**
 * Which notes a reader sees: a national team (`country` set) only the published notes meant for it; anybody else
 * every note, or only the published ones (`publishedOnly`).
 */
export interface GuidanceVisibility {
  country: string | null;
  publishedOnly: boolean;
}

/** A published note's target, to match against a person's next session. */
export interface GuidanceTargetRow {
  id: string;
  revision: number;
  scope: GuidanceScope;
  scopeCountry: string | null;
  scopePlatform: string | null;
  scopeSessionId: string | null;
}

export interface GuidanceRevisionRow {
  revision: number;
  title: string;
  body: string;
  sourceLanguage: string;
  writtenBy: string;
  writtenAt: Date;
}

/** `$1` is the account the note is read for (`readByMe`). */
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
const visibleToCountry = (
  param: string,
) => `(n.published AND (n.scope IN ('WEEK', 'PLATFORM') OR (n.scope = 'COUNTRY' AND n.scope_country = ${param})
  OR (n.scope = 'SESSION' AND EXISTS (SELECT 1 FROM patrol_session_country c WHERE c.session_id = n.scope_session_id AND c.country = ${param}))))`;

/**
 * The SQL of the guidance aggregate: `guidance_note`, its revisions (`guidance_revision`), translations
 * (`guidance_translation`) and read confirmations (`guidance_read`). Which notes a team member sees is written here.
 */
@Injectable()
export class GuidanceRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** A new note at revision 1; returns its id. */
  async insertNote(
    em: EntityManager,
    weekId: string,
    note: GuidanceNoteContent,
    createdBy: string,
  ): Promise<string> {
    const [row] = (await em.query(
      `INSERT INTO guidance_note (week_id, category, scope, scope_country, scope_platform, scope_session_id, source_language, title, body, created_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [
        weekId,
        note.category,
        note.scope,
        note.scopeCountry,
        note.scopePlatform,
        note.scopeSessionId,
        note.sourceLanguage,
        note.title,
        note.body,
        createdBy,
      ],
    )) as { id: string }[];
    return row.id;
  }

  /** Keeps the text of a revision as written. */
  async insertRevision(
    em: EntityManager,
    noteId: string,
    revision: number,
    text: { title: string; body: string; sourceLanguage: string },
    writtenBy: string,
  ): Promise<void> {
    await em.query(
      `INSERT INTO guidance_revision (note_id, revision, title, body, source_language, written_by) VALUES ($1, $2, $3, $4, $5, $6)`,
      [noteId, revision, text.title, text.body, text.sourceLanguage, writtenBy],
    );
  }

  /** The note's current text, revision and version, locked until the transaction ends; null when there is no such note. */
  async lockCurrent(em: EntityManager, id: string): Promise<GuidanceNoteCurrent | null> {
    const [row] = (await em.query(
      `SELECT week_id, title, body, source_language, revision, version FROM guidance_note WHERE id = $1 FOR UPDATE`,
      [id],
    )) as {
      week_id: string;
      title: string;
      body: string;
      source_language: string;
      revision: number;
      version: number;
    }[];
    if (!row) return null;
    return {
      weekId: row.week_id,
      title: row.title,
      body: row.body,
      sourceLanguage: row.source_language,
      revision: row.revision,
      version: row.version,
    };
  }

  /** Changes a note (a new version; `revision` moves on only when the text changed). */
  async updateNote(
    em: EntityManager,
    id: string,
    note: GuidanceNoteContent,
    revision: number,
  ): Promise<void> {
    await em.query(
      `UPDATE guidance_note SET category = $2, scope = $3, scope_country = $4, scope_platform = $5, scope_session_id = $6, source_language = $7,
                  title = $8, body = $9, revision = $10, version = version + 1, updated_at = now() WHERE id = $1`,
      [
        id,
        note.category,
        note.scope,
        note.scopeCountry,
        note.scopePlatform,
        note.scopeSessionId,
        note.sourceLanguage,
        note.title,
        note.body,
        revision,
      ],
    );
  }

  /** Writes or replaces the note's translation into `language`, as made from revision `sourceRevision`. */
  async upsertTranslation(
    em: EntityManager,
    noteId: string,
    translation: { language: string; title: string; body: string; status: string; sourceRevision: number },
    translatedBy: string,
  ): Promise<void> {
    await em.query(
      `INSERT INTO guidance_translation (note_id, language, title, body, status, source_revision, translated_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (note_id, language) DO UPDATE SET title = excluded.title, body = excluded.body, status = excluded.status,
           source_revision = excluded.source_revision, translated_by = excluded.translated_by, updated_at = now()`,
      [
        noteId,
        translation.language,
        translation.title,
        translation.body,
        translation.status,
        translation.sourceRevision,
        translatedBy,
      ],
    );
  }

  async setFlag(em: EntityManager, id: string, flag: 'published' | 'pinned', value: boolean): Promise<void> {
    await em.query(
      `UPDATE guidance_note SET ${flag === 'published' ? 'published' : 'pinned'} = $2, version = version + 1, updated_at = now() WHERE id = $1`,
      [id, value],
    );
  }

  /** The notes of a week the reader sees, pinned first, then the latest changed. */
  async list(
    accountId: string,
    weekId: string,
    visibility: GuidanceVisibility,
    filter: { category?: string | null; scope?: string | null },
  ): Promise<GuidanceNoteRow[]> {
    const params: unknown[] = [accountId, weekId];
    const where = ['n.week_id = $2'];
    if (visibility.country !== null) {
      params.push(visibility.country);
      where.push(visibleToCountry(`$${params.length}`));
    } else if (visibility.publishedOnly) {
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
    return this.dataSource.query(
      `${NOTE_SELECT} WHERE ${where.join(' AND ')} ORDER BY n.pinned DESC, n.updated_at DESC`,
      params,
    );
  }

  /** Every published note of a week, pinned first, read for `accountId`. */
  async publishedOfWeek(accountId: string, weekId: string): Promise<GuidanceNoteRow[]> {
    return this.dataSource.query(
      `${NOTE_SELECT} WHERE n.week_id = $2 AND n.published ORDER BY n.pinned DESC, n.updated_at DESC`,
      [accountId, weekId],
    );
  }

  /** The note, read for `accountId`; null when there is no such note. */
  async find(em: EntityManager, accountId: string, id: string): Promise<GuidanceNoteRow | null> {
    const [row] = (await em.query(`${NOTE_SELECT} WHERE n.id = $2`, [accountId, id])) as GuidanceNoteRow[];
    return row ?? null;
  }

  /** The note if the reader sees it (see GuidanceVisibility); null otherwise, as for a note that does not exist. */
  async findVisible(
    em: EntityManager,
    accountId: string,
    id: string,
    visibility: GuidanceVisibility,
  ): Promise<GuidanceNoteRow | null> {
    const params: unknown[] = [accountId, id];
    let condition = visibility.publishedOnly ? ' AND n.published' : '';
    if (visibility.country !== null) {
      params.push(visibility.country);
      condition = ` AND ${visibleToCountry('$3')}`;
    }
    const [row] = (await em.query(`${NOTE_SELECT} WHERE n.id = $2${condition}`, params)) as GuidanceNoteRow[];
    return row ?? null;
  }

  /** Every revision of a note, the latest first, with the name of who wrote it. */
  async revisions(noteId: string): Promise<GuidanceRevisionRow[]> {
    const rows: GuidanceRevisionRow[] = await this.dataSource.query(
      `SELECT r.revision, r.title, r.body, r.source_language AS "sourceLanguage", a.display_name AS "writtenBy", r.written_at AS "writtenAt"
         FROM guidance_revision r JOIN account a ON a.id = r.written_by WHERE r.note_id = $1 ORDER BY r.revision DESC`,
      [noteId],
    );
    return rows.map((row) => ({ ...row, writtenAt: new Date(row.writtenAt) }));
  }

  /** Records that the account has read the revision; true the first time, false when it had already. */
  async confirmRead(
    em: EntityManager,
    noteId: string,
    accountId: string,
    revision: number,
    language: string,
  ): Promise<boolean> {
    const inserted: unknown[] = await em.query(
      `INSERT INTO guidance_read (note_id, account_id, revision, language) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING note_id`,
      [noteId, accountId, revision, language],
    );
    return inserted.length > 0;
  }

  /** The targets of a week's published notes. */
  async publishedTargets(weekId: string): Promise<GuidanceTargetRow[]> {
    return this.dataSource.query(
      `SELECT id, revision, scope, scope_country AS "scopeCountry", scope_platform AS "scopePlatform", scope_session_id AS "scopeSessionId"
           FROM guidance_note WHERE week_id = $1 AND published`,
      [weekId],
    );
  }

  /** Who has confirmed which of a week's notes at its current revision. */
  async currentReads(weekId: string): Promise<{ noteId: string; accountId: string; revision: number }[]> {
    return this.dataSource.query(
      `SELECT r.note_id AS "noteId", r.account_id AS "accountId", r.revision FROM guidance_read r JOIN guidance_note n ON n.id = r.note_id
        WHERE n.week_id = $1 AND r.revision = n.revision`,
      [weekId],
    );
  }
}
