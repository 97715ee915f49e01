import { Args, Query, Resolver } from '@nestjs/graphql';
import { WeekRetentionObject } from '../action-weeks/dto/week-retention.object';
import type { AuthenticatedActor } from '../common/auth/authenticated-actor';
import { CurrentActor } from '../common/auth/current-actor.decorator';
import { AuditLogService } from './audit-log.service';
import { AuditLogArgs } from './dto/audit-log.inputs';
import { AuditActorObject, AuditLogConnectionObject } from './dto/audit-entry.object';

@Resolver()
export class AuditLogResolver {
  constructor(private readonly service: AuditLogService) {}

  @Query(() => AuditLogConnectionObject, {
    description:
      'The audit log, newest first, filtered by week, person, action, record, time and outcome (administrators and the data-protection officer). The read is itself audited.',
  })
  auditLog(
    @CurrentActor() actor: AuthenticatedActor,
    @Args() { filter, first, after }: AuditLogArgs,
  ): Promise<AuditLogConnectionObject> {
    return this.service.page(actor, filter ?? {}, first, after);
  }

  @Query(() => [AuditActorObject], {
    description:
      'Every account the audit log may name (name, e-mail, roles, country), to choose a person to filter by (administrators and the data-protection officer).',
  })
  auditActors(@CurrentActor() actor: AuthenticatedActor): Promise<AuditActorObject[]> {
    return this.service.actors(actor);
  }

  @Query(() => [WeekRetentionObject], {
    description:
      'Every week’s retention: when its free texts are or were deleted and the retention job’s last run (coordinators, administrators, the data-protection officer). Also the data-protection officer’s list of weeks: codes and dates, nothing of their content.',
  })
  weekRetentions(@CurrentActor() actor: AuthenticatedActor): Promise<WeekRetentionObject[]> {
    return this.service.retention(actor);
  }
}
