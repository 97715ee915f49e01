import { COUNTRY_CODES } from '@empact/domain';
import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsUUID } from 'class-validator';

@InputType()
export class RosterInput {
  @Field(() => String)
  @IsIn(COUNTRY_CODES)
  country: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  operatorOneId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  operatorTwoId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  teamLeaderId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The police profile Operator One uses.' })
  @IsOptional()
  @IsUUID()
  profileId?: string | null;
}
