import type { WeekSetupFieldsFragment } from '../../gql/graphql';
import type { WeekFormValues } from './week-form';

/** The form's values of a week as read. */
export function formValuesOf(week: WeekSetupFieldsFragment): WeekFormValues {
  return {
    code: week.code,
    title: week.title,
    hostCountry: week.hostCountry,
    timeZone: week.timeZone,
    firstDay: week.firstDay,
    lastDay: week.lastDay,
    countries: week.countries.map(({ country, languages }) => ({ country, languages: [...languages] })),
    minCount: week.minCount,
    retentionDays: week.retentionDays,
  };
}

/** The set-up the API takes, from the form (checked by the form first). */
export function setupInputOf(values: WeekFormValues) {
  return {
    title: values.title.trim(),
    hostCountry: values.hostCountry ?? '',
    timeZone: values.timeZone ?? '',
    firstDay: values.firstDay,
    lastDay: values.lastDay,
    countries: values.countries,
    minCount: values.minCount,
    retentionDays: values.retentionDays,
  };
}
