import { ACTIONS, type Action, Actor, can, countryScope, reaches } from './policy';

const actor = (overrides: Partial<Actor> = {}): Actor => ({
  id: 'a1',
  roles: ['OPERATOR'],
  country: 'BE',
  ...overrides,
});

describe('countryScope', () => {
  it('gives coordinators and admins every country', () => {
    expect(countryScope(actor({ roles: ['COORDINATOR'], country: 'NO' }))).toEqual({ kind: 'all' });
    expect(countryScope(actor({ roles: ['ADMIN'], country: null }))).toEqual({ kind: 'all' });
  });

  it('keeps a team member to their own country', () => {
    expect(countryScope(actor({ roles: ['TEAM_LEADER'] }))).toEqual({ kind: 'country', country: 'BE' });
  });

  it('gives a liaison no country', () => {
    expect(countryScope(actor({ roles: ['LIAISON'], country: null }))).toEqual({ kind: 'none' });
  });

  it('gives a team role without a country nothing', () => {
    expect(countryScope(actor({ country: null }))).toEqual({ kind: 'none' });
  });
});

describe('reaches', () => {
  it('lets a Belgian operator reach Belgian records only', () => {
    expect(reaches(actor(), { country: 'BE' })).toBe(true);
    expect(reaches(actor(), { country: 'FI' })).toBe(false);
  });

  it('lets anyone reach their own account', () => {
    expect(reaches(actor({ roles: ['LIAISON'], country: null }), { country: null, ownerId: 'a1' })).toBe(
      true,
    );
  });
});

describe('can', () => {
  it('refuses another country’s account to a team member', () => {
    expect(can(actor(), 'account.read', { country: 'FI', ownerId: 'x' })).toBe(false);
    expect(can(actor(), 'account.read', { country: 'BE', ownerId: 'x' })).toBe(true);
  });

  it('lets only admins manage accounts and read the audit log', () => {
    expect(can(actor({ roles: ['ADMIN'], country: null }), 'account.manage')).toBe(true);
    expect(can(actor({ roles: ['COORDINATOR'], country: 'NO' }), 'account.manage')).toBe(false);
    expect(can(actor({ roles: ['TEAM_LEADER'] }), 'audit.read')).toBe(false);
  });

  it('refuses an admin action on a record outside the actor’s reach', () => {
    expect(can(actor({ roles: ['ADMIN'], country: null }), 'account.manage', { country: 'FI' })).toBe(true);
    expect(can(actor({ roles: ['TEAM_LEADER'] }), 'account.manage', { country: 'BE' })).toBe(false);
  });

  it('does not let a liaison list accounts', () => {
    expect(can(actor({ roles: ['LIAISON'], country: null }), 'account.list')).toBe(false);
  });

  it('takes the widest of several roles', () => {
    expect(can(actor({ roles: ['LIAISON', 'COORDINATOR'], country: 'NO' }), 'account.list')).toBe(true);
  });

  it('lets coordinators plan the week and team members only read it', () => {
    expect(can(actor({ roles: ['COORDINATOR'], country: 'NO' }), 'session.plan')).toBe(true);
    expect(can(actor({ roles: ['TEAM_LEADER'] }), 'session.plan')).toBe(false);
    expect(can(actor({ roles: ['OPERATOR'] }), 'session.read')).toBe(true);
    expect(can(actor({ roles: ['LIAISON'], country: null }), 'session.read')).toBe(false);
  });

  it('gives the home page’s “now” to the people who run sessions, not to liaisons or administrators', () => {
    expect(can(actor({ roles: ['OPERATOR'] }), 'week.now')).toBe(true);
    expect(can(actor({ roles: ['TEAM_LEADER'] }), 'week.now')).toBe(true);
    expect(can(actor({ roles: ['COORDINATOR'], country: 'NO' }), 'week.now')).toBe(true);
    expect(can(actor({ roles: ['LIAISON'], country: null }), 'week.now')).toBe(false);
    expect(can(actor({ roles: ['ADMIN'], country: null }), 'week.now')).toBe(false);
  });

  it('lets a team leader run and staff only their own country’s part', () => {
    const leader = actor({ roles: ['TEAM_LEADER'] });
    expect(can(leader, 'roster.assign', { country: 'BE' })).toBe(true);
    expect(can(leader, 'roster.assign', { country: 'FI' })).toBe(false);
    expect(can(leader, 'session.run', { country: 'BE' })).toBe(true);
    expect(can(actor(), 'session.run', { country: 'BE' })).toBe(false);
    expect(can(actor({ roles: ['COORDINATOR'], country: 'NO' }), 'roster.assign', { country: 'FI' })).toBe(
      true,
    );
  });

  it('keeps raw interaction logs from liaisons and platform admins', () => {
    expect(can(actor({ roles: ['LIAISON'], country: null }), 'interaction.read')).toBe(false);
    expect(can(actor({ roles: ['ADMIN'], country: null }), 'interaction.read')).toBe(false);
    expect(can(actor({ roles: ['COORDINATOR'], country: 'NO' }), 'interaction.read', { country: 'FI' })).toBe(
      true,
    );
    expect(can(actor(), 'interaction.read', { country: 'FI' })).toBe(false);
  });

  it('lets only a national team log, for its own country', () => {
    expect(can(actor(), 'interaction.log', { country: 'BE' })).toBe(true);
    expect(can(actor(), 'interaction.log', { country: 'FI' })).toBe(false);
    expect(can(actor({ roles: ['COORDINATOR'], country: 'NO' }), 'interaction.log', { country: 'NO' })).toBe(
      false,
    );
  });

  it('shows referrals only to the country’s team leader and the coordinators', () => {
    expect(can(actor({ roles: ['TEAM_LEADER'] }), 'referral.read', { country: 'BE' })).toBe(true);
    expect(can(actor({ roles: ['TEAM_LEADER'] }), 'referral.read', { country: 'NL' })).toBe(false);
    expect(can(actor(), 'referral.read', { country: 'BE' })).toBe(false);
    expect(can(actor(), 'referral.raise', { country: 'BE' })).toBe(true);
    expect(can(actor({ roles: ['LIAISON'], country: null }), 'referral.read')).toBe(false);
  });
});

