import { ArgsType, Field } from '@nestjs/graphql';
import { IsNotEmpty, Matches, MaxLength } from 'class-validator';

@ArgsType()
export class AddPlatformArgs {
  @Field(() => String)
  @IsNotEmpty()
  @MaxLength(80)
  @Matches(/[\p{L}\p{N}]/u)
  name: string;
}
