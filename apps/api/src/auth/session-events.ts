import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';

export const SESSION_ENDED = 'sessionEnded';

export const SessionEndReason = {
  DISABLED: 'DISABLED',
  PASSWORD_SET: 'PASSWORD_SET',
  SIGNED_OUT: 'SIGNED_OUT',
} as const;
export type SessionEndReason = keyof typeof SessionEndReason;
registerEnumType(SessionEndReason, { name: 'SessionEndReason' });

/** Published when sign-ins end: every sign-in of the account, or only one (`sessionId`) on logout. */
export interface SessionEndedEvent {
  accountId: string;
  sessionId?: string;
  reason: SessionEndReason;
  at: Date;
}

@ObjectType('SessionEnded', {
  description: 'Your sign-in has ended: the app should return to the sign-in page.',
})
export class SessionEndedObject {
  @Field(() => SessionEndReason)
  reason: SessionEndReason;

  @Field(() => Date)
  at: Date;
}
