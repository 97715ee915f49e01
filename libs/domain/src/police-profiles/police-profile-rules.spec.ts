import {
  allowedProfileChanges,
  changeTo,
  mayStaffWithProfile,
  POLICE_PROFILE_NAME_MAX,
  POLICE_PROFILE_STATUSES,
  profileChangeProblem,
  profileNameProblem,
  statusAfter,
} from './police-profile-rules';

describe('profileChangeProblem', () => {
  it('lets an active profile be edited, suspended and retired, not reactivated', () => {
    expect(profileChangeProblem('ACTIVE', 'EDIT')).toBeNull();
    expect(profileChangeProblem('ACTIVE', 'SUSPEND')).toBeNull();
    expect(profileChangeProblem('ACTIVE', 'RETIRE')).toBeNull();
    expect(profileChangeProblem('ACTIVE', 'REACTIVATE')).toBe('NOT_SUSPENDED');
  });

  it('lets a suspended profile be edited, reactivated and retired, not suspended again', () => {
    expect(profileChangeProblem('SUSPENDED', 'EDIT')).toBeNull();
    expect(profileChangeProblem('SUSPENDED', 'REACTIVATE')).toBeNull();
    expect(profileChangeProblem('SUSPENDED', 'RETIRE')).toBeNull();
    expect(profileChangeProblem('SUSPENDED', 'SUSPEND')).toBe('NOT_ACTIVE');
  });

  it('treats retirement as final: every change of a retired profile is refused', () => {
    for (const change of ['EDIT', 'SUSPEND', 'REACTIVATE', 'RETIRE'] as const) {
      expect(profileChangeProblem('RETIRED', change)).toBe('RETIRED');
    }
    expect(allowedProfileChanges('RETIRED')).toEqual([]);
  });
});

describe('allowedProfileChanges', () => {
  it('offers what each status allows', () => {
    expect(allowedProfileChanges('ACTIVE')).toEqual(['EDIT', 'SUSPEND', 'RETIRE']);
    expect(allowedProfileChanges('SUSPENDED')).toEqual(['EDIT', 'REACTIVATE', 'RETIRE']);
  });
});

describe('changeTo and statusAfter', () => {
  it('are each other’s inverse for every pair of different statuses', () => {
    for (const from of POLICE_PROFILE_STATUSES) {
      for (const to of POLICE_PROFILE_STATUSES) {
        const change = changeTo(from, to);
        if (from === to) expect(change).toBeNull();
        else expect(statusAfter(change!)).toBe(to);
      }
    }
    expect(statusAfter('EDIT')).toBeNull();
  });
});

describe('mayStaffWithProfile', () => {
  it('puts only active profiles on a roster', () => {
    expect(mayStaffWithProfile('ACTIVE')).toBe(true);
    expect(mayStaffWithProfile('SUSPENDED')).toBe(false);
    expect(mayStaffWithProfile('RETIRED')).toBe(false);
  });
});

describe('profileNameProblem', () => {
  it('refuses an empty or blank name and one past the maximum, counting characters, not UTF-16 units', () => {
    expect(profileNameProblem('')).toBe('REQUIRED');
    expect(profileNameProblem('   \t')).toBe('REQUIRED');
    expect(profileNameProblem('Politiet Nettpatrulje')).toBeNull();
    expect(profileNameProblem(` ${'a'.repeat(POLICE_PROFILE_NAME_MAX)} `)).toBeNull();
    expect(profileNameProblem('a'.repeat(POLICE_PROFILE_NAME_MAX + 1))).toBe('TOO_LONG');
    expect(profileNameProblem('🚓'.repeat(POLICE_PROFILE_NAME_MAX))).toBeNull();
  });
});
