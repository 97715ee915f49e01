import { Role, TEAM_ROLES } from '../access/roles';

export const DISPLAY_NAME_MAX = 120;
export const EMAIL_MAX = 254;
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 256;

/** E-mail addresses are compared without regard to case or surrounding spaces. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Team roles need a country; the problem, if any, as a stable code. */
export function accountShapeProblem(
  roles: readonly Role[],
  country: string | null,
): 'ROLES_REQUIRED' | 'COUNTRY_REQUIRED' | null {
  if (roles.length === 0) return 'ROLES_REQUIRED';
  if (roles.some((role) => TEAM_ROLES.includes(role) || role === 'COORDINATOR') && !country)
    return 'COUNTRY_REQUIRED';
  return null;
}
