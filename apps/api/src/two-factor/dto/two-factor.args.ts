import { ArgsType, Field } from '@nestjs/graphql';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { NotFreeText } from '../../common/personal-data/free-text.decorator';

/** Longest code read: six digits or a ten-character recovery code, with the spaces and dashes people type. */
export const ONE_TIME_CODE_MAX = 40;

/** Proof of the second factor: a code from the authenticator app, or one of the recovery codes. */
@ArgsType()
export class SecondFactorArgs {
  @Field(() => String, { nullable: true, description: 'The six-digit code the authenticator app shows now.' })
  @IsOptional()
  @IsString()
  @NotFreeText('ONE_TIME_CODE')
  @MaxLength(ONE_TIME_CODE_MAX)
  code?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'One of the recovery codes, instead of `code`: each works once.',
  })
  @IsOptional()
  @IsString()
  @NotFreeText('ONE_TIME_CODE')
  @MaxLength(ONE_TIME_CODE_MAX)
  recoveryCode?: string | null;
}

@ArgsType()
export class ConfirmTwoFactorArgs {
  @Field(() => String, { description: 'A code the authenticator app shows for the new secret.' })
  @IsString()
  @IsNotEmpty()
  @NotFreeText('ONE_TIME_CODE')
  @MaxLength(ONE_TIME_CODE_MAX)
  code: string;
}
