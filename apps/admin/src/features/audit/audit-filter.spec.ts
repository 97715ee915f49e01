import { describe, expect, it } from '@jest/globals';
import { choicesFrom, exportUrlOf, filterOf, localToInstant } from './audit-filter';

describe('the audit log viewer’s filter', () => {
  it('reads the choices from the address, dropping values that cannot be', () => {
    const choices = choicesFrom(
      new URLSearchParams(
        'preset=referralReads&targetId=abc&targetType=Nonsense&outcome=MAYBE&from=2026-11-20T08:00',
      ),
    );
    expect(choices).toMatchObject({
      preset: 'referralReads',
      targetId: 'abc',
      targetType: null,
      outcome: null,
      from: '2026-11-20T08:00',
    });
  });

  it('lays the preset over the choices: “who read a referral” keeps the record id', () => {
    const filter = filterOf({
      ...choicesFrom(new URLSearchParams()),
      preset: 'referralReads',
      targetId: 'r-1',
    });
    expect(filter).toEqual({ actions: ['readReferralDetails'], targetType: 'Referral', targetId: 'r-1' });
  });

  it('sends a chosen action alone, and the reader’s local times as instants', () => {
    const filter = filterOf({
      ...choicesFrom(new URLSearchParams()),
      action: 'login',
      from: '2026-11-20T08:00',
      to: 'not a time',
    });
    expect(filter.actions).toEqual(['login']);
    expect(filter.from).toBe(new Date('2026-11-20T08:00').toISOString());
    expect(filter.to).toBeUndefined();
    expect(localToInstant(null)).toBeNull();
  });

  it('exports the same filter, actions comma-separated, in the reader’s language', () => {
    const url = exportUrlOf(
      { actions: ['readUnsuppressedOutcomes', 'exportUnsuppressedOutcomes'], weekId: 'w1' },
      'nb',
    );
    const query = new URL(url, 'http://x').searchParams;
    expect(url.startsWith('/exports/audit-log.csv?')).toBe(true);
    expect(query.get('actions')).toBe('readUnsuppressedOutcomes,exportUnsuppressedOutcomes');
    expect(query.get('weekId')).toBe('w1');
    expect(query.get('language')).toBe('nb');
  });
});
