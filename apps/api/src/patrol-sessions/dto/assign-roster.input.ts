import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsUUID, Min } from 'class-validator';
import { RosterInput } from './roster.input';

@InputType()
export class AssignRosterInput extends RosterInput {
  @Field(() => ID)
  @IsUUID()
  sessionId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;
}
