import { Fieldset, Select, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { byLabel, countryName } from '../../lib/intl';
import type { PlanningPerson, PlanningProfile, RosterValues } from './use-session-form';

const ROSTER_FIELDS = ['operatorOneId', 'operatorTwoId', 'teamLeaderId'] as const;
const ROSTER_POSITION = {
  operatorOneId: 'OPERATOR_ONE',
  operatorTwoId: 'OPERATOR_TWO',
  teamLeaderId: 'TEAM_LEADER',
} as const;

interface RosterFieldsProps {
  country: string;
  roster: RosterValues;
  /** Everyone who may be planned; the country's operators and team leaders are offered. */
  people: readonly PlanningPerson[];
  /** The active profiles of the chosen platform; the country's own are offered. */
  profiles: readonly PlanningProfile[];
  platform: string | null;
  onChange: (key: keyof RosterValues, value: string | null) => void;
}

/** One country's roster of a session: its three positions and the police profile Operator One uses. */
export function RosterFields({ country, roster, people, profiles, platform, onChange }: RosterFieldsProps) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const team = people
    .filter(
      (person) =>
        person.country === country &&
        person.roles.some((role) => role === 'OPERATOR' || role === 'TEAM_LEADER'),
    )
    .map((person) => ({ value: person.id, label: person.displayName }))
    .sort(byLabel(lng));
  const profileOptions = profiles
    .filter((profile) => profile.country === country)
    .map((profile) => ({ value: profile.id, label: profile.displayName }));
  return (
    <Fieldset legend={t('board.form.rosterOf', { country: countryName(country, lng) })} p="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
        {ROSTER_FIELDS.map((key) => (
          <Select
            key={key}
            label={t(`common:position.${ROSTER_POSITION[key]}`)}
            data={team}
            value={roster[key]}
            onChange={(value) => onChange(key, value)}
            clearable
            searchable
            nothingFoundMessage={t('board.form.nothingFound')}
          />
        ))}
        <Select
          label={t('board.field.profile')}
          description={platform ? undefined : t('board.form.profileNeedsPlatform')}
          data={profileOptions}
          value={roster.profileId}
          onChange={(value) => onChange('profileId', value)}
          disabled={!platform}
          clearable
          nothingFoundMessage={t('board.form.nothingFound')}
        />
      </SimpleGrid>
    </Fieldset>
  );
}
