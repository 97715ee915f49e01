import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('TwoFactorStatus', { description: 'Two-factor sign-in (TOTP) of the signed-in account.' })
export class TwoFactorStatusObject {
  @Field(() => Boolean, { description: 'An authenticator app is set up: sign-in asks for its code.' })
  enabled: boolean;

  @Field(() => Boolean, {
    description:
      'The account’s role needs it: it cannot be turned off, and without it the account may only set it up.',
  })
  required: boolean;

  @Field(() => Date, { nullable: true })
  enabledAt: Date | null;

  @Field(() => Int, { description: 'Recovery codes not used yet.' })
  recoveryCodesLeft: number;
}

@ObjectType('TwoFactorEnrolment', {
  description: 'A new authenticator secret, until a code from it confirms the enrolment.',
})
export class TwoFactorEnrolmentObject {
  @Field(() => String, {
    description:
      'The secret in base32, for typing into the app by hand. Never shown again after this answer.',
  })
  secret: string;

  @Field(() => String, { description: 'The otpauth:// address the QR code carries.' })
  otpauthUri: string;

  @Field(() => String, { description: 'The QR code of `otpauthUri`, an SVG image as a data: URL.' })
  qrCode: string;
}

@ObjectType('TwoFactorRecoveryCodes', {
  description: 'New recovery codes: shown this once, stored only as hashes.',
})
export class TwoFactorRecoveryCodesObject {
  @Field(() => [String])
  codes: string[];

  @Field(() => TwoFactorStatusObject)
  status: TwoFactorStatusObject;
}
