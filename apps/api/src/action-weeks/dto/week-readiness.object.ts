import { READINESS_CODES, type ReadinessCode } from '@empact/domain';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export const ReadinessCodeEnum = Object.fromEntries(READINESS_CODES.map((code) => [code, code])) as {
  [K in ReadinessCode]: K;
};
registerEnumType(ReadinessCodeEnum, {
  name: 'ReadinessCode',
  description: 'What is missing before a week goes live.',
  valuesMap: {
    TEAM_INCOMPLETE: {
      description:
        'The country lacks a team leader or operators with active accounts (count: people missing).',
    },
    NO_SESSIONS: { description: 'No session is planned.' },
    PROFILE_MISSING: {
      description:
        'The country has no ACTIVE blue profile on a platform its sessions use (count: sessions that need one).',
    },
    SESSION_UNSTAFFED: {
      description:
        'A planned session has positions empty for the country (count: empty positions, the profile included).',
    },
    GUIDANCE_NOT_PUBLISHED: { description: 'No guidance note of the week is published.' },
  },
});

@ObjectType('ReadinessItem')
export class ReadinessItemObject {
  @Field(() => ReadinessCodeEnum)
  code: ReadinessCode;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2, for the items of one country.' })
  country: string | null;

  @Field(() => String, { nullable: true, description: 'The platform’s code, for profiles and sessions.' })
  platform: string | null;

  @Field(() => ID, { nullable: true })
  sessionId: string | null;

  @Field(() => Date, { nullable: true })
  sessionStartsAt: Date | null;

  @Field(() => Int)
  count: number;
}

@ObjectType('WeekReadiness', { description: 'The checklist of what is missing before a week goes live.' })
export class WeekReadinessObject {
  @Field(() => ID)
  weekId: string;

  @Field(() => Boolean, { description: 'Nothing is missing.' })
  ready: boolean;

  @Field(() => [ReadinessItemObject])
  items: ReadinessItemObject[];
}
