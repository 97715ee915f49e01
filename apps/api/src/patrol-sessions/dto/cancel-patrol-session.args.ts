import { SESSION_REASON_MAX } from '@empact/domain';
import { ArgsType, Field } from '@nestjs/graphql';
import { IdVersionArgs } from '../../common/dto/id.args';
import { IsNotEmpty, MaxLength } from 'class-validator';
import { FreeText } from '../../common/personal-data/free-text.decorator';

@ArgsType()
export class CancelPatrolSessionArgs extends IdVersionArgs {
  @Field(() => String)
  @IsNotEmpty()
  @FreeText()
  @MaxLength(SESSION_REASON_MAX)
  reason: string;
}
