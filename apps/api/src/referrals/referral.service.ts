import { can, canMoveReferral, countryScope, ReferralStatus } from '@empact/domain';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../common/audit/audit.service';
import type { AuthenticatedActor } from '../common/auth/authenticated-actor';
import { badInput, DomainException, forbidden, notFound } from '../common/errors/domain.exception';
import { I18nService } from '../common/i18n/i18n.service';
import { PersonalDataGuard } from '../common/personal-data/personal-data.guard';
import { EventBus, PUB_SUB } from '../common/pubsub/pub-sub';
import { requestLocale } from '../common/request-context';
import { RaiseReferralInput, ReferralFilter } from './dto/referral.inputs';
import { ReferralAlertObject, ReferralObject } from './dto/referral.object';

export const REFERRAL_RAISED = 'referralRaised';

/** Whether an alert reaches the actor: IMMEDIATE ones, to coordinators for every country, to a team leader for their own. */
export function hearsAlert(actor: AuthenticatedActor, alert: ReferralAlertObject): boolean {
  return alert.urgency === 'IMMEDIATE' && can(actor, 'referral.read', { country: alert.country });
}

interface ReferralRow extends Omit<ReferralObject, 'details'> {
  details: string;
  detailsDeletedAt: Date | null;
}

const SELECT = `
  SELECT r.id, r.interaction_id AS "interactionId", r.week_id AS "weekId", r.session_id AS "sessionId", r.country,
         r.receiving_unit AS "receivingUnit", r.urgency, r.reason_code AS "reasonCode", r.details,
         r.details_deleted_at AS "detailsDeletedAt", r.status, a.display_name AS "raisedBy", r.created_at AS "createdAt", r.version,
         (SELECT coalesce(json_agg(json_build_object('status', e.status, 'by', b.display_name, 'at', e.at, 'note', e.note) ORDER BY e.at, e.id), '[]'::json)
            FROM referral_event e JOIN account b ON b.id = e.by_id WHERE e.referral_id = r.id) AS history
    FROM referral r JOIN account a ON a.id = r.raised_by`;

