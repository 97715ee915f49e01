import {
  AUDIT_ACTION_PATTERN,
  AUDIT_ACTIONS_MAX,
  AUDIT_OUTCOMES,
  AUDIT_PAGE_MAX,
  AUDIT_TARGET_ID_PATTERN,
  AUDIT_TARGET_TYPES,
  type AuditOutcomeFilter,
} from '@empact/domain';
import { ArgsType, Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { NotFreeText } from '../../common/personal-data/free-text.decorator';

export const AuditOutcomeEnum = Object.fromEntries(AUDIT_OUTCOMES.map((o) => [o, o])) as {
  [K in AuditOutcomeFilter]: K;
};
registerEnumType(AuditOutcomeEnum, {
  name: 'AuditOutcome',
  description: 'SUCCESS: what happened; REFUSED: every entry whose outcome is an error code.',
});

@InputType({
  description: 'Which audit entries to list; every condition given narrows, none given lists them all.',
})
export class AuditLogFilter {
  @Field(() => ID, { nullable: true, description: 'Entries about this week or a record of it.' })
  @IsOptional()
  @IsUUID()
  weekId?: string;

  @Field(() => ID, { nullable: true, description: 'Entries of what this account did.' })
  @IsOptional()
  @IsUUID()
  actorId?: string;

  @Field(() => [String], {
    nullable: true,
    description: 'Entries of any of these actions (e.g. readReferralDetails).',
  })
  @IsOptional()
  @ArrayMaxSize(AUDIT_ACTIONS_MAX)
  @Matches(AUDIT_ACTION_PATTERN, { each: true })
  actions?: string[];

  @Field(() => String, {
    nullable: true,
    description: 'The kind of record (Referral, ActionWeek, Account, ...).',
  })
  @IsOptional()
  @IsIn(AUDIT_TARGET_TYPES)
  targetType?: string;

  @Field(() => String, {
    nullable: true,
    description: 'The record’s id (a UUID, or a code such as a platform’s).',
  })
  @IsOptional()
  @Matches(AUDIT_TARGET_ID_PATTERN)
  targetId?: string;

  @Field(() => String, { nullable: true, description: 'From this instant (ISO 8601, inclusive).' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @Field(() => String, { nullable: true, description: 'Until this instant (ISO 8601, exclusive).' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;

  @Field(() => AuditOutcomeEnum, { nullable: true })
  @IsOptional()
  @IsIn(AUDIT_OUTCOMES)
  outcome?: AuditOutcomeFilter;
}

@ArgsType()
export class AuditLogArgs {
  @Field(() => AuditLogFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AuditLogFilter)
  filter?: AuditLogFilter;

  @Field(() => Int, { nullable: true, description: `Page size, at most ${AUDIT_PAGE_MAX} (default 50).` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(AUDIT_PAGE_MAX)
  first?: number;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional()
  @NotFreeText('OPAQUE_TOKEN')
  @MaxLength(200)
  after?: string;
}
