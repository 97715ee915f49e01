import { useEffect, useMemo, useState } from 'react';
import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Center,
  Grid,
  Group,
  Loader,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconAlertCircle,
  IconClipboardText,
  IconCloudUpload,
  IconPencil,
  IconSpeakerphone,
  IconTrash,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { can, LOGGING_WINDOW_HOURS, loggingOpen } from '@empact/domain';
import { toActor, useAccount } from '../../auth/use-session';
import type { InteractionFieldsFragment } from '../../gql/graphql';
import { serverErrors } from '../../graphql/errors';
import { UnreadGuidancePanel } from '../guidance/unread-guidance-panel';
import { ReferralDialog } from '../referrals/referral-dialog';
import { platformColor } from '../schedule/platform-color';
import { formatTimeRange, formatZonedDay, viewerTimeZone } from '../schedule/zoned-time';
import { InteractionCard } from './interaction-card';
import { defaultNotesLanguage, type InteractionDraft } from './interaction-draft';
import {
  DeleteInteractionMutation,
  InteractionsQuery,
  SessionLogQuery,
  SessionTotalsQuery,
  SessionWeekQuery,
} from './logging.documents';
import { outbox, type OutboxEntry } from './outbox';
import { useOutbox } from './outbox-sync';
import { QuickLogForm } from './quick-log-form';

// An empty log has no typename to watch: name it, so that the first entry refreshes it.
const LOG_CONTEXT = { additionalTypenames: ['Interaction'] };
const TOTALS_CONTEXT = { additionalTypenames: ['Interaction', 'Referral'] };
/** Teammates log on the same session: their entries appear within this time. */
const REFRESH_MS = 30_000;

function draftOfQueued(entry: OutboxEntry): InteractionDraft {
  const { input } = entry;
  return {
    topics: [...input.topics],
    ageBand: input.ageBand,
    outcome: input.outcome,
    channel: input.channel,
    initiatedBy: input.initiatedBy,
    tone: input.tone,
    youngPeople: input.youngPeople,
    durationMinutes: input.durationMinutes,
    notes: input.notes,
    notesLanguage: input.notesLanguage,
    summaryEn: input.summaryEn ?? '',
  };
}

/**
 * /sessions/:sessionId: one patrol session as its team lives it. The quick log on one side, the session's log on
 * the other, the running totals above. Entries logged without a connection wait in the browser and are shown
 * here until the API has them.
 */
