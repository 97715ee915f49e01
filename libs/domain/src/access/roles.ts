export const ROLES = ['ADMIN', 'COORDINATOR', 'TEAM_LEADER', 'OPERATOR', 'LIAISON'] as const;
export type Role = (typeof ROLES)[number];

/** Roles that belong to a national team and so only ever reach their own country's records. */
export const TEAM_ROLES: readonly Role[] = ['TEAM_LEADER', 'OPERATOR'];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
