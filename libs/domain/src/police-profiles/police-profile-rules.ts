/**
 * Blue (institutional) police profiles: a country's uniformed profile on a platform, which Operator One patrols
 * with. What a profile is, how it may change and whether a roster may use it. There are no credentials here and
 * never will be: a profile's password stays with its country.
 */

/** ACTIVE: in use. SUSPENDED: paused (a platform locked it, it is being checked), may come back. RETIRED: for good. */
export const POLICE_PROFILE_STATUSES = ['ACTIVE', 'SUSPENDED', 'RETIRED'] as const;
export type PoliceProfileStatus = (typeof POLICE_PROFILE_STATUSES)[number];

export function isPoliceProfileStatus(value: unknown): value is PoliceProfileStatus {
  return (POLICE_PROFILE_STATUSES as readonly unknown[]).includes(value);
}

/** A profile's display name, in characters (the column holds as many). */
export const POLICE_PROFILE_NAME_MAX = 120;
/** How the profile is kept safe (two-factor, which device, who holds it), in characters. */
export const POLICE_PROFILE_SAFETY_NOTES_MAX = 2000;
/** A platform's name, in characters. */
export const PLATFORM_NAME_MAX = 80;

/** What someone may do to a profile. */
export type PoliceProfileChange = 'EDIT' | 'SUSPEND' | 'REACTIVATE' | 'RETIRE';

/**
 * Why a change is refused: RETIRED (a retired profile is final: nothing changes it again), NOT_ACTIVE (only an
 * active profile can be suspended), NOT_SUSPENDED (only a suspended one can be reactivated).
 */
export type PoliceProfileChangeProblem = 'RETIRED' | 'NOT_ACTIVE' | 'NOT_SUSPENDED';

export function profileChangeProblem(
  status: PoliceProfileStatus,
  change: PoliceProfileChange,
): PoliceProfileChangeProblem | null {
  if (status === 'RETIRED') return 'RETIRED';
  switch (change) {
    case 'EDIT':
    case 'RETIRE':
      return null;
    case 'SUSPEND':
      return status === 'ACTIVE' ? null : 'NOT_ACTIVE';
    case 'REACTIVATE':
      return status === 'SUSPENDED' ? null : 'NOT_SUSPENDED';
  }
}

/** The changes a profile in this status allows, in the order a menu offers them. */
export function allowedProfileChanges(status: PoliceProfileStatus): PoliceProfileChange[] {
  const changes: PoliceProfileChange[] = ['EDIT', 'SUSPEND', 'REACTIVATE', 'RETIRE'];
  return changes.filter((change) => profileChangeProblem(status, change) === null);
}

/** The status a status change leads to; null for an edit, which keeps it. */
export function statusAfter(change: PoliceProfileChange): PoliceProfileStatus | null {
  switch (change) {
    case 'EDIT':
      return null;
    case 'SUSPEND':
      return 'SUSPENDED';
    case 'REACTIVATE':
      return 'ACTIVE';
    case 'RETIRE':
      return 'RETIRED';
  }
}

/** The change that leads from one status to another (null when they are the same: nothing to change). */
export function changeTo(from: PoliceProfileStatus, to: PoliceProfileStatus): PoliceProfileChange | null {
  if (from === to) return null;
  switch (to) {
    case 'ACTIVE':
      return 'REACTIVATE';
    case 'SUSPENDED':
      return 'SUSPEND';
    case 'RETIRED':
      return 'RETIRE';
  }
}

/** Only an active profile may be put on a roster: a suspended or retired one is not to be patrolled with. */
export function mayStaffWithProfile(status: PoliceProfileStatus): boolean {
  return status === 'ACTIVE';
}

/** What is wrong with a profile's display name, once trimmed: REQUIRED when empty, TOO_LONG past the maximum. */
export function profileNameProblem(name: string): 'REQUIRED' | 'TOO_LONG' | null {
  const trimmed = name.trim();
  if (trimmed === '') return 'REQUIRED';
  if ([...trimmed].length > POLICE_PROFILE_NAME_MAX) return 'TOO_LONG';
  return null;
}
