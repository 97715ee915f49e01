import {
  COUNTRY_CODES,
  GUIDANCE_BODY_MAX,
  GUIDANCE_CATEGORIES,
  GUIDANCE_SCOPES,
  GUIDANCE_TITLE_MAX,
  LOCALES,
} from '@empact/domain';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { GuidanceCategoryEnum, GuidanceScopeEnum, TranslationWorkStatusEnum } from './guidance.object';
import { FreeText, NotFreeText } from '../../common/personal-data/free-text.decorator';

@InputType()
export class WriteGuidanceNoteInput {
  @Field(() => ID, {
    nullable: true,
    description: 'Leave out to write a new note; give it (with version) to change one.',
  })
  @IsOptional()
  @IsUUID()
  id?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;

  @Field(() => ID)
  @IsUUID()
  weekId: string;

  @Field(() => GuidanceCategoryEnum)
  @IsIn(GUIDANCE_CATEGORIES)
  category: string;

  @Field(() => GuidanceScopeEnum)
  @IsIn(GUIDANCE_SCOPES)
  scope: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(COUNTRY_CODES)
  scopeCountry?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @NotFreeText('CHECKED_CODE')
  @MaxLength(40)
  scopePlatform?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  scopeSessionId?: string | null;

  @Field(() => String, { nullable: true, description: 'en by default.' })
  @IsOptional()
  @IsIn(LOCALES)
  sourceLanguage?: string;

  @Field(() => String)
  @IsNotEmpty()
  @FreeText()
  @MaxLength(GUIDANCE_TITLE_MAX)
  title: string;

  @Field(() => String, { description: 'Markdown.' })
  @IsNotEmpty()
  @FreeText()
  @MaxLength(GUIDANCE_BODY_MAX)
  body: string;
}

@InputType()
export class TranslateGuidanceNoteInput {
  @Field(() => ID)
  @IsUUID()
  noteId: string;

  @Field(() => String)
  @IsIn(LOCALES)
  language: string;

  @Field(() => String)
  @IsNotEmpty()
  @FreeText()
  @MaxLength(GUIDANCE_TITLE_MAX)
  title: string;

  @Field(() => String)
  @IsNotEmpty()
  @FreeText()
  @MaxLength(GUIDANCE_BODY_MAX)
  body: string;

  @Field(() => TranslationWorkStatusEnum)
  @IsIn(['DRAFT', 'CURRENT'])
  status: 'DRAFT' | 'CURRENT';
}

@InputType()
export class GuidanceFilter {
  @Field(() => ID)
  @IsUUID()
  weekId: string;

  @Field(() => GuidanceCategoryEnum, { nullable: true })
  @IsOptional()
  @IsIn(GUIDANCE_CATEGORIES)
  category?: string;

  @Field(() => GuidanceScopeEnum, { nullable: true })
  @IsOptional()
  @IsIn(GUIDANCE_SCOPES)
  scope?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Show titles and bodies in this language where translated.',
  })
  @IsOptional()
  @IsIn(LOCALES)
  language?: string;

  @Field(() => Boolean, { nullable: true, description: 'Coordinators: include unpublished notes.' })
  @IsOptional()
  @IsBoolean()
  includeUnpublished?: boolean;
}

@ArgsType()
export class GuidanceNotesArgs {
  @Field(() => GuidanceFilter)
  @ValidateNested()
  @Type(() => GuidanceFilter)
  filter: GuidanceFilter;
}

@ArgsType()
export class GuidanceNoteArgs {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(LOCALES)
  language?: string;
}

@ArgsType()
export class FlagGuidanceArgs {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Boolean)
  @IsBoolean()
  value: boolean;
}

@ArgsType()
export class ConfirmGuidanceReadArgs {
  @Field(() => ID)
  @IsUUID()
  noteId: string;

  @Field(() => String, { description: 'The language it was read in.' })
  @Matches(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/)
  @MaxLength(20)
  language: string;
}
