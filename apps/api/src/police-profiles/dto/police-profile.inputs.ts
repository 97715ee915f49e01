import {
  COUNTRY_CODES,
  POLICE_PROFILE_NAME_MAX,
  POLICE_PROFILE_SAFETY_NOTES_MAX,
  type PoliceProfileStatus,
} from '@empact/domain';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsUUID, MaxLength, Min } from 'class-validator';
import { PoliceProfileStatusEnum } from './police-profile.object';
import { FreeText, NotFreeText } from '../../common/personal-data/free-text.decorator';
import { IsName } from '../../common/text/is-name.decorator';

// No field here, nor anywhere on a profile, holds a password, a token or any other credential: a country keeps its
// profiles' credentials itself, and the safety notes say how (never what).

@InputType()
export class PoliceProfileFilter {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(COUNTRY_CODES)
  country?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @NotFreeText('CHECKED_CODE')
  @MaxLength(40)
  platform?: string;

  @Field(() => Boolean, { nullable: true, description: 'Include retired profiles.' })
  @IsOptional()
  @IsBoolean()
  includeRetired?: boolean;
}

@InputType()
export class RegisterPoliceProfileInput {
  @Field(() => String, { nullable: true, description: 'Defaults to the caller’s country.' })
  @IsOptional()
  @IsIn(COUNTRY_CODES)
  country?: string;

  @Field(() => String, { description: 'Platform code.' })
  @IsNotEmpty()
  @NotFreeText('CHECKED_CODE')
  @MaxLength(40)
  platform: string;

  @Field(() => String)
  @IsNotEmpty()
  @NotFreeText('POLICE_PROFILE_NAME')
  @MaxLength(POLICE_PROFILE_NAME_MAX)
  @IsName()
  displayName: string;

  @Field(() => String, {
    nullable: true,
    description:
      'How the profile is kept safe (never a password or a token). Checked for identifiers of people.',
  })
  @IsOptional()
  @FreeText()
  @MaxLength(POLICE_PROFILE_SAFETY_NOTES_MAX)
  safetyNotes?: string;
}

@InputType()
export class UpdatePoliceProfileInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version the change was made on.' })
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsNotEmpty()
  @NotFreeText('POLICE_PROFILE_NAME')
  @MaxLength(POLICE_PROFILE_NAME_MAX)
  @IsName()
  displayName?: string;

  @Field(() => PoliceProfileStatusEnum, {
    nullable: true,
    description:
      'A change of status follows the same rules as suspend/reactivate/retire: a retired profile is final.',
    deprecationReason: 'Use suspendPoliceProfile, reactivatePoliceProfile or retirePoliceProfile.',
  })
  @IsOptional()
  @IsIn(Object.values(PoliceProfileStatusEnum))
  status?: PoliceProfileStatus;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @FreeText()
  @MaxLength(POLICE_PROFILE_SAFETY_NOTES_MAX)
  safetyNotes?: string;
}
