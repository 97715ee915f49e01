import { Badge, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { daysOf } from '@empact/domain';
import {
  collatorCompare,
  countryName,
  formatDay,
  formatDayRange,
  languageName,
  timeZoneName,
} from '../../lib/intl';
import type { ActionWeekItem } from './current-week';
import { WeekStatusBadge } from './week-status-badge';
import { WeekTwoFactorSwitch } from '../two-factor/week-two-factor-switch';

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <div>{children}</div>
    </div>
  );
}

export function WeekCard({ week }: { week: ActionWeekItem }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const compare = collatorCompare(lng);
  const countries = [...week.countries].sort((a, b) =>
    a.country === week.hostCountry
      ? -1
      : b.country === week.hostCountry
        ? 1
        : compare(countryName(a.country, lng), countryName(b.country, lng)),
  );

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={`week-${week.id}-title`}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div>
            <Text size="sm" c="dimmed" ff="monospace">
              {week.code}
            </Text>
            <Title order={3} id={`week-${week.id}-title`}>
              {week.title}
            </Title>
          </div>
          <WeekStatusBadge status={week.status} />
        </Group>

        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <Fact label={t('week.host')}>
            <Text size="sm">{countryName(week.hostCountry, lng)}</Text>
          </Fact>
          <Fact label={t('week.days')}>
            <Text size="sm">{formatDayRange(week.firstDay, week.lastDay, lng)}</Text>
            <Text size="xs" c="dimmed">
              {t('week.dayCount', { count: daysOf(week.firstDay, week.lastDay).length })}
            </Text>
          </Fact>
          <Fact label={t('week.timeZone')}>
            <Text size="sm">{timeZoneName(week.timeZone, lng)}</Text>
            <Text size="xs" c="dimmed" ff="monospace">
              {week.timeZone}
            </Text>
          </Fact>
        </SimpleGrid>

        <WeekTwoFactorSwitch week={week} />

        <Group gap={6} role="group" aria-label={t('week.days')}>
          {daysOf(week.firstDay, week.lastDay).map((day) => (
            <Badge key={day} variant="default" radius="sm" tt="none" fw={500}>
              {formatDay(day, lng)}
            </Badge>
          ))}
        </Group>

        <div>
          <Title order={4} size="h5" mb={4}>
            {t('week.countriesTitle', { count: week.countries.length })}
          </Title>
          <Table.ScrollContainer minWidth={360}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('common:field.country')}</Table.Th>
                  <Table.Th>{t('week.workingLanguages')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {countries.map((entry) => (
                  <Table.Tr key={entry.country}>
                    <Table.Td>
                      <Group gap={6} wrap="nowrap">
                        <Text size="sm">{countryName(entry.country, lng)}</Text>
                        {entry.country === week.hostCountry && (
                          <Badge size="xs" variant="light" color="grape">
                            {t('week.hostBadge')}
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        {entry.languages.map((language) => (
                          <Badge key={language} size="sm" variant="light" color="gray" tt="none" fw={500}>
                            {languageName(language, lng)}
                          </Badge>
                        ))}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </div>
      </Stack>
    </Card>
  );
}
