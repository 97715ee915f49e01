/**
 * The codes clients branch on (`extensions.code`). People read the translated message; programs read this.
 */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'SCHEDULE_CONFLICT',
  'PERSONAL_DATA_IN_NOTES',
  'TOO_MANY_REQUESTS',
  /** The password was right; the account signs in with a second factor too (a TOTP code or a recovery code). */
  'TWO_FACTOR_REQUIRED',
  /** The TOTP or recovery code is wrong, or was used already. */
  'TWO_FACTOR_CODE_INVALID',
  /** The account's role needs a second factor and it has none yet: it may only enrol one. */
  'TWO_FACTOR_ENROLMENT_REQUIRED',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
