import { Alert, Card, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { serverErrors } from '../../graphql/errors';
import { formatInstant } from '../../lib/intl';
import { WeekStatusBadge } from '../overview/week-status-badge';
import { WeekRetentionsQuery } from './audit.documents';

/** Every week's retention of free texts: when they go (or went) and what the last run deleted. */
export function RetentionPanel() {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const [{ data, fetching, error }] = useQuery({ query: WeekRetentionsQuery });
  const weeks = data?.weekRetentions ?? [];

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="retention-title">
      <Stack gap="sm">
        <Title order={3} size="h4" id="retention-title">
          {t('auditLog.retention.title')}
        </Title>
        <Text size="sm">{t('auditLog.retention.intro')}</Text>
        {fetching && !data && <Loader size="sm" aria-label={t('state.loading')} />}
        {error && (
          <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert">
            {serverErrors(error, t('errors.network'))[0]?.message}
          </Alert>
        )}
        {data && (
          <Table.ScrollContainer minWidth={760}>
            <Table striped aria-label={t('auditLog.retention.tableLabel')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('auditLog.retention.week')}</Table.Th>
                  <Table.Th>{t('auditLog.retention.status')}</Table.Th>
                  <Table.Th>{t('auditLog.retention.closedAt')}</Table.Th>
                  <Table.Th>{t('auditLog.retention.days')}</Table.Th>
                  <Table.Th>{t('auditLog.retention.due')}</Table.Th>
                  <Table.Th>{t('auditLog.retention.lastRun')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {weeks.length === 0 && (
                  <Table.Tr>
                    <Table.Td colSpan={6}>{t('auditLog.retention.empty')}</Table.Td>
                  </Table.Tr>
                )}
                {weeks.map((week) => (
                  <Table.Tr key={week.weekId}>
                    <Table.Td ff="monospace">{week.code}</Table.Td>
                    <Table.Td>
                      <WeekStatusBadge status={week.status} />
                    </Table.Td>
                    <Table.Td>
                      {week.closedAt ? formatInstant(week.closedAt, lng) : t('auditLog.retention.notClosed')}
                    </Table.Td>
                    <Table.Td>{t('auditLog.retention.daysValue', { count: week.retentionDays })}</Table.Td>
                    <Table.Td>
                      {week.textsDeletedAt
                        ? t('auditLog.retention.deletedAt', { at: formatInstant(week.textsDeletedAt, lng) })
                        : week.textsDeletionDue
                          ? t('auditLog.retention.dueAt', { at: formatInstant(week.textsDeletionDue, lng) })
                          : t('auditLog.retention.afterClosing')}
                    </Table.Td>
                    <Table.Td>
                      {week.lastRun
                        ? t('auditLog.retention.run', {
                            at: formatInstant(week.lastRun.at, lng),
                            interactions: week.lastRun.interactions,
                            referrals: week.lastRun.referrals,
                          })
                        : t('auditLog.retention.notRun')}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Card>
  );
}
