import {
  formatRecoveryCode,
  normalizeRecoveryCode,
  normalizeTotpCode,
  RECOVERY_CODE_ALPHABET,
  secondFactorRequired,
  twoFactorRequired,
} from './two-factor';

describe('twoFactorRequired', () => {
  it('requires a second factor of coordinators, administrators and liaisons', () => {
    expect(twoFactorRequired(['COORDINATOR'])).toBe(true);
    expect(twoFactorRequired(['ADMIN'])).toBe(true);
    expect(twoFactorRequired(['LIAISON'])).toBe(true);
    expect(twoFactorRequired(['DATA_PROTECTION_OFFICER'])).toBe(true);
  });

  it('leaves it optional for team members, unless they hold a role that needs it too', () => {
    expect(twoFactorRequired(['TEAM_LEADER'])).toBe(false);
    expect(twoFactorRequired(['OPERATOR'])).toBe(false);
    expect(twoFactorRequired(['TEAM_LEADER', 'ADMIN'])).toBe(true);
  });
});

describe('secondFactorRequired', () => {
  it('adds the team members of a week that requires it to the roles that always need it', () => {
    expect(secondFactorRequired(['OPERATOR'], false)).toBe(false);
    expect(secondFactorRequired(['OPERATOR'], true)).toBe(true);
    expect(secondFactorRequired(['TEAM_LEADER'], true)).toBe(true);
    expect(secondFactorRequired(['COORDINATOR'], false)).toBe(true);
  });
});

describe('normalizeTotpCode', () => {
  it('reads six digits typed with a space or a dash in the middle', () => {
    expect(normalizeTotpCode('123456')).toBe('123456');
    expect(normalizeTotpCode(' 123 456 ')).toBe('123456');
    expect(normalizeTotpCode('123-456')).toBe('123456');
  });

  it('refuses anything that is not six digits', () => {
    expect(normalizeTotpCode('12345')).toBeNull();
    expect(normalizeTotpCode('1234567')).toBeNull();
    expect(normalizeTotpCode('12345a')).toBeNull();
    expect(normalizeTotpCode('١٢٣٤٥٦')).toBeNull();
  });
});

describe('normalizeRecoveryCode', () => {
  it('reads a code in small letters, with or without its dash and spaces', () => {
    expect(normalizeRecoveryCode('abcde-fghjk')).toBe('ABCDEFGHJK');
    expect(normalizeRecoveryCode(' ABCDE FGHJK ')).toBe('ABCDEFGHJK');
  });

  it('refuses characters a recovery code never has, and the wrong length', () => {
    expect(normalizeRecoveryCode('ABCDE-FGHJ0')).toBeNull();
    expect(normalizeRecoveryCode('ABCDE-FGHJI')).toBeNull();
    expect(normalizeRecoveryCode('ABCDE-FGHJ')).toBeNull();
  });

  it('gives back every code it formatted', () => {
    const code = RECOVERY_CODE_ALPHABET.slice(0, 10);
    expect(normalizeRecoveryCode(formatRecoveryCode(code))).toBe(code);
    expect(formatRecoveryCode(code)).toMatch(/^[^-]{5}-[^-]{5}$/);
  });
});
