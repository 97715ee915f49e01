import { COUNTRY_CODES } from '@empact/domain';
import { ArgsType, Field, ID, ObjectType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsUUID } from 'class-validator';

@ObjectType('DebriefSummary', {
  description: 'The English summary of one submitted debrief: no author, no free text of the team’s own.',
})
export class DebriefSummaryObject {
  @Field(() => String, { description: 'Platform code of the session.' })
  platform: string;

  @Field(() => Date, { description: 'When the session was planned to start.' })
  startsAt: Date;

  @Field(() => String)
  summaryEn: string;

  @Field(() => Date)
  submittedAt: Date;
}

@ObjectType('DebriefDigest', { description: 'One country’s submitted debriefs, summarised in English.' })
export class DebriefDigestObject {
  @Field(() => String, { description: 'ISO 3166-1 alpha-2.' })
  country: string;

  @Field(() => [DebriefSummaryObject])
  summaries: DebriefSummaryObject[];
}

@ArgsType()
export class DebriefDigestArgs {
  @Field(() => ID)
  @IsUUID()
  weekId: string;

  @Field(() => String, { nullable: true, description: 'Only this country.' })
  @IsOptional()
  @IsIn(COUNTRY_CODES)
  country?: string;
}
