import { ArgsType, Field, ID } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { ScheduleFilter } from './schedule-filter.input';

@ArgsType()
export class ScheduleArgs {
  @Field(() => ID)
  @IsUUID()
  weekId: string;

  @Field(() => ScheduleFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ScheduleFilter)
  filter?: ScheduleFilter;
}