export default function SessionLogPage() {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const { sessionId = '' } = useParams();
  const account = useAccount();
  const actor = toActor(account);
  const [editing, setEditing] = useState<InteractionFieldsFragment | null>(null);
  const [referring, setReferring] = useState<InteractionFieldsFragment | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const [prefill, setPrefill] = useState<{ draft: InteractionDraft; key: string } | null>(null);
  const [now, setNow] = useState(() => new Date());

  const [{ data: sessionData, error: sessionError }] = useQuery({
    query: SessionLogQuery,
    variables: { sessionId },
  });
  const session = sessionData?.patrolSession;
  const [{ data: weekData }] = useQuery({
    query: SessionWeekQuery,
    variables: { weekId: session?.weekId ?? '' },
    pause: !session,
  });
  const week = weekData?.actionWeek;
  const [{ data: totalsData }, refetchTotals] = useQuery({
    query: SessionTotalsQuery,
    variables: { sessionId },
    context: TOTALS_CONTEXT,
  });
  const [{ data: logData, error: logError }, refetchLog] = useQuery({
    query: InteractionsQuery,
    variables: { filter: { weekId: session?.weekId ?? '', sessionId }, first: 200 },
    pause: !session,
    context: LOG_CONTEXT,
  });
  const [deleteResult, deleteInteraction] = useMutation(DeleteInteractionMutation);

  const queued = useOutbox().filter((entry) => entry.input.sessionId === sessionId);
  const waitingCount = queued.filter((entry) => !entry.refusal).length;

  const refresh = useMemo(
    () => () => {
      refetchLog({ requestPolicy: 'network-only' });
      refetchTotals({ requestPolicy: 'network-only' });
    },
    [refetchLog, refetchTotals],
  );

  // When waiting entries leave the browser, the log and the totals have them.
  const [lastWaiting, setLastWaiting] = useState(waitingCount);
  useEffect(() => {
    if (waitingCount < lastWaiting) refresh();
    setLastWaiting(waitingCount);
  }, [waitingCount, lastWaiting, refresh]);

  useEffect(() => {
    const timer = window.setInterval(() => {
      setNow(new Date());
      if (navigator.onLine) refresh();
    }, REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [refresh]);

  if (sessionError && !session)
    return (
      <Alert color="red" icon={<IconAlertCircle aria-hidden />} title={t('log.loadFailed')}>
        {serverErrors(sessionError, t('errors.network'))[0]?.message}
      </Alert>
    );
  if (!session || !week)
    return (
      <Center h="50vh">
        <Loader aria-label={t('state.loading')} />
      </Center>
    );

  const timeZone = week.timeZone;
  const ownZone = viewerTimeZone();
  const startsAt = new Date(session.startsAt);
  const endsAt = new Date(session.endsAt);
  const country = actor.country;
  const onRoster =
    !!country &&
    session.rosters.some(
      (roster) =>
        roster.country === country &&
        [roster.operatorOne, roster.operatorTwo, roster.teamLeader].some((person) => person?.id === actor.id),
    );
  const mayLog =
    !!country &&
    onRoster &&
    can(actor, 'interaction.log', { country }) &&
    session.countries.includes(country);
  const open = loggingOpen(
    { status: session.status, endedAt: session.endedAt ? new Date(session.endedAt) : null, endsAt },
    now,
  );
  const languages = week.countries.find((entry) => entry.country === country)?.languages ?? [];
  const entries = logData?.interactions.edges.map((edge) => edge.node) ?? [];
  const stored = new Set(entries.map((entry) => entry.id));
  const shownQueue = queued.filter((entry) => !stored.has(entry.id));
  const totals = totalsData?.sessionTotals;

  const doDelete = async (entry: InteractionFieldsFragment) => {
    const result = await deleteInteraction({ id: entry.id, version: entry.version });
    if (result.error) {
      notifications.show({
        color: 'red',
        message: serverErrors(result.error, t('errors.network'))[0]?.message,
      });
      return;
    }
    setDeleting(null);
    if (editing?.id === entry.id) setEditing(null);
    notifications.show({ color: 'green', message: t('log.notify.deleted') });
    refresh();
  };

  const header = (
    <Paper withBorder p="md" radius="md">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={2}>
              {session.platform.name} · {session.venue}
            </Title>
            <Text size="sm">
              {formatZonedDay(startsAt, timeZone, lng)} · {formatTimeRange(startsAt, endsAt, timeZone, lng)}
            </Text>
            {ownZone !== timeZone && (
              <Text size="sm" c="dimmed">
                {t('board.yourTime', {
                  time: `${formatZonedDay(startsAt, ownZone, lng)} · ${formatTimeRange(startsAt, endsAt, ownZone, lng)}`,
                })}
              </Text>
            )}
          </div>
          <Group gap={6}>
            <Badge color={platformColor(session.platform.code)} variant="light">
              {session.platform.name}
            </Badge>
            <Badge
              color={session.status === 'LIVE' ? 'green' : 'gray'}
              variant={session.status === 'LIVE' ? 'filled' : 'light'}
            >
              {t(`common:sessionStatus.${session.status}`)}
            </Badge>
          </Group>
        </Group>
        <SimpleGrid cols={3} spacing="xs" role="group" aria-label={t('log.totals.label')}>
          {(
            [
              ['interactions', totals?.interactions],
              ['youngPeople', totals?.youngPeople],
              ['referrals', totals?.referrals],
            ] as const
          ).map(([key, value]) => (
            <Paper key={key} bg="var(--mantine-color-default-hover)" p="xs" radius="sm">
              <Text size="xs" c="dimmed">
                {t(`log.totals.${key}`)}
              </Text>
              <Text fw={700} size="lg">
                {value ?? '–'}
              </Text>
            </Paper>
          ))}
        </SimpleGrid>
      </Stack>
    </Paper>
  );

  const waitingBanner =
    queued.length > 0 ? (
      <Alert
        color={waitingCount > 0 ? 'orange' : 'red'}
        icon={<IconCloudUpload aria-hidden />}
        role="status"
        title={waitingCount > 0 ? t('outbox.waiting', { count: waitingCount }) : t('outbox.refusedTitle')}
      >
        {waitingCount > 0 ? t('outbox.explain') : t('outbox.refusedExplain')}
      </Alert>
    ) : null;

  let form;
  if (!mayLog) form = <Text c="dimmed">{t('log.notOnRoster')}</Text>;
  else if (!open)
    form = (
      <Alert color="gray">
        {session.status === 'SCHEDULED'
          ? t('log.notStarted')
          : t('log.closed', { hours: LOGGING_WINDOW_HOURS })}
      </Alert>
    );
  else
    form = (
      <QuickLogForm
        sessionId={session.id}
        languages={languages}
        defaultLanguage={defaultNotesLanguage(lng, languages)}
        editing={editing}
        onDoneEditing={() => setEditing(null)}
        onSaved={refresh}
        prefill={prefill}
      />
    );

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/sessions" size="sm">
        ← {t('nav.mySessions')}
      </Anchor>
      {header}
      {waitingBanner}
      {country && session.countries.includes(country) && can(actor, 'guidance.read') && (
        <UnreadGuidancePanel sessionId={session.id} />
      )}
      {country &&
        session.status === 'ENDED' &&
        session.countries.includes(country) &&
        can(actor, 'debrief.write', { country }) && (
          <Group>
            <Button
              component={Link}
              to={`/sessions/${session.id}/debrief`}
              variant="light"
              leftSection={<IconClipboardText size={16} aria-hidden />}
            >
              {t('debrief.open')}
            </Button>
          </Group>
        )}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 7 }}>{form}</Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="xs">
            <Title order={3} size="h4" id="session-log-title">
              {t('log.listTitle')}
            </Title>
            {logError && (
              <Alert color="red" icon={<IconAlertCircle aria-hidden />}>
                {serverErrors(logError, t('errors.network'))[0]?.message}
              </Alert>
            )}
            <Stack gap="xs" role="list" aria-labelledby="session-log-title">
              {shownQueue.map((entry) => (
                <InteractionCard
                  key={entry.id}
                  entry={entry.input}
                  timeZone={timeZone}
                  badges={
                    <Badge color={entry.refusal ? 'red' : 'orange'} variant="light">
                      {entry.refusal ? t('outbox.refused') : t('outbox.waitingBadge')}
                    </Badge>
                  }
                  actions={
                    entry.refusal ? (
                      <>
                        <Button
                          size="compact-xs"
                          variant="default"
                          onClick={() => {
                            setPrefill({ draft: draftOfQueued(entry), key: entry.id });
                            void outbox.remove(entry.id);
                          }}
                        >
                          {t('outbox.fix')}
                        </Button>
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          color="red"
                          onClick={() => void outbox.remove(entry.id)}
                        >
                          {t('outbox.discard')}
                        </Button>
                      </>
                    ) : undefined
                  }
                >
                  {entry.refusal && (
                    <Text size="sm" c="red">
                      {entry.refusal}
                    </Text>
                  )}
                </InteractionCard>
              ))}
              {entries.map((entry) => (
                <InteractionCard
                  key={entry.id}
                  entry={entry}
                  timeZone={timeZone}
                  showCountry={session.countries.length > 1 && !country}
                  badges={
                    editing?.id === entry.id ? (
                      <Badge color="blue" variant="light">
                        {t('log.beingEdited')}
                      </Badge>
                    ) : undefined
                  }
                  actions={
                    <>
                      {can(actor, 'referral.raise', { country: entry.country }) && (
                        <Tooltip label={t('referral.raise.action')}>
                          <ActionIcon
                            variant="subtle"
                            color="red"
                            aria-label={t('referral.raise.action')}
                            onClick={() => setReferring(entry)}
                          >
                            <IconSpeakerphone size={16} aria-hidden />
                          </ActionIcon>
                        </Tooltip>
                      )}
                      {entry.editable && open && (
                        <Tooltip label={t('log.edit')}>
                          <ActionIcon
                            variant="subtle"
                            aria-label={t('log.edit')}
                            onClick={() => setEditing(entry)}
                          >
                            <IconPencil size={16} aria-hidden />
                          </ActionIcon>
                        </Tooltip>
                      )}
                      {entry.editable && (
                        <Tooltip label={t('log.delete')}>
                          <ActionIcon
                            variant="subtle"
                            color="gray"
                            aria-label={t('log.delete')}
                            onClick={() => setDeleting(entry.id)}
                          >
                            <IconTrash size={16} aria-hidden />
                          </ActionIcon>
                        </Tooltip>
                      )}
                    </>
                  }
                >
                  {deleting === entry.id && (
                    <Group gap="xs" justify="flex-end">
                      <Text size="sm">{t('log.deleteConfirm')}</Text>
                      <Button size="compact-sm" variant="default" onClick={() => setDeleting(null)}>
                        {t('log.keep')}
                      </Button>
                      <Button
                        size="compact-sm"
                        color="red"
                        loading={deleteResult.fetching}
                        onClick={() => void doDelete(entry)}
                      >
                        {t('log.delete')}
                      </Button>
                    </Group>
                  )}
                </InteractionCard>
              ))}
            </Stack>
            {entries.length === 0 && shownQueue.length === 0 && logData && (
              <Text size="sm" c="dimmed">
                {t('log.empty')}
              </Text>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
      <ReferralDialog interaction={referring} onClose={() => setReferring(null)} onRaised={refresh} />
    </Stack>
  );
}
