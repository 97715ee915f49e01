import { type Role, TEAM_ROLES } from '../access/roles';

/**
 * Roles whose accounts must sign in with a second factor (TOTP, RFC 6238): those that reach every country's
 * records, the audit log or the figures of all countries. Team members may add one of their own.
 */
export const TWO_FACTOR_REQUIRED_ROLES: readonly Role[] = [
  'ADMIN',
  'COORDINATOR',
  'LIAISON',
  // Reads the audit log: who read which referral, every sign-in and refusal. As sensitive as an administrator's.
  'DATA_PROTECTION_OFFICER',
];

/** Single-use recovery codes handed out on enrolment and on each regeneration. */
export const RECOVERY_CODE_COUNT = 10;
/** Characters of a recovery code: no 0/O, 1/I/L, so that one read off paper is typed right. */
export const RECOVERY_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
/** Length of a recovery code without its separator: 10 characters of 31, about 50 bits. */
export const RECOVERY_CODE_LENGTH = 10;
/** Digits of an authenticator code, and seconds each lasts (the RFC 6238 defaults every app knows). */
export const TOTP_DIGITS = 6;
export const TOTP_PERIOD_SECONDS = 30;

export function twoFactorRequired(roles: readonly Role[]): boolean {
  return roles.some((role) => TWO_FACTOR_REQUIRED_ROLES.includes(role));
}

/**
 * Whether an account must sign in with a second factor: by its role, or as a team member of a country taking part in
 * a week (not closed) whose coordinators require it of everyone.
 */
export function secondFactorRequired(roles: readonly Role[], requiredByWeek: boolean): boolean {
  return twoFactorRequired(roles) || (requiredByWeek && roles.some((role) => TEAM_ROLES.includes(role)));
}

/** An authenticator code as people type it ("123 456", "123-456"): the six digits, or null when it cannot be one. */
export function normalizeTotpCode(input: string): string | null {
  const digits = input.replace(/[\s-]/g, '');
  return new RegExp(`^\\d{${TOTP_DIGITS}}$`).test(digits) ? digits : null;
}

/** A recovery code as people type it (small letters, spaces, with or without the dash): its canonical form, or null. */
export function normalizeRecoveryCode(input: string): string | null {
  const code = input.replace(/[\s-]/g, '').toUpperCase();
  if (code.length !== RECOVERY_CODE_LENGTH) return null;
  return [...code].every((c) => RECOVERY_CODE_ALPHABET.includes(c)) ? code : null;
}

/** A recovery code as shown: two groups of five ("ABCDE-FGHJK"). */
export function formatRecoveryCode(code: string): string {
  const half = Math.ceil(code.length / 2);
  return `${code.slice(0, half)}-${code.slice(half)}`;
}
