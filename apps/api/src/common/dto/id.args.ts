import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsUUID, Min } from 'class-validator';

@ArgsType()
export class IdArgs {
  @Field(() => ID)
  @IsUUID()
  id: string;
}

/** An id and the version the caller last saw: a change made on an older version is refused with CONFLICT. */
@ArgsType()
export class IdVersionArgs extends IdArgs {
  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;
}
