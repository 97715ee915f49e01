import { EMAIL_MAX, PASSWORD_MAX } from '@empact/domain';
import { ArgsType, Field } from '@nestjs/graphql';
import { IsEmail, IsNotEmpty, MaxLength } from 'class-validator';
import { NotFreeText } from '../../common/personal-data/free-text.decorator';
import { SecondFactorArgs } from '../../two-factor/dto/two-factor.args';

@ArgsType()
export class LoginArgs extends SecondFactorArgs {
  @Field(() => String)
  @MaxLength(EMAIL_MAX)
  @IsEmail()
  email: string;

  @Field(() => String)
  @IsNotEmpty()
  @NotFreeText('PASSWORD')
  @MaxLength(PASSWORD_MAX)
  password: string;
}

@ArgsType()
export class RefreshTokenArgs {
  @Field(() => String)
  @IsNotEmpty()
  @NotFreeText('OPAQUE_TOKEN')
  @MaxLength(200)
  refreshToken: string;
}
