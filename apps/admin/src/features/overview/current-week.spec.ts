import { describe, expect, it } from '@jest/globals';
import { type ActionWeekItem, pickCurrentWeek } from './current-week';

const week = (code: string, status: string, firstDay: string, lastDay: string): ActionWeekItem =>
  ({ id: code, code, status, firstDay, lastDay, timeZone: 'Europe/Oslo' }) as unknown as ActionWeekItem;

// Monday 7 December 2026, 10:00 in Oslo.
const now = new Date('2026-12-07T09:00:00Z');
const running = week('RUNNING', 'LIVE', '2026-12-07', '2026-12-11');
const endedNotClosed = week('ENDED', 'LIVE', '2026-11-30', '2026-12-04');
const liveEarly = week('NEXT', 'LIVE', '2027-01-11', '2027-01-15');
const planned = week('PLANNED', 'PLANNING', '2027-02-01', '2027-02-05');
const closed = week('CLOSED', 'CLOSED', '2026-10-05', '2026-10-09');

describe(pickCurrentWeek.name, () => {
  it('keeps the week running now when a later week is set live early, whatever the order given', () => {
    expect(pickCurrentWeek([liveEarly, running, planned], now)?.code).toBe('RUNNING');
    expect(pickCurrentWeek([running, liveEarly], now)?.code).toBe('RUNNING');
  });

  it('keeps a live week that has ended but is not closed yet before one that starts next month', () => {
    expect(pickCurrentWeek([liveEarly, endedNotClosed], now)?.code).toBe('ENDED');
  });

  it('takes the live week that started last when several have started', () => {
    expect(pickCurrentWeek([endedNotClosed, running], now)?.code).toBe('RUNNING');
  });

  it('of live weeks that started the same day, takes the first as listed', () => {
    const other = week('OTHER', 'LIVE', '2026-12-07', '2026-12-09');
    expect(pickCurrentWeek([other, running], now)?.code).toBe('OTHER');
    expect(pickCurrentWeek([running, other], now)?.code).toBe('RUNNING');
  });

  it('takes a live week that has not started when no live week has', () => {
    expect(pickCurrentWeek([planned, liveEarly, closed], now)?.code).toBe('NEXT');
  });

  it('else the next week being planned, else the latest week', () => {
    expect(pickCurrentWeek([closed, planned], now)?.code).toBe('PLANNED');
    expect(pickCurrentWeek([closed], now)?.code).toBe('CLOSED');
    expect(pickCurrentWeek([], now)).toBeUndefined();
  });
});
