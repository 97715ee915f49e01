import { Alert, Card, Grid, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { serverErrors } from '../../graphql/errors';
import { countryName, formatDayRange } from '../../lib/intl';
import { AccountCard } from './account-card';
import { NowPanel } from './now-panel';
import { pickCurrentWeek, useActionWeeks } from './current-week';
import { WeekCard } from './week-card';
import { WeekStatusBadge } from './week-status-badge';

export function OverviewPage() {
  const { t, i18n } = useTranslation();
  const [{ data, fetching, error }] = useActionWeeks();
  const weeks = data?.actionWeeks ?? [];
  const current = pickCurrentWeek(weeks);
  const others = weeks.filter((week) => week.id !== current?.id);

  return (
    <Stack gap="lg" maw={1200}>
      <Title order={2}>{t('overview.title')}</Title>
      {current && current.status !== 'CLOSED' && <NowPanel week={current} />}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="lg">
            {fetching && !data && <Loader size="sm" aria-label={t('state.loading')} />}
            {error && !data && (
              <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert">
                {serverErrors(error, t('errors.network'))[0]?.message}
              </Alert>
            )}
            {data && !current && (
              <Card withBorder>
                <Text c="dimmed">{t('overview.noWeeks')}</Text>
              </Card>
            )}
            {current && <WeekCard week={current} />}
            {others.length > 0 && (
              <Card withBorder padding="md">
                <Title order={3} size="h5" mb="xs">
                  {t('overview.otherWeeks')}
                </Title>
                <Table.ScrollContainer minWidth={560}>
                  <Table striped>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('week.code')}</Table.Th>
                        <Table.Th>{t('week.title')}</Table.Th>
                        <Table.Th>{t('week.host')}</Table.Th>
                        <Table.Th>{t('week.days')}</Table.Th>
                        <Table.Th>{t('week.statusLabel')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {others.map((week) => (
                        <Table.Tr key={week.id}>
                          <Table.Td ff="monospace">{week.code}</Table.Td>
                          <Table.Td>{week.title}</Table.Td>
                          <Table.Td>{countryName(week.hostCountry, i18n.language)}</Table.Td>
                          <Table.Td>{formatDayRange(week.firstDay, week.lastDay, i18n.language)}</Table.Td>
                          <Table.Td>
                            <WeekStatusBadge status={week.status} />
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              </Card>
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <AccountCard />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
