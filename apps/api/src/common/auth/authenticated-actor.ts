import type { Actor, Locale } from '@empact/domain';

/** The signed-in account behind a request, as loaded for each request (so a disabled account stops at once). */
export interface AuthenticatedActor extends Actor {
  email: string;
  displayName: string;
  language: Locale;
  /** The sign-in (refresh token family) the access token belongs to. */
  sessionId: string;
  /** The account has a second factor set up (see TWO_FACTOR_REQUIRED_ROLES for those that must). */
  twoFactorEnabled: boolean;
  /** A week not closed, of the account's country, requires a second factor of every team member. */
  twoFactorRequiredByWeek: boolean;
}
