import { type FormEvent, useMemo, useState } from 'react';
import {
  Button,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  USUAL_WORKING_LANGUAGES,
  WORKING_LANGUAGES,
  type WeekSetupProblem,
  weekSetupProblems,
} from '@empact/domain';
import { byLabel, countryName, languageName, timeZoneName } from '../../lib/intl';
import { DateField } from '../../lib/date-field';
import { countryOptions } from '../accounts/options';

export interface WeekFormValues {
  code: string;
  title: string;
  hostCountry: string | null;
  timeZone: string | null;
  firstDay: string;
  lastDay: string;
  countries: { country: string; languages: string[] }[];
  minCount: number;
  retentionDays: number;
}

/** Fields the API names in its refusals, and the form marks. */
export const WEEK_FORM_FIELDS = [
  'code',
  'title',
  'hostCountry',
  'timeZone',
  'firstDay',
  'lastDay',
  'countries',
  'minCount',
  'retentionDays',
] as const;
export type WeekFormField = (typeof WEEK_FORM_FIELDS)[number];
export type WeekFormErrors = Partial<Record<WeekFormField, string>> & { languages?: Record<string, string> };

export const emptyWeek = (): WeekFormValues => ({
  code: '',
  title: '',
  hostCountry: 'NO',
  timeZone: 'Europe/Oslo',
  firstDay: '',
  lastDay: '',
  countries: [{ country: 'NO', languages: [...(USUAL_WORKING_LANGUAGES.NO ?? [])] }],
  minCount: 5,
  retentionDays: 30,
});

const TIME_ZONES: string[] = (() => {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return ['Europe/Oslo', 'Europe/Brussels', 'Europe/Amsterdam', 'Atlantic/Reykjavik', 'Europe/Helsinki'];
  }
})();

interface WeekFormProps {
  initial: WeekFormValues;
  /** Editing an existing week: its code stays. */
  editing?: boolean;
  submitLabel: string;
  saving: boolean;
  /** Errors the server gave, by field (they replace the form's own). */
  serverErrors?: WeekFormErrors;
  onSubmit: (values: WeekFormValues) => void;
  onCancel?: () => void;
}

/**
 * A week's set-up: code, title, host, time zone, days, the countries with each one's working languages, k and
 * retention days. Checked with the API's own rules (weekSetupProblems) before anything is sent.
 */
