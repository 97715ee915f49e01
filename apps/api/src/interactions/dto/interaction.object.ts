import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  AgeBandEnum,
  ChannelEnum,
  InitiatorEnum,
  OutcomeEnum,
  ToneEnum,
  TopicEnum,
  UrgencyEnum,
} from '../../taxonomy/taxonomy.enums';

@ObjectType('Interaction', {
  description: 'A logged conversation with young people: codes and counts, never who they are.',
})
export class InteractionObject {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  weekId: string;

  @Field(() => ID)
  sessionId: string;

  @Field(() => String)
  country: string;

  @Field(() => String, { description: 'Platform code.' })
  platform: string;

  @Field(() => ChannelEnum)
  channel: string;

  @Field(() => Date)
  occurredAt: Date;

  @Field(() => Int)
  durationMinutes: number;

  @Field(() => Int)
  youngPeople: number;

  @Field(() => AgeBandEnum)
  ageBand: string;

  @Field(() => [TopicEnum])
  topics: string[];

  @Field(() => InitiatorEnum)
  initiatedBy: string;

  @Field(() => ToneEnum)
  tone: string;

  @Field(() => OutcomeEnum)
  outcome: string;

  @Field(() => String, {
    nullable: true,
    description: 'Null where the country does not share its notes with the caller, or after retention.',
  })
  notes: string | null;

  @Field(() => String, { description: 'BCP 47 tag of the language the notes are written in.' })
  notesLanguage: string;

  @Field(() => String, { nullable: true })
  summaryEn: string | null;

  @Field(() => Boolean, { description: 'Whether the caller may edit or delete it.' })
  editable: boolean;

  @Field(() => UrgencyEnum, {
    nullable: true,
    description: 'The urgency of the most urgent referral raised from it; null when it was not referred.',
  })
  referralUrgency: string | null;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Int)
  version: number;
}

@ObjectType('InteractionEdge')
export class InteractionEdgeObject {
  @Field(() => String)
  cursor: string;

  @Field(() => InteractionObject)
  node: InteractionObject;
}

@ObjectType('PageInfo')
export class PageInfoObject {
  @Field(() => Boolean)
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

@ObjectType('InteractionConnection')
export class InteractionConnectionObject {
  @Field(() => [InteractionEdgeObject])
  edges: InteractionEdgeObject[];

  @Field(() => PageInfoObject)
  pageInfo: PageInfoObject;
}

@ObjectType('SessionTotals', {
  description: 'Running totals of a session’s log, for the countries the caller reaches.',
})
export class SessionTotalsObject {
  @Field(() => Int)
  interactions: number;

  @Field(() => Int)
  youngPeople: number;

  @Field(() => Int)
  referrals: number;
}
