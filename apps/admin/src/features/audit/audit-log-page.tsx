import { useMemo, useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  Code,
  Group,
  Loader,
  Radio,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconDownload, IconFilterOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';
import {
  AUDIT_ACTIONS,
  AUDIT_OUTCOMES,
  AUDIT_PAGE_DEFAULT,
  AUDIT_PRESET_NAMES,
  AUDIT_TARGET_TYPES,
  type AuditLogFilter,
} from '@empact/domain';
import type { AuditEntryFieldsFragment } from '../../gql/graphql';
import { serverErrors } from '../../graphql/errors';
import { loadAuditLogWords } from '../../i18n/lazy-sections';
import { downloadExport } from '../../lib/download-export';
import { byLabel, countryName, formatInstant } from '../../lib/intl';
import { AuditActorsQuery, AuditLogQuery, WeekRetentionsQuery } from './audit.documents';
import { CHOICE_KEYS, choicesFrom, exportUrlOf, filterOf, type AuditChoices } from './audit-filter';
import { DayTimeFilter } from './day-time-filter';
import { RetentionPanel } from './retention-panel';

await loadAuditLogWords();

/**
 * The audit log for administrators and the data-protection officer: filters (kept in the address), the questions
 * asked most as presets, the entries newest first a page at a time, the same filter as CSV, and the weeks' retention.
 */
export default function AuditLogPage() {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const [params, setParams] = useSearchParams();
  const choices = useMemo(() => choicesFrom(params), [params]);
  const filter = useMemo(() => filterOf(choices), [choices]);
  const filterKey = JSON.stringify(filter);
  // Cursors of the pages loaded after the first, reset whenever the filter changes.
  const [more, setMore] = useState<{ key: string; cursors: string[] }>({ key: filterKey, cursors: [] });
  const cursors = more.key === filterKey ? more.cursors : [];
  const [exporting, setExporting] = useState(false);

  const set = (changes: Partial<AuditChoices>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );

  const [{ data: weeksData }] = useQuery({ query: WeekRetentionsQuery });
  const [{ data: actorsData }] = useQuery({ query: AuditActorsQuery });
  const weekOptions = (weeksData?.weekRetentions ?? []).map((week) => ({
    value: week.weekId,
    label: week.code,
  }));
  const actorOptions = (actorsData?.auditActors ?? []).map((actor) => ({
    value: actor.id,
    label: `${actor.displayName} <${actor.email}>`,
  }));
  const actionOptions = AUDIT_ACTIONS.map((action) => ({
    value: action,
    label: actionLabel(t, action),
  })).sort(byLabel(lng));
  const presetActions = choices.preset ? (filter.actions ?? []) : null;

  const exportCsv = async () => {
    setExporting(true);
    try {
      await downloadExport(exportUrlOf(filter, lng), 'audit-log.csv');
    } catch {
      notifications.show({ color: 'red', message: t('auditLog.exportFailed') });
    } finally {
      setExporting(false);
    }
  };

  return (
    <Stack gap="md" maw={1400}>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={2}>{t('auditLog.title')}</Title>
          <Text size="sm">{t('auditLog.intro')}</Text>
        </Stack>
        <Button
          leftSection={<IconDownload size={16} aria-hidden />}
          onClick={() => void exportCsv()}
          loading={exporting}
        >
          {t('auditLog.export')}
        </Button>
      </Group>

      <Radio.Group
        label={t('auditLog.preset.label')}
        value={choices.preset ?? 'none'}
        onChange={(value) => set({ preset: value === 'none' ? null : (value as AuditChoices['preset']) })}
      >
        <Group gap="md" mt={6}>
          <Radio value="none" label={t('auditLog.preset.none')} />
          {AUDIT_PRESET_NAMES.map((preset) => (
            <Radio key={preset} value={preset} label={t(`auditLog.preset.${preset}`)} />
          ))}
        </Group>
      </Radio.Group>

      <Group align="flex-end" gap="sm" role="search" aria-label={t('auditLog.filter.label')}>
        <Select
          label={t('auditLog.filter.week')}
          placeholder={t('auditLog.filter.allWeeks')}
          data={weekOptions}
          value={choices.weekId}
          onChange={(value) => set({ weekId: value })}
          searchable
          clearable
          nothingFoundMessage={t('auditLog.filter.nothingFound')}
          w={{ base: '100%', sm: 200 }}
        />
        <Select
          label={t('auditLog.filter.person')}
          placeholder={t('auditLog.filter.anyone')}
          data={actorOptions}
          value={choices.actorId}
          onChange={(value) => set({ actorId: value })}
          searchable
          clearable
          nothingFoundMessage={t('auditLog.filter.nothingFound')}
          w={{ base: '100%', sm: 300 }}
        />
        <Select
          label={t('auditLog.filter.action')}
          placeholder={
            presetActions
              ? presetActions.map((a) => actionLabel(t, a)).join(', ')
              : t('auditLog.filter.anyAction')
          }
          data={actionOptions}
          value={presetActions ? null : choices.action}
          onChange={(value) => set({ action: value })}
          disabled={!!presetActions?.length}
          searchable
          clearable
          nothingFoundMessage={t('auditLog.filter.nothingFound')}
          w={{ base: '100%', sm: 260 }}
        />
        <Select
          label={t('auditLog.filter.recordType')}
          placeholder={t('auditLog.filter.anyRecordType')}
          data={AUDIT_TARGET_TYPES.map((type) => ({ value: type, label: t(`auditLog.recordType.${type}`) }))}
          value={choices.preset === 'referralReads' ? 'Referral' : choices.targetType}
          onChange={(value) => set({ targetType: value })}
          disabled={choices.preset === 'referralReads'}
          clearable
          w={{ base: '100%', sm: 200 }}
        />
        <TextInput
          label={t('auditLog.filter.recordId')}
          description={t('auditLog.filter.recordIdHint')}
          value={choices.targetId ?? ''}
          onChange={(event) => set({ targetId: event.currentTarget.value.trim() || null })}
          w={{ base: '100%', sm: 320 }}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        />
        <DayTimeFilter
          dayLabel={t('auditLog.filter.from')}
          timeLabel={t('auditLog.filter.fromTime')}
          value={choices.from}
          onChange={(from) => set({ from })}
        />
        <DayTimeFilter
          dayLabel={t('auditLog.filter.to')}
          timeLabel={t('auditLog.filter.toTime')}
          value={choices.to}
          onChange={(to) => set({ to })}
          endOfDay
        />
        <Select
          label={t('auditLog.filter.outcome')}
          placeholder={t('auditLog.filter.anyOutcome')}
          data={AUDIT_OUTCOMES.map((outcome) => ({
            value: outcome,
            label: t(`auditLog.outcome.${outcome}`),
          }))}
          value={choices.preset === 'refusals' ? 'REFUSED' : choices.outcome}
          onChange={(value) => set({ outcome: value })}
          disabled={choices.preset === 'refusals'}
          clearable
          w={{ base: '100%', sm: 180 }}
        />
        <Button
          variant="default"
          leftSection={<IconFilterOff size={16} aria-hidden />}
          onClick={() => set(Object.fromEntries(CHOICE_KEYS.map((key) => [key, null])))}
        >
          {t('auditLog.filter.clear')}
        </Button>
      </Group>
      <Text size="sm">
        {t('auditLog.filter.timeZone', { zone: Intl.DateTimeFormat().resolvedOptions().timeZone })}
      </Text>

      {/* Wider than a laptop's screen with long ids: scrolled sideways, so it takes the keyboard's focus too. */}
      <Table.ScrollContainer minWidth={1100} type="native" tabIndex={0} aria-label={t('auditLog.tableLabel')}>
        <Table striped highlightOnHover aria-label={t('auditLog.tableLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('auditLog.column.at')}</Table.Th>
              <Table.Th>{t('auditLog.column.actor')}</Table.Th>
              <Table.Th>{t('auditLog.column.action')}</Table.Th>
              <Table.Th>{t('auditLog.column.target')}</Table.Th>
              <Table.Th>{t('auditLog.column.week')}</Table.Th>
              <Table.Th>{t('auditLog.column.outcome')}</Table.Th>
              <Table.Th>{t('auditLog.column.details')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <EntryPage
            key={`${filterKey}|first`}
            filter={filter}
            last={cursors.length === 0}
            onMore={(cursor) => setMore({ key: filterKey, cursors: [cursor] })}
          />
          {cursors.map((cursor, i) => (
            <EntryPage
              key={`${filterKey}|${cursor}`}
              filter={filter}
              after={cursor}
              last={i === cursors.length - 1}
              onMore={(next) => setMore({ key: filterKey, cursors: [...cursors, next] })}
            />
          ))}
        </Table>
      </Table.ScrollContainer>

      <RetentionPanel />
    </Stack>
  );
}

type T = ReturnType<typeof useTranslation>['t'];

function actionLabel(t: T, action: string): string {
  return t(`auditLog.action.${action}`, { defaultValue: action });
}

/** One page of entries (a table body); the last page loaded offers the next. */
function EntryPage({
  filter,
  after,
  last,
  onMore,
}: {
  filter: AuditLogFilter;
  after?: string;
  last: boolean;
  onMore: (cursor: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const [{ data, fetching, error }] = useQuery({
    query: AuditLogQuery,
    variables: {
      filter: { ...filter, actions: filter.actions ? [...filter.actions] : null },
      first: AUDIT_PAGE_DEFAULT,
      after,
    },
    requestPolicy: 'network-only',
  });
  const page = data?.auditLog;
  const next = last && page?.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  return (
    <Table.Tbody>
      {error && (
        <Table.Tr>
          <Table.Td colSpan={7}>
            <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert">
              {serverErrors(error, t('errors.network'))[0]?.message}
            </Alert>
          </Table.Td>
        </Table.Tr>
      )}
      {fetching && !page && (
        <Table.Tr>
          <Table.Td colSpan={7}>
            <Loader size="sm" aria-label={t('state.loading')} />
          </Table.Td>
        </Table.Tr>
      )}
      {page && !after && page.edges.length === 0 && (
        <Table.Tr>
          <Table.Td colSpan={7}>
            <Text size="sm" ta="center" py="md">
              {t('auditLog.empty')}
            </Text>
          </Table.Td>
        </Table.Tr>
      )}
      {page?.edges.map(({ node }) => (
        <EntryRow key={node.id} entry={node} lng={lng} />
      ))}
      {next && (
        <Table.Tr>
          <Table.Td colSpan={7}>
            <Group justify="center">
              <Button variant="default" onClick={() => onMore(next)}>
                {t('auditLog.loadMore')}
              </Button>
            </Group>
          </Table.Td>
        </Table.Tr>
      )}
    </Table.Tbody>
  );
}

function EntryRow({ entry, lng }: { entry: AuditEntryFieldsFragment; lng: string }) {
  const { t } = useTranslation();
  const refused = entry.outcome !== 'SUCCESS';
  return (
    <Table.Tr data-entry-id={entry.id}>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatInstant(entry.at, lng)}</Table.Td>
      <Table.Td>
        {entry.actor ? (
          <Stack gap={0}>
            <Text size="sm" fw={500}>
              {entry.actor.displayName}
            </Text>
            <Text size="sm">{entry.actor.email}</Text>
            <Text size="sm">
              {[
                ...entry.actor.roles.map((role) => t(`common:role.${role}`)),
                entry.actor.country ? countryName(entry.actor.country, lng) : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            </Text>
          </Stack>
        ) : (
          <Text size="sm">{t('auditLog.system')}</Text>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm">{actionLabel(t, entry.action)}</Text>
        <Code>{entry.action}</Code>
      </Table.Td>
      <Table.Td>
        {entry.targetType && (
          <Text size="sm">
            {t(`auditLog.recordType.${entry.targetType}`, { defaultValue: entry.targetType })}
          </Text>
        )}
        {entry.targetId && <Code style={{ whiteSpace: 'nowrap', fontSize: 11 }}>{entry.targetId}</Code>}
      </Table.Td>
      <Table.Td ff="monospace">{entry.weekCode ?? ''}</Table.Td>
      <Table.Td>
        <Badge color={refused ? 'red' : 'green'} variant={refused ? 'filled' : 'light'} size="sm">
          {refused ? entry.outcome : t('auditLog.outcome.SUCCESS')}
        </Badge>
      </Table.Td>
      <Table.Td>{entry.details && <EntryDetails details={entry.details} />}</Table.Td>
    </Table.Tr>
  );
}

/** An entry's details (ids, codes and counts, never free text) as one line per field rather than raw JSON. */
function EntryDetails({ details }: { details: string }) {
  let fields: [string, unknown][] | null = null;
  try {
    const parsed: unknown = JSON.parse(details);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) fields = Object.entries(parsed);
  } catch {
    fields = null;
  }
  if (!fields) return <Code style={{ wordBreak: 'break-all' }}>{details}</Code>;
  return (
    <Stack gap={2}>
      {fields.map(([key, value]) => (
        <Text key={key} size="xs" style={{ overflowWrap: 'anywhere' }}>
          <Text span size="xs" fw={600}>
            {key}
          </Text>
          : {typeof value === 'string' ? value : JSON.stringify(value)}
        </Text>
      ))}
    </Stack>
  );
}
