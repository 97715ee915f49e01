import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  Alert,
  Center,
  Grid,
  Group,
  Loader,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconAlertCircle, IconAlertTriangle, IconInfoCircle, IconShieldCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { AGE_BANDS, can, OUTCOMES, RECEIVING_UNITS, TOPICS } from '@empact/domain';
import { toActor, useAccount } from '../../auth/use-session';
import type { OutcomesQuery as OutcomesQueryResult } from '../../gql/graphql';
import { serverErrors } from '../../graphql/errors';
import { loadOutcomesWords } from '../../i18n/lazy-sections';
import { dateTimeFormat, timeZoneName } from '../../lib/intl';
import { CountTable, CountValue } from './count-table';
import { DebriefDigestPanel } from './debrief-digest-panel';
import { TopicChart, TrendChart } from './outcome-charts';
import { columnTotal, type CountTableData, hasSuppressed, inOrder, totalHours } from './outcome-figures';
import { type KeyLabel, type OutcomeLabels, useOutcomeLabels } from './outcome-labels';
import { OutcomesExport } from './outcomes-export';
import { isFiltered, type OutcomeFilters, OutcomesFilterBar, useOutcomeFilters } from './outcomes-filters';
import { OutcomesQuery, OutcomesWeekQuery } from './outcomes.documents';
import { usePollWhileVisible } from './use-poll-while-visible';
import classes from './outcomes.module.css';

await loadOutcomesWords();

const NO_PLATFORMS: { code: string; name: string }[] = [];

type Outcomes = OutcomesQueryResult['outcomes'];

/** Columns of the vocabulary tables in the order people know them from the log form. */
function inVocabularyOrder(outcomes: Outcomes): Outcomes {
  return {
    ...outcomes,
    byTopic: inOrder(outcomes.byTopic, TOPICS),
    byAgeBand: inOrder(outcomes.byAgeBand, AGE_BANDS),
    byOutcome: inOrder(outcomes.byOutcome, OUTCOMES),
    referrals: inOrder(outcomes.referrals, RECEIVING_UNITS),
  };
}

/**
 * The week's consolidated, anonymised figures for coordinators and Europol liaisons: charts with the same figures
 * in tables beside them, small counts suppressed (coordinators may ask for the exact ones, audited), filters,
 * downloads and the English debrief summaries.
 */
