import {
  ADDRESS_WINDOW_SECONDS,
  FREE_FAILURES_PER_PAIR,
  formatWait,
  LoginHistory,
  loginWaitSeconds,
  MAX_DELAY_SECONDS,
  pairDelaySeconds,
} from './login-delay';

const now = new Date('2025-11-20T09:00:00Z');
const secondsAgo = (seconds: number) => new Date(now.getTime() - seconds * 1000);
const history = (overrides: Partial<LoginHistory> = {}): LoginHistory => ({
  pairFailures: 0,
  lastPairFailureAt: null,
  addressCeilingFailureAt: null,
  knownPlace: false,
  ...overrides,
});

describe(pairDelaySeconds.name, () => {
  it('lets the first few failures of a pair cost nothing', () => {
    for (let failures = 0; failures < FREE_FAILURES_PER_PAIR; failures++)
      expect(pairDelaySeconds(failures)).toBe(0);
  });

  it('doubles the wait with every further failure', () => {
    const waits = [0, 1, 2, 3, 4].map((extra) => pairDelaySeconds(FREE_FAILURES_PER_PAIR + extra));
    expect(waits).toEqual([1, 2, 4, 8, 16]);
  });

  it('stops growing at the cap, however many failures', () => {
    expect(pairDelaySeconds(FREE_FAILURES_PER_PAIR + 9)).toBeLessThan(MAX_DELAY_SECONDS);
    expect(pairDelaySeconds(FREE_FAILURES_PER_PAIR + 10)).toBe(MAX_DELAY_SECONDS);
    expect(pairDelaySeconds(10_000)).toBe(MAX_DELAY_SECONDS);
  });
});

describe(loginWaitSeconds.name, () => {
  it('lets a pair with few failures try at once', () => {
    expect(
      loginWaitSeconds(history({ pairFailures: FREE_FAILURES_PER_PAIR - 1, lastPairFailureAt: now }), now),
    ).toBe(0);
  });

  it('counts the wait from the pair’s last failure', () => {
    const failures = FREE_FAILURES_PER_PAIR + 3; // 8 seconds
    expect(loginWaitSeconds(history({ pairFailures: failures, lastPairFailureAt: secondsAgo(0) }), now)).toBe(
      8,
    );
    expect(
      loginWaitSeconds(history({ pairFailures: failures, lastPairFailureAt: secondsAgo(2.5) }), now),
    ).toBe(6);
    expect(loginWaitSeconds(history({ pairFailures: failures, lastPairFailureAt: secondsAgo(8) }), now)).toBe(
      0,
    );
  });

  it('holds an address at its ceiling until its oldest counted failure leaves the window', () => {
    const atCeiling = history({ addressCeilingFailureAt: secondsAgo(ADDRESS_WINDOW_SECONDS - 90) });
    expect(loginWaitSeconds(atCeiling, now)).toBe(90);
    expect(
      loginWaitSeconds(history({ addressCeilingFailureAt: secondsAgo(ADDRESS_WINDOW_SECONDS) }), now),
    ).toBe(0);
  });

  it('lets an account in from a place it signed in from, whatever the address tried on other accounts', () => {
    const sprayed = { addressCeilingFailureAt: secondsAgo(60) };
    expect(loginWaitSeconds(history({ ...sprayed, knownPlace: true }), now)).toBe(0);
    // The pair's own failures still count there.
    const guessed = history({
      ...sprayed,
      knownPlace: true,
      pairFailures: FREE_FAILURES_PER_PAIR + 4,
      lastPairFailureAt: now,
    });
    expect(loginWaitSeconds(guessed, now)).toBe(16);
  });

  it('takes the longer of the two waits', () => {
    const both = history({
      pairFailures: FREE_FAILURES_PER_PAIR,
      lastPairFailureAt: now,
      addressCeilingFailureAt: secondsAgo(ADDRESS_WINDOW_SECONDS - 30),
    });
    expect(loginWaitSeconds(both, now)).toBe(30);
  });
});

describe(formatWait.name, () => {
  it('says the wait in seconds under a minute and in whole minutes above, in the reader’s language', () => {
    expect(formatWait('en', 1)).toBe('in 1 second');
    expect(formatWait('en', 59)).toBe('in 59 seconds');
    expect(formatWait('en', 61)).toBe('in 2 minutes');
    expect(formatWait('nb', 900)).toBe('om 15 minutter');
    expect(formatWait('fi', 30)).toBe('30 sekunnin päästä');
    expect(formatWait('is', 60)).toBe('eftir 1 mínútu');
  });
});
