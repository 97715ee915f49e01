import { COUNTRY_CODES } from '@empact/domain';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsUUID, MaxLength, Min } from 'class-validator';
import type { PoliceProfileStatus } from '../police-profile.entity';
import { PoliceProfileStatusEnum } from './police-profile.object';
import { FreeText, NotFreeText } from '../../common/personal-data/free-text.decorator';
import { IsName } from '../../common/text/is-name.decorator';

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
  @MaxLength(120)
  @IsName()
  displayName: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @FreeText()
  @MaxLength(2000)
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
  @MaxLength(120)
  @IsName()
  displayName?: string;

  @Field(() => PoliceProfileStatusEnum, { nullable: true })
  @IsOptional()
  status?: PoliceProfileStatus;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @FreeText()
  @MaxLength(2000)
  safetyNotes?: string;
}
