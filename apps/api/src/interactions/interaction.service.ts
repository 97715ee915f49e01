import {
  can,
  countryScope,
  LOGGING_WINDOW_HOURS,
  loggingOpen,
  reachesSession,
  SessionStatus,
} from '@empact/domain';
import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AUDIT_COLUMNS, AuditService } from '../common/audit/audit.service';
import { prepared } from '../common/database/prepared-statements';
import { isForeignKeyViolation } from '../common/database/query-errors';
import type { AuthenticatedActor } from '../common/auth/authenticated-actor';
import { badInput, DomainException, forbidden, notFound } from '../common/errors/domain.exception';
import { I18nService } from '../common/i18n/i18n.service';
import { PersonalDataGuard } from '../common/personal-data/personal-data.guard';
import { requestLocale } from '../common/request-context';
import { InteractionContentInput, InteractionFilter, LogInteractionInput, UpdateInteractionInput } from './dto/interaction.inputs';
import { InteractionConnectionObject, InteractionObject, SessionTotalsObject } from './dto/interaction.object';
import { InteractionEntity } from './interaction.entity';

/** The columns of `interaction i` under the names of InteractionEntity. */
const INTERACTION_COLUMNS = `i.id, i.week_id AS "weekId", i.session_id AS "sessionId", i.country, i.author_id AS "authorId",
  i.platform_code AS "platformCode", i.channel, i.occurred_at AS "occurredAt", i.duration_minutes AS "durationMinutes",
  i.young_people AS "youngPeople", i.age_band AS "ageBand", i.topics, i.initiated_by AS "initiatedBy", i.tone,
  i.outcome, i.notes, i.notes_language AS "notesLanguage", i.summary_en AS "summaryEn", i.content_hash AS "contentHash",
  i.notes_deleted_at AS "notesDeletedAt", i.created_at AS "createdAt", i.updated_at AS "updatedAt", i.version`;

/** The hot path's statements (prepared once per connection): what a session allows, and the logging of one interaction. */
const SESSION_CONTEXT = prepared(
  `SELECT s.id, s.week_id AS "weekId", w.status AS "weekStatus", s.platform_code AS "platformCode", s.status,
          s.starts_at AS "startsAt", s.ends_at AS "endsAt", s.ended_at AS "endedAt",
          ARRAY(SELECT c.country FROM patrol_session_country c WHERE c.session_id = s.id)::text[] AS countries,
          (SELECT json_object_agg(wc.country, wc.languages) FROM action_week_country wc WHERE wc.week_id = s.week_id) AS languages,
          (SELECT json_object_agg(r.country, json_build_array(r.operator_one_id, r.operator_two_id, r.team_leader_id))
             FROM roster r WHERE r.session_id = s.id) AS rostered,
          ARRAY(SELECT p.display_name FROM roster r JOIN police_profile p ON p.id = r.profile_id WHERE r.session_id = s.id)::text[] AS "profileNames"
     FROM patrol_session s JOIN action_week w ON w.id = s.week_id
    WHERE s.id = $1`,
);

/**
 * Inserts the interaction unless its id is stored already, writes its audit entry (parameters 20–25) and returns the
 * row: one round trip.
 */
const LOG_STATEMENT = prepared(
  `WITH inserted AS (
     INSERT INTO interaction (id, week_id, session_id, country, author_id, platform_code, channel, occurred_at, duration_minutes,
                              young_people, age_band, topics, initiated_by, tone, outcome, notes, notes_language, summary_en, content_hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)
     ON CONFLICT (id) DO NOTHING RETURNING *
   ), audited AS (
     INSERT INTO audit_entry (${AUDIT_COLUMNS}) SELECT $20, $21, $22, $23, $24, $25::jsonb FROM inserted
   )
   SELECT ${INTERACTION_COLUMNS} FROM inserted i`,
);

/** Minutes of slack around a session for the time of an interaction: patrols overrun, clocks differ. */
const SLACK_MINUTES = 60;

