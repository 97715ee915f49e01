import { can, countryScope, LOGGING_WINDOW_HOURS, loggingOpen, reachesSession } from '@empact/domain';
import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { ActionWeekRepository } from '../action-weeks/action-week.repository';
import { weekReach } from '../action-weeks/action-week.service';
import { AuditService } from '../common/audit/audit.service';
import { isForeignKeyViolation } from '../common/database/query-errors';
import type { AuthenticatedActor } from '../common/auth/authenticated-actor';
import { badInput, DomainException, forbidden, notFound } from '../common/errors/domain.exception';
import { I18nService } from '../common/i18n/i18n.service';
import { PersonalDataGuard } from '../common/personal-data/personal-data.guard';
import { requestLocale } from '../common/request-context';
import { LoggingSessionContext, PatrolSessionRepository } from '../patrol-sessions/patrol-session.repository';
import { PlatformRepository } from '../platforms/platform.repository';
import { ReferralRepository } from '../referrals/referral.repository';
import {
  InteractionContentInput,
  InteractionFilter,
  LogInteractionInput,
  UpdateInteractionInput,
} from './dto/interaction.inputs';
import {
  InteractionConnectionObject,
  InteractionObject,
  SessionTotalsObject,
} from './dto/interaction.object';
import { InteractionEntity } from './interaction.entity';
import { InteractionRepository, InteractionRow } from './interaction.repository';

/** Minutes of slack around a session for the time of an interaction: patrols overrun, clocks differ. */
const SLACK_MINUTES = 60;

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

