import { Role } from './roles';

/** Who is asking: enough of an account to decide what it may reach. */
export interface Actor {
  id: string;
  roles: readonly Role[];
  /** ISO 3166-1 alpha-2; null for accounts that belong to no national team (Europol, platform admins). */
  country: string | null;
}

/** A record that belongs to a country (and possibly to one account). */
export interface CountryScopedResource {
  country: string | null;
  /** The account the record is, or belongs to, when that matters (an account reads itself). */
  ownerId?: string;
}

export const ACTIONS = [
  'account.list',
  'account.read',
  'account.manage',
  'audit.read',
  'retention.read',
  'week.manage',
  'platform.add',
  'session.plan',
  'session.read',
  'week.now',
  'session.run',
  'roster.assign',
  'profile.read',
  'profile.manage',
  'calendar.subscribe',
  'interaction.log',
  'interaction.read',
  'interaction.editAny',
  'notes.share',
  'referral.raise',
  'referral.read',
  'referral.manage',
  'guidance.write',
  'guidance.read',
  'guidance.translate',
  'debrief.write',
  'debrief.read',
  'debrief.review',
  'outcomes.read',
  'outcomes.unsuppressed',
] as const;
export type Action = (typeof ACTIONS)[number];

/** Which countries' records an actor reaches at all. Applied in SQL, before any rule about the action. */
export type CountryScope = { kind: 'all' } | { kind: 'country'; country: string } | { kind: 'none' };

export function hasRole(actor: Actor, ...roles: Role[]): boolean {
  return actor.roles.some((role) => roles.includes(role));
}

export function countryScope(actor: Actor): CountryScope {
  if (hasRole(actor, 'ADMIN', 'COORDINATOR')) return { kind: 'all' };
  if (hasRole(actor, 'TEAM_LEADER', 'OPERATOR') && actor.country) {
    return { kind: 'country', country: actor.country };
  }
  return { kind: 'none' };
}

/** Whether the record lies inside the actor's reach: outside it, it must look as if it did not exist. */
export function reaches(actor: Actor, resource: CountryScopedResource): boolean {
  if (resource.ownerId !== undefined && resource.ownerId === actor.id) return true;
  const scope = countryScope(actor);
  switch (scope.kind) {
    case 'all':
      return true;
    case 'country':
      return resource.country === scope.country;
    case 'none':
      return false;
  }
}

/**
 * The one place that says who may do what. The API enforces it; the admin app uses it to hide what a
 * user may not do. Callers check `reaches` first so that "not yours" and "not there" look the same.
 */
export function can(actor: Actor, action: Action, resource?: CountryScopedResource): boolean {
  if (resource && !reaches(actor, resource)) return false;
  switch (action) {
    case 'account.list':
      return hasRole(actor, 'ADMIN', 'COORDINATOR', 'TEAM_LEADER', 'OPERATOR');
    case 'account.read':
      return resource !== undefined;
    case 'account.manage':
      return hasRole(actor, 'ADMIN');
    case 'audit.read':
      // Who read which referral, who asked for exact figures, refusals, deletions: the administrators and the
      // data-protection officer.
      return hasRole(actor, 'ADMIN', 'DATA_PROTECTION_OFFICER');
    case 'retention.read':
      // When each week's free texts were or will be deleted (dates and counts, no content).
      return hasRole(actor, 'ADMIN', 'COORDINATOR', 'DATA_PROTECTION_OFFICER');
    case 'week.manage':
    case 'platform.add':
    case 'session.plan':
      return hasRole(actor, 'ADMIN', 'COORDINATOR');
    case 'session.read':
    case 'profile.read':
    case 'calendar.subscribe':
      return hasRole(actor, 'ADMIN', 'COORDINATOR', 'TEAM_LEADER', 'OPERATOR');
    case 'week.now':
      // The home page's "what to do now": the people who run sessions; liaisons read the released outcomes instead.
      return hasRole(actor, 'COORDINATOR', 'TEAM_LEADER', 'OPERATOR');
    case 'interaction.log':
      // Only a national team logs, and only for its own country (the country comes from the account).
      return (
        hasRole(actor, 'TEAM_LEADER', 'OPERATOR') &&
        !!actor.country &&
        (!resource || resource.country === actor.country)
      );
    case 'interaction.read':
      // Raw logs: a team its own country's, coordinators every country's; never liaisons or platform admins.
      return hasRole(actor, 'COORDINATOR', 'TEAM_LEADER', 'OPERATOR');
    case 'interaction.editAny':
    case 'notes.share':
      // A team leader for their own country's log, beside each author for their own entries.
      return hasRole(actor, 'TEAM_LEADER') && !!resource && resource.country === actor.country;
    case 'referral.raise':
      return (
        hasRole(actor, 'COORDINATOR') ||
        (hasRole(actor, 'TEAM_LEADER', 'OPERATOR') && !!resource && resource.country === actor.country)
      );
    case 'referral.read':
    case 'referral.manage':
      // Referrals reach only the country's team leader and the coordinators.
      return (
        hasRole(actor, 'COORDINATOR') ||
        (hasRole(actor, 'TEAM_LEADER') && (!resource || resource.country === actor.country))
      );
    case 'outcomes.read':
      // Consolidated, anonymised figures: the host's coordinators and Europol's liaisons.
      return hasRole(actor, 'COORDINATOR', 'LIAISON');
    case 'outcomes.unsuppressed':
      // Small counts only to coordinators, on request, and audited; never to a liaison.
      return hasRole(actor, 'COORDINATOR');
    case 'guidance.write':
    case 'debrief.review':
      return hasRole(actor, 'COORDINATOR');
    case 'guidance.read':
      return hasRole(actor, 'COORDINATOR', 'TEAM_LEADER', 'OPERATOR');
    case 'guidance.translate':
      // Kripos writes; a team leader may carry a note into the team's own language.
      return hasRole(actor, 'COORDINATOR', 'TEAM_LEADER');
    case 'debrief.write':
      // A country's debrief is its team leader's to write.
      return hasRole(actor, 'TEAM_LEADER') && !!resource && resource.country === actor.country;
    case 'debrief.read':
      return hasRole(actor, 'COORDINATOR', 'TEAM_LEADER', 'OPERATOR');
    case 'session.run':
    case 'roster.assign':
    case 'profile.manage':
      // Coordinators for every country; a team leader for their own country's part.
      return (
        hasRole(actor, 'ADMIN', 'COORDINATOR') ||
        (hasRole(actor, 'TEAM_LEADER') && !!resource && resource.country === actor.country)
      );
  }
}
