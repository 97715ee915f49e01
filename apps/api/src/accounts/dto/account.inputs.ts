import {
  COUNTRY_CODES,
  DISPLAY_NAME_MAX,
  EMAIL_MAX,
  LOCALES,
  PASSWORD_MAX,
  PASSWORD_MIN,
  Role,
} from '@empact/domain';
import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsBoolean,
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { IdArgs } from '../../common/dto/id.args';
import { RoleEnum } from './account.object';
import { NotFreeText } from '../../common/personal-data/free-text.decorator';
import { IsName } from '../../common/text/is-name.decorator';

@InputType()
export class AccountFilter {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(COUNTRY_CODES)
  country?: string;

  @Field(() => RoleEnum, { nullable: true })
  @IsOptional()
  role?: Role;

  @Field(() => String, { nullable: true, description: 'Matches name or e-mail, ignoring case.' })
  @IsOptional()
  @NotFreeText('SEARCH_TERM')
  @MaxLength(100)
  search?: string;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  includeDisabled?: boolean;
}

@InputType()
export class CreateAccountInput {
  @Field(() => String)
  @MaxLength(EMAIL_MAX)
  @IsEmail()
  email: string;

  @Field(() => String)
  @IsNotEmpty()
  @NotFreeText('OFFICER_NAME')
  @MaxLength(DISPLAY_NAME_MAX)
  @IsName()
  displayName: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(COUNTRY_CODES)
  country?: string | null;

  @Field(() => [RoleEnum])
  @ArrayNotEmpty()
  @ArrayMaxSize(5)
  roles: Role[];

  @Field(() => String)
  @IsIn(LOCALES)
  language: string;

  @Field(() => String)
  @NotFreeText('PASSWORD')
  @MinLength(PASSWORD_MIN)
  @MaxLength(PASSWORD_MAX)
  password: string;
}

@InputType()
export class UpdateAccountInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsNotEmpty()
  @NotFreeText('OFFICER_NAME')
  @MaxLength(DISPLAY_NAME_MAX)
  @IsName()
  displayName?: string;

  @Field(() => String, { nullable: true, description: 'Null removes the country.' })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsIn(COUNTRY_CODES)
  country?: string | null;

  @Field(() => [RoleEnum], { nullable: true })
  @IsOptional()
  @ArrayNotEmpty()
  @ArrayMaxSize(5)
  roles?: Role[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(LOCALES)
  language?: string;
}

@ArgsType()
export class SetAccountDisabledArgs extends IdArgs {
  @Field(() => Boolean)
  @IsBoolean()
  disabled: boolean;
}

@ArgsType()
export class SetAccountPasswordArgs extends IdArgs {
  @Field(() => String)
  @NotFreeText('PASSWORD')
  @MinLength(PASSWORD_MIN)
  @MaxLength(PASSWORD_MAX)
  password: string;
}

@ArgsType()
export class SetMyLanguageArgs {
  @Field(() => String)
  @IsIn(LOCALES)
  language: string;
}
