import {
  COUNTRY_CODES,
  DEBRIEF_COMMENT_MAX,
  DEBRIEF_SUMMARY_EN_MAX,
  DEBRIEF_TEXT_MAX,
  DEBRIEF_WELLBEING_TEXT_MAX,
} from '@empact/domain';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { FreeText } from '../../common/personal-data/free-text.decorator';

@InputType()
export class SaveDebriefInput {
  @Field(() => ID)
  @IsUUID()
  sessionId: string;

  @Field(() => Int, { nullable: true, description: 'The version saved last; left out for the first save.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;

  @Field(() => String, { description: 'BCP 47: one of the country’s working languages for the week.' })
  @Matches(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/)
  @MaxLength(20)
  language: string;

  @Field(() => String, { nullable: true })
  @FreeText()
  @IsOptional()
  @MaxLength(DEBRIEF_TEXT_MAX)
  whatWorked?: string;
  @Field(() => String, { nullable: true })
  @FreeText()
  @IsOptional()
  @MaxLength(DEBRIEF_TEXT_MAX)
  challenges?: string;
  @Field(() => String, { nullable: true })
  @FreeText()
  @IsOptional()
  @MaxLength(DEBRIEF_TEXT_MAX)
  signals?: string;
  @Field(() => String, { nullable: true })
  @FreeText()
  @IsOptional()
  @MaxLength(DEBRIEF_TEXT_MAX)
  platformObservations?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(5) wellbeingScore?: number | null;
  @Field(() => String, { nullable: true })
  @FreeText()
  @IsOptional()
  @MaxLength(DEBRIEF_WELLBEING_TEXT_MAX)
  wellbeingText?: string;
  @Field(() => String, { nullable: true })
  @FreeText()
  @IsOptional()
  @MaxLength(DEBRIEF_TEXT_MAX)
  guidanceSuggestions?: string;
  @Field(() => String, { nullable: true, description: 'Required to submit.' })
  @FreeText()
  @IsOptional()
  @MaxLength(DEBRIEF_SUMMARY_EN_MAX)
  summaryEn?: string | null;
}

@ArgsType()
export class CommentDebriefArgs {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => String)
  @FreeText()
  @IsNotEmpty()
  @MaxLength(DEBRIEF_COMMENT_MAX)
  body: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Send the debrief back to its team leader for a revision.',
  })
  @IsOptional()
  @IsBoolean()
  requestRevision?: boolean;
}

@InputType()
export class DebriefFilter {
  @Field(() => ID)
  @IsUUID()
  weekId: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  sessionId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(COUNTRY_CODES)
  country?: string;
}

@ArgsType()
export class DebriefsArgs {
  @Field(() => DebriefFilter)
  @ValidateNested()
  @Type(() => DebriefFilter)
  filter: DebriefFilter;
}
