import { Fieldset, Select, SimpleGrid, Text } from '@mantine/core';
import { IconUsersGroup } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { countryName } from '../../lib/intl';
import { type PlanningPerson, type PlanningProfile, type RosterValues, teamOf } from './use-session-form';

const ROSTER_FIELDS = ['operatorOneId', 'operatorTwoId', 'teamLeaderId'] as const;
const ROSTER_POSITION = {
  operatorOneId: 'OPERATOR_ONE',
  operatorTwoId: 'OPERATOR_TWO',
  teamLeaderId: 'TEAM_LEADER',
} as const;
// The team's roles, as shown beside each name: a team leader first.
const TEAM_ROLES = ['TEAM_LEADER', 'OPERATOR'] as const;

interface RosterFieldsProps {
  country: string;
  roster: RosterValues;
  /** Everyone who may be planned; the country's operators and team leaders are offered. */
  people: readonly PlanningPerson[];
  /** The active profiles of the chosen platform; the country's own are offered. */
  profiles: readonly PlanningProfile[];
  platform: string | null;
  /** What is wrong at each field (the same person twice, or the API's refusal there). */
  errorAt: (field: keyof RosterValues) => string | undefined;
  /** The positions were filled from the country's team. */
  prefilled: boolean;
  onChange: (key: keyof RosterValues, value: string | null) => void;
}

/** One country's roster of a session: its three positions and the police profile Operator One uses. */
export function RosterFields({
  country,
  roster,
  people,
  profiles,
  platform,
  errorAt,
  prefilled,
  onChange,
}: RosterFieldsProps) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  // Each person with their role beside the name, so that a coordinator sees who leads and who operates.
  const team = teamOf(people, country, lng).map((person) => ({
    value: person.id,
    label: t('board.form.personWithRole', {
      name: person.displayName,
      role: TEAM_ROLES.filter((role) => person.roles.includes(role))
        .map((role) => t(`common:role.${role}`))
        .join(', '),
    }),
  }));
  const profileOptions = profiles
    .filter((profile) => profile.country === country)
    .map((profile) => ({ value: profile.id, label: profile.displayName }));
  return (
    <Fieldset legend={t('board.form.rosterOf', { country: countryName(country, lng) })} p="sm">
      {prefilled && (
        <Text size="sm" mb="xs">
          <IconUsersGroup size={14} aria-hidden /> {t('board.form.teamPrefilled')}
        </Text>
      )}
      {people.length > 0 && team.length === 0 && (
        <Text size="sm" mb="xs">
          {t('board.form.noTeam', { country: countryName(country, lng) })}
        </Text>
      )}
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
            error={errorAt(key)}
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
          error={errorAt('profileId')}
        />
      </SimpleGrid>
    </Fieldset>
  );
}
