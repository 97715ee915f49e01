import type { TestApp } from './test-app';

export const COUNTRIES = ['NO', 'BE', 'NL', 'IS', 'FI'] as const;

export const REFERENCE_WEEK = {
  code: 'EMPACT-AW-REF',
  title: 'Reference week: joint online patrol on gaming platforms',
  hostCountry: 'NO',
  firstDay: '2025-11-20',
  lastDay: '2025-11-24',
  timeZone: 'Europe/Oslo',
  countries: [
    { country: 'NO', languages: ['nb', 'nn'] },
    { country: 'BE', languages: ['nl', 'fr', 'de'] },
    { country: 'NL', languages: ['nl'] },
    { country: 'IS', languages: ['is'] },
    { country: 'FI', languages: ['fi', 'sv'] },
  ],
};

/** Ids of every account by e-mail, read as the admin. */
export async function accountIds(
  t: Pick<TestApp, 'gql'>,
  adminToken: string,
): Promise<Record<string, string>> {
  const res = await t.gql<{ accounts: { id: string; email: string }[] }>(
    '{ accounts(filter: { includeDisabled: true }) { id email } }',
    {},
    { token: adminToken },
  );
  return Object.fromEntries(res.data!.accounts.map((a) => [a.email, a.id]));
}

/** A country's full roster of demo people. */
export function rosterOf(ids: Record<string, string>, country: string, profileId?: string) {
  const cc = country.toLowerCase();
  return {
    country,
    operatorOneId: ids[`operator1.${cc}@empact.test`],
    operatorTwoId: ids[`operator2.${cc}@empact.test`],
    teamLeaderId: ids[`leader.${cc}@empact.test`],
    ...(profileId ? { profileId } : {}),
  };
}

/** An instant in Oslo during the reference week (UTC+1 in November). */
export const oslo = (day: string, hhmm: string) => new Date(`${day}T${hhmm}:00+01:00`).toISOString();
