import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { WeekStatus } from '../action-week.entity';
import { WeekStatusEnum } from './action-week.object';

@ObjectType('RetentionRun', {
  description:
    'The retention job’s deletion of a week’s free texts: when, and how many records of each kind.',
})
export class RetentionRunObject {
  @Field(() => Date)
  at: Date;

  @Field(() => Int, { description: 'Interactions whose notes and English summaries were deleted.' })
  interactions: number;

  @Field(() => Int, { description: 'Referrals whose details were deleted.' })
  referrals: number;

  @Field(() => Int, { description: 'Earlier versions of interactions whose texts were deleted.' })
  revisions: number;

  @Field(() => Int, { description: 'Notes of referral status changes deleted.' })
  referralNotes: number;

  @Field(() => Int)
  debriefs: number;

  @Field(() => Int)
  debriefComments: number;

  @Field(() => Int)
  weekReports: number;
}

@ObjectType('WeekRetention', {
  description: 'When a week’s free texts will be, or were, deleted. Dates and counts only, never the texts.',
})
export class WeekRetentionObject {
  @Field(() => ID)
  weekId: string;

  @Field(() => String)
  code: string;

  @Field(() => WeekStatusEnum)
  status: WeekStatus;

  @Field(() => Date, { nullable: true })
  closedAt: Date | null;

  @Field(() => Int)
  retentionDays: number;

  @Field(() => Date, {
    nullable: true,
    description:
      'When the free texts are due for deletion: closedAt + retentionDays (null while the week is open).',
  })
  textsDeletionDue: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the retention job deleted them.' })
  textsDeletedAt: Date | null;

  @Field(() => RetentionRunObject, { nullable: true, description: 'The retention job’s run for this week.' })
  lastRun: RetentionRunObject | null;
}
