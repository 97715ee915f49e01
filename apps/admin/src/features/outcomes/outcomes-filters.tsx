import { useCallback, useMemo } from 'react';
import { Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { daysOf } from '@empact/domain';
import { byLabel } from '../../lib/intl';
import type { OutcomeLabels } from './outcome-labels';

export interface OutcomeFilters {
  country: string | null;
  platform: string | null;
  day: string | null;
}

const KEYS = ['country', 'platform', 'day'] as const;

/**
 * The filters live in the address (?country=BE&day=2025-11-20), so that a reload, the back button or a link
 * shared with a colleague shows the same figures.
 */
export function useOutcomeFilters(): [
  OutcomeFilters,
  (key: keyof OutcomeFilters, value: string | null) => void,
] {
  const [params, setParams] = useSearchParams();
  const country = params.get('country');
  const platform = params.get('platform');
  const day = params.get('day');
  const filters = useMemo(() => ({ country, platform, day }), [country, platform, day]);
  const setFilter = useCallback(
    (key: keyof OutcomeFilters, value: string | null) =>
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          if (value) next.set(key, value);
          else next.delete(key);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  return [filters, setFilter];
}

/** True when any filter is set. */
export function isFiltered(filters: OutcomeFilters): boolean {
  return KEYS.some((key) => filters[key] !== null);
}

export function OutcomesFilterBar({
  filters,
  onChange,
  countries,
  platforms,
  firstDay,
  lastDay,
  labels,
}: {
  filters: OutcomeFilters;
  onChange: (key: keyof OutcomeFilters, value: string | null) => void;
  countries: readonly string[];
  platforms: readonly { code: string; name: string }[];
  firstDay: string | undefined;
  lastDay: string | undefined;
  labels: OutcomeLabels;
}) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const countryOptions = countries
    .map((code) => ({ value: code, label: labels.country(code) }))
    .sort(byLabel(lng));
  const platformOptions = platforms.map((platform) => ({ value: platform.code, label: platform.name }));
  const dayOptions =
    firstDay && lastDay
      ? daysOf(firstDay, lastDay).map((day) => ({ value: day, label: labels.day(day) }))
      : [];

  return (
    <Group gap="sm" align="flex-end" role="group" aria-label={t('outcomes.filters.label')}>
      <Select
        label={t('common:field.country')}
        placeholder={t('outcomes.filters.allCountries')}
        clearable
        value={filters.country}
        onChange={(value) => onChange('country', value)}
        data={countryOptions}
        w={200}
      />
      <Select
        label={t('outcomes.filters.platform')}
        placeholder={t('outcomes.filters.allPlatforms')}
        clearable
        value={filters.platform}
        onChange={(value) => onChange('platform', value)}
        data={platformOptions}
        w={200}
      />
      <Select
        label={t('outcomes.filters.day')}
        placeholder={t('outcomes.filters.allDays')}
        clearable
        value={filters.day}
        onChange={(value) => onChange('day', value)}
        data={dayOptions}
        w={200}
      />
    </Group>
  );
}
