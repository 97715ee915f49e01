/**
 * DATA_PROTECTION_OFFICER: the host's data-protection officer reads the audit log and the retention status of the
 * weeks, and nothing else (no country, no week's records, no figures).
 */
export const ROLES = [
  'ADMIN',
  'COORDINATOR',
  'TEAM_LEADER',
  'OPERATOR',
  'LIAISON',
  'DATA_PROTECTION_OFFICER',
] as const;
export type Role = (typeof ROLES)[number];

/** Roles that belong to a national team and so only ever reach their own country's records. */
export const TEAM_ROLES: readonly Role[] = ['TEAM_LEADER', 'OPERATOR'];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
