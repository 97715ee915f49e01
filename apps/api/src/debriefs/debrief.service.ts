import { can, countryScope, debriefSubmitProblems, owedDebriefs } from '@empact/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../common/audit/audit.service';
import type { AuthenticatedActor } from '../common/auth/authenticated-actor';
import { badInput, DomainException, forbidden, notFound } from '../common/errors/domain.exception';
import { I18nService } from '../common/i18n/i18n.service';
import { PersonalDataGuard } from '../common/personal-data/personal-data.guard';
import { PatrolSessionRepository } from '../patrol-sessions/patrol-session.repository';
import { DebriefFilter, SaveDebriefInput } from './dto/debrief.inputs';
import { DebriefObject, OwedDebriefObject } from './dto/debrief.object';
import { DEBRIEF_TEXT_FIELDS, DebriefChanges, DebriefRepository } from './debrief.repository';

@Injectable()
export class DebriefService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly i18n: I18nService,
    private readonly personalData: PersonalDataGuard,
    private readonly debriefs: DebriefRepository,
    private readonly sessions: PatrolSessionRepository,
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
      const existing = await this.debriefs.lockOfSession(em, session.id, country);
      let id: string;
      if (!existing) {
        id = await this.debriefs.insert(em, {
          sessionId: session.id,
          weekId: session.weekId,
          country,
          authorId: actor.id,
          language: input.language,
        });
      } else {
        id = existing.id;
        if (existing.status === 'SUBMITTED') throw badInput('sessionId', 'debrief.alreadySubmitted');
        if (input.version !== undefined && input.version !== existing.version) {
          throw new DomainException('CONFLICT', 'code.CONFLICT', {}, { currentVersion: existing.version });
        }
      }
      // A text given as null is emptied; an English summary given empty is no summary.
      const changes: DebriefChanges = { language: input.language, texts: {} };
      for (const field of DEBRIEF_TEXT_FIELDS) {
        if (input[field] !== undefined) changes.texts[field] = input[field]?.trim() ?? '';
      }
      if (input.wellbeingScore !== undefined) changes.wellbeingScore = input.wellbeingScore;
      if (input.summaryEn !== undefined) changes.summaryEn = input.summaryEn?.trim() || null;
      await this.debriefs.update(em, id, changes);
      await this.audit.record(em, {
        action: 'saveDebrief',
        targetType: 'Debrief',
        targetId: id,
        details: { sessionId: session.id, country },
      });
      return this.require(em, id);
    });
  }

  async submit(actor: AuthenticatedActor, id: string, version: number): Promise<DebriefObject> {
    return this.dataSource.transaction(async (em) => {
      const debrief = await this.reachable(em, actor, id, true);
      if (!can(actor, 'debrief.write', { country: debrief.country })) throw forbidden();
      if (debrief.version !== version)
        throw new DomainException('CONFLICT', 'code.CONFLICT', {}, { currentVersion: debrief.version });
      if (debrief.status === 'SUBMITTED') throw badInput('id', 'debrief.alreadySubmitted');
      const [problem] = debriefSubmitProblems(debrief);
      if (problem === 'summaryEn') throw badInput('summaryEn', 'debrief.summaryRequired');
      if (problem === 'wellbeingScore') throw badInput('wellbeingScore', 'debrief.wellbeingRequired');
      await this.debriefs.markSubmitted(em, id);
      await this.audit.record(em, { action: 'submitDebrief', targetType: 'Debrief', targetId: id });
      return this.require(em, id);
    });
  }

  /** A coordinator comments on a submitted debrief, or sends it back for a revision. */
  async comment(
    actor: AuthenticatedActor,
    id: string,
    body: string,
    requestRevision = false,
  ): Promise<DebriefObject> {
    if (!can(actor, 'debrief.review')) throw forbidden();
    return this.dataSource.transaction(async (em) => {
      const debrief = await this.reachable(em, actor, id, true);
      if (requestRevision && debrief.status !== 'SUBMITTED')
        throw badInput('requestRevision', 'debrief.notSubmitted');
      this.personalData.checkTexts({ body }, await this.personalData.weekContext(em, debrief.weekId));
      await this.debriefs.addComment(em, id, actor.id, body.trim(), requestRevision);
      if (requestRevision) await this.debriefs.markRevisionRequested(em, id);
      await this.audit.record(em, {
        action: 'commentDebrief',
        targetType: 'Debrief',
        targetId: id,
        details: { requestRevision },
      });
      return this.require(em, id);
    });
  }

  /** A team reads its own country's debriefs, drafts included; coordinators read every submitted one. */
  async list(actor: AuthenticatedActor, filter: DebriefFilter): Promise<DebriefObject[]> {
    if (!can(actor, 'debrief.read')) throw forbidden();
    const scope = countryScope(actor);
    return this.debriefs.list({
      weekId: filter.weekId,
      sessionId: filter.sessionId ?? null,
      country: filter.country ?? null,
      ownCountry: scope.kind === 'country' ? scope.country : null,
    });
  }

  /** Submitted debriefs of a week, by id, in the order asked: what a week report links. */
  async submittedOfWeek(em: EntityManager, weekId: string, ids: readonly string[]): Promise<DebriefObject[]> {
    if (ids.length === 0) return [];
    const rows = await this.debriefs.submittedOfWeek(em, weekId, ids);
    return ids.map((id) => rows.find((row) => row.id === id)).filter((row): row is DebriefObject => !!row);
  }

  /** For coordinators: every ended session's debriefs still owed, per country. */
  async owed(actor: AuthenticatedActor, weekId: string): Promise<OwedDebriefObject[]> {
    if (!can(actor, 'debrief.review')) throw forbidden();
    const sessions = await this.debriefs.endedSessionsWithDebriefs(weekId);
    return sessions.flatMap((session) =>
      owedDebriefs(session, session.debriefs).map((country) => ({
        sessionId: session.id,
        country,
        sessionEndsAt: session.endsAt,
        state: session.debriefs.find((d) => d.country === country)?.status ?? 'MISSING',
      })),
    );
  }

  /** The session, when the country took part in it; NOT_FOUND otherwise, as for a session that does not exist. */
  private async sessionOf(em: EntityManager, sessionId: string, country: string | null) {
    const session = await this.sessions.takenPartInBy(sessionId, country, em);
    if (!session) throw notFound();
    return session;
  }

  private async reachable(
    em: EntityManager,
    actor: AuthenticatedActor,
    id: string,
    lock = false,
  ): Promise<DebriefObject> {
    const row = await this.debriefs.find(em, id, lock);
    const scope = countryScope(actor);
    const visible =
      row &&
      (scope.kind === 'all'
        ? row.status !== 'DRAFT' || can(actor, 'debrief.write', { country: row.country })
        : scope.kind === 'country' && row.country === scope.country);
    if (!row || !visible) throw notFound();
    return row;
  }

  private async require(em: EntityManager, id: string): Promise<DebriefObject> {
    const row = await this.debriefs.find(em, id);
    if (!row) throw notFound();
    return row;
  }
}