@Injectable()
export class ReferralService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly i18n: I18nService,
    private readonly personalData: PersonalDataGuard,
    @Inject(PUB_SUB) private readonly events: EventBus,
  ) {}

  async raise(actor: AuthenticatedActor, input: RaiseReferralInput): Promise<ReferralObject> {
    const referral = await this.dataSource.transaction(async (em) => {
      const [interaction] = await em.query(
        `SELECT i.id, i.week_id AS "weekId", i.session_id AS "sessionId", i.country, w.status AS "weekStatus"
           FROM interaction i JOIN action_week w ON w.id = i.week_id WHERE i.id = $1`,
        [input.interactionId],
      );
      if (!interaction || !can(actor, 'interaction.read', { country: interaction.country })) throw notFound();
      if (!can(actor, 'referral.raise', { country: interaction.country })) throw forbidden();
      if (interaction.weekStatus === 'CLOSED') throw badInput('interactionId', 'schedule.weekClosed');
      this.personalData.checkInput(input, await this.personalData.weekContext(em, interaction.weekId));
      const [{ id }] = await em.query(
        `INSERT INTO referral (interaction_id, week_id, session_id, country, raised_by, receiving_unit, urgency, reason_code, details)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
        [interaction.id, interaction.weekId, interaction.sessionId, interaction.country, actor.id, input.receivingUnit, input.urgency, input.reasonCode, input.details.trim()],
      );
      await em.query(`INSERT INTO referral_event (referral_id, status, by_id) VALUES ($1, 'OPEN', $2)`, [id, actor.id]);
      await this.audit.record(em, {
        action: 'raiseReferral',
        targetType: 'Referral',
        targetId: id,
        details: { urgency: input.urgency, receivingUnit: input.receivingUnit, country: interaction.country },
      });
      return this.require(em, id);
    });
    await this.events.publish(REFERRAL_RAISED, this.alertOf(referral));
    return this.toObject(referral, true);
  }

  /** A country's referrals for its team leader; every country's for coordinators. Without details. */
  async list(actor: AuthenticatedActor, filter: ReferralFilter): Promise<ReferralObject[]> {
    if (!can(actor, 'referral.read')) throw forbidden();
    const scope = countryScope(actor);
    const rows: ReferralRow[] = await this.dataSource.query(
      `${SELECT}
        WHERE r.week_id = $1 AND ($2::text IS NULL OR r.country = $2)
          AND ($3::text IS NULL OR r.status = $3) AND ($4::text IS NULL OR r.urgency = $4)
        ORDER BY CASE r.urgency WHEN 'IMMEDIATE' THEN 0 WHEN 'PRIORITY' THEN 1 ELSE 2 END, r.created_at DESC`,
      [filter.weekId, scope.kind === 'country' ? scope.country : null, filter.status ?? null, filter.urgency ?? null],
    );
    return rows.map((row) => this.toObject(row, false));
  }

  /** One referral with its details; the read itself is written to the audit log. */
  async get(actor: AuthenticatedActor, id: string): Promise<ReferralObject> {
    if (!can(actor, 'referral.read')) throw forbidden();
    return this.dataSource.transaction(async (em) => {
      const row = await this.require(em, id);
      if (!can(actor, 'referral.read', { country: row.country })) throw notFound();
      await this.audit.record(em, { action: 'readReferralDetails', targetType: 'Referral', targetId: id });
      return this.toObject(row, true);
    });
  }

  async setStatus(actor: AuthenticatedActor, id: string, version: number, status: ReferralStatus, note?: string): Promise<ReferralObject> {
    return this.dataSource.transaction(async (em) => {
      const row = await this.require(em, id, true);
      if (!can(actor, 'referral.read', { country: row.country })) throw notFound();
      if (!can(actor, 'referral.manage', { country: row.country })) throw forbidden();
      if (row.version !== version) throw new DomainException('CONFLICT', 'code.CONFLICT', {}, { currentVersion: row.version });
      if (!canMoveReferral(row.status as ReferralStatus, status)) {
        const locale = requestLocale();
        throw badInput('status', 'referral.statusTransition', {
          from: this.i18n.t(locale, `referralStatus.${row.status}`, {}, 'taxonomy'),
          to: this.i18n.t(locale, `referralStatus.${status}`, {}, 'taxonomy'),
        });
      }
      this.personalData.checkTexts({ note }, await this.personalData.weekContext(em, row.weekId));
      await em.query(`UPDATE referral SET status = $2, version = version + 1, updated_at = now() WHERE id = $1`, [id, status]);
      await em.query(`INSERT INTO referral_event (referral_id, status, by_id, note) VALUES ($1, $2, $3, $4)`, [id, status, actor.id, note?.trim() || null]);
      await this.audit.record(em, { action: 'setReferralStatus', targetType: 'Referral', targetId: id, details: { from: row.status, to: status } });
      return this.toObject(await this.require(em, id), false);
    });
  }

  private async require(em: EntityManager, id: string, lock = false): Promise<ReferralRow> {
    const [row] = (await em.query(`${SELECT} WHERE r.id = $1${lock ? ' FOR UPDATE OF r' : ''}`, [id])) as ReferralRow[];
    if (!row) throw notFound();
    return row;
  }

  private alertOf(row: ReferralRow): ReferralAlertObject {
    const { id, weekId, sessionId, country, urgency, receivingUnit, reasonCode, createdAt } = row;
    return { id, weekId, sessionId, country, urgency, receivingUnit, reasonCode, createdAt: new Date(createdAt) };
  }

  private toObject(row: ReferralRow, withDetails: boolean): ReferralObject {
    return {
      ...row,
      details: withDetails && !row.detailsDeletedAt ? row.details : null,
      createdAt: new Date(row.createdAt),
      history: row.history.map((event) => ({ ...event, at: new Date(event.at) })),
    };
  }
}
