import { AUDIT_ACTIONS, AUDIT_PRESETS, auditFilterProblem, withPreset } from './audit-log';

describe('auditFilterProblem', () => {
  it('accepts an empty filter and a full one', () => {
    expect(auditFilterProblem({})).toBeNull();
    expect(
      auditFilterProblem({
        weekId: 'w',
        actorId: 'a',
        actions: ['readReferralDetails', 'login'],
        targetType: 'Referral',
        targetId: '6f1c2a3b-0000-4000-8000-000000000001',
        from: '2026-11-20T00:00:00Z',
        to: '2026-11-25T00:00:00Z',
        outcome: 'REFUSED',
      }),
    ).toBeNull();
  });

  it('refuses a time range whose end is not after its start, naming the end', () => {
    expect(auditFilterProblem({ from: '2026-11-25T00:00:00Z', to: '2026-11-20T00:00:00Z' })).toEqual({
      field: 'to',
      problem: 'RANGE_OUT_OF_ORDER',
    });
    expect(auditFilterProblem({ from: '2026-11-25T00:00:00Z', to: '2026-11-25T00:00:00Z' })?.problem).toBe(
      'RANGE_OUT_OF_ORDER',
    );
  });

  it('refuses an instant that is not one, an action that is not a name and a record id with free text', () => {
    expect(auditFilterProblem({ from: 'yesterday' })).toEqual({ field: 'from', problem: 'INVALID' });
    expect(auditFilterProblem({ actions: ['login', 'drop table'] })).toEqual({
      field: 'actions',
      problem: 'INVALID',
    });
    expect(auditFilterProblem({ targetId: 'the boy called Ola' })).toEqual({
      field: 'targetId',
      problem: 'INVALID',
    });
    expect(auditFilterProblem({ targetId: 'DISCORD' })).toBeNull();
  });
});

describe('AUDIT_PRESETS', () => {
  it('asks for known actions only, each preset a valid filter', () => {
    for (const preset of Object.values(AUDIT_PRESETS)) {
      expect(auditFilterProblem(preset)).toBeNull();
      for (const action of 'actions' in preset ? preset.actions : []) expect(AUDIT_ACTIONS).toContain(action);
    }
  });

  it('lays a preset over what the reader chose, the preset winning on its own fields', () => {
    expect(withPreset({ targetId: 'r1', actions: ['login'] }, 'referralReads')).toEqual({
      targetId: 'r1',
      actions: ['readReferralDetails'],
      targetType: 'Referral',
    });
    expect(withPreset({ weekId: 'w' }, null)).toEqual({ weekId: 'w' });
  });
});
