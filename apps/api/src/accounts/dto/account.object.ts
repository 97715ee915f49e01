import { ROLES, Role } from '@empact/domain';
import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export const RoleEnum = Object.fromEntries(ROLES.map((role) => [role, role])) as { [K in Role]: K };
registerEnumType(RoleEnum, { name: 'Role', description: 'What an account may do on the platform.' });

@ObjectType('Account', {
  description: 'A person who signs in: an officer of a national team, a coordinator, a liaison or an admin.',
})
export class AccountObject {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  email: string;

  @Field(() => String)
  displayName: string;

  @Field(() => String, {
    nullable: true,
    description: 'ISO 3166-1 alpha-2; null for Europol liaisons and platform admins.',
  })
  country: string | null;

  @Field(() => [RoleEnum])
  roles: Role[];

  @Field(() => String, { description: 'Preferred interface language: en, nb, nn, nl, fr, de, is, fi or sv.' })
  language: string;

  @Field(() => Boolean)
  disabled: boolean;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  lastLoginAt: Date | null;
}
