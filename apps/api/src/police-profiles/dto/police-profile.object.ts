import { POLICE_PROFILE_STATUSES, type PoliceProfileStatus, type SessionStatus } from '@empact/domain';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { SessionStatusEnum } from '../../patrol-sessions/dto/patrol-session.object';

export const PoliceProfileStatusEnum = Object.fromEntries(POLICE_PROFILE_STATUSES.map((s) => [s, s])) as {
  [K in PoliceProfileStatus]: K;
};
registerEnumType(PoliceProfileStatusEnum, { name: 'PoliceProfileStatus' });

@ObjectType('PoliceProfileSession', {
  description:
    'A patrol session whose roster names the profile: where it is used, and whether it still will be.',
})
export class PoliceProfileSessionObject {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  weekId: string;

  @Field(() => String, { description: 'The week’s short code, e.g. EMPACT-AW-2025-11.' })
  weekCode: string;

  @Field(() => String)
  weekTitle: string;

  @Field(() => String, {
    description: 'The time zone the week runs on (IANA), to show the session’s times in.',
  })
  weekTimeZone: string;

  @Field(() => Date)
  startsAt: Date;

  @Field(() => Date)
  endsAt: Date;

  @Field(() => String, { description: 'Platform code of the session.' })
  platform: string;

  @Field(() => SessionStatusEnum)
  status: SessionStatus;

  @Field(() => String, { description: 'The country whose roster names the profile.' })
  country: string;
}

@ObjectType('PoliceProfile', {
  description:
    'An institutional ("blue") police profile of a country on a platform. It holds no credentials.',
})
export class PoliceProfileObject {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  country: string;

  @Field(() => String, { description: 'Platform code.' })
  platform: string;

  @Field(() => String)
  displayName: string;

  @Field(() => PoliceProfileStatusEnum)
  status: PoliceProfileStatus;

  @Field(() => String, { description: 'How the profile is kept safe. Never a password or a token.' })
  safetyNotes: string;

  @Field(() => Date)
  updatedAt: Date;

  @Field(() => Int)
  version: number;

  @Field(() => [PoliceProfileSessionObject], {
    description:
      'The sessions whose rosters name the profile, earliest first, as far as the caller reaches them (a national ' +
      'team its own country’s rosters, coordinators every one). Loaded for the whole list in one statement when asked.',
  })
  sessions?: PoliceProfileSessionObject[];
}
