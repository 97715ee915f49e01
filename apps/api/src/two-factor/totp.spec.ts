import { normalizeRecoveryCode, RECOVERY_CODE_COUNT, TOTP_PERIOD_SECONDS } from '@empact/domain';
import { matchTotp, newRecoveryCodes, newTotpSecret, totpCode, totpStep, totpUri } from './totp';

describe('totp', () => {
  // RFC 6238 appendix B: the SHA-1 key "12345678901234567890" at 59 s gives 94287082 (8 digits); 6 digits: 287082.
  const RFC_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

  it('computes the codes of RFC 6238', () => {
    expect(totpCode(RFC_SECRET, 59_000)).toBe('287082');
    expect(totpCode(RFC_SECRET, 1_111_111_109_000)).toBe('081804');
  });

  it('matches a code to its time step, one step either side, and no further', () => {
    const at = 1_700_000_000_000;
    const step = totpStep(at);
    const period = TOTP_PERIOD_SECONDS * 1000;
    expect(matchTotp(RFC_SECRET, totpCode(RFC_SECRET, at), at)).toBe(step);
    expect(matchTotp(RFC_SECRET, totpCode(RFC_SECRET, at - period), at)).toBe(step - 1);
    expect(matchTotp(RFC_SECRET, totpCode(RFC_SECRET, at + period), at)).toBe(step + 1);
    expect(matchTotp(RFC_SECRET, totpCode(RFC_SECRET, at - 2 * period), at)).toBeNull();
    expect(matchTotp(newTotpSecret(), totpCode(RFC_SECRET, at), at)).toBeNull();
  });

  it('makes 160-bit secrets in base32 and an otpauth address apps read', () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(newTotpSecret()).not.toBe(secret);
    const uri = new URL(totpUri(secret, 'coordinator.no@empact.test'));
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.host).toBe('totp');
    expect(decodeURIComponent(uri.pathname)).toBe('/EMPACT Action Week:coordinator.no@empact.test');
    expect(Object.fromEntries(uri.searchParams)).toEqual({
      issuer: 'EMPACT Action Week',
      secret,
      algorithm: 'SHA1',
      digits: '6',
      period: '30',
    });
  });

  it('makes distinct recovery codes that read back as themselves', () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(new Set(codes).size).toBe(RECOVERY_CODE_COUNT);
    for (const code of codes) expect(normalizeRecoveryCode(code)).toBe(code);
  });
});