/** The columns an interaction's content sets, the same for a new interaction and for an edit. */
const contentOf = (input: InteractionContentInput, platform: string) => ({
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
});

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
    private readonly interactions: InteractionRepository,
    private readonly sessions: PatrolSessionRepository,
    private readonly weeks: ActionWeekRepository,
    private readonly platforms: PlatformRepository,
    private readonly referrals: ReferralRepository,
  ) {}

  // ---- writing --------------------------------------------------------------------------------

  /**
   * The hot path of the week: checks in memory, then one statement that inserts the interaction (unless its id is
   * already stored), writes its audit entry and returns the row. A repeat of a stored id returns the stored one.
   */
  async log(
    actor: AuthenticatedActor,
    input: LogInteractionInput,
    now = new Date(),
  ): Promise<InteractionObject> {
    // Only a national team logs: any other role is refused whatever the ids, so none can be probed through it.
    if (!can(actor, 'interaction.log')) throw forbidden();
    const session = await this.sessions.sessionContextForLogging(input.sessionId);
    const country = actor.country;
    // A team of a country that does not take part does not see the session at all.
    if (!session || !country || !session.countries.includes(country)) throw notFound();
    if (!can(actor, 'interaction.log', { country }) || !session.rostered[country]?.includes(actor.id)) {
      throw new DomainException('FORBIDDEN', 'interaction.notOnRoster', {
        country: this.i18n.countryName(requestLocale(), country),
      });
    }
    const platform = input.platform ?? session.platformCode;
    const hash = contentHash(session.id, platform, input);
    const stored = () => this.interactions.find(input.id);

    try {
      if (session.weekStatus === 'CLOSED') throw badInput('sessionId', 'schedule.weekClosed');
      if (!loggingOpen(session, now))
        throw badInput('sessionId', 'interaction.sessionNotOpen', { hours: LOGGING_WINDOW_HOURS });
      this.checkContent(session, country, input, now);
    } catch (refusal) {
      // A retry of an interaction stored while it was still allowed gets the stored one, not the refusal. Another
      // country's interaction under that id changes nothing: the refusal is what an unused id gets too.
      const existing = await stored();
      if (existing && existing.country === country) return this.repeated(actor, existing, hash);
      throw refusal;
    }

    let logged: InteractionEntity | null;
    try {
      logged = await this.interactions.logWithAudit(
        {
          id: input.id,
          weekId: session.weekId,
          sessionId: session.id,
          country,
          authorId: actor.id,
          ...contentOf(input, platform),
          contentHash: hash,
        },
        this.audit.values({
          action: 'logInteraction',
          targetType: 'Interaction',
          targetId: input.id,
          details: { sessionId: session.id, country },
        }),
      );
    } catch (error) {
      if (isForeignKeyViolation(error, 'interaction_platform_code_fkey'))
        throw badInput('platform', 'input.oneOf', { field: 'platform' });
      throw error;
    }
    if (!logged) {
      // The id was stored already (a retry, or the same id twice at once: the first one wins). Stored and not visible
      // (row-level security hides other countries' interactions) is another country's: not there for the caller.
      const existing = await stored();
      if (!existing) throw notFound();
      return this.repeated(actor, existing, hash);
    }
    this.audit.counted();
    return this.toObject(actor, logged, true, session.weekStatus);
  }

  async update(
    actor: AuthenticatedActor,
    input: UpdateInteractionInput,
    now = new Date(),
  ): Promise<InteractionObject> {
    return this.dataSource.transaction(async (em) => {
      const row = await this.editable(em, actor, input.id, input.version);
      const session = await this.sessions.sessionContextForLogging(row.sessionId, em);
      if (!session) throw notFound();
      this.checkContent(session, row.country, input, now, row.occurredAt);
      const platform = input.platform ?? row.platformCode;
      if (!(await this.platforms.exists(platform, em)))
        throw badInput('platform', 'input.oneOf', { field: 'platform' });
      await this.interactions.keepRevision(em, row, 'UPDATE', actor.id);
      await em.update(
        InteractionEntity,
        { id: row.id },
        {
          ...contentOf(input, platform),
          contentHash: contentHash(row.sessionId, platform, input),
          version: row.version + 1,
        },
      );
      await this.audit.record(em, {
        action: 'updateInteraction',
        targetType: 'Interaction',
        targetId: row.id,
        details: { version: row.version + 1 },
      });
      return this.toObject(
        actor,
        await em.findOneByOrFail(InteractionEntity, { id: row.id }),
        true,
        row.weekStatus,
      );
    });
  }

  async delete(actor: AuthenticatedActor, id: string, version: number): Promise<boolean> {
    return this.dataSource.transaction(async (em) => {
      const row = await this.editable(em, actor, id, version);
      if ((await this.referrals.countForInteraction(em, id)) > 0)
        throw badInput('id', 'interaction.hasReferral');
      await this.interactions.keepRevision(em, row, 'DELETE', actor.id);
      await em.delete(InteractionEntity, { id });
      await this.audit.record(em, { action: 'deleteInteraction', targetType: 'Interaction', targetId: id });
      return true;
    });
  }

  // ---- reading --------------------------------------------------------------------------------

  async list(
    actor: AuthenticatedActor,
    filter: InteractionFilter,
    first = 50,
    after?: string,
  ): Promise<InteractionConnectionObject> {
    if (!can(actor, 'interaction.read')) throw forbidden();
    await this.requireWeek(actor, filter.weekId);
    const scope = countryScope(actor);
    const rows = await this.interactions.page({
      weekId: filter.weekId,
      scopeCountry: scope.kind === 'country' ? scope.country : null,
      country: filter.country,
      sessionId: filter.sessionId,
      topic: filter.topic,
      outcome: filter.outcome,
      before: after ? decodeCursor(after) : undefined,
      limit: first + 1,
    });
    const page = rows.slice(0, first).map((row) => this.fromRow(actor, row));
    return {
      edges: page.map((node) => ({ node, cursor: encodeCursor(node) })),
      pageInfo: {
        hasNextPage: rows.length > first,
        endCursor: page.length ? encodeCursor(page[page.length - 1]) : null,
      },
    };
  }

  async get(actor: AuthenticatedActor, id: string): Promise<InteractionObject> {
    if (!can(actor, 'interaction.read')) throw forbidden();
    const row = await this.interactions.findRow(id);
    if (!row || !can(actor, 'interaction.read', { country: row.country })) throw notFound();
    return this.fromRow(actor, row);
  }

  /** Running totals of a session for the countries the caller reaches. */
  async sessionTotals(actor: AuthenticatedActor, sessionId: string): Promise<SessionTotalsObject> {
    if (!can(actor, 'interaction.read')) throw forbidden();
    const scope = countryScope(actor);
    // A session the caller's country takes no part in does not exist for them: its totals would be zeros where an
    // unknown id answers NOT_FOUND.
    const countries = await this.sessions.countriesOf(sessionId);
    if (!countries || !reachesSession(actor, { countries })) throw notFound();
    return this.interactions.sessionTotals(sessionId, scope.kind === 'country' ? scope.country : null);
  }

  // ---- rules and helpers ----------------------------------------------------------------------

  private repeated(actor: AuthenticatedActor, existing: InteractionEntity, hash: string): InteractionObject {
    // Another country's interaction under the id the client chose is not there for the caller: NOT_FOUND, as for a
    // session they cannot see, not CONFLICT (which would tell them the id is taken, and so probe other countries' ids).
    if (existing.country !== actor.country) throw notFound();
    if (existing.contentHash !== hash)
      throw new DomainException('CONFLICT', 'interaction.sameIdOtherContent');
    return this.toObject(actor, existing, true, 'LIVE');
  }

  private checkContent(
    session: LoggingSessionContext,
    country: string,
    input: InteractionContentInput,
    now: Date,
    previous?: Date,
  ): void {
    const occurred = new Date(input.occurredAt).getTime();
    const earliest = new Date(session.startsAt).getTime() - SLACK_MINUTES * 60_000;
    const latest = Math.min(
      now.getTime() + 5 * 60_000,
      new Date(session.endedAt ?? session.endsAt).getTime() + SLACK_MINUTES * 60_000,
    );
    const unchanged = previous && new Date(previous).getTime() === occurred;
    if (!unchanged && (occurred < earliest || occurred > latest))
      throw badInput('occurredAt', 'interaction.occurredOutside');

    this.i18n.requireWorkingLanguage(
      'notesLanguage',
      session.languages[country] ?? [],
      country,
      input.notesLanguage,
    );

    this.personalData.checkInput(input, {
      countries: session.weekCountries,
      allowedNames: session.profileNames,
    });
  }

  /** The interaction if the actor may change it: its author, or the team leader of its country, while the week is open. */
  private async editable(
    em: EntityManager,
    actor: AuthenticatedActor,
    id: string,
    version: number,
  ): Promise<InteractionRow> {
    const row = await this.interactions.lockRow(em, id);
    if (!row || !can(actor, 'interaction.read', { country: row.country })) throw notFound();
    if (row.authorId !== actor.id && !can(actor, 'interaction.editAny', { country: row.country }))
      throw forbidden();
    if (row.weekStatus === 'CLOSED') throw badInput('id', 'schedule.weekClosed');
    if (row.version !== version)
      throw new DomainException('CONFLICT', 'code.CONFLICT', {}, { currentVersion: row.version });
    return row;
  }

  private async requireWeek(actor: AuthenticatedActor, weekId: string): Promise<void> {
    const reach = weekReach(actor);
    if (reach === undefined || !(await this.weeks.isReachable(weekId, reach))) throw notFound();
  }

  private fromRow(actor: AuthenticatedActor, row: InteractionRow): InteractionObject {
    // A coordinator reads another country's notes only where that country shares them.
    const seesNotes = row.country === actor.country || row.shareNotes;
    return this.toObject(actor, row, seesNotes, row.weekStatus);
  }

  private toObject(
    actor: AuthenticatedActor,
    row: InteractionEntity,
    seesNotes: boolean,
    weekStatus: string,
  ): InteractionObject {
    const editable =
      weekStatus !== 'CLOSED' &&
      (row.authorId === actor.id || can(actor, 'interaction.editAny', { country: row.country }));
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
      referralUrgency: 'referralUrgency' in row ? ((row as InteractionRow).referralUrgency ?? null) : null,
      createdAt: new Date(row.createdAt),
      version: row.version,
    };
  }
}
