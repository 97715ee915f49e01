import {
  can,
  checkPlanRow,
  findPlanImportConflicts,
  type Locale,
  MAX_SESSION_HOURS,
  type PlanImportColumn,
  type PlanImportContext,
  type PlanImportRow,
  type PlannedRow,
  type PlanRowConflict,
  type PlanRowProblem,
  reachesSession,
  type SessionPlan,
  weekBounds,
} from '@empact/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ActionWeekEntity } from '../action-weeks/action-week.entity';
import { ActionWeekService } from '../action-weeks/action-week.service';
import type { AuthenticatedActor } from '../common/auth/authenticated-actor';
import { badInput, DomainException, forbidden } from '../common/errors/domain.exception';
import { I18nService } from '../common/i18n/i18n.service';
import { PersonalDataGuard } from '../common/personal-data/personal-data.guard';
import { requestLocale } from '../common/request-context';
import { PatrolSessionRepository } from '../patrol-sessions/patrol-session.repository';
import { PatrolSessionService } from '../patrol-sessions/patrol-session.service';
import { PlatformRepository } from '../platforms/platform.repository';
import type { PlanImportArgs } from './dto/plan-import.args';
import {
  type PlanImportConflictObject,
  type PlanImportErrorObject,
  type PlanImportPreviewObject,
  type PlanImportResultObject,
  type PlanImportRowObject,
  PlanFileKindEnum,
} from './dto/plan-import-preview.object';
import { type PlanFile, readPlanFile } from './plan-file.reader';
import { type HostGuideRow, PlanImportRepository } from './plan-import.repository';
import type { PlanTemplateWeek } from './plan-template';

/** A value of the file quoted back in a message: as written, but never at length. */
const quoted = (value: string | undefined) => {
  const text = (value ?? '').trim();
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
};

/** What the checks of a whole file found, and the sessions it plans when nothing is wrong. */
interface CheckedFile {
  rows: PlanImportRowObject[];
  planned: PlannedRow[];
  refusedRows: number;
}

/**
 * A week's plan from a spreadsheet. Each row is held to the rules of the planning dialog (libs/domain: the session's
 * times, the week's days and countries, the guide, the identifier check of its texts, and the schedule conflicts
 * against the week's plan and the rows above it); the preview writes nothing, the import writes every session or none.
 */
