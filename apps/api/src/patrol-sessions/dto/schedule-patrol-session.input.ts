import { BRIEFING_MAX, COUNTRY_CODES, VENUE_MAX } from '@empact/domain';
import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsDate,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { FreeText, NotFreeText } from '../../common/personal-data/free-text.decorator';
import { IsName } from '../../common/text/is-name.decorator';
import { RosterInput } from './roster.input';

@InputType()
export class SchedulePatrolSessionInput {
  @Field(() => ID)
  @IsUUID()
  weekId: string;

  @Field(() => String, { description: 'Platform code.' })
  @IsNotEmpty()
  @NotFreeText('CHECKED_CODE')
  @MaxLength(40)
  platform: string;

  @Field(() => String, { description: 'Server, world or channel.' })
  @IsNotEmpty()
  @FreeText()
  @MaxLength(VENUE_MAX)
  @IsName()
  venue: string;

  @Field(() => Date)
  @IsDate()
  startsAt: Date;

  @Field(() => Date)
  @IsDate()
  endsAt: Date;

  @Field(() => [String], { description: 'One country, or several for a joint session.' })
  @ArrayNotEmpty()
  @ArrayMaxSize(40)
  @IsIn(COUNTRY_CODES, { each: true })
  countries: string[];

  @Field(() => ID, { nullable: true, description: 'The Kripos guide: a coordinator of the host country.' })
  @IsOptional()
  @IsUUID()
  guideId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @FreeText()
  @MaxLength(BRIEFING_MAX)
  briefing?: string;

  @Field(() => [RosterInput], { nullable: true, description: 'Rosters to assign at once, one per country.' })
  @IsOptional()
  @ArrayMaxSize(40)
  @ValidateNested({ each: true })
  @Type(() => RosterInput)
  rosters?: RosterInput[];
}
