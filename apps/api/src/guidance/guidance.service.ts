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
import { AccountRepository } from '../accounts/account.repository';
import { ActionWeekRepository } from '../action-weeks/action-week.repository';
import { AuditService } from '../common/audit/audit.service';
import type { AuthenticatedActor } from '../common/auth/authenticated-actor';
import { badInput, DomainException, forbidden, notFound } from '../common/errors/domain.exception';
import { renderMarkdown } from '../common/markdown/render-markdown';
import { PersonalDataGuard } from '../common/personal-data/personal-data.guard';
import { requestLocale } from '../common/request-context';
import { PatrolSessionRepository } from '../patrol-sessions/patrol-session.repository';
import { PlatformRepository } from '../platforms/platform.repository';
import { GuidanceFilter, TranslateGuidanceNoteInput, WriteGuidanceNoteInput } from './dto/guidance.inputs';
import { GuidanceNoteObject, GuidanceReaderObject, GuidanceRevisionObject } from './dto/guidance.object';
import {
  GuidanceNoteContent,
  GuidanceNoteRow,
  GuidanceRepository,
  GuidanceVisibility,
} from './guidance.repository';

@Injectable()
export class GuidanceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly personalData: PersonalDataGuard,
    private readonly notes: GuidanceRepository,
    private readonly weeks: ActionWeekRepository,
    private readonly platforms: PlatformRepository,
    private readonly sessions: PatrolSessionRepository,
    private readonly accounts: AccountRepository,
  ) {}

  async write(actor: AuthenticatedActor, input: WriteGuidanceNoteInput): Promise<GuidanceNoteObject> {
    if (!can(actor, 'guidance.write')) throw forbidden();
    const scope = input.scope as GuidanceScope;
    const target = {
      scope,
      scopeCountry: input.scopeCountry ?? null,
      scopePlatform: input.scopePlatform ?? null,
      scopeSessionId: input.scopeSessionId ?? null,
    };
    const missing = guidanceTargetProblem(target);
    if (missing) throw badInput(missing, 'input.required', { field: missing });
    return this.dataSource.transaction(async (em) => {
      await this.checkTarget(em, input.weekId, target);
      this.personalData.checkInput(input, await this.personalData.weekContext(em, input.weekId));
      const note: GuidanceNoteContent = {
        category: input.category,
        ...target,
        sourceLanguage: input.sourceLanguage ?? 'en',
        title: input.title.trim(),
        body: input.body,
      };
      let id = input.id;
      if (!id) {
        id = await this.notes.insertNote(em, input.weekId, note, actor.id);
        await this.notes.insertRevision(em, id, 1, note, actor.id);
      } else {
        const current = await this.notes.lockCurrent(em, id);
        if (!current || current.weekId !== input.weekId) throw notFound();
        if (input.version !== current.version)
          throw new DomainException('CONFLICT', 'code.CONFLICT', {}, { currentVersion: current.version });
        const changed =
          current.title !== note.title ||
          current.body !== note.body ||
          current.sourceLanguage !== note.sourceLanguage;
        const revision = changed ? current.revision + 1 : current.revision;
        await this.notes.updateNote(em, id, note, revision);
        if (changed) await this.notes.insertRevision(em, id, revision, note, actor.id);
      }
      await this.audit.record(em, { action: 'writeGuidanceNote', targetType: 'GuidanceNote', targetId: id });
      return this.toObject(await this.row(em, actor, id), requestLocale(), true);
    });
  }

  async translate(actor: AuthenticatedActor, input: TranslateGuidanceNoteInput): Promise<GuidanceNoteObject> {
    if (!can(actor, 'guidance.translate')) throw forbidden();
    return this.dataSource.transaction(async (em) => {
      const note = await this.visibleRow(em, actor, input.noteId);
      if (input.language === note.sourceLanguage)
        throw badInput('language', 'input.oneOf', { field: 'language' });
      this.personalData.checkInput(input, await this.personalData.weekContext(em, note.weekId));
      await this.notes.upsertTranslation(
        em,
        note.id,
        {
          language: input.language,
          title: input.title.trim(),
          body: input.body,
          status: input.status,
          sourceRevision: note.revision,
        },
        actor.id,
      );
      await this.audit.record(em, {
        action: 'translateGuidanceNote',
        targetType: 'GuidanceNote',
        targetId: note.id,
        details: { language: input.language, status: input.status },
      });
      return this.toObject(
        await this.row(em, actor, note.id),
        input.language as Locale,
        can(actor, 'guidance.write'),
      );
    });
  }

  async setFlag(
    actor: AuthenticatedActor,
    id: string,
    flag: 'published' | 'pinned',
    value: boolean,
  ): Promise<GuidanceNoteObject> {
    if (!can(actor, 'guidance.write')) throw forbidden();
    return this.dataSource.transaction(async (em) => {
      await this.visibleRow(em, actor, id);
      await this.notes.setFlag(em, id, flag, value);
      const action =
        flag === 'published' ? (value ? 'publishGuidanceNote' : 'unpublishGuidanceNote') : 'pinGuidanceNote';
      await this.audit.record(em, {
        action,
        targetType: 'GuidanceNote',
        targetId: id,
        details: { [flag]: value },
      });
      return this.toObject(await this.row(em, actor, id), requestLocale(), true);
    });
  }

  async list(actor: AuthenticatedActor, filter: GuidanceFilter): Promise<GuidanceNoteObject[]> {
    if (!can(actor, 'guidance.read')) throw forbidden();
    const scope = countryScope(actor);
    if (scope.kind === 'country' && !(await this.weeks.countryTakesPart(filter.weekId, scope.country)))
      throw notFound();
    const visibility: GuidanceVisibility = {
      country: scope.kind === 'country' ? scope.country : null,
      publishedOnly: !can(actor, 'guidance.write') || !filter.includeUnpublished,
    };
    const rows = await this.notes.list(actor.id, filter.weekId, visibility, {
      category: filter.category,
      scope: filter.scope,
    });
    const language = isLocale(filter.language) ? filter.language : requestLocale();
    return rows.map((row) => this.toObject(row, language, can(actor, 'guidance.write')));
  }

  async get(actor: AuthenticatedActor, id: string, language?: string): Promise<GuidanceNoteObject> {
    if (!can(actor, 'guidance.read')) throw forbidden();
    return this.toObject(
      await this.visibleRow(this.dataSource.manager, actor, id),
      isLocale(language) ? language : requestLocale(),
      can(actor, 'guidance.write'),
    );
  }

  async revisions(actor: AuthenticatedActor, id: string): Promise<GuidanceRevisionObject[]> {
    if (!can(actor, 'guidance.read')) throw forbidden();
    await this.visibleRow(this.dataSource.manager, actor, id);
    const rows = await this.notes.revisions(id);
    return rows.map((row) => ({ ...row, bodyHtml: renderMarkdown(row.body) }));
  }

  /** Records, once per person, note and revision, that a team member has read a published note. */
  async confirmRead(
    actor: AuthenticatedActor,
    noteId: string,
    language: string,
  ): Promise<GuidanceNoteObject> {
    if (!can(actor, 'guidance.read')) throw forbidden();
    return this.dataSource.transaction(async (em) => {
      const note = await this.visibleRow(em, actor, noteId);
      if (!note.published) throw notFound();
      const first = await this.notes.confirmRead(em, noteId, actor.id, note.revision, language);
      await this.audit.record(em, {
        action: 'confirmGuidanceRead',
        targetType: 'GuidanceNote',
        targetId: noteId,
        details: { revision: note.revision, language, first },
      });
      return this.toObject(
        await this.row(em, actor, noteId),
        isLocale(language) ? language : requestLocale(),
      );
    });
  }

  /**
   * For coordinators: every team member of the week's countries, their next session, and the published guidance
   * that applies to it which they have not confirmed at its current revision.
   */
  async readers(
    actor: AuthenticatedActor,
    weekId: string,
    now = new Date(),
  ): Promise<GuidanceReaderObject[]> {
    if (!can(actor, 'guidance.write')) throw forbidden();
    if (!(await this.weeks.isReachable(weekId, null))) throw notFound();
    const people = await this.accounts.teamMembersWithNextSession(weekId, now);
    const notes = await this.notes.publishedTargets(weekId);
    const reads = await this.notes.currentReads(weekId);
    return people.map((person) => ({
      accountId: person.accountId,
      displayName: person.displayName,
      country: person.country,
      nextSessionId: person.nextSessionId,
      nextSessionStartsAt: person.nextSessionStartsAt,
      unreadNoteIds: person.nextSessionId
        ? notes
            .filter((note) =>
              guidanceApplies(
                note,
                { id: person.nextSessionId as string, platform: person.platform ?? '' },
                person.country,
              ),
            )
            .filter((note) => !reads.some((r) => r.noteId === note.id && r.accountId === person.accountId))
            .map((note) => note.id)
        : [],
    }));
  }

  /** The published guidance for a session that the caller has not confirmed yet, in their language. */
  async unreadForSession(actor: AuthenticatedActor, sessionId: string): Promise<GuidanceNoteObject[]> {
    if (!can(actor, 'guidance.read')) throw forbidden();
    if (!actor.country) return [];
    const session = await this.sessions.takenPartInBy(sessionId, actor.country);
    if (!session) throw notFound();
    const rows = await this.notes.publishedOfWeek(actor.id, session.weekId);
    return rows
      .filter((row) => !row.readByMe && guidanceApplies(row, session, actor.country as string))
      .map((row) => this.toObject(row, requestLocale()));
  }

  private async checkTarget(
    em: EntityManager,
    weekId: string,
    target: { scopeCountry: string | null; scopePlatform: string | null; scopeSessionId: string | null },
  ): Promise<void> {
    if (!(await this.weeks.isReachable(weekId, null, em))) throw notFound();
    // Whatever was given is checked, an empty string too: '' is no country, platform or session, and the foreign key would refuse it.
    if (
      target.scopeCountry !== null &&
      !(await this.weeks.countryTakesPart(weekId, target.scopeCountry, em))
    ) {
      throw badInput('scopeCountry', 'input.oneOf', { field: 'scopeCountry' });
    }
    if (target.scopePlatform !== null && !(await this.platforms.exists(target.scopePlatform, em))) {
      throw badInput('scopePlatform', 'input.oneOf', { field: 'scopePlatform' });
    }
    if (
      target.scopeSessionId !== null &&
      !(await this.sessions.existsInWeek(target.scopeSessionId, weekId, em))
    ) {
      throw badInput('scopeSessionId', 'input.oneOf', { field: 'scopeSessionId' });
    }
  }

  private async row(em: EntityManager, actor: AuthenticatedActor, id: string): Promise<GuidanceNoteRow> {
    const row = await this.notes.find(em, actor.id, id);
    if (!row) throw notFound();
    return row;
  }

  /** The note if the actor may see it: team members only published notes meant for them. */
  private async visibleRow(
    em: EntityManager,
    actor: AuthenticatedActor,
    id: string,
  ): Promise<GuidanceNoteRow> {
    const scope = countryScope(actor);
    const visibility: GuidanceVisibility = {
      country: scope.kind === 'country' ? scope.country : null,
      publishedOnly: !can(actor, 'guidance.write'),
    };
    const row = await this.notes.findVisible(em, actor.id, id, visibility);
    if (!row) throw notFound();
    return row;
  }

  private toObject(row: GuidanceNoteRow, language: string, writer = false): GuidanceNoteObject {
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
        return {
          language: l,
          status: translationStatus(t, row.revision),
          sourceRevision: t?.sourceRevision ?? null,
        };
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
