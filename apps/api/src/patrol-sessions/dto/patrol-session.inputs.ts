import { COUNTRY_CODES } from '@empact/domain';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IdVersionArgs } from '../../common/dto/id.args';
import { ArrayMaxSize, ArrayNotEmpty, IsDate, IsIn, IsInt, IsNotEmpty, IsOptional, IsUUID, Matches, MaxLength, Min, ValidateNested } from 'class-validator';
import { FreeText, NotFreeText } from '../../common/personal-data/free-text.decorator';
import { IsName } from '../../common/text/is-name.decorator';

@InputType()
export class RosterInput {
  @Field(() => String)
  @IsIn(COUNTRY_CODES)
  country: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  operatorOneId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  operatorTwoId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  teamLeaderId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The police profile Operator One uses.' })
  @IsOptional()
  @IsUUID()
  profileId?: string | null;
}

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
  @MaxLength(200)
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
  @MaxLength(4000)
  briefing?: string;

  @Field(() => [RosterInput], { nullable: true, description: 'Rosters to assign at once, one per country.' })
  @IsOptional()
  @ArrayMaxSize(40)
  @ValidateNested({ each: true })
  @Type(() => RosterInput)
  rosters?: RosterInput[];
}

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
  @MaxLength(200)
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
  @MaxLength(4000)
  briefing?: string;
}

@InputType()
export class AssignRosterInput extends RosterInput {
  @Field(() => ID)
  @IsUUID()
  sessionId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;
}

@ArgsType()
export class CancelPatrolSessionArgs extends IdVersionArgs {
  @Field(() => String)
  @IsNotEmpty()
  @FreeText()
  @MaxLength(500)
  reason: string;
}

@ArgsType()
export class StartPatrolSessionArgs extends IdVersionArgs {
  @Field(() => String, { nullable: true, description: 'Required to start with empty positions; coordinators only; recorded.' })
  @IsOptional()
  @FreeText()
  @MaxLength(500)
  overrideReason?: string;
}

@InputType()
export class ScheduleFilter {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(COUNTRY_CODES)
  country?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @NotFreeText('CHECKED_CODE')
  @MaxLength(40)
  platform?: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD in the week’s time zone.' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  day?: string;
}

@ArgsType()
export class ScheduleArgs {
  @Field(() => ID)
  @IsUUID()
  weekId: string;

  @Field(() => ScheduleFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ScheduleFilter)
  filter?: ScheduleFilter;
}

@ArgsType()
export class WeekIdArgs {
  @Field(() => ID)
  @IsUUID()
  weekId: string;
}

@ArgsType()
export class OptionalWeekIdArgs {
  @Field(() => ID, { nullable: true, description: 'Only this week; every week when left out.' })
  @IsOptional()
  @IsUUID()
  weekId?: string | null;
}
