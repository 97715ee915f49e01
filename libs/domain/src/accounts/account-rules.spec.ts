import { accountShapeProblem, normalizeEmail } from './account-rules';

describe('normalizeEmail', () => {
  it('trims and lower-cases', () => {
    expect(normalizeEmail('  Leader.FI@Empact.Test ')).toBe('leader.fi@empact.test');
  });
});

describe('accountShapeProblem', () => {
  it('requires at least one role', () => {
    expect(accountShapeProblem([], 'NO')).toBe('ROLES_REQUIRED');
  });

  it('requires a country for team members and coordinators', () => {
    expect(accountShapeProblem(['OPERATOR'], null)).toBe('COUNTRY_REQUIRED');
    expect(accountShapeProblem(['COORDINATOR'], null)).toBe('COUNTRY_REQUIRED');
  });

  it('lets liaisons and admins go without a country', () => {
    expect(accountShapeProblem(['LIAISON'], null)).toBeNull();
    expect(accountShapeProblem(['ADMIN'], null)).toBeNull();
  });
});
