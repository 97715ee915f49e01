import { demoWeekOf } from './demo-seed.service';

describe('demoWeekOf', () => {
  it('shows this week once its first session has started', () => {
    // Monday 7 December 2026, 09:30 in Oslo: the 09:00 slot has begun.
    expect(demoWeekOf(new Date('2026-12-07T08:30:00Z'))).toEqual({
      firstDay: '2026-12-07',
      lastDay: '2026-12-11',
    });
    expect(demoWeekOf(new Date('2026-12-09T20:00:00Z'))).toEqual({
      firstDay: '2026-12-07',
      lastDay: '2026-12-11',
    });
  });

  it('shows the week just worked on a Monday before the first session and on a weekend', () => {
    // Monday 01:30 in Oslo: nothing of the new week has happened, the demo would be empty.
    expect(demoWeekOf(new Date('2026-12-07T00:30:00Z'))).toEqual({
      firstDay: '2026-11-30',
      lastDay: '2026-12-04',
    });
    expect(demoWeekOf(new Date('2026-12-06T12:00:00Z'))).toEqual({
      firstDay: '2026-11-30',
      lastDay: '2026-12-04',
    });
  });
});
