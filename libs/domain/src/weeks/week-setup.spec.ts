import {
  countriesStillPlanned,
  textsDeletionDue,
  USUAL_WORKING_LANGUAGES,
  WORKING_LANGUAGES,
  weekSetupProblems,
  type WeekSetup,
} from './week-setup';

const setup = (overrides: Partial<WeekSetup> = {}): WeekSetup => ({
  hostCountry: 'NO',
  firstDay: '2025-11-20',
  lastDay: '2025-11-24',
  timeZone: 'Europe/Oslo',
  countries: [
    { country: 'NO', languages: ['nb', 'nn'] },
    { country: 'FI', languages: ['fi', 'sv'] },
  ],
  ...overrides,
});

describe(weekSetupProblems.name, () => {
  it('finds nothing wrong with the reference week', () => {
    expect(weekSetupProblems(setup())).toEqual([]);
  });

  it('points at the last day when it comes before the first, or the week runs too long', () => {
    expect(weekSetupProblems(setup({ lastDay: '2025-11-19' }))).toEqual([
      { code: 'DAYS_ORDER', field: 'lastDay' },
    ]);
    expect(weekSetupProblems(setup({ lastDay: '2025-12-24' }))).toEqual([
      { code: 'DAYS_ORDER', field: 'lastDay' },
    ]);
    expect(weekSetupProblems(setup({ lastDay: '2025-11-20' }))).toEqual([]);
  });

  it('refuses days that do not exist', () => {
    expect(weekSetupProblems(setup({ firstDay: '2025-02-30' }))).toEqual([
      { code: 'FIRST_DAY_INVALID', field: 'firstDay' },
    ]);
    expect(weekSetupProblems(setup({ lastDay: 'tomorrow' }))).toEqual([
      { code: 'LAST_DAY_INVALID', field: 'lastDay' },
    ]);
  });

  it('refuses a time zone that is not one', () => {
    expect(weekSetupProblems(setup({ timeZone: 'Europe/Atlantis' }))).toEqual([
      { code: 'TIME_ZONE_UNKNOWN', field: 'timeZone' },
    ]);
  });

  it('refuses a week without countries, and then says nothing of the host', () => {
    expect(weekSetupProblems(setup({ countries: [] }))).toEqual([{ code: 'NO_COUNTRY', field: 'countries' }]);
  });

  it('names the country without a working language, with a bad one, or given twice', () => {
    expect(
      weekSetupProblems(
        setup({
          countries: [
            { country: 'NO', languages: ['nb'] },
            { country: 'IS', languages: [] },
            { country: 'BE', languages: ['nl', 'not a language'] },
            { country: 'NO', languages: ['nn'] },
          ],
        }),
      ),
    ).toEqual([
      { code: 'NO_LANGUAGE', field: 'countries', country: 'IS' },
      { code: 'LANGUAGE_INVALID', field: 'countries', country: 'BE' },
      { code: 'COUNTRY_TWICE', field: 'countries', country: 'NO' },
    ]);
  });

  it('refuses a country code that is none, and a host that does not take part', () => {
    expect(
      weekSetupProblems(setup({ hostCountry: 'NO', countries: [{ country: 'XX', languages: ['en'] }] })),
    ).toEqual([
      { code: 'COUNTRY_UNKNOWN', field: 'countries', country: 'XX' },
      { code: 'HOST_NOT_TAKING_PART', field: 'hostCountry', country: 'NO' },
    ]);
  });
});

describe(countriesStillPlanned.name, () => {
  it('lists only the dropped countries the plan still names', () => {
    expect(countriesStillPlanned(['NO', 'FI', 'BE', 'IS'], ['NO', 'FI'], ['NO', 'BE'])).toEqual(['BE']);
    expect(countriesStillPlanned(['NO', 'FI'], ['NO', 'FI', 'IS'], ['FI'])).toEqual([]);
  });
});

describe(textsDeletionDue.name, () => {
  it('adds the retention days to the closing instant', () => {
    expect(textsDeletionDue(new Date('2025-11-24T16:00:00Z'), 30).toISOString()).toBe(
      '2025-12-24T16:00:00.000Z',
    );
  });
});

describe('working languages', () => {
  it('offers each usual language once, and the reference week’s', () => {
    expect(new Set(WORKING_LANGUAGES).size).toBe(WORKING_LANGUAGES.length);
    expect(USUAL_WORKING_LANGUAGES.BE).toEqual(['nl', 'fr', 'de']);
    for (const language of ['nb', 'nn', 'nl', 'fr', 'de', 'is', 'fi', 'sv'])
      expect(WORKING_LANGUAGES).toContain(language);
  });
});
