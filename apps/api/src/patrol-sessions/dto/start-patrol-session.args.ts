import { SESSION_REASON_MAX } from '@empact/domain';
import { ArgsType, Field } from '@nestjs/graphql';
import { IdVersionArgs } from '../../common/dto/id.args';
import { IsOptional, MaxLength } from 'class-validator';
import { FreeText } from '../../common/personal-data/free-text.decorator';

@ArgsType()
export class StartPatrolSessionArgs extends IdVersionArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Required to start with empty positions; coordinators only; recorded.',
  })
  @IsOptional()
  @FreeText()
  @MaxLength(SESSION_REASON_MAX)
  overrideReason?: string;
}
