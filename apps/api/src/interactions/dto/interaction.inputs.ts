import {
  AGE_BANDS,
  CHANNELS,
  COUNTRY_CODES,
  DURATION_MINUTES_MAX,
  DURATION_MINUTES_MIN,
  INITIATORS,
  NOTES_MAX,
  OUTCOMES,
  SUMMARY_EN_MAX,
  TONES,
  TOPICS,
  YOUNG_PEOPLE_MAX,
  YOUNG_PEOPLE_MIN,
} from '@empact/domain';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  AgeBandEnum,
  ChannelEnum,
  InitiatorEnum,
  OutcomeEnum,
  ToneEnum,
  TopicEnum,
} from '../../taxonomy/taxonomy.enums';
import { Type } from 'class-transformer';
import { FreeText, NotFreeText } from '../../common/personal-data/free-text.decorator';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsDate,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

/** What an operator records; shared by logging and editing. */
@InputType()
export class InteractionContentInput {
  @Field(() => String, { nullable: true, description: 'Platform code; defaults to the session’s.' })
  @IsOptional()
  @NotFreeText('CHECKED_CODE')
  @MaxLength(40)
  platform?: string;

  @Field(() => ChannelEnum)
  @IsIn(CHANNELS)
  channel: string;

  @Field(() => Date)
  @IsDate()
  occurredAt: Date;

  @Field(() => Int, { description: 'Minutes.' })
  @IsInt()
  @Min(DURATION_MINUTES_MIN)
  @Max(DURATION_MINUTES_MAX)
  durationMinutes: number;

  @Field(() => Int, { description: 'How many young people took part.' })
  @IsInt()
  @Min(YOUNG_PEOPLE_MIN)
  @Max(YOUNG_PEOPLE_MAX)
  youngPeople: number;

  @Field(() => AgeBandEnum)
  @IsIn(AGE_BANDS)
  ageBand: string;

  @Field(() => [TopicEnum])
  @ArrayNotEmpty()
  @ArrayMaxSize(TOPICS.length)
  @IsIn(TOPICS, { each: true })
  topics: string[];

  @Field(() => InitiatorEnum)
  @IsIn(INITIATORS)
  initiatedBy: string;

  @Field(() => ToneEnum)
  @IsIn(TONES)
  tone: string;

  @Field(() => OutcomeEnum)
  @IsIn(OUTCOMES)
  outcome: string;

  @Field(() => String, {
    description: 'Free text, up to 4,000 characters, without anything that identifies a young person.',
  })
  @FreeText()
  @MaxLength(NOTES_MAX)
  notes: string;

  @Field(() => String, {
    description: 'BCP 47 tag: one of the working languages of the logging country for the week.',
  })
  @Matches(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/)
  @MaxLength(20)
  notesLanguage: string;

  @Field(() => String, { nullable: true, description: 'Optional English summary, up to 500 characters.' })
  @IsOptional()
  @FreeText()
  @MaxLength(SUMMARY_EN_MAX)
  summaryEn?: string | null;
}

@InputType()
export class LogInteractionInput extends InteractionContentInput {
  @Field(() => ID, {
    description: 'The client’s own UUID: sending the same interaction again returns the stored one.',
  })
  @IsUUID()
  id: string;

  @Field(() => ID)
  @IsUUID()
  sessionId: string;
}

@InputType()
export class UpdateInteractionInput extends InteractionContentInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;
}

@InputType()
export class InteractionFilter {
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

  @Field(() => TopicEnum, { nullable: true })
  @IsOptional()
  @IsIn(TOPICS)
  topic?: string;

  @Field(() => OutcomeEnum, { nullable: true })
  @IsOptional()
  @IsIn(OUTCOMES)
  outcome?: string;
}

@ArgsType()
export class InteractionsArgs {
  @Field(() => InteractionFilter)
  @ValidateNested()
  @Type(() => InteractionFilter)
  filter: InteractionFilter;

  @Field(() => Int, { nullable: true, description: 'Page size, at most 200 (default 50).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(200)
  first?: number;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional()
  @NotFreeText('OPAQUE_TOKEN')
  @MaxLength(200)
  after?: string;
}
