import { useMemo, useState } from 'react';
import {
  Alert,
  Anchor,
  Button,
  Card,
  Group,
  List,
  Loader,
  Modal,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconLock, IconPlayerPlay } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { type CombinedError, useMutation, useQuery } from 'urql';
import { textsDeletionDue } from '@empact/domain';
import { serverErrors, splitFieldErrors } from '../../graphql/errors';
import { loadWeekSetupWords } from '../../i18n/lazy-sections';
import { countryName, formatDayRange, formatInstant, languageName, timeZoneName } from '../../lib/intl';
import { WeekStatusBadge } from '../overview/week-status-badge';
import { ReadinessList } from './readiness-list';
import { WEEK_FORM_FIELDS, WeekForm, type WeekFormErrors, type WeekFormValues } from './week-form';
import { formValuesOf, setupInputOf } from './week-values';
import {
  SetupWeekQuery,
  SetWeekStatusMutation,
  UpdateWeekMutation,
  WeekReadinessQuery,
  WeekRetentionQuery,
} from './weeks.documents';

await loadWeekSetupWords();

interface LiveSessionRef {
  id: string;
  startsAt: string;
  platform: string;
  countries: string[];
}

/** The live sessions a refusal to close lists (extensions.liveSessions of WEEK_HAS_LIVE_SESSIONS). */
function liveSessionsOf(error: CombinedError | undefined): LiveSessionRef[] {
  const refusal = error?.graphQLErrors.find((e) => e.extensions?.code === 'WEEK_HAS_LIVE_SESSIONS');
  const list = refusal?.extensions?.liveSessions;
  return Array.isArray(list) ? (list as LiveSessionRef[]) : [];
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="sm" fw={600}>
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </div>
  );
}