interface SessionContext {
  id: string;
  weekId: string;
  weekStatus: string;
  platformCode: string;
  status: SessionStatus;
  startsAt: Date;
  endsAt: Date;
  endedAt: Date | null;
  countries: string[];
  /** Working languages of each country taking part in the week. */
  languages: Record<string, string[]>;
  weekCountries: string[];
  /** People on each country's roster of the session. */
  rostered: Record<string, string[]>;
  /** The blue police profiles of the session: their names are not a young person's. */
  profileNames: string[];
}

interface InteractionRow extends InteractionEntity {
  shareNotes: boolean;
  weekStatus: string;
}

export function contentHash(sessionId: string, platform: string, input: InteractionContentInput): string {
  const canonical = JSON.stringify([
    sessionId,
    platform,
    input.channel,
    new Date(input.occurredAt).toISOString(),
    input.durationMinutes,
    input.youngPeople,
    input.ageBand,
    [...new Set(input.topics)].sort(),
    input.initiatedBy,
    input.tone,
    input.outcome,
    input.notes,
    input.notesLanguage,
    input.summaryEn ?? null,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

const encodeCursor = (row: { occurredAt: Date; id: string }) =>
  Buffer.from(JSON.stringify([new Date(row.occurredAt).toISOString(), row.id])).toString('base64url');

function decodeCursor(cursor: string): [string, string] {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string];
    if (Number.isNaN(Date.parse(at)) || !/^[0-9a-f-]{36}$/i.test(id)) throw new Error('bad cursor');
    return [at, id];
  } catch {
    throw badInput('after', 'input.invalid', { field: 'after' });
  }
}

@Injectable()
export class InteractionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly i18n: I18nService,
    private readonly personalData: PersonalDataGuard,
  ) {}

  // ---- writing --------------------------------------------------------------------------------

  /**
   * The hot path of the week: checks in memory, then one statement that inserts the interaction (unless its id is
   * already stored), writes its audit entry and returns the row. A repeat of a stored id returns the stored one.
   */
  async log(actor: AuthenticatedActor, input: LogInteractionInput, now = new Date()): Promise<InteractionObject> {
    // Only a national team logs: any other role is refused whatever the ids, so none can be probed through it.
    if (!can(actor, 'interaction.log')) throw forbidden();
    const session = await this.sessionContext(this.dataSource.manager, input.sessionId);
    const country = actor.country;
    // A team of a country that does not take part does not see the session at all.
    if (!session || !country || !session.countries.includes(country)) throw notFound();
    if (!can(actor, 'interaction.log', { country }) || !session.rostered[country]?.includes(actor.id)) {
      throw new DomainException('FORBIDDEN', 'interaction.notOnRoster', { country: this.i18n.countryName(requestLocale(), country) });
    }
    const platform = input.platform ?? session.platformCode;
    const hash = contentHash(session.id, platform, input);
    const stored = () => this.dataSource.getRepository(InteractionEntity).findOneBy({ id: input.id });

    try {
      if (session.weekStatus === 'CLOSED') throw badInput('sessionId', 'schedule.weekClosed');
      if (!loggingOpen(session, now)) throw badInput('sessionId', 'interaction.sessionNotOpen', { hours: LOGGING_WINDOW_HOURS });
      this.checkContent(session, country, input, now);
    } catch (refusal) {
      // A retry of an interaction stored while it was still allowed gets the stored one, not the refusal. Another
      // country's interaction under that id changes nothing: the refusal is what an unused id gets too.
      const existing = await stored();
      if (existing && existing.country === country) return this.repeated(actor, existing, hash);
      throw refusal;
    }

    let rows: InteractionEntity[];
    try {
      rows = await this.dataSource.query(
        LOG_STATEMENT,
        [
          input.id, session.weekId, session.id, country, actor.id, platform, input.channel, input.occurredAt, input.durationMinutes,
          input.youngPeople, input.ageBand, [...new Set(input.topics)], input.initiatedBy, input.tone, input.outcome, input.notes.trim(),
          input.notesLanguage, input.summaryEn?.trim() || null, hash,
          ...this.audit.values({ action: 'logInteraction', targetType: 'Interaction', targetId: input.id, details: { sessionId: session.id, country } }),
        ],
      );
    } catch (error) {
      if (isForeignKeyViolation(error, 'interaction_platform_code_fkey')) throw badInput('platform', 'input.oneOf', { field: 'platform' });
      throw error;
    }
    if (rows.length === 0) {
      // The id was stored already (a retry, or the same id twice at once: the first one wins). Stored and not visible
      // (row-level security hides other countries' interactions) is another country's: not there for the caller.
      const existing = await stored();
      if (!existing) throw notFound();
      return this.repeated(actor, existing, hash);
    }
    this.audit.counted();
    return this.toObject(actor, rows[0], true, session.weekStatus);
  }

  async update(actor: AuthenticatedActor, input: UpdateInteractionInput, now = new Date()): Promise<InteractionObject> {
    return this.dataSource.transaction(async (em) => {
      const row = await this.editable(em, actor, input.id, input.version);
      const session = await this.sessionContext(em, row.sessionId);
      if (!session) throw notFound();
      this.checkContent(session, row.country, input, now, row.occurredAt);
      const platform = input.platform ?? row.platformCode;
      await this.checkPlatform(em, platform);
      await this.keepRevision(em, actor, row, 'UPDATE');
      await em.update(InteractionEntity, { id: row.id }, {
        platformCode: platform,
        channel: input.channel,
        occurredAt: input.occurredAt,
        durationMinutes: input.durationMinutes,
        youngPeople: input.youngPeople,
        ageBand: input.ageBand,
        topics: [...new Set(input.topics)],
        initiatedBy: input.initiatedBy,
        tone: input.tone,
        outcome: input.outcome,
        notes: input.notes.trim(),
        notesLanguage: input.notesLanguage,
        summaryEn: input.summaryEn?.trim() || null,
        contentHash: contentHash(row.sessionId, platform, input),
        version: row.version + 1,
      });
      await this.audit.record(em, { action: 'updateInteraction', targetType: 'Interaction', targetId: row.id, details: { version: row.version + 1 } });
      return this.toObject(actor, await em.findOneByOrFail(InteractionEntity, { id: row.id }), true, row.weekStatus);
    });
  }

  async delete(actor: AuthenticatedActor, id: string, version: number): Promise<boolean> {
    return this.dataSource.transaction(async (em) => {
      const row = await this.editable(em, actor, id, version);
      const [{ n }] = await em.query('SELECT count(*)::int AS n FROM referral WHERE interaction_id = $1', [id]);
      if (n > 0) throw badInput('id', 'interaction.hasReferral');
      await this.keepRevision(em, actor, row, 'DELETE');
      await em.delete(InteractionEntity, { id });
      await this.audit.record(em, { action: 'deleteInteraction', targetType: 'Interaction', targetId: id });
      return true;
    });
  }

  // ---- reading --------------------------------------------------------------------------------

  async list(actor: AuthenticatedActor, filter: InteractionFilter, first = 50, after?: string): Promise<InteractionConnectionObject> {
    if (!can(actor, 'interaction.read')) throw forbidden();
    await this.requireWeek(actor, filter.weekId);
    const params: unknown[] = [filter.weekId];
    const where = ['i.week_id = $1'];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    const scope = countryScope(actor);
    if (scope.kind === 'country') add('i.country = ?', scope.country);
    if (filter.country) add('i.country = ?', filter.country);
    if (filter.sessionId) add('i.session_id = ?', filter.sessionId);
    if (filter.topic) add('? = ANY(i.topics)', filter.topic);
    if (filter.outcome) add('i.outcome = ?', filter.outcome);
    if (after) {
      const [at, id] = decodeCursor(after);
      params.push(at, id);
      where.push(`(i.occurred_at, i.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    params.push(first + 1);
    const rows: InteractionRow[] = await this.dataSource.query(
      `${this.rowSelect()} WHERE ${where.join(' AND ')} ORDER BY i.occurred_at DESC, i.id DESC LIMIT $${params.length}`,
      params,
    );
    const page = rows.slice(0, first).map((row) => this.fromRow(actor, row));
    return {
      edges: page.map((node) => ({ node, cursor: encodeCursor(node) })),
      pageInfo: { hasNextPage: rows.length > first, endCursor: page.length ? encodeCursor(page[page.length - 1]) : null },
    };
  }

  async get(actor: AuthenticatedActor, id: string): Promise<InteractionObject> {
    if (!can(actor, 'interaction.read')) throw forbidden();
    const [row] = (await this.dataSource.query(`${this.rowSelect()} WHERE i.id = $1`, [id])) as InteractionRow[];
    if (!row || !can(actor, 'interaction.read', { country: row.country })) throw notFound();
    return this.fromRow(actor, row);
  }

  /** Running totals of a session for the countries the caller reaches. */
  async sessionTotals(actor: AuthenticatedActor, sessionId: string): Promise<SessionTotalsObject> {
    if (!can(actor, 'interaction.read')) throw forbidden();
    const scope = countryScope(actor);
    // A session the caller's country takes no part in does not exist for them: its totals would be zeros where an
    // unknown id answers NOT_FOUND.
    const [session] = (await this.dataSource.query(
      `SELECT ARRAY(SELECT c.country FROM patrol_session_country c WHERE c.session_id = s.id)::text[] AS countries
         FROM patrol_session s WHERE s.id = $1`,
      [sessionId],
    )) as { countries: string[] }[];
    if (!session || !reachesSession(actor, session)) throw notFound();
    const [totals] = await this.dataSource.query(
      `SELECT count(*)::int AS interactions, coalesce(sum(i.young_people), 0)::int AS "youngPeople",
              (SELECT count(*)::int FROM referral r WHERE r.session_id = $1 AND ($2::text IS NULL OR r.country = $2)) AS referrals
         FROM interaction i WHERE i.session_id = $1 AND ($2::text IS NULL OR i.country = $2)`,
      [sessionId, scope.kind === 'country' ? scope.country : null],
    );
    return totals as SessionTotalsObject;
  }

  // ---- rules and helpers ----------------------------------------------------------------------

  private repeated(actor: AuthenticatedActor, existing: InteractionEntity, hash: string): InteractionObject {
    // Another country's interaction under the id the client chose is not there for the caller: NOT_FOUND, as for a
    // session they cannot see, not CONFLICT (which would tell them the id is taken, and so probe other countries' ids).
    if (existing.country !== actor.country) throw notFound();
    if (existing.contentHash !== hash) throw new DomainException('CONFLICT', 'interaction.sameIdOtherContent');
    return this.toObject(actor, existing, true, 'LIVE');
  }

  private checkContent(session: SessionContext, country: string, input: InteractionContentInput, now: Date, previous?: Date): void {
    const occurred = new Date(input.occurredAt).getTime();
    const earliest = new Date(session.startsAt).getTime() - SLACK_MINUTES * 60_000;
    const latest = Math.min(now.getTime() + 5 * 60_000, new Date(session.endedAt ?? session.endsAt).getTime() + SLACK_MINUTES * 60_000);
    const unchanged = previous && new Date(previous).getTime() === occurred;
    if (!unchanged && (occurred < earliest || occurred > latest)) throw badInput('occurredAt', 'interaction.occurredOutside');

    this.i18n.requireWorkingLanguage('notesLanguage', session.languages[country] ?? [], country, input.notesLanguage);

    this.personalData.checkInput(input, { countries: session.weekCountries, allowedNames: session.profileNames });
  }

  /** Takes the caller's manager: inside a transaction the embedded database has no second session to wait for. */
  private async checkPlatform(em: EntityManager, code: string): Promise<void> {
    const [platform] = await em.query('SELECT 1 FROM platform WHERE code = $1', [code]);
    if (!platform) throw badInput('platform', 'input.oneOf', { field: 'platform' });
  }

  /** The interaction if the actor may change it: its author, or the team leader of its country, while the week is open. */
  private async editable(em: EntityManager, actor: AuthenticatedActor, id: string, version: number): Promise<InteractionRow> {
    const [row] = (await em.query(`${this.rowSelect()} WHERE i.id = $1 FOR UPDATE OF i`, [id])) as InteractionRow[];
    if (!row || !can(actor, 'interaction.read', { country: row.country })) throw notFound();
    if (row.authorId !== actor.id && !can(actor, 'interaction.editAny', { country: row.country })) throw forbidden();
    if (row.weekStatus === 'CLOSED') throw badInput('id', 'schedule.weekClosed');
    if (row.version !== version) throw new DomainException('CONFLICT', 'code.CONFLICT', {}, { currentVersion: row.version });
    return row;
  }

  /** The earlier version, kept beside the log (not in the audit log, which may never forget notes). */
  private async keepRevision(em: EntityManager, actor: AuthenticatedActor, row: InteractionRow, kind: 'UPDATE' | 'DELETE'): Promise<void> {
    const { shareNotes: _share, weekStatus: _status, ...snapshot } = row;
    await em.query(
      `INSERT INTO interaction_revision (interaction_id, version, kind, changed_by, snapshot) VALUES ($1, $2, $3, $4, $5)`,
      [row.id, row.version, kind, actor.id, JSON.stringify(snapshot)],
    );
  }

  private async requireWeek(actor: AuthenticatedActor, weekId: string): Promise<void> {
    const scope = countryScope(actor);
    const [week] = await this.dataSource.query(
      `SELECT 1 FROM action_week w WHERE w.id = $1
          AND ($2::text IS NULL OR EXISTS (SELECT 1 FROM action_week_country c WHERE c.week_id = w.id AND c.country = $2))`,
      [weekId, scope.kind === 'country' ? scope.country : null],
    );
    if (!week) throw notFound();
  }

  private async sessionContext(em: EntityManager, sessionId: string): Promise<SessionContext | null> {
    const [row] = await em.query(
      SESSION_CONTEXT,
      [sessionId],
    );
    if (!row) return null;
    return {
      ...row,
      startsAt: new Date(row.startsAt),
      endsAt: new Date(row.endsAt),
      endedAt: row.endedAt ? new Date(row.endedAt) : null,
      weekCountries: Object.keys(row.languages ?? {}),
      languages: row.languages ?? {},
      profileNames: row.profileNames ?? [],
      rostered: Object.fromEntries(Object.entries((row.rostered ?? {}) as Record<string, (string | null)[]>).map(([c, ids]) => [c, ids.filter((id): id is string => !!id)])),
    };
  }

  private rowSelect(): string {
    return `SELECT ${INTERACTION_COLUMNS}, coalesce(wc.share_notes, true) AS "shareNotes", w.status AS "weekStatus"
              FROM interaction i
              JOIN action_week w ON w.id = i.week_id
              LEFT JOIN action_week_country wc ON wc.week_id = i.week_id AND wc.country = i.country`;
  }

  private fromRow(actor: AuthenticatedActor, row: InteractionRow): InteractionObject {
    // A coordinator reads another country's notes only where that country shares them.
    const seesNotes = row.country === actor.country || row.shareNotes;
    return this.toObject(actor, row, seesNotes, row.weekStatus);
  }

  private toObject(actor: AuthenticatedActor, row: InteractionEntity, seesNotes: boolean, weekStatus: string): InteractionObject {
    const editable = weekStatus !== 'CLOSED' && (row.authorId === actor.id || can(actor, 'interaction.editAny', { country: row.country }));
    return {
      id: row.id,
      weekId: row.weekId,
      sessionId: row.sessionId,
      country: row.country,
      platform: row.platformCode,
      channel: row.channel,
      occurredAt: new Date(row.occurredAt),
      durationMinutes: row.durationMinutes,
      youngPeople: row.youngPeople,
      ageBand: row.ageBand,
      topics: row.topics,
      initiatedBy: row.initiatedBy,
      tone: row.tone,
      outcome: row.outcome,
      notes: seesNotes && !row.notesDeletedAt ? row.notes : null,
      notesLanguage: row.notesLanguage,
      summaryEn: row.summaryEn,
      editable,
      createdAt: new Date(row.createdAt),
      version: row.version,
    };
  }
}
