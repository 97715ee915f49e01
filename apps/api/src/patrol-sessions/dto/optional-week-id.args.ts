import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';

@ArgsType()
export class OptionalWeekIdArgs {
  @Field(() => ID, { nullable: true, description: 'Only this week; every week when left out.' })
  @IsOptional()
  @IsUUID()
  weekId?: string | null;
}
