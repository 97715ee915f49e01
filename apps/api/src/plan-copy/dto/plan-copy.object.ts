import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('PlanCopySession', {
  description: 'A session of the week copied from: as it is (or would be) copied, or why it is not.',
})
export class PlanCopySessionObject {
  @Field(() => ID)
  sourceSessionId: string;

  @Field(() => String, { description: 'The platform’s name.' })
  platform: string;

  @Field(() => String)
  venue: string;

  @Field(() => Date, {
    description: 'In the target week; for a skipped session, its start in the week copied from.',
  })
  startsAt: Date;

  @Field(() => Date)
  endsAt: Date;

  @Field(() => [String], {
    description: 'The countries the copy keeps (for a skipped session: its countries).',
  })
  countries: string[];

  @Field(() => [String], { description: 'The session’s countries that take no part in the target week.' })
  droppedCountries: string[];

  @Field(() => String, {
    nullable: true,
    description:
      'Why it is skipped (NO_COUNTRY_IN_WEEK) or refused (OUTSIDE_WEEK, CONFLICT); null for a copy.',
  })
  reason: string | null;

  @Field(() => String, { nullable: true, description: 'The reason, in the caller’s language.' })
  message: string | null;
}

@ObjectType('PlanCopy', {
  description:
    'The plan of an earlier week laid onto a week in preparation: times, platforms, venues, briefings and countries, ' +
    'without rosters, guides, interactions, referrals or debriefs.',
})
export class PlanCopyObject {
  @Field(() => ID)
  fromWeekId: string;

  @Field(() => ID)
  toWeekId: string;

  @Field(() => Int, { description: 'Sessions copied (in a preview: that would be copied).' })
  copied: number;

  @Field(() => [PlanCopySessionObject], { description: 'The copies, by start.' })
  copies: PlanCopySessionObject[];

  @Field(() => [PlanCopySessionObject], {
    description: 'Sessions left out because none of their countries takes part in the target week.',
  })
  skipped: PlanCopySessionObject[];

  @Field(() => [PlanCopySessionObject], {
    description:
      'Sessions that cannot be copied (outside the target week’s days, or in conflict with its plan or with another ' +
      'copy): any of them refuses the whole copy. Always empty in copyWeekPlan’s answer, which refuses instead.',
  })
  refused: PlanCopySessionObject[];
}
