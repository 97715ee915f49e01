import { describe, expect, it } from '@jest/globals';
import { daysOf } from '@empact/domain';
import { FIRST_HOUR, LAST_HOUR, placeSessions } from './board-layout';

const week = { firstDay: '2026-11-23', lastDay: '2026-11-27', timeZone: 'Europe/Oslo' };
const days = daysOf(week.firstDay, week.lastDay);
const session = (id: string, startsAt: string, endsAt: string) => ({ id, startsAt, endsAt });
const place = (...sessions: ReturnType<typeof session>[]) =>
  Object.fromEntries(placeSessions(sessions, days, week.timeZone).map((placed) => [placed.item.id, placed]));

describe('placeSessions', () => {
  it('gives the board a column for each day of the week, Monday to Friday', () => {
    expect(days).toEqual(['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27']);
  });

  it('places a session by its time in the week’s zone, not in UTC', () => {
    // 09:00Z–11:00Z is 10:00–12:00 in Oslo: three hours below the board's first hour, two hours tall.
    const { tuesday } = place(session('tuesday', '2026-11-24T09:00:00Z', '2026-11-24T11:00:00Z'));
    expect(tuesday).toMatchObject({ day: '2026-11-24', top: (10 - FIRST_HOUR) * 60, height: 120 });
    expect(tuesday.clippedStart || tuesday.clippedEnd).toBe(false);
  });

  it('puts a session that starts late on Sunday in UTC on Monday, when it starts in Oslo', () => {
    const { early } = place(session('early', '2026-11-22T23:30:00Z', '2026-11-23T07:00:00Z'));
    expect(early).toMatchObject({ day: '2026-11-23', top: 0, clippedStart: true, clippedEnd: false });
  });

  it('leaves out a session on a day the week does not have', () => {
    expect(place(session('saturday', '2026-11-28T09:00:00Z', '2026-11-28T11:00:00Z'))).toEqual({});
  });

  it('clips a session that runs past the board’s last hour', () => {
    const { late } = place(session('late', '2026-11-25T20:00:00Z', '2026-11-25T23:30:00Z'));
    expect(late).toMatchObject({ clippedEnd: true, top: (21 - FIRST_HOUR) * 60 });
    expect(late.top + late.height).toBe((LAST_HOUR - FIRST_HOUR) * 60);
  });

  it('stands overlapping sessions side by side and gives a later one the whole column', () => {
    const placed = place(
      session('a', '2026-11-24T09:00:00Z', '2026-11-24T12:00:00Z'),
      session('b', '2026-11-24T10:00:00Z', '2026-11-24T11:00:00Z'),
      session('c', '2026-11-24T13:00:00Z', '2026-11-24T14:00:00Z'),
    );
    expect([placed.a.lane, placed.a.lanes]).toEqual([0, 2]);
    expect([placed.b.lane, placed.b.lanes]).toEqual([1, 2]);
    expect([placed.c.lane, placed.c.lanes]).toEqual([0, 1]);
  });

  it('gives a short session enough height to be read', () => {
    const { short } = place(session('short', '2026-11-24T09:00:00Z', '2026-11-24T09:10:00Z'));
    expect(short.height).toBe(30);
  });
});