@Injectable()
export class PlanImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly weeks: ActionWeekService,
    private readonly sessions: PatrolSessionService,
    private readonly sessionRows: PatrolSessionRepository,
    private readonly platforms: PlatformRepository,
    private readonly repository: PlanImportRepository,
    private readonly personalData: PersonalDataGuard,
    private readonly i18n: I18nService,
  ) {}

  /**
   * The week, if the actor may plan it: FORBIDDEN for a role that never plans (whatever the id), NOT_FOUND outside
   * their reach, and refused as the dialog refuses once the week is closed.
   */
  async plannableWeek(
    actor: AuthenticatedActor,
    weekId: string,
    em: EntityManager = this.dataSource.manager,
  ): Promise<ActionWeekEntity> {
    if (!can(actor, 'session.plan')) throw forbidden();
    const week = await this.weeks.findReachable(em, actor, weekId);
    if (week.status === 'CLOSED') throw badInput('weekId', 'schedule.weekClosed');
    return week;
  }

  /** What the template of a week lists: its days and zone, platforms, countries and guides. */
  async templateWeek(actor: AuthenticatedActor, weekId: string): Promise<PlanTemplateWeek> {
    const week = await this.plannableWeek(actor, weekId);
    const platforms = await this.platforms.names();
    return {
      code: week.code,
      title: week.title,
      firstDay: week.firstDay,
      lastDay: week.lastDay,
      timeZone: week.timeZone,
      hostCountry: week.hostCountry,
      countries: week.countries.map((c) => c.country).sort(),
      platforms: platforms.sort((a, b) => a.code.localeCompare(b.code)),
      guides: await this.repository.hostGuides(week.hostCountry),
    };
  }

  async preview(actor: AuthenticatedActor, args: PlanImportArgs): Promise<PlanImportPreviewObject> {
    const week = await this.plannableWeek(actor, args.weekId);
    const file = await readPlanFile(args.fileName, args.contentBase64);
    const checked = await this.check(this.dataSource.manager, actor, week, file);
    return {
      weekId: week.id,
      kind: PlanFileKindEnum[file.kind],
      rows: checked.rows,
      refusedRows: checked.refusedRows,
    };
  }

  async import(actor: AuthenticatedActor, args: PlanImportArgs): Promise<PlanImportResultObject> {
    // The access and the file first, outside the transaction: a refused file never locks the week's plan.
    await this.plannableWeek(actor, args.weekId);
    const file = await readPlanFile(args.fileName, args.contentBase64);
    const ids = await this.sessions.scheduleSessions(actor, args.weekId, 'importPlan', async (em, week) => {
      // Checked again under the week's lock: the plan may have changed since the preview.
      const checked = await this.check(em, actor, week, file);
      if (checked.refusedRows > 0) {
        const refused = checked.rows.filter((row) => row.errors.length > 0 || row.conflicts.length > 0);
        throw new DomainException(
          'PLAN_IMPORT_INVALID',
          'planImport.invalid',
          {
            count: refused.length,
            rows: refused
              .slice(0, 5)
              .map((row) => row.row)
              .join(', '),
          },
          {
            rows: refused.map(({ row, errors, conflicts }) => ({
              row,
              errors,
              conflicts: conflicts.map((c) => ({
                ...c,
                overlapStartsAt: c.overlapStartsAt.toISOString(),
                overlapEndsAt: c.overlapEndsAt.toISOString(),
              })),
            })),
          },
        );
      }
      return checked.planned.map((plan) => ({
        platformCode: plan.platform,
        venue: plan.venue,
        startsAt: plan.startsAt,
        endsAt: plan.endsAt,
        countries: plan.countries,
        guideId: plan.guideId,
        briefing: plan.briefing,
        auditDetails: { importedFrom: { kind: file.kind, row: plan.row } },
      }));
    });
    return { weekId: args.weekId, imported: ids.length, sessionIds: ids };
  }

  /** Every row of the file checked, with its errors and conflicts in the caller's language. */
  private async check(
    em: EntityManager,
    actor: AuthenticatedActor,
    week: ActionWeekEntity,
    file: PlanFile,
  ): Promise<CheckedFile> {
    const locale = requestLocale();
    // One after another: inside the import's transaction they share its one connection.
    const platforms = await this.platforms.names(em);
    const guides = await this.repository.hostGuides(week.hostCountry, em);
    const freeTextContext = await this.personalData.weekContext(em, week.id);
    const guideByEmail = new Map(guides.map((guide) => [guide.email, guide]));
    const context: PlanImportContext = {
      week: {
        firstDay: week.firstDay,
        lastDay: week.lastDay,
        timeZone: week.timeZone,
        countries: week.countries.map((c) => c.country),
      },
      platforms,
      guideOf: (email) => guideByEmail.get(email)?.id,
    };

    // A plan repeats its venues and briefings from row to row: each distinct text is checked once.
    const findingsOf = new Map<string, ReturnType<PersonalDataGuard['findings']>>();
    const checked = file.rows.map((row) => {
      const { plan, problems } = checkPlanRow(row, context);
      const errors = problems.map((problem) => this.problemMessage(problem, week, locale));
      if (plan) {
        // The identifier check of the dialog's free texts, with the week's countries and its profiles' names.
        for (const field of ['venue', 'briefing'] as const) {
          const key = `${field}\u0000${plan[field]}`;
          let findings = findingsOf.get(key);
          if (!findings) {
            findings = this.personalData.findings({ [field]: plan[field] }, freeTextContext);
            findingsOf.set(key, findings);
          }
          if (findings.length === 0) continue;
          const refusal = this.personalData.refusal(findings);
          errors.push({
            field,
            code: 'PERSONAL_DATA',
            message: this.i18n.t(locale, refusal.messageKey, refusal.params),
          });
        }
      }
      return { row, plan: errors.length === 0 ? plan : null, errors };
    });

    const planned = checked.flatMap((entry) => (entry.plan ? [entry.plan] : []));
    const bounds = weekBounds(week);
    const existingRows = await this.sessionRows.overlapping(
      em,
      week.id,
      bounds.startsAt,
      bounds.endsAt,
      null,
    );
    const existing: SessionPlan[] = existingRows.map((o) => ({
      id: o.id,
      status: o.status,
      startsAt: new Date(o.startsAt),
      endsAt: new Date(o.endsAt),
      countries: o.countries,
      guideId: o.guideId,
      rosters: o.rosters,
    }));
    const conflicts = findPlanImportConflicts(planned, existing);
    const sessionName = (id: string) => {
      const other = existingRows.find((o) => o.id === id);
      if (!other) return id;
      return reachesSession(actor, other) ? `${other.platformName} · ${other.venue}` : other.platformName;
    };
    const platformName = new Map(platforms.map((p) => [p.code, p.name]));

    const rows = checked.map(({ row, plan, errors }): PlanImportRowObject => {
      const rowConflicts = plan
        ? (conflicts.get(row.row) ?? []).map((conflict) =>
            this.conflictMessage(conflict, guides, week, locale, sessionName),
          )
        : [];
      const guide = plan?.guideId ? guides.find((g) => g.id === plan.guideId) : undefined;
      return {
        row: row.row,
        cells: cellsOf(row),
        session: plan
          ? {
              startsAt: plan.startsAt,
              endsAt: plan.endsAt,
              platform: plan.platform,
              platformName: platformName.get(plan.platform) ?? plan.platform,
              venue: plan.venue,
              countries: plan.countries,
              guideId: plan.guideId,
              guideName: guide?.displayName ?? null,
            }
          : null,
        errors,
        conflicts: rowConflicts,
      };
    });
    return {
      rows,
      planned: rows.every((row) => row.errors.length === 0 && row.conflicts.length === 0) ? planned : [],
      refusedRows: rows.filter((row) => row.errors.length > 0 || row.conflicts.length > 0).length,
    };
  }

  private problemMessage(
    problem: PlanRowProblem,
    week: ActionWeekEntity,
    locale: Locale,
  ): PlanImportErrorObject {
    const day = (iso: string) =>
      new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
        new Date(`${iso}T00:00:00Z`),
      );
    const t = (key: string, params: Record<string, unknown> = {}) =>
      this.i18n.t(locale, key, { column: problem.field, ...params });
    const message = (() => {
      switch (problem.code) {
        case 'REQUIRED':
          return t('planImport.row.required');
        case 'INVALID_DATE':
          return t('planImport.row.invalidDate', { value: quoted(problem.value) });
        case 'DATE_OUTSIDE_WEEK':
          return t('planImport.row.dateOutsideWeek', {
            value: quoted(problem.value),
            firstDay: day(week.firstDay),
            lastDay: day(week.lastDay),
          });
        case 'INVALID_TIME':
          return t('planImport.row.invalidTime', { value: quoted(problem.value) });
        case 'ENDS_BEFORE_START':
          return t('schedule.endsBeforeStart');
        case 'TOO_LONG':
          return t('schedule.tooLong', { hours: MAX_SESSION_HOURS });
        case 'OUTSIDE_WEEK':
          return t('schedule.outsideWeek', {
            firstDay: day(week.firstDay),
            lastDay: day(week.lastDay),
            timeZone: week.timeZone,
          });
        case 'UNKNOWN_PLATFORM':
          return t('planImport.row.unknownPlatform', { value: quoted(problem.value) });
        case 'UNKNOWN_COUNTRY':
          return t('planImport.row.unknownCountry', { value: quoted(problem.value) });
        case 'COUNTRY_NOT_IN_WEEK':
          return t('schedule.countryNotInWeek', {
            country: new Intl.ListFormat(locale, { type: 'conjunction' }).format(
              (problem.value ?? '').split(', ').map((code) => this.i18n.countryName(locale, code)),
            ),
          });
        case 'UNKNOWN_GUIDE':
          return t('planImport.row.unknownGuide', { value: quoted(problem.value) });
        case 'TEXT_TOO_LONG':
          return t('planImport.row.textTooLong', { max: problem.max ?? 0 });
        case 'NAME_CHARACTERS':
          return t('planImport.row.nameCharacters', { character: problem.character ?? '' });
        case 'UNSTORABLE_TEXT':
          return t('planImport.row.unstorableText');
      }
    })();
    return { field: problem.field, code: problem.code, message };
  }

  private conflictMessage(
    conflict: PlanRowConflict,
    guides: readonly HostGuideRow[],
    week: ActionWeekEntity,
    locale: Locale,
    sessionName: (id: string) => string,
  ): PlanImportConflictObject {
    const subject =
      conflict.kind === 'COUNTRY'
        ? this.i18n.countryName(locale, conflict.subject)
        : (guides.find((g) => g.id === conflict.subject)?.displayName ?? conflict.subject);
    const otherSession =
      conflict.otherRow !== null
        ? this.i18n.t(locale, 'planImport.otherRow', { row: conflict.otherRow })
        : sessionName(conflict.otherSessionId);
    const key = {
      PERSON: 'schedule.conflictPerson',
      COUNTRY: 'schedule.conflictCountry',
      PROFILE: 'schedule.conflictProfile',
      GUIDE: 'schedule.conflictGuide',
    }[conflict.kind];
    return {
      kind: conflict.kind,
      subject,
      otherSession,
      otherRow: conflict.otherRow,
      overlapStartsAt: conflict.overlap.startsAt,
      overlapEndsAt: conflict.overlap.endsAt,
      message: this.i18n.t(locale, key, {
        subject,
        other: otherSession,
        from: this.i18n.formatInstant(locale, conflict.overlap.startsAt, week.timeZone),
        to: new Intl.DateTimeFormat(locale, { timeZone: week.timeZone, timeStyle: 'short' }).format(
          conflict.overlap.endsAt,
        ),
        timeZone: week.timeZone,
      }),
    };
  }
}

const cellOf = (row: PlanImportRow, column: PlanImportColumn) => (row.cells[column] ?? '').trim();

function cellsOf(row: PlanImportRow): PlanImportRowObject['cells'] {
  return {
    date: cellOf(row, 'date'),
    start: cellOf(row, 'start'),
    end: cellOf(row, 'end'),
    platform: cellOf(row, 'platform'),
    venue: cellOf(row, 'venue'),
    countries: cellOf(row, 'countries'),
    guideEmail: cellOf(row, 'guide_email'),
    briefing: cellOf(row, 'briefing'),
  };
}
