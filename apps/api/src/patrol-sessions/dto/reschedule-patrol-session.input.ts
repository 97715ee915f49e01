import { BRIEFING_MAX, COUNTRY_CODES, VENUE_MAX } from '@empact/domain';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsDate,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsUUID,
  MaxLength,
  Min,
} from 'class-validator';
import { FreeText, NotFreeText } from '../../common/personal-data/free-text.decorator';
import { IsName } from '../../common/text/is-name.decorator';

@InputType()
export class ReschedulePatrolSessionInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsNotEmpty()
  @NotFreeText('CHECKED_CODE')
  @MaxLength(40)
  platform?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsNotEmpty()
  @FreeText()
  @MaxLength(VENUE_MAX)
  @IsName()
  venue?: string;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  startsAt?: Date;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  endsAt?: Date;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayNotEmpty()
  @ArrayMaxSize(40)
  @IsIn(COUNTRY_CODES, { each: true })
  countries?: string[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  guideId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @FreeText()
  @MaxLength(BRIEFING_MAX)
  briefing?: string;
}
