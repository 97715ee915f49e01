/**
 * How long a sign-in must wait after failed ones. Failures count per account *and* address, so that a stranger's
 * guesses slow the stranger down, never the owner signing in from elsewhere; one address that fails on many accounts
 * (password spraying) meets a generous ceiling of its own.
 */

/** Failed sign-ins of one account from one address that cost nothing: typing mistakes, a forgotten caps lock. */
export const FREE_FAILURES_PER_PAIR = 5;
/** The wait after the first failure beyond the free ones; each further failure doubles it. */
export const FIRST_DELAY_SECONDS = 1;
/** The longest wait a pair is given (reached after fifteen failures in a row). */
export const MAX_DELAY_SECONDS = 15 * 60;
/** How long a pair's failures are remembered when no success follows them. */
export const PAIR_MEMORY_SECONDS = 24 * 3600;
/** Failed sign-ins one address may make, into any accounts, within ADDRESS_WINDOW_SECONDS. */
export const ADDRESS_FAILURE_CEILING = 100;
export const ADDRESS_WINDOW_SECONDS = 3600;
/** An address an account signed in from within this time is a known place: the address ceiling does not stop it. */
export const KNOWN_PLACE_SECONDS = 30 * 24 * 3600;

/** The wait after `failures` failed sign-ins in a row of one account from one address. */
export function pairDelaySeconds(failures: number): number {
  if (failures < FREE_FAILURES_PER_PAIR) return 0;
  const doublings = failures - FREE_FAILURES_PER_PAIR;
  // 2 ** 10 already passes the cap; keep the exponent small so the number stays exact.
  return Math.min(MAX_DELAY_SECONDS, FIRST_DELAY_SECONDS * 2 ** Math.min(doublings, 20));
}

/** What the record of earlier attempts says about one account and address. */
export interface LoginHistory {
  /** Failures of this account from this address since its last success there (at most PAIR_MEMORY_SECONDS old). */
  pairFailures: number;
  lastPairFailureAt: Date | null;
  /**
   * The oldest of the address's latest ADDRESS_FAILURE_CEILING failures, when all of them lie within
   * ADDRESS_WINDOW_SECONDS (the address is at its ceiling until this one leaves the window); else null.
   */
  addressCeilingFailureAt: Date | null;
  /** The account signed in from this address within KNOWN_PLACE_SECONDS. */
  knownPlace: boolean;
}

/** Whole seconds until this account may try again from this address; 0: now. */
export function loginWaitSeconds(history: LoginHistory, now: Date): number {
  const until = (from: Date | null, seconds: number) =>
    from && seconds > 0 ? from.getTime() + seconds * 1000 - now.getTime() : 0;
  const pairWait = until(history.lastPairFailureAt, pairDelaySeconds(history.pairFailures));
  const addressWait = history.knownPlace ? 0 : until(history.addressCeilingFailureAt, ADDRESS_WINDOW_SECONDS);
  return Math.max(0, Math.ceil(Math.max(pairWait, addressWait) / 1000));
}

/** "in 30 seconds", "om 15 minutter", "2 minuutin päästä": the wait as a reader of `locale` says it. */
export function formatWait(locale: string, seconds: number): string {
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'always' });
  return seconds < 60
    ? format.format(Math.max(1, seconds), 'second')
    : format.format(Math.ceil(seconds / 60), 'minute');
}
