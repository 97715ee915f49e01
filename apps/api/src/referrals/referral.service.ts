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
import { InteractionRepository } from '../interactions/interaction.repository';
import { RaiseReferralInput, ReferralFilter } from './dto/referral.inputs';
import { ReferralAlertObject, ReferralObject } from './dto/referral.object';
import { ReferralRepository, ReferralRow } from './referral.repository';

export const REFERRAL_RAISED = 'referralRaised';

/** Whether an alert reaches the actor: IMMEDIATE ones, to coordinators for every country, to a team leader for their own. */
export function hearsAlert(actor: AuthenticatedActor, alert: ReferralAlertObject): boolean {
  return alert.urgency === 'IMMEDIATE' && can(actor, 'referral.read', { country: alert.country });
}

@Injectable()
export class ReferralService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly i18n: I18nService,
    private readonly personalData: PersonalDataGuard,
    @Inject(PUB_SUB) private readonly events: EventBus,
    private readonly referrals: ReferralRepository,
    private readonly interactions: InteractionRepository,
  ) {}

  async raise(actor: AuthenticatedActor, input: RaiseReferralInput): Promise<ReferralObject> {
    const referral = await this.dataSource.transaction(async (em) => {
      const interaction = await this.interactions.forReferral(em, input.interactionId);
      if (!interaction || !can(actor, 'interaction.read', { country: interaction.country })) throw notFound();
      if (!can(actor, 'referral.raise', { country: interaction.country })) throw forbidden();
      if (interaction.weekStatus === 'CLOSED') throw badInput('interactionId', 'schedule.weekClosed');
      this.personalData.checkInput(input, await this.personalData.weekContext(em, interaction.weekId));
      const id = await this.referrals.insertOpen(em, {
        interactionId: interaction.id,
        weekId: interaction.weekId,
        sessionId: interaction.sessionId,
        country: interaction.country,
        raisedBy: actor.id,
        receivingUnit: input.receivingUnit,
        urgency: input.urgency,
        reasonCode: input.reasonCode,
        details: input.details.trim(),
      });
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
    const rows = await this.referrals.list({
      weekId: filter.weekId,
      country: scope.kind === 'country' ? scope.country : null,
      status: filter.status ?? null,
      urgency: filter.urgency ?? null,
    });
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

  async setStatus(
    actor: AuthenticatedActor,
    id: string,
    version: number,
    status: ReferralStatus,
    note?: string,
  ): Promise<ReferralObject> {
    return this.dataSource.transaction(async (em) => {
      const row = await this.require(em, id, true);
      if (!can(actor, 'referral.read', { country: row.country })) throw notFound();
      if (!can(actor, 'referral.manage', { country: row.country })) throw forbidden();
      if (row.version !== version)
        throw new DomainException('CONFLICT', 'code.CONFLICT', {}, { currentVersion: row.version });
      if (!canMoveReferral(row.status as ReferralStatus, status)) {
        const locale = requestLocale();
        throw badInput('status', 'referral.statusTransition', {
          from: this.i18n.t(locale, `referralStatus.${row.status}`, {}, 'taxonomy'),
          to: this.i18n.t(locale, `referralStatus.${status}`, {}, 'taxonomy'),
        });
      }
      this.personalData.checkTexts({ note }, await this.personalData.weekContext(em, row.weekId));
      await this.referrals.moveTo(em, id, status, actor.id, note?.trim() || null);
      await this.audit.record(em, {
        action: 'setReferralStatus',
        targetType: 'Referral',
        targetId: id,
        details: { from: row.status, to: status },
      });
      return this.toObject(await this.require(em, id), false);
    });
  }

  private async require(em: EntityManager, id: string, lock = false): Promise<ReferralRow> {
    const row = await this.referrals.find(em, id, lock);
    if (!row) throw notFound();
    return row;
  }

  private alertOf(row: ReferralRow): ReferralAlertObject {
    const { id, weekId, sessionId, country, urgency, receivingUnit, reasonCode, createdAt } = row;
    return {
      id,
      weekId,
      sessionId,
      country,
      urgency,
      receivingUnit,
      reasonCode,
      createdAt: new Date(createdAt),
    };
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
