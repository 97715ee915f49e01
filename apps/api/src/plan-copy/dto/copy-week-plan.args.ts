import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@ArgsType()
export class CopyWeekPlanArgs {
  @Field(() => ID, { description: 'The earlier week whose plan is copied.' })
  @IsUUID()
  fromWeekId: string;

  @Field(() => ID, { description: 'The week in preparation that takes the copy.' })
  @IsUUID()
  toWeekId: string;
}
