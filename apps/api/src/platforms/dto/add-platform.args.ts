import { PLATFORM_NAME_MAX } from '@empact/domain';
import { ArgsType, Field } from '@nestjs/graphql';
import { IsNotEmpty, Matches, MaxLength } from 'class-validator';
import { FreeText } from '../../common/personal-data/free-text.decorator';
import { IsName } from '../../common/text/is-name.decorator';

@ArgsType()
export class AddPlatformArgs {
  @Field(() => String)
  @IsNotEmpty()
  @FreeText()
  @MaxLength(PLATFORM_NAME_MAX)
  @IsName()
  @Matches(/[\p{L}\p{N}]/u)
  name: string;
}