export default function OutcomesPage() {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const { weekId = '' } = useParams();
  const actor = toActor(useAccount());
  const mayUnsuppress = can(actor, 'outcomes.unsuppressed');
  const [exact, setExact] = useState(false);
  const [filters, setFilter] = useOutcomeFilters();
  const [{ data: weekData, error: weekError }] = useQuery({
    query: OutcomesWeekQuery,
    variables: { weekId },
  });
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: OutcomesQuery,
    variables: { weekId, filter: filters, unsuppressed: mayUnsuppress && exact ? true : null },
    // Cached figures show at once when coming back to the page; fresh ones follow.
    requestPolicy: 'cache-and-network',
  });
  const refetch = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  usePollWhileVisible(refetch);

  // The API words its refusals in the reader's language: ask again when the language changes.
  const shownLanguage = useRef(lng);
  useEffect(() => {
    if (shownLanguage.current === lng) return;
    shownLanguage.current = lng;
    refetch();
  }, [lng, refetch]);

  const [updatedAt, setUpdatedAt] = useState<Date | null>(null);
  useEffect(() => {
    if (data) setUpdatedAt(new Date());
  }, [data]);

  const week = weekData?.actionWeek;
  const labels = useOutcomeLabels(weekData?.platforms ?? NO_PLATFORMS);
  const outcomes = useMemo(() => data && inVocabularyOrder(data.outcomes), [data]);
  const problem = serverErrors(error ?? weekError, t('errors.network'))[0];

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" gap="sm">
        <div>
          <Title order={2}>{t('outcomes.title')}</Title>
          <Text size="sm" c="dimmed">
            {week ? `${week.code} · ${week.title} — ` : ''}
            {t('outcomes.subtitle')}
          </Text>
        </div>
        {updatedAt && outcomes && (
          <Text size="xs" c="dimmed">
            {t('outcomes.updated', {
              time: dateTimeFormat(lng, {
                hour: '2-digit',
                minute: '2-digit',
                second: '2-digit',
                timeZoneName: 'short',
              }).format(updatedAt),
            })}
          </Text>
        )}
      </Group>

      <Group justify="space-between" align="flex-end" gap="md">
        <OutcomesFilterBar
          filters={filters}
          onChange={setFilter}
          countries={week?.countries.map((entry) => entry.country) ?? []}
          platforms={weekData?.platforms ?? NO_PLATFORMS}
          firstDay={week?.firstDay}
          lastDay={week?.lastDay}
          labels={labels}
        />
        {mayUnsuppress && (
          <Switch
            label={t('outcomes.exact.label')}
            description={t('outcomes.exact.description')}
            checked={exact}
            onChange={(event) => setExact(event.currentTarget.checked)}
            maw={360}
          />
        )}
      </Group>

      {problem && (
        <Alert
          color={problem.code === 'BAD_USER_INPUT' ? 'blue' : 'red'}
          icon={
            problem.code === 'BAD_USER_INPUT' ? (
              <IconInfoCircle aria-hidden />
            ) : (
              <IconAlertCircle aria-hidden />
            )
          }
          role="alert"
        >
          {problem.message}
        </Alert>
      )}
      {!outcomes && !problem && fetching && (
        <Center h="30vh">
          <Loader aria-label={t('state.loading')} />
        </Center>
      )}

      {outcomes && (
        <OutcomesView
          outcomes={outcomes}
          labels={labels}
          filters={filters}
          timeZone={week?.timeZone}
          exportPanel={
            <OutcomesExport
              weekId={weekId}
              weekCode={week?.code}
              filters={filters}
              exact={!outcomes.suppressed}
            />
          }
        />
      )}
      {outcomes && <DebriefDigestPanel weekId={weekId} country={filters.country} labels={labels} />}
    </Stack>
  );
}

