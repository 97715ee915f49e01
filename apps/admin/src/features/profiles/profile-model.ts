import type { PoliceProfileStatus, SessionStatus } from '@empact/domain';
import { byLabel, countryName } from '../../lib/intl';

/** Each status in its own colour, always beside its word (never the colour alone); the theme keeps them at AA. */
export const PROFILE_STATUS_COLOR: Record<PoliceProfileStatus, string> = {
  ACTIVE: 'green',
  SUSPENDED: 'orange',
  RETIRED: 'gray',
};

export interface CountryGroup<P> {
  country: string;
  label: string;
  profiles: P[];
}

/** The profiles by country, the countries by their names in the reader's language; each group keeps the list's order. */
export function groupByCountry<P extends { country: string }>(
  profiles: readonly P[],
  locale: string,
): CountryGroup<P>[] {
  const groups = new Map<string, P[]>();
  for (const profile of profiles) {
    const group = groups.get(profile.country);
    if (group) group.push(profile);
    else groups.set(profile.country, [profile]);
  }
  return [...groups]
    .map(([country, list]) => ({ country, label: countryName(country, locale), profiles: list }))
    .sort(byLabel(locale));
}

/** The sessions still to come or running: those a suspended or retired profile leaves without one. */
export function upcomingSessions<S extends { status: SessionStatus; endsAt: string }>(
  sessions: readonly S[],
  now: Date,
): S[] {
  return sessions.filter(
    (session) =>
      (session.status === 'SCHEDULED' || session.status === 'LIVE') &&
      new Date(session.endsAt).getTime() > now.getTime(),
  );
}
