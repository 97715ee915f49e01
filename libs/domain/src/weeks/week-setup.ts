import { isCountryCode } from '../countries/countries';
import { daysOf, isIsoDate, isLanguageTag, isTimeZone, MAX_WEEK_DAYS } from './week-days';

/** A country taking part in a week, with the languages its team works in (BCP 47). */
export interface WeekCountrySetup {
  country: string;
  languages: readonly string[];
}

/** What a coordinator sets up for a week, as the create and edit forms send it. */
export interface WeekSetup {
  hostCountry: string;
  firstDay: string;
  lastDay: string;
  timeZone: string;
  countries: readonly WeekCountrySetup[];
}

export const WEEK_SETUP_PROBLEMS = [
  'FIRST_DAY_INVALID',
  'LAST_DAY_INVALID',
  /** The last day comes before the first, or the week is longer than MAX_WEEK_DAYS. */
  'DAYS_ORDER',
  'TIME_ZONE_UNKNOWN',
  'NO_COUNTRY',
  'COUNTRY_UNKNOWN',
  'COUNTRY_TWICE',
  'NO_LANGUAGE',
  'LANGUAGE_INVALID',
  'HOST_NOT_TAKING_PART',
] as const;
export type WeekSetupProblemCode = (typeof WEEK_SETUP_PROBLEMS)[number];

export interface WeekSetupProblem {
  code: WeekSetupProblemCode;
  /** The input field it is about, as the API names it: firstDay, lastDay, timeZone, countries, hostCountry. */
  field: 'firstDay' | 'lastDay' | 'timeZone' | 'countries' | 'hostCountry';
  /** The country it is about, for the problems of one country. */
  country?: string;
}

/**
 * Everything wrong with a week's set-up, in the order of the form's fields; empty when nothing is. The API refuses
 * with the first, the admin app marks each field before anything is sent. The same for a new week and an edit.
 */
export function weekSetupProblems(setup: WeekSetup): WeekSetupProblem[] {
  const problems: WeekSetupProblem[] = [];
  const firstValid = isIsoDate(setup.firstDay);
  const lastValid = isIsoDate(setup.lastDay);
  if (!firstValid) problems.push({ code: 'FIRST_DAY_INVALID', field: 'firstDay' });
  if (!lastValid) problems.push({ code: 'LAST_DAY_INVALID', field: 'lastDay' });
  if (firstValid && lastValid) {
    const days = setup.lastDay >= setup.firstDay ? daysOf(setup.firstDay, setup.lastDay).length : 0;
    if (days < 1 || days > MAX_WEEK_DAYS) problems.push({ code: 'DAYS_ORDER', field: 'lastDay' });
  }
  if (!isTimeZone(setup.timeZone) || setup.timeZone.trim() === '')
    problems.push({ code: 'TIME_ZONE_UNKNOWN', field: 'timeZone' });
  if (setup.countries.length === 0) problems.push({ code: 'NO_COUNTRY', field: 'countries' });
  const seen = new Set<string>();
  for (const { country, languages } of setup.countries) {
    if (!isCountryCode(country)) problems.push({ code: 'COUNTRY_UNKNOWN', field: 'countries', country });
    else if (seen.has(country)) problems.push({ code: 'COUNTRY_TWICE', field: 'countries', country });
    seen.add(country);
    if (languages.length === 0) problems.push({ code: 'NO_LANGUAGE', field: 'countries', country });
    else if (!languages.every(isLanguageTag))
      problems.push({ code: 'LANGUAGE_INVALID', field: 'countries', country });
  }
  if (setup.countries.length > 0 && !seen.has(setup.hostCountry))
    problems.push({ code: 'HOST_NOT_TAKING_PART', field: 'hostCountry', country: setup.hostCountry });
  return problems;
}

/**
 * The countries a changed set-up drops that the week's plan still uses (sessions or rosters): they cannot be removed
 * until the plan no longer names them.
 */
export function countriesStillPlanned(
  before: readonly string[],
  after: readonly string[],
  planned: readonly string[],
): string[] {
  const kept = new Set(after);
  const inPlan = new Set(planned);
  return before.filter((country) => !kept.has(country) && inPlan.has(country)).sort();
}

/**
 * The languages a country's team is likely to work in, to pre-fill the form (official languages; a coordinator may
 * change them). Unknown countries get none.
 */
export const USUAL_WORKING_LANGUAGES: Readonly<Record<string, readonly string[]>> = {
  AT: ['de'],
  BE: ['nl', 'fr', 'de'],
  BG: ['bg'],
  CH: ['de', 'fr', 'it'],
  CY: ['el'],
  CZ: ['cs'],
  DE: ['de'],
  DK: ['da'],
  EE: ['et'],
  ES: ['es'],
  FI: ['fi', 'sv'],
  FR: ['fr'],
  GR: ['el'],
  HR: ['hr'],
  HU: ['hu'],
  IE: ['en', 'ga'],
  IS: ['is'],
  IT: ['it'],
  LI: ['de'],
  LT: ['lt'],
  LU: ['lb', 'fr', 'de'],
  LV: ['lv'],
  MT: ['mt', 'en'],
  NL: ['nl'],
  NO: ['nb', 'nn'],
  PL: ['pl'],
  PT: ['pt'],
  RO: ['ro'],
  SE: ['sv'],
  SI: ['sl'],
  SK: ['sk'],
};

/** The languages offered for a team: every usual working language above, each once, in code order. */
export const WORKING_LANGUAGES: readonly string[] = [
  ...new Set(Object.values(USUAL_WORKING_LANGUAGES).flat()),
].sort();

/** The instant a closed week's free texts are (or were) due for deletion: its retention days after it closed. */
export function textsDeletionDue(closedAt: Date, retentionDays: number): Date {
  return new Date(closedAt.getTime() + retentionDays * 24 * 3600_000);
}
