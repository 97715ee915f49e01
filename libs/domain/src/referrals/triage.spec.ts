import { byTriage, interactionUrgency, needsAction, type Triaged } from './triage';

const referral = (id: string, over: Partial<Triaged>): Triaged & { id: string } => ({
  id,
  status: 'OPEN',
  urgency: 'ROUTINE',
  createdAt: '2026-11-20T10:00:00Z',
  ...over,
});

describe('byTriage', () => {
  it('puts what needs action before what has moved on, the most urgent first, the oldest first within', () => {
    const queue = [
      referral('handed-over-immediate', { status: 'HANDED_OVER', urgency: 'IMMEDIATE' }),
      referral('open-routine', { urgency: 'ROUTINE' }),
      referral('open-immediate-new', { urgency: 'IMMEDIATE', createdAt: '2026-11-20T12:00:00Z' }),
      referral('closed', { status: 'CLOSED', urgency: 'IMMEDIATE' }),
      referral('acknowledged-immediate', { status: 'ACKNOWLEDGED', urgency: 'IMMEDIATE' }),
      referral('open-priority', { urgency: 'PRIORITY' }),
      referral('open-immediate-old', { urgency: 'IMMEDIATE', createdAt: '2026-11-20T09:00:00Z' }),
    ];
    expect([...queue].sort(byTriage).map((r) => r.id)).toEqual([
      'open-immediate-old',
      'open-immediate-new',
      'open-priority',
      'open-routine',
      'acknowledged-immediate',
      'handed-over-immediate',
      'closed',
    ]);
  });

  it('reads Dates as well as ISO strings, and keeps equal ones equal', () => {
    const a = referral('a', { createdAt: new Date('2026-11-20T09:00:00Z') });
    const b = referral('b', { createdAt: '2026-11-20T09:30:00Z' });
    expect(byTriage(a, b)).toBeLessThan(0);
    expect(byTriage(b, a)).toBeGreaterThan(0);
    expect(byTriage(a, { ...a })).toBe(0);
  });
});

describe('needsAction', () => {
  it('holds for open and acknowledged referrals only', () => {
    expect(needsAction('OPEN')).toBe(true);
    expect(needsAction('ACKNOWLEDGED')).toBe(true);
    expect(needsAction('HANDED_OVER')).toBe(false);
    expect(needsAction('CLOSED')).toBe(false);
  });
});

describe('interactionUrgency', () => {
  it('marks an emergency IMMEDIATE, whatever its topic', () => {
    expect(interactionUrgency({ outcome: 'EMERGENCY_ESCALATION', topics: ['SELF_HARM_SUICIDE'] })).toBe(
      'IMMEDIATE',
    );
    expect(interactionUrgency({ outcome: 'EMERGENCY_ESCALATION', topics: ['OTHER'] })).toBe('IMMEDIATE');
  });

  it('marks a referral or a safeguarding topic PRIORITY', () => {
    expect(interactionUrgency({ outcome: 'REFERRED', topics: ['FRAUD_SCAMS'] })).toBe('PRIORITY');
    expect(interactionUrgency({ outcome: 'POINTED_TO_HELP_SERVICE', topics: ['SELF_HARM_SUICIDE'] })).toBe(
      'PRIORITY',
    );
  });

  it('leaves small talk unmarked', () => {
    expect(
      interactionUrgency({ outcome: 'CONVERSATION_ONLY', topics: ['SMALL_TALK_TRUST_BUILDING'] }),
    ).toBeNull();
  });
});
