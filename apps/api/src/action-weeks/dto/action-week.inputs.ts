import { COUNTRY_CODES, WEEK_STATUSES, WeekStatusCode } from '@empact/domain';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
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
import { WeekStatusEnum } from './action-week.object';
import { FreeText, NotFreeText } from '../../common/personal-data/free-text.decorator';
import { IsName } from '../../common/text/is-name.decorator';

@InputType()
export class WeekCountryInput {
  @Field(() => String, { description: 'ISO 3166-1 alpha-2.' })
  @IsIn(COUNTRY_CODES)
  country: string;

  @Field(() => [String], {
    description: 'BCP 47 tags of the languages the team works in, e.g. ["fi", "sv"].',
  })
  // Empty is refused by the week's set-up rules (weekSetupProblems), which name the country.
  @ArrayMaxSize(6)
  @NotFreeText('CHECKED_CODE')
  @MaxLength(20, { each: true })
  languages: string[];
}

@InputType()
export class CreateActionWeekInput {
  @Field(() => String, { description: 'Short unique code, e.g. EMPACT-AW-2025-NO.' })
  @Matches(/^[A-Z0-9][A-Z0-9-]{1,39}$/)
  code: string;

  @Field(() => String)
  @IsNotEmpty()
  @FreeText()
  @MaxLength(200)
  @IsName()
  title: string;

  @Field(() => String)
  @IsIn(COUNTRY_CODES)
  hostCountry: string;

  @Field(() => String, { description: 'YYYY-MM-DD, in the week’s time zone.' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  firstDay: string;

  @Field(() => String, { description: 'YYYY-MM-DD, in the week’s time zone.' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  lastDay: string;

  @Field(() => String, { description: 'IANA time zone, e.g. Europe/Oslo.' })
  @IsNotEmpty()
  @NotFreeText('CHECKED_CODE')
  @MaxLength(64)
  timeZone: string;

  @Field(() => Int, {
    nullable: true,
    description: 'k: counts from 1 to k−1 are hidden from liaisons (2–20, default 5).',
  })
  @IsOptional()
  @IsInt()
  @Min(2)
  @Max(20)
  minCount?: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'Days after the week closes before notes, English summaries and referral details are deleted (default 30).',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(3650)
  retentionDays?: number;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Require two-step sign-in of every team member of the week’s countries (default false).',
  })
  @IsOptional()
  @IsBoolean()
  requireTwoFactor?: boolean;

  @Field(() => [WeekCountryInput], { description: 'Every country taking part, the host included.' })
  @ArrayMaxSize(40)
  @ValidateNested({ each: true })
  @Type(() => WeekCountryInput)
  countries: WeekCountryInput[];
}

/**
 * A week's set-up as changed while it is in PLANNING: everything of a new week but its code, which stays. The same
 * rules as for a new week (libs/domain `weekSetupProblems`); `version` as read, else CONFLICT.
 */
@InputType()
export class UpdateActionWeekInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version read; a change made on an older version is refused.' })
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => String)
  @IsNotEmpty()
  @FreeText()
  @MaxLength(200)
  @IsName()
  title: string;

  @Field(() => String)
  @IsIn(COUNTRY_CODES)
  hostCountry: string;

  @Field(() => String, { description: 'YYYY-MM-DD, in the week’s time zone.' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  firstDay: string;

  @Field(() => String, { description: 'YYYY-MM-DD, in the week’s time zone.' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  lastDay: string;

  @Field(() => String, { description: 'IANA time zone, e.g. Europe/Oslo.' })
  @IsNotEmpty()
  @NotFreeText('CHECKED_CODE')
  @MaxLength(64)
  timeZone: string;

  @Field(() => Int, { description: 'k: counts from 1 to k−1 are hidden from liaisons (2–20).' })
  @IsInt()
  @Min(2)
  @Max(20)
  minCount: number;

  @Field(() => Int, {
    description:
      'Days after the week closes before notes, English summaries and referral details are deleted.',
  })
  @IsInt()
  @Min(1)
  @Max(3650)
  retentionDays: number;

  @Field(() => [WeekCountryInput], {
    description:
      'Every country taking part, the host included. A country the plan still names (sessions, rosters) cannot be left out.',
  })
  @ArrayMaxSize(40)
  @ValidateNested({ each: true })
  @Type(() => WeekCountryInput)
  countries: WeekCountryInput[];
}

@ArgsType()
export class WeekIdArgs {
  @Field(() => ID)
  @IsUUID()
  weekId: string;
}

@ArgsType()
export class SetActionWeekStatusArgs {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => WeekStatusEnum)
  @IsIn(WEEK_STATUSES)
  status: WeekStatusCode;
}

@ArgsType()
export class SetActionWeekTwoFactorArgs {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Boolean)
  @IsBoolean()
  required: boolean;
}

@ArgsType()
export class SetNotesSharingArgs {
  @Field(() => ID)
  @IsUUID()
  weekId: string;

  @Field(() => Boolean)
  @IsBoolean()
  shared: boolean;
}
