import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { PoliceProfileStatus } from '../police-profile.entity';

export const PoliceProfileStatusEnum = {
  ACTIVE: 'ACTIVE',
  SUSPENDED: 'SUSPENDED',
  RETIRED: 'RETIRED',
} as const;
registerEnumType(PoliceProfileStatusEnum, { name: 'PoliceProfileStatus' });

@ObjectType('PoliceProfile', {
  description: 'An institutional ("blue") police profile of a country on a platform.',
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

  @Field(() => Int)
  version: number;
}
