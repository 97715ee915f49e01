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
  /** The week is no longer in preparation: its set-up cannot change. */
  'WEEK_NOT_IN_PLANNING',
  /** The week cannot close while sessions are live; `extensions.liveSessions` lists them. */
  'WEEK_HAS_LIVE_SESSIONS',
  /** Copying a week's plan would put sessions outside the target week or in conflict; `extensions.sessions` lists them. */
  'PLAN_COPY_REFUSED',
  /** A plan file that is neither an XLSX workbook nor a CSV text file (judged by its content). */
  'PLAN_IMPORT_FILE_TYPE',
  /** A plan file over PLAN_IMPORT_MAX_BYTES. */
  'PLAN_IMPORT_TOO_LARGE',
  /** A plan file of more than PLAN_IMPORT_MAX_ROWS sessions. */
  'PLAN_IMPORT_TOO_MANY_ROWS',
  /** A plan file whose header row has unknown, missing or repeated columns (`extensions.unknown`, `missing`, `duplicate`). */
  'PLAN_IMPORT_COLUMNS',
  /** A plan file without a header row or without a session. */
  'PLAN_IMPORT_EMPTY',
  /** Rows of a plan file are wrong or conflict: nothing was planned; `extensions.rows` lists each row's errors. */
  'PLAN_IMPORT_INVALID',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
