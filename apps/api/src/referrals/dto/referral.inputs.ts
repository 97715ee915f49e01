import {
  RECEIVING_UNITS,
  REFERRAL_DETAILS_MAX,
  REFERRAL_NOTE_MAX,
  REFERRAL_STATUSES,
  TOPICS,
  URGENCIES,
} from '@empact/domain';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ReceivingUnitEnum, ReferralStatusEnum, TopicEnum, UrgencyEnum } from '../../taxonomy/taxonomy.enums';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUUID, MaxLength, Min, ValidateNested } from 'class-validator';
import { FreeText } from '../../common/personal-data/free-text.decorator';

@InputType()
export class RaiseReferralInput {
  @Field(() => ID)
  @IsUUID()
  interactionId: string;

  @Field(() => ReceivingUnitEnum)
  @IsIn(RECEIVING_UNITS)
  receivingUnit: string;

  @Field(() => UrgencyEnum)
  @IsIn(URGENCIES)
  urgency: string;

  @Field(() => TopicEnum, { description: 'Why: the topic that calls for the referral.' })
  @IsIn(TOPICS)
  reasonCode: string;

  @Field(() => String, { description: 'Only what the receiving unit needs to act; up to 2,000 characters.' })
  @FreeText()
  @MaxLength(REFERRAL_DETAILS_MAX)
  details: string;
}

@InputType()
export class ReferralFilter {
  @Field(() => ID)
  @IsUUID()
  weekId: string;

  @Field(() => ReferralStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(REFERRAL_STATUSES)
  status?: string;

  @Field(() => UrgencyEnum, { nullable: true })
  @IsOptional()
  @IsIn(URGENCIES)
  urgency?: string;
}

@ArgsType()
export class ReferralsArgs {
  @Field(() => ReferralFilter)
  @ValidateNested()
  @Type(() => ReferralFilter)
  filter: ReferralFilter;
}

@ArgsType()
export class SetReferralStatusArgs {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => ReferralStatusEnum)
  @IsIn(REFERRAL_STATUSES)
  status: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @FreeText()
  @MaxLength(REFERRAL_NOTE_MAX)
  note?: string;
}

@ArgsType()
export class ReferralAlertArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'Only this week; every week the caller follows when left out.',
  })
  @IsOptional()
  @IsUUID()
  weekId?: string;
}
