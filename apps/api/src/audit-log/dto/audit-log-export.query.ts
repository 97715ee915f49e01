import {
  AUDIT_ACTION_PATTERN,
  AUDIT_ACTIONS_MAX,
  AUDIT_OUTCOMES,
  AUDIT_TARGET_ID_PATTERN,
  AUDIT_TARGET_TYPES,
  type AuditOutcomeFilter,
  LOCALES,
} from '@empact/domain';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsISO8601, IsOptional, IsUUID, Matches } from 'class-validator';

/** The query string of the audit log's CSV export: the viewer's filter (actions comma-separated), the reader's language. */
export class AuditLogExportQuery {
  @IsOptional()
  @IsIn(LOCALES)
  language?: string;

  @IsOptional()
  @IsUUID()
  weekId?: string;

  @IsOptional()
  @IsUUID()
  actorId?: string;

  @IsOptional()
  @Transform(({ value }) =>
    typeof value === 'string' ? value.split(',').filter((action) => action.length > 0) : value,
  )
  @ArrayMaxSize(AUDIT_ACTIONS_MAX)
  @Matches(AUDIT_ACTION_PATTERN, { each: true })
  actions?: string[];

  @IsOptional()
  @IsIn(AUDIT_TARGET_TYPES)
  targetType?: string;

  @IsOptional()
  @Matches(AUDIT_TARGET_ID_PATTERN)
  targetId?: string;

  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;

  @IsOptional()
  @IsIn(AUDIT_OUTCOMES)
  outcome?: AuditOutcomeFilter;
}
