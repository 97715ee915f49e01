import { COUNTRY_CODES } from '@empact/domain';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsUUID, MaxLength, Min } from 'class-validator';
import type { PoliceProfileStatus } from '../police-profile.entity';
import { PoliceProfileStatusEnum } from './police-profile.object';

@InputType()
export class PoliceProfileFilter {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(COUNTRY_CODES)
  country?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
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
  @MaxLength(40)
  platform: string;

  @Field(() => String)
  @IsNotEmpty()
  @MaxLength(120)
  displayName: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
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
  @MaxLength(120)
  displayName?: string;

  @Field(() => PoliceProfileStatusEnum, { nullable: true })
  @IsOptional()
  status?: PoliceProfileStatus;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  safetyNotes?: string;
}
