import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { WeekStatus } from '../action-week.entity';

export const WeekStatusEnum = { PLANNING: 'PLANNING', LIVE: 'LIVE', CLOSED: 'CLOSED' } as const;
registerEnumType(WeekStatusEnum, { name: 'WeekStatus' });

@ObjectType('WeekCountry', {
  description: 'A country taking part in a week, with the languages its team works in.',
})
export class WeekCountryObject {
  @Field(() => String, { description: 'ISO 3166-1 alpha-2.' })
  country: string;

  @Field(() => [String], { description: 'BCP 47 language tags.' })
  languages: string[];

  @Field(() => Boolean, {
    description: 'Whether coordinators read this country’s interaction notes (its team leader decides).',
  })
  shareNotes: boolean;
}

@ObjectType('ActionWeek')
export class ActionWeekObject {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  code: string;

  @Field(() => String)
  title: string;

  @Field(() => String)
  hostCountry: string;

  @Field(() => String, { description: 'YYYY-MM-DD in the week’s time zone.' })
  firstDay: string;

  @Field(() => String, { description: 'YYYY-MM-DD in the week’s time zone.' })
  lastDay: string;

  @Field(() => String, { description: 'IANA time zone the week runs on, e.g. Europe/Oslo.' })
  timeZone: string;

  @Field(() => WeekStatusEnum)
  status: WeekStatus;

  @Field(() => Int, { description: 'k: counts from 1 to k−1 are hidden from liaisons.' })
  minCount: number;

  @Field(() => Int, {
    description: 'Days after closing before notes, English summaries and referral details are deleted.',
  })
  retentionDays: number;

  @Field(() => Boolean, {
    description:
      'Every team member of the week’s countries must use two-step sign-in until the week closes (coordinators, administrators and liaisons always must).',
  })
  requireTwoFactor: boolean;

  @Field(() => Date, { nullable: true })
  closedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the retention job deleted the week’s free texts.' })
  textsDeletedAt: Date | null;

  @Field(() => [WeekCountryObject])
  countries: WeekCountryObject[];

  @Field(() => Int, {
    description: 'Send it back with a change; a change made on an older version is refused.',
  })
  version: number;
}