function OutcomesView({
  outcomes,
  labels,
  filters,
  timeZone,
  exportPanel,
}: {
  outcomes: Outcomes;
  labels: OutcomeLabels;
  filters: OutcomeFilters;
  timeZone: string | undefined;
  exportPanel: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const [perDay, setPerDay] = useState<'countries' | 'total'>('countries');
  const k = outcomes.minCount;
  const table = (
    id: string,
    caption: string,
    data: CountTableData,
    rowHeader: string,
    rowLabel: KeyLabel,
    columnLabel: KeyLabel,
    heat = false,
  ) => (
    <CountTable
      id={id}
      caption={caption}
      table={data}
      minCount={k}
      rowHeader={rowHeader}
      rowLabel={rowLabel}
      columnLabel={columnLabel}
      format={labels.number}
      heat={heat}
      empty={t('outcomes.noFigures')}
    />
  );
  const country = t('common:field.country');
  const chartNote = (data: CountTableData) =>
    hasSuppressed(data) ? t('outcomes.chart.suppressedNote') : t('outcomes.chart.sameFigures');
  const protection = outcomes.protection;
  const hasFigures = (data: CountTableData) => data.grandTotal.suppressed || (data.grandTotal.value ?? 0) > 0;
  const ignored = (names: (keyof OutcomeFilters)[]) =>
    names.some((name) => filters[name] !== null) ? (
      <Text size="xs" c="dimmed">
        {t('outcomes.filters.notApplied', {
          filters: names
            .filter((name) => filters[name] !== null)
            .map((name) => t(`outcomes.filters.${name}`))
            .join(', '),
        })}
      </Text>
    ) : null;
  const zone = timeZone ? timeZoneName(timeZone, i18n.language) : '';

  return (
    <>
      {protection.method === 'EXACT' ? (
        <Alert
          color="orange"
          variant="light"
          icon={<IconAlertTriangle aria-hidden />}
          title={t('outcomes.exact.title')}
        >
          {t('outcomes.exact.warning')} {t('outcomes.protection.exact')}
        </Alert>
      ) : (
        <Alert
          color="gray"
          variant="light"
          icon={<IconShieldCheck aria-hidden />}
          title={t('outcomes.protection.title')}
          data-protection={protection.method}
          // A standing note, not news: read in its place rather than announced on every refresh.
          role="note"
        >
          {t('outcomes.protection.cellKey', {
            max: protection.maxPerturbation,
            typical: protection.typicalPerturbation,
            hidden: protection.minCount - 1,
          })}{' '}
          {t('outcomes.protection.policeShort')}
        </Alert>
      )}

      <Summary outcomes={outcomes} labels={labels} />
      {!hasFigures(outcomes.byCountryAndDay) && (
        <Text c="dimmed">{isFiltered(filters) ? t('outcomes.emptyFiltered') : t('outcomes.empty')}</Text>
      )}
      {exportPanel}

      <Section id="outcomes-topics" title={t('outcomes.topics.title')}>
        {hasFigures(outcomes.byTopic) && (
          <TopicChart
            table={outcomes.byTopic}
            labels={labels}
            description={t('outcomes.topics.chart')}
            note={chartNote(outcomes.byTopic)}
            minCount={k}
          />
        )}
        {table(
          'outcomes-topics-table',
          t('outcomes.topics.caption'),
          outcomes.byTopic,
          country,
          labels.country,
          labels.topic,
        )}
      </Section>

      <Section
        id="outcomes-days"
        title={t('outcomes.days.title')}
        aside={
          <SegmentedControl
            size="xs"
            value={perDay}
            onChange={(value) => setPerDay(value === 'total' ? 'total' : 'countries')}
            data={[
              { value: 'countries', label: t('outcomes.days.perCountry') },
              { value: 'total', label: t('outcomes.days.allCountries') },
            ]}
            aria-label={t('outcomes.days.lines')}
          />
        }
      >
        {hasFigures(outcomes.byCountryAndDay) && (
          <TrendChart
            table={outcomes.byCountryAndDay}
            labels={labels}
            total={perDay === 'total'}
            description={
              perDay === 'total' ? t('outcomes.days.chartTotal') : t('outcomes.days.chartPerCountry')
            }
            note={t('outcomes.chart.sameFigures')}
          />
        )}
        {table(
          'outcomes-days-table',
          t('outcomes.days.caption', { zone }),
          outcomes.byCountryAndDay,
          country,
          labels.country,
          labels.day,
        )}
      </Section>

      <Section id="outcomes-platforms" title={t('outcomes.platforms.title')}>
        {table(
          'outcomes-platforms-table',
          t('outcomes.platforms.caption'),
          outcomes.byPlatform,
          country,
          labels.country,
          labels.platform,
          true,
        )}
      </Section>

      <Section id="outcomes-young-people" title={t('outcomes.youngPeople.title')}>
        {table(
          'outcomes-young-people-table',
          t('outcomes.youngPeople.caption'),
          outcomes.youngPeople,
          country,
          labels.country,
          labels.day,
        )}
      </Section>

      <Section id="outcomes-age-bands" title={t('outcomes.ageBands.title')}>
        {table(
          'outcomes-age-bands-table',
          t('outcomes.ageBands.caption'),
          outcomes.byAgeBand,
          country,
          labels.country,
          labels.ageBand,
        )}
      </Section>

      <Section id="outcomes-endings" title={t('outcomes.endings.title')}>
        {table(
          'outcomes-endings-table',
          t('outcomes.endings.caption'),
          outcomes.byOutcome,
          country,
          labels.country,
          labels.outcome,
        )}
      </Section>

      <Section id="outcomes-languages" title={t('outcomes.languages.title')}>
        {table(
          'outcomes-languages-table',
          t('outcomes.languages.caption'),
          outcomes.byLanguage,
          country,
          labels.country,
          labels.language,
        )}
      </Section>

      <Section id="outcomes-referrals" title={t('outcomes.referrals.title')}>
        {table(
          'outcomes-referrals-table',
          t('outcomes.referrals.caption'),
          outcomes.referrals,
          t('outcomes.referrals.urgency'),
          labels.urgency,
          labels.receivingUnit,
        )}
        {ignored(['platform', 'day'])}
      </Section>

      {/* The two narrow tables side by side on a wide screen. */}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <Section id="outcomes-sessions" title={t('outcomes.sessions.title')}>
            {table(
              'outcomes-sessions-table',
              t('outcomes.sessions.caption'),
              outcomes.sessions,
              country,
              labels.country,
              labels.sessionState,
            )}
            {ignored(['day'])}
            <Text size="xs" c="dimmed">
              {t('outcomes.protection.police')}
            </Text>
          </Section>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <Section id="outcomes-hours" title={t('outcomes.hours.title')}>
            <PatrolHoursTable hours={outcomes.patrolHours} labels={labels} />
            {ignored(['platform', 'day'])}
          </Section>
        </Grid.Col>
      </Grid>
    </>
  );
}

function Section({
  id,
  title,
  aside,
  children,
}: {
  id: string;
  title: string;
  aside?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={id}>
      <Group justify="space-between" align="center" mb="xs" gap="sm">
        <Title order={3} size="h4" id={id}>
          {title}
        </Title>
        {aside}
      </Group>
      <Stack gap="sm">{children}</Stack>
    </Paper>
  );
}

/** The headline figures: each a total of one of the tables, suppressed like the table's own total. */
function Summary({ outcomes, labels }: { outcomes: Outcomes; labels: OutcomeLabels }) {
  const { t } = useTranslation();
  const k = outcomes.minCount;
  const items: { key: string; label: string; value: ReactNode }[] = [
    {
      key: 'interactions',
      label: t('outcomes.summary.interactions'),
      value: <CountValue cell={outcomes.byCountryAndDay.grandTotal} minCount={k} format={labels.number} />,
    },
    {
      key: 'youngPeople',
      label: t('outcomes.summary.youngPeople'),
      value: <CountValue cell={outcomes.youngPeople.grandTotal} minCount={k} format={labels.number} />,
    },
    {
      key: 'referrals',
      label: t('outcomes.summary.referrals'),
      value: <CountValue cell={outcomes.referrals.grandTotal} minCount={k} format={labels.number} />,
    },
    {
      key: 'held',
      label: t('outcomes.summary.sessionsHeld'),
      value: (
        <CountValue
          cell={columnTotal(outcomes.sessions, 'HELD') ?? { value: 0, suppressed: false, pending: false }}
          minCount={k}
          format={labels.number}
        />
      ),
    },
    {
      key: 'hours',
      label: t('outcomes.summary.patrolHours'),
      value: labels.hours(totalHours(outcomes.patrolHours)),
    },
  ];
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="sm" component="dl" m={0}>
      {items.map((item) => (
        <Paper key={item.key} withBorder p="sm" radius="md">
          <Text component="dt" size="xs" c="dimmed">
            {item.label}
          </Text>
          <Text component="dd" m={0} fw={700} fz="xl" className={classes.countTable}>
            {item.value}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}

/** Hours are not counts of people: never suppressed, shown to a tenth. */
function PatrolHoursTable({ hours, labels }: { hours: Outcomes['patrolHours']; labels: OutcomeLabels }) {
  const { t } = useTranslation();
  if (hours.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('outcomes.noFigures')}
      </Text>
    );
  return (
    <Table withTableBorder withColumnBorders captionSide="top" className={classes.countTable}>
      <Table.Caption className={classes.caption}>{t('outcomes.hours.caption')}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('common:field.country')}</Table.Th>
          <Table.Th scope="col" className={classes.number}>
            {t('outcomes.hours.hours')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {hours.map((entry) => (
          <Table.Tr key={entry.country}>
            <Table.Th scope="row">{labels.country(entry.country)}</Table.Th>
            <Table.Td className={classes.number}>{labels.hours(entry.hours)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
      <Table.Tfoot>
        <Table.Tr>
          <Table.Th scope="row">{t('outcomes.table.total')}</Table.Th>
          <Table.Td className={classes.total}>{labels.hours(totalHours(hours))}</Table.Td>
        </Table.Tr>
      </Table.Tfoot>
    </Table>
  );
}
