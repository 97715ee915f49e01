import { Field, ObjectType } from '@nestjs/graphql';
import { AccountObject } from '../../accounts/dto/account.object';

@ObjectType('AuthPayload')
export class AuthPayloadObject {
  @Field(() => String, { description: 'Short-lived JWT, sent as `Authorization: Bearer`.' })
  accessToken: string;

  @Field(() => Date)
  accessTokenExpiresAt: Date;

  @Field(() => String, { description: 'Single-use: each refresh returns a new one and revokes this one.' })
  refreshToken: string;

  @Field(() => AccountObject)
  account: AccountObject;
}