export function WeekForm({
  initial,
  editing = false,
  submitLabel,
  saving,
  serverErrors,
  onSubmit,
  onCancel,
}: WeekFormProps) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const [values, setValues] = useState<WeekFormValues>(initial);
  const [localErrors, setLocalErrors] = useState<WeekFormErrors>({});
  const [touchedSinceServer, setTouched] = useState<Set<string>>(new Set());
  const errors: WeekFormErrors = {
    ...Object.fromEntries(Object.entries(serverErrors ?? {}).filter(([k]) => !touchedSinceServer.has(k))),
    ...localErrors,
  };

  const set = <K extends keyof WeekFormValues>(key: K, value: WeekFormValues[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    setLocalErrors((current) => ({ ...current, [key]: undefined }));
    setTouched((current) => new Set(current).add(key));
  };

  const countries = countryOptions(lng);
  const timeZones = useMemo(
    () => TIME_ZONES.map((zone) => ({ value: zone, label: `${zone} (${timeZoneName(zone, lng)})` })),
    [lng],
  );
  const languages = useMemo(
    () =>
      WORKING_LANGUAGES.map((code) => ({ value: code, label: languageName(code, lng) })).sort(byLabel(lng)),
    [lng],
  );

  const setCountries = (codes: string[]) => {
    set(
      'countries',
      codes.map(
        (country) =>
          values.countries.find((c) => c.country === country) ?? {
            country,
            languages: [...(USUAL_WORKING_LANGUAGES[country] ?? [])],
          },
      ),
    );
    setLocalErrors((current) => ({ ...current, languages: undefined }));
  };

  const setLanguages = (country: string, selected: string[]) => {
    set(
      'countries',
      values.countries.map((c) => (c.country === country ? { country, languages: selected } : c)),
    );
  };

  const message = (problem: WeekSetupProblem) =>
    t(`weekSetup.problem.${problem.code}`, {
      country: problem.country ? countryName(problem.country, lng) : '',
    });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: WeekFormErrors = {};
    if (!editing && !/^[A-Z0-9][A-Z0-9-]{1,39}$/.test(values.code)) found.code = t('weekSetup.problem.CODE');
    if (values.title.trim() === '') found.title = t('weekSetup.problem.REQUIRED');
    if (!values.hostCountry) found.hostCountry = t('weekSetup.problem.REQUIRED');
    if (!values.timeZone) found.timeZone = t('weekSetup.problem.REQUIRED');
    for (const problem of weekSetupProblems({
      hostCountry: values.hostCountry ?? '',
      firstDay: values.firstDay,
      lastDay: values.lastDay,
      timeZone: values.timeZone ?? '',
      countries: values.countries,
    })) {
      if (problem.code === 'NO_LANGUAGE' || problem.code === 'LANGUAGE_INVALID') {
        found.languages = { ...found.languages, [problem.country ?? '']: message(problem) };
      } else if (!found[problem.field]) found[problem.field] = message(problem);
    }
    setLocalErrors(found);
    if (Object.keys(found).length > 0) return;
    setTouched(new Set());
    onSubmit(values);
  };

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={t(editing ? 'weekSetup.form.editLabel' : 'weekSetup.form.createLabel')}
    >
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {editing ? (
            <div>
              <Text size="sm" fw={500}>
                {t('weekSetup.field.code')}
              </Text>
              <Text size="sm" ff="monospace">
                {values.code}
              </Text>
            </div>
          ) : (
            <TextInput
              label={t('weekSetup.field.code')}
              description={t('weekSetup.field.codeHint')}
              required
              maxLength={40}
              value={values.code}
              onChange={(event) => set('code', event.currentTarget.value.toUpperCase())}
              error={errors.code}
              data-autofocus
            />
          )}
          <TextInput
            label={t('weekSetup.field.title')}
            required
            maxLength={200}
            value={values.title}
            onChange={(event) => set('title', event.currentTarget.value)}
            error={errors.title}
          />
          <Select
            label={t('weekSetup.field.hostCountry')}
            data={countries}
            value={values.hostCountry}
            onChange={(value) => set('hostCountry', value)}
            searchable
            required
            nothingFoundMessage={t('weekSetup.form.nothingFound')}
            error={errors.hostCountry}
            comboboxProps={{ withinPortal: true }}
          />
          <Select
            label={t('weekSetup.field.timeZone')}
            data={timeZones}
            value={values.timeZone}
            onChange={(value) => set('timeZone', value)}
            searchable
            required
            limit={50}
            nothingFoundMessage={t('weekSetup.form.nothingFound')}
            error={errors.timeZone}
            comboboxProps={{ withinPortal: true }}
          />
          <DateField
            label={t('weekSetup.field.firstDay')}
            required
            value={values.firstDay}
            onChange={(value) => set('firstDay', value)}
            error={errors.firstDay}
          />
          <DateField
            label={t('weekSetup.field.lastDay')}
            required
            value={values.lastDay}
            onChange={(value) => set('lastDay', value)}
            error={errors.lastDay}
          />
        </SimpleGrid>

        <MultiSelect
          label={t('weekSetup.field.countries')}
          description={t('weekSetup.field.countriesHint')}
          data={countries}
          value={values.countries.map((c) => c.country)}
          onChange={setCountries}
          searchable
          required
          nothingFoundMessage={t('weekSetup.form.nothingFound')}
          error={errors.countries}
          comboboxProps={{ withinPortal: true }}
        />
        {values.countries.length > 0 && (
          <SimpleGrid cols={{ base: 1, sm: 2 }} role="group" aria-label={t('weekSetup.field.languagesGroup')}>
            {values.countries.map(({ country, languages: selected }) => (
              <MultiSelect
                key={country}
                label={t('weekSetup.field.languages', { country: countryName(country, lng) })}
                data={languages}
                value={selected}
                onChange={(value) => setLanguages(country, value)}
                searchable
                required
                nothingFoundMessage={t('weekSetup.form.nothingFound')}
                error={errors.languages?.[country]}
                comboboxProps={{ withinPortal: true }}
              />
            ))}
          </SimpleGrid>
        )}

        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberInput
            label={t('weekSetup.field.minCount')}
            description={t('weekSetup.field.minCountHint')}
            min={2}
            max={20}
            clampBehavior="strict"
            allowDecimal={false}
            value={values.minCount}
            onChange={(value) => set('minCount', Number(value) || 2)}
            error={errors.minCount}
          />
          <NumberInput
            label={t('weekSetup.field.retentionDays')}
            description={t('weekSetup.field.retentionDaysHint')}
            min={1}
            max={3650}
            clampBehavior="strict"
            allowDecimal={false}
            value={values.retentionDays}
            onChange={(value) => set('retentionDays', Number(value) || 1)}
            error={errors.retentionDays}
          />
        </SimpleGrid>

        <Group justify="flex-end" mt="sm">
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('actions.cancel')}
            </Button>
          )}
          <Button type="submit" loading={saving}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
