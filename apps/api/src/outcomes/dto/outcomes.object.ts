import { COUNTRY_CODES } from '@empact/domain';
import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';

@ObjectType('Count', { description: 'A count, or null where it is suppressed (1 to k−1, or a complement that would give one away).' })
export class CountObject {
  @Field(() => Int, { nullable: true })
  value: number | null;

  @Field(() => Boolean)
  suppressed: boolean;
}

@ObjectType('CountTable', { description: 'Counts by row and column with their totals, suppressed together.' })
export class CountTableObject {
  @Field(() => [String], { description: 'Row keys, e.g. country codes.' })
  rows: string[];

  @Field(() => [String], { description: 'Column keys, e.g. days, platform codes or topic codes.' })
  columns: string[];

  @Field(() => [[CountObject]])
  cells: CountObject[][];

  @Field(() => [CountObject])
  rowTotals: CountObject[];

  @Field(() => [CountObject])
  columnTotals: CountObject[];

  @Field(() => CountObject)
  grandTotal: CountObject;
}

@ObjectType('PatrolHours')
export class PatrolHoursObject {
  @Field(() => String)
  country: string;

  @Field(() => Float)
  hours: number;
}

@ObjectType('Outcomes', { description: 'What the week achieved, anonymised: counts only, small ones suppressed.' })
export class OutcomesObject {
  @Field(() => ID)
  weekId: string;

  @Field(() => Int, { description: 'k: counts from 1 to k−1 are suppressed.' })
  minCount: number;

  @Field(() => Boolean, { description: 'False only when a coordinator asked for the unsuppressed figures (audited).' })
  suppressed: boolean;

  @Field(() => CountTableObject, { description: 'Interactions by country (rows) and day (columns); the column totals are the trend per day.' })
  byCountryAndDay: CountTableObject;

  @Field(() => CountTableObject) byPlatform: CountTableObject;
  @Field(() => CountTableObject, { description: 'An interaction counts once for each of its topics.' }) byTopic: CountTableObject;
  @Field(() => CountTableObject) byAgeBand: CountTableObject;
  @Field(() => CountTableObject) byOutcome: CountTableObject;
  @Field(() => CountTableObject) byLanguage: CountTableObject;
  @Field(() => CountTableObject, { description: 'Young people reached, by country and day.' }) youngPeople: CountTableObject;
  @Field(() => CountTableObject, { description: 'Sessions by country: PLANNED, HELD, CANCELLED.' }) sessions: CountTableObject;
  @Field(() => CountTableObject, { description: 'Referrals by urgency (rows) and receiving unit (columns).' }) referrals: CountTableObject;
  @Field(() => [PatrolHoursObject]) patrolHours: PatrolHoursObject[];
}

@InputType()
export class OutcomesFilter {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(COUNTRY_CODES)
  country?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(40)
  platform?: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD in the week’s zone.' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  day?: string;
}

@ArgsType()
export class OutcomesArgs {
  @Field(() => ID)
  @IsUUID()
  weekId: string;

  @Field(() => OutcomesFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => OutcomesFilter)
  filter?: OutcomesFilter;

  @Field(() => Boolean, { nullable: true, description: 'Coordinators only: the figures without suppression; the request is audited.' })
  @IsOptional()
  @IsBoolean()
  unsuppressed?: boolean;
}
