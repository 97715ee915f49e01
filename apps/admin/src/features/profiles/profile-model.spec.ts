import { describe, expect, it } from '@jest/globals';
import { groupByCountry, PROFILE_STATUS_COLOR, upcomingSessions } from './profile-model';

describe('groupByCountry', () => {
  const profiles = [
    { id: '1', country: 'BE' },
    { id: '2', country: 'FI' },
    { id: '3', country: 'BE' },
    { id: '4', country: 'IS' },
  ];

  it('groups by country, the countries in the reader’s alphabetical order, keeping the order within a group', () => {
    expect(groupByCountry(profiles, 'en').map((g) => [g.label, g.profiles.map((p) => p.id)])).toEqual([
      ['Belgium', ['1', '3']],
      ['Finland', ['2']],
      ['Iceland', ['4']],
    ]);
    // In Icelandic Finland is "Finnland" and Iceland "Ísland", which sorts after F; Belgium is "Belgía".
    expect(groupByCountry(profiles, 'is').map((g) => g.country)).toEqual(['BE', 'FI', 'IS']);
    expect(groupByCountry(profiles, 'fi').map((g) => g.label)).toEqual(['Belgia', 'Islanti', 'Suomi']);
  });

  it('gives nothing for no profiles', () => {
    expect(groupByCountry([], 'nb')).toEqual([]);
  });
});

describe('upcomingSessions', () => {
  const now = new Date('2025-11-21T10:00:00Z');
  const session = (status: 'SCHEDULED' | 'LIVE' | 'ENDED' | 'CANCELLED', endsAt: string) => ({
    status,
    endsAt,
  });

  it('keeps planned and live sessions that have not ended', () => {
    const sessions = [
      session('SCHEDULED', '2025-11-22T12:00:00Z'),
      session('LIVE', '2025-11-21T11:00:00Z'),
      session('ENDED', '2025-11-20T12:00:00Z'),
      session('CANCELLED', '2025-11-23T12:00:00Z'),
      session('SCHEDULED', '2025-11-20T12:00:00Z'),
    ];
    expect(upcomingSessions(sessions, now)).toEqual([sessions[0], sessions[1]]);
  });
});

describe('PROFILE_STATUS_COLOR', () => {
  it('tells every status apart', () => {
    expect(new Set(Object.values(PROFILE_STATUS_COLOR)).size).toBe(3);
  });
});
