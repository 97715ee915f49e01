import { useCallback } from 'react';
import { Alert, Anchor, Card, Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useQuery } from 'urql';
import { serverErrors } from '../../graphql/errors';
import { loadOutcomesWords } from '../../i18n/lazy-sections';
import { numberFormat } from '../../lib/intl';
import { CountValue } from '../outcomes/count-table';
import { totalHours } from '../outcomes/outcome-figures';
import type { ActionWeekItem } from './current-week';
import { HomeOutcomesQuery } from './overview.documents';
import { useNow } from './use-now';

// A lazy chunk of its own (now-panel.tsx): the outcomes words stay out of the first download.
await loadOutcomesWords();

/**
 * A liaison's "now": the week's headline figures, the totals of the released outcomes (small counts hidden as the
 * outcomes page hides them, never exact), refreshed every half minute.
 */
export default function NowFigures({ week }: { week: ActionWeekItem }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: HomeOutcomesQuery,
    variables: { weekId: week.id },
    requestPolicy: 'cache-and-network',
  });
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  useNow(refresh);
  const outcomes = data?.outcomes;
  const count = numberFormat(lng);
  const decimal = numberFormat(lng, { maximumFractionDigits: 1 });
  const k = outcomes?.minCount ?? 0;
  const items = outcomes
    ? [
        {
          key: 'interactions',
          label: t('outcomes.summary.interactions'),
          value: <CountValue cell={outcomes.byCountryAndDay.grandTotal} minCount={k} format={count.format} />,
        },
        {
          key: 'youngPeople',
          label: t('outcomes.summary.youngPeople'),
          value: <CountValue cell={outcomes.youngPeople.grandTotal} minCount={k} format={count.format} />,
        },
        {
          key: 'referrals',
          label: t('outcomes.summary.referrals'),
          value: <CountValue cell={outcomes.referrals.grandTotal} minCount={k} format={count.format} />,
        },
        {
          key: 'held',
          label: t('outcomes.summary.sessionsHeld'),
          value: (
            <CountValue
              cell={outcomes.sessions.columnTotals[outcomes.sessions.columns.indexOf('HELD')] ?? EMPTY}
              minCount={k}
              format={count.format}
            />
          ),
        },
        {
          key: 'hours',
          label: t('outcomes.summary.patrolHours'),
          value: decimal.format(totalHours(outcomes.patrolHours)),
        },
      ]
    : [];

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="now-title" data-testid="now-panel">
      <Stack gap="md">
        <Group justify="space-between" align="baseline">
          <Title order={3} id="now-title">
            {t('now.figuresTitle')}
          </Title>
          <Anchor component={Link} to={`/weeks/${week.id}/outcomes`} size="sm">
            {t('now.openOutcomes')}
          </Anchor>
        </Group>
        <Text size="sm" c="dimmed">
          {t('now.figuresNote')}
        </Text>
        {fetching && !outcomes && <Loader size="sm" aria-label={t('state.loading')} />}
        {error && !outcomes && (
          <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert">
            {serverErrors(error, t('errors.network'))[0]?.message}
          </Alert>
        )}
        {outcomes && (
          <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="sm" component="dl" m={0}>
            {items.map((item) => (
              <Paper key={item.key} withBorder p="sm" radius="md" data-figure={item.key}>
                <Text component="dt" size="xs" c="dimmed">
                  {item.label}
                </Text>
                <Text component="dd" m={0} fw={700} fz="xl">
                  {item.value}
                </Text>
              </Paper>
            ))}
          </SimpleGrid>
        )}
      </Stack>
    </Card>
  );
}

const EMPTY = { value: 0, suppressed: false, pending: false };
