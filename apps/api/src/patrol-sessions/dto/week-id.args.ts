import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@ArgsType()
export class WeekIdArgs {
  @Field(() => ID)
  @IsUUID()
  weekId: string;
}
