import { demoWeekOf } from './demo-seed.service';

describe('demoWeekOf', () => {
  it('shows this week once its second day’s first session has started', () => {
    // Tuesday 8 December 2026, 09:30 in Oslo: Monday is worked, the 09:00 slot of Tuesday has begun.
    expect(demoWeekOf(new Date('2026-12-08T08:30:00Z'))).toEqual({
      firstDay: '2026-12-07',
      lastDay: '2026-12-11',
    });
    expect(demoWeekOf(new Date('2026-12-09T20:00:00Z'))).toEqual({
      firstDay: '2026-12-07',
      lastDay: '2026-12-11',
    });
  });

  it('shows the week just worked on a weekend, a Monday and a Tuesday before its first session', () => {
    // Monday 09:30 in Oslo: one morning of the new week, too little to show figures, debriefs or referrals.
    for (const now of [
      '2026-12-07T08:30:00Z',
      '2026-12-07T00:30:00Z',
      '2026-12-08T07:30:00Z',
      '2026-12-06T12:00:00Z',
    ])
      expect(demoWeekOf(new Date(now))).toEqual({ firstDay: '2026-11-30', lastDay: '2026-12-04' });
  });
});
