import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ReceivingUnitEnum, ReferralStatusEnum, TopicEnum, UrgencyEnum } from '../../taxonomy/taxonomy.enums';

@ObjectType('ReferralEvent', { description: 'A change of a referral’s status: who, when.' })
export class ReferralEventObject {
  @Field(() => ReferralStatusEnum)
  status: string;

  @Field(() => String, { description: 'Display name of who made the change.' })
  by: string;

  @Field(() => Date)
  at: Date;

  @Field(() => String, { nullable: true })
  note: string | null;
}

@ObjectType('Referral', {
  description:
    'Something serious passed to the unit that acts on it. Details are read one at a time, and every read is audited.',
})
export class ReferralObject {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  interactionId: string;

  @Field(() => ID)
  weekId: string;

  @Field(() => ID)
  sessionId: string;

  @Field(() => String)
  country: string;

  @Field(() => ReceivingUnitEnum)
  receivingUnit: string;

  @Field(() => UrgencyEnum)
  urgency: string;

  @Field(() => TopicEnum, { description: 'Why: the topic that calls for the referral.' })
  reasonCode: string;

  @Field(() => String, {
    nullable: true,
    description: 'Only from `referral(id)`, which audits the read; null in lists and after retention.',
  })
  details: string | null;

  @Field(() => ReferralStatusEnum)
  status: string;

  @Field(() => String, { description: 'Display name of who raised it.' })
  raisedBy: string;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Int)
  version: number;

  @Field(() => [ReferralEventObject])
  history: ReferralEventObject[];
}

@ObjectType('ReferralAlert', {
  description: 'An IMMEDIATE referral has been raised: act now. Carries no details.',
})
export class ReferralAlertObject {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  weekId: string;

  @Field(() => ID)
  sessionId: string;

  @Field(() => String)
  country: string;

  @Field(() => UrgencyEnum)
  urgency: string;

  @Field(() => ReceivingUnitEnum)
  receivingUnit: string;

  @Field(() => TopicEnum)
  reasonCode: string;

  @Field(() => Date)
  createdAt: Date;
}