/** A week's set-up: edit it while it is planned, see what is missing, set it live, close it, follow its retention. */
export default function WeekSetupPage() {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const { weekId = '' } = useParams();
  const [{ data, fetching, error }, refetchWeek] = useQuery({
    query: SetupWeekQuery,
    variables: { id: weekId },
  });
  const week = data?.actionWeek;
  const open = week?.status === 'PLANNING' || week?.status === 'LIVE';
  const [readiness, refetchReadiness] = useQuery({
    query: WeekReadinessQuery,
    variables: { weekId },
    pause: !open,
    requestPolicy: 'cache-and-network',
  });
  const [retention, refetchRetention] = useQuery({
    query: WeekRetentionQuery,
    variables: { weekId },
    pause: week?.status !== 'CLOSED',
    requestPolicy: 'cache-and-network',
  });
  const [updateResult, update] = useMutation(UpdateWeekMutation);
  const [statusResult, setStatus] = useMutation(SetWeekStatusMutation);
  const [formErrors, setFormErrors] = useState<WeekFormErrors>({});
  const [confirm, setConfirm] = useState<'LIVE' | 'CLOSED' | null>(null);
  const [closeError, setCloseError] = useState<CombinedError | undefined>();

  const platforms = useMemo(
    () => new Map((data?.platforms ?? []).map((p) => [p.code, p.name])),
    [data?.platforms],
  );
  const platformName = (code: string) => platforms.get(code) ?? code;
  const items = readiness.data?.weekReadiness.items ?? [];

  if (error)
    return (
      <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert">
        {serverErrors(error, t('errors.network'))[0]?.message}
      </Alert>
    );
  if (!week) return fetching ? <Loader aria-label={t('state.loading')} /> : null;

  const save = async (values: WeekFormValues) => {
    const result = await update({ input: { id: week.id, version: week.version, ...setupInputOf(values) } });
    if (result.data) {
      setFormErrors({});
      notifications.show({ color: 'green', message: t('weekSetup.notify.saved', { code: week.code }) });
      refetchReadiness({ requestPolicy: 'network-only' });
      return;
    }
    const { fieldErrors, otherErrors } = splitFieldErrors(
      result.error,
      WEEK_FORM_FIELDS,
      t('errors.network'),
    );
    setFormErrors(fieldErrors);
    for (const other of otherErrors)
      notifications.show({ color: 'red', title: t('weekSetup.notify.saveFailed'), message: other.message });
  };

  const move = async (status: 'LIVE' | 'CLOSED') => {
    setCloseError(undefined);
    const result = await setStatus({ id: week.id, status });
    if (result.data) {
      setConfirm(null);
      notifications.show({
        color: 'green',
        message: t(status === 'LIVE' ? 'weekSetup.notify.live' : 'weekSetup.notify.closed', {
          code: week.code,
        }),
      });
      refetchWeek({ requestPolicy: 'network-only' });
      if (status === 'CLOSED') refetchRetention({ requestPolicy: 'network-only' });
      return;
    }
    if (status === 'CLOSED') setCloseError(result.error);
    else
      notifications.show({
        color: 'red',
        title: t('weekSetup.notify.statusFailed'),
        message: serverErrors(result.error, t('errors.network'))[0]?.message,
      });
  };

  // What closing now would mean for retention: the free texts go this many days from now.
  const deletionIfClosedNow = textsDeletionDue(new Date(), week.retentionDays).toISOString();
  const liveSessions = liveSessionsOf(closeError);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <div>
          <Text size="sm" ff="monospace">
            {week.code}
          </Text>
          <Title order={2}>{t('weekSetup.page.title', { title: week.title })}</Title>
        </div>
        <Group gap="sm">
          <WeekStatusBadge status={week.status} />
          <Anchor component={Link} to="/weeks" size="sm">
            {t('weekSetup.page.back')}
          </Anchor>
        </Group>
      </Group>

      <Card withBorder component="section" aria-labelledby="week-setup-details">
        <Title order={3} size="h4" id="week-setup-details" mb="sm">
          {t('weekSetup.page.details')}
        </Title>
        {week.status === 'PLANNING' ? (
          <WeekForm
            key={week.version}
            editing
            initial={formValuesOf(week)}
            submitLabel={t('weekSetup.form.save')}
            saving={updateResult.fetching}
            serverErrors={formErrors}
            onSubmit={(values) => void save(values)}
          />
        ) : (
          <Stack gap="sm">
            <Text size="sm">{t('weekSetup.page.fixed')}</Text>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <Fact label={t('weekSetup.field.hostCountry')}>{countryName(week.hostCountry, lng)}</Fact>
              <Fact label={t('weekSetup.list.days')}>{formatDayRange(week.firstDay, week.lastDay, lng)}</Fact>
              <Fact label={t('weekSetup.field.timeZone')}>
                {week.timeZone} ({timeZoneName(week.timeZone, lng)})
              </Fact>
              <Fact label={t('weekSetup.field.minCount')}>{week.minCount}</Fact>
              <Fact label={t('weekSetup.field.retentionDays')}>{week.retentionDays}</Fact>
            </SimpleGrid>
            <Fact label={t('weekSetup.field.countries')}>
              <List size="sm">
                {week.countries.map((c) => (
                  <List.Item key={c.country}>
                    {countryName(c.country, lng)}: {c.languages.map((l) => languageName(l, lng)).join(', ')}
                  </List.Item>
                ))}
              </List>
            </Fact>
          </Stack>
        )}
      </Card>

      {open && (
        <Card withBorder component="section" aria-labelledby="week-setup-readiness">
          <Group justify="space-between" mb="sm">
            <Title order={3} size="h4" id="week-setup-readiness">
              {t(week.status === 'LIVE' ? 'weekSetup.readiness.titleLive' : 'weekSetup.readiness.title')}
            </Title>
            {readiness.fetching && <Loader size="xs" aria-label={t('state.loading')} />}
          </Group>
          {readiness.error ? (
            <Alert color="red" role="alert">
              {serverErrors(readiness.error, t('errors.network'))[0]?.message}
            </Alert>
          ) : (
            readiness.data && <ReadinessList items={items} weekId={week.id} platformName={platformName} />
          )}
        </Card>
      )}

      {week.status === 'CLOSED' && (
        <Card withBorder component="section" aria-labelledby="week-setup-retention">
          <Title order={3} size="h4" id="week-setup-retention" mb="sm">
            {t('weekSetup.retention.title')}
          </Title>
          {retention.data && (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Fact label={t('weekSetup.retention.closedAt')}>
                {retention.data.weekRetention.closedAt
                  ? formatInstant(retention.data.weekRetention.closedAt, lng)
                  : '—'}
              </Fact>
              <Fact label={t('weekSetup.retention.due')}>
                <span data-testid="retention-due">
                  {retention.data.weekRetention.textsDeletionDue
                    ? formatInstant(retention.data.weekRetention.textsDeletionDue, lng)
                    : '—'}
                </span>
              </Fact>
              <Fact label={t('weekSetup.retention.deletedAt')}>
                {retention.data.weekRetention.textsDeletedAt
                  ? formatInstant(retention.data.weekRetention.textsDeletedAt, lng)
                  : t('weekSetup.retention.notYet')}
              </Fact>
              <Fact label={t('weekSetup.retention.lastRun')}>
                {retention.data.weekRetention.lastRun
                  ? t('weekSetup.retention.run', {
                      at: formatInstant(retention.data.weekRetention.lastRun.at, lng),
                      interactions: retention.data.weekRetention.lastRun.interactions,
                      referrals: retention.data.weekRetention.lastRun.referrals,
                      debriefs: retention.data.weekRetention.lastRun.debriefs,
                    })
                  : t('weekSetup.retention.noRun')}
              </Fact>
            </SimpleGrid>
          )}
          {retention.error && (
            <Alert color="red" role="alert">
              {serverErrors(retention.error, t('errors.network'))[0]?.message}
            </Alert>
          )}
        </Card>
      )}

      <Group>
        {week.status === 'PLANNING' && (
          <Button leftSection={<IconPlayerPlay size={16} aria-hidden />} onClick={() => setConfirm('LIVE')}>
            {t('weekSetup.live.action')}
          </Button>
        )}
        {week.status === 'LIVE' && (
          <Button
            color="red.8"
            leftSection={<IconLock size={16} aria-hidden />}
            onClick={() => {
              setCloseError(undefined);
              setConfirm('CLOSED');
            }}
          >
            {t('weekSetup.close.action')}
          </Button>
        )}
      </Group>

      <Modal
        opened={confirm === 'LIVE'}
        onClose={() => setConfirm(null)}
        title={t('weekSetup.live.title', { code: week.code })}
        size="lg"
      >
        <Stack gap="sm">
          {items.length > 0 ? (
            <>
              <Text size="sm">{t('weekSetup.live.missing', { count: items.length })}</Text>
              <ReadinessList items={items} weekId={week.id} platformName={platformName} links={false} />
            </>
          ) : (
            <Text size="sm">{t('weekSetup.live.ready')}</Text>
          )}
          <Text size="sm">{t('weekSetup.live.explain')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirm(null)}>
              {t('actions.cancel')}
            </Button>
            <Button loading={statusResult.fetching} onClick={() => void move('LIVE')}>
              {items.length > 0 ? t('weekSetup.live.confirmAnyway') : t('weekSetup.live.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>

      <Modal
        opened={confirm === 'CLOSED'}
        onClose={() => setConfirm(null)}
        title={t('weekSetup.close.title', { code: week.code })}
        size="lg"
      >
        <Stack gap="sm">
          <Text size="sm">{t('weekSetup.close.loggingStops')}</Text>
          <Text size="sm">
            {t('weekSetup.close.retention', {
              days: week.retentionDays,
              date: formatInstant(deletionIfClosedNow, lng),
            })}
          </Text>
          {closeError && (
            <Alert
              color="red"
              icon={<IconAlertCircle aria-hidden />}
              role="alert"
              title={t('weekSetup.close.refused')}
            >
              <Text size="sm">{serverErrors(closeError, t('errors.network'))[0]?.message}</Text>
              {liveSessions.length > 0 && (
                <List size="sm" mt="xs" aria-label={t('weekSetup.close.liveSessions')}>
                  {liveSessions.map((session) => (
                    <List.Item key={session.id}>
                      {t('weekSetup.close.liveSession', {
                        platform: platformName(session.platform),
                        starts: formatInstant(session.startsAt, lng),
                        countries: session.countries.map((c) => countryName(c, lng)).join(', '),
                      })}
                    </List.Item>
                  ))}
                </List>
              )}
              {liveSessions.length > 0 && (
                <Anchor component={Link} to={`/weeks/${week.id}/board`} size="sm">
                  {t('weekSetup.close.toBoard')}
                </Anchor>
              )}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirm(null)}>
              {t('actions.cancel')}
            </Button>
            <Button color="red.8" loading={statusResult.fetching} onClick={() => void move('CLOSED')}>
              {t('weekSetup.close.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
