import type { Actor } from '../access/policy';
import { busySlotOf, reachesSession } from './session-reach';

const actor = (overrides: Partial<Actor> = {}): Actor => ({
  id: 'a1',
  roles: ['TEAM_LEADER'],
  country: 'BE',
  ...overrides,
});

describe('reachesSession', () => {
  it('gives a team the sessions its country takes part in, and no other', () => {
    expect(reachesSession(actor(), { countries: ['BE', 'FI'] })).toBe(true);
    expect(reachesSession(actor(), { countries: ['FI'] })).toBe(false);
    expect(reachesSession(actor({ roles: ['OPERATOR'] }), { countries: ['FI'] })).toBe(false);
  });

  it('gives coordinators and admins every session', () => {
    expect(reachesSession(actor({ roles: ['COORDINATOR'], country: 'NO' }), { countries: ['FI'] })).toBe(
      true,
    );
    expect(reachesSession(actor({ roles: ['ADMIN'], country: null }), { countries: ['FI'] })).toBe(true);
  });

  it('gives a liaison and a team member without a country none', () => {
    expect(reachesSession(actor({ roles: ['LIAISON'], country: null }), { countries: ['FI'] })).toBe(false);
    expect(reachesSession(actor({ country: null }), { countries: ['FI'] })).toBe(false);
  });
});

describe('busySlotOf', () => {
  const session = {
    id: 's1',
    startsAt: new Date('2025-11-20T09:00:00Z'),
    endsAt: new Date('2025-11-20T11:00:00Z'),
    countries: ['FI'],
    status: 'CANCELLED',
    platform: 'DISCORD',
    venue: 'Suomi-palvelin',
    briefing: 'Tavataan puhekanavalla.',
    guideId: 'g1',
    cancelReason: 'Sairastumisia',
    startOverrideReason: null,
    startedAt: new Date('2025-11-20T09:02:00Z'),
    endedAt: null,
  };

  it('keeps time, platform, countries and status', () => {
    const slot = busySlotOf(session);
    expect(slot).toMatchObject({
      id: 's1',
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      countries: ['FI'],
      status: 'CANCELLED',
      platform: 'DISCORD',
    });
  });

  it('empties venue, briefing, guide and reasons', () => {
    expect(busySlotOf(session)).toMatchObject({
      venue: null,
      briefing: null,
      guideId: null,
      cancelReason: null,
      startOverrideReason: null,
      startedAt: null,
      endedAt: null,
    });
  });

  it('leaves the session it was given as it was', () => {
    busySlotOf(session);
    expect(session.venue).toBe('Suomi-palvelin');
  });
});