describe('the data-protection officer', () => {
  const dpo = actor({ roles: ['DATA_PROTECTION_OFFICER'], country: null });

  it('reads the audit log and the retention status', () => {
    expect(can(dpo, 'audit.read')).toBe(true);
    expect(can(dpo, 'retention.read')).toBe(true);
  });

  it('may do nothing else, whatever the record', () => {
    const allowed = new Set<Action>(['audit.read', 'retention.read']);
    for (const action of ACTIONS.filter((a) => !allowed.has(a))) {
      expect([action, can(dpo, action)]).toEqual([action, false]);
      expect([action, can(dpo, action, { country: 'NO' })]).toEqual([action, false]);
    }
  });

  it('reaches no country, even with one on the account, but reads its own account', () => {
    expect(countryScope(dpo)).toEqual({ kind: 'none' });
    expect(countryScope({ ...dpo, country: 'NO' })).toEqual({ kind: 'none' });
    expect(can({ ...dpo, country: 'NO' }, 'interaction.read', { country: 'NO' })).toBe(false);
    expect(can(dpo, 'account.read', { country: null, ownerId: dpo.id })).toBe(true);
  });

  it('shares the audit log with administrators only, and the retention status with coordinators too', () => {
    const roles = ['ADMIN', 'COORDINATOR', 'TEAM_LEADER', 'OPERATOR', 'LIAISON'] as const;
    const who = (action: Action) =>
      roles.filter((role) =>
        can(actor({ roles: [role], country: role === 'LIAISON' ? null : 'NO' }), action),
      );
    expect(who('audit.read')).toEqual(['ADMIN']);
    expect(who('retention.read')).toEqual(['ADMIN', 'COORDINATOR']);
  });
});
