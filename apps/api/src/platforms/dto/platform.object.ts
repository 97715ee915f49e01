import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('Platform', {
  description: 'A platform where teams patrol (Discord, Minecraft, ...), or one a coordinator added.',
})
export class PlatformObject {
  @Field(() => String, { description: 'Stable code, e.g. DISCORD.' })
  code: string;

  @Field(() => String)
  name: string;

  @Field(() => Boolean, { description: 'Part of the reference list rather than added by a coordinator.' })
  builtin: boolean;
}
