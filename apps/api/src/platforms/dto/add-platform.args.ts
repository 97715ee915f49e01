import { ArgsType, Field } from '@nestjs/graphql';
import { IsNotEmpty, Matches, MaxLength } from 'class-validator';
import { FreeText } from '../../common/personal-data/free-text.decorator';
import { IsName } from '../../common/text/is-name.decorator';

@ArgsType()
export class AddPlatformArgs {
  @Field(() => String)
  @IsNotEmpty()
  @FreeText()
  @MaxLength(80)
  @IsName()
  @Matches(/[\p{L}\p{N}]/u)
  name: string;
}
