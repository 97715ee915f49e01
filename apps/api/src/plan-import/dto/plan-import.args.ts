import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID, Matches, MaxLength } from 'class-validator';

@ArgsType()
export class PlanImportArgs {
  @Field(() => ID)
  @IsUUID()
  weekId: string;

  /**
   * The file's name as the browser gives it (plan.xlsx): read for its extension, which must agree with the content;
   * never stored. A name, not a path.
   */
  @Field(() => String)
  @MaxLength(255)
  // eslint-disable-next-line no-control-regex -- a file name holds no control characters
  @Matches(/^[^/\\\u0000-\u001f]+$/)
  fileName: string;

  /**
   * The file, base64-encoded. Its cells are free text (venue, briefing): each is checked for identifiers, as the
   * planning dialog's fields are, before anything is planned.
   */
  @Field(() => String)
  @Matches(/^[A-Za-z0-9+/]*={0,2}$/)
  contentBase64: string;
}
