import { DEBRIEF_STATUSES } from '@empact/domain';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export const DebriefStatusEnum = Object.fromEntries(DEBRIEF_STATUSES.map((s) => [s, s])) as Record<
  string,
  string
>;
registerEnumType(DebriefStatusEnum, { name: 'DebriefStatus' });

@ObjectType('DebriefComment')
export class DebriefCommentObject {
  @Field(() => String)
  author: string;

  @Field(() => String)
  body: string;

  @Field(() => Boolean)
  requestsRevision: boolean;

  @Field(() => Date)
  createdAt: Date;
}

@ObjectType('Debrief', {
  description: 'What a country’s team learned in a session, in its own language, with an English summary.',
})
export class DebriefObject {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  sessionId: string;

  @Field(() => ID)
  weekId: string;

  @Field(() => String)
  country: string;

  @Field(() => String)
  author: string;

  @Field(() => String, { description: 'BCP 47 tag of the language it is written in.' })
  language: string;

  @Field(() => String) whatWorked: string;
  @Field(() => String) challenges: string;
  @Field(() => String, { description: 'Signals and trends seen.' }) signals: string;
  @Field(() => String) platformObservations: string;
  @Field(() => Int, { nullable: true, description: 'Officer wellbeing, 1 (poor) to 5 (good).' })
  wellbeingScore: number | null;
  @Field(() => String) wellbeingText: string;
  @Field(() => String) guidanceSuggestions: string;
  @Field(() => String, { nullable: true }) summaryEn: string | null;

  @Field(() => DebriefStatusEnum)
  status: string;

  @Field(() => Date, { nullable: true })
  submittedAt: Date | null;

  @Field(() => Date)
  updatedAt: Date;

  @Field(() => Int)
  version: number;

  @Field(() => [DebriefCommentObject])
  comments: DebriefCommentObject[];
}

@ObjectType('OwedDebrief', { description: 'A debrief an ended session is still waiting for.' })
export class OwedDebriefObject {
  @Field(() => ID)
  sessionId: string;

  @Field(() => String)
  country: string;

  @Field(() => Date)
  sessionEndsAt: Date;

  @Field(() => String, { description: 'MISSING, DRAFT or REVISION_REQUESTED.' })
  state: string;
}
