import { useEffect, useMemo, useState } from 'react';
import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Center,
  Collapse,
  Grid,
  Group,
  Loader,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconAlertCircle,
  IconAlertTriangle,
  IconClipboardText,
  IconClock,
  IconCloudUpload,
  IconPencil,
  IconPlayerStop,
  IconSpeakerphone,
  IconTrash,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useMutation, useQuery, useSubscription } from 'urql';
import {
  can,
  isLocale,
  LOGGING_WINDOW_HOURS,
  loggingOpen,
  mayStartSession,
  sessionPhase,
} from '@empact/domain';
import { toActor, useAccount } from '../../auth/use-session';
import type { InteractionFieldsFragment } from '../../gql/graphql';
import { serverErrors } from '../../graphql/errors';
import { countryName } from '../../lib/intl';
import { NoteReader } from '../guidance/note-reader';
import { UnreadGuidancePanel } from '../guidance/unread-guidance-panel';
import { ReferralDialog } from '../referrals/referral-dialog';
import { platformColor } from '../schedule/platform-color';
import { sessionPlanOf } from '../schedule/session-model';
import {
  formatClock,
  formatTimeRange,
  formatZonedDay,
  shortZoneName,
  viewerTimeZone,
} from '../schedule/zoned-time';
import { InteractionCard } from './interaction-card';
import { defaultNotesLanguage, type InteractionDraft } from './interaction-draft';
import {
  DeleteInteractionMutation,
  InteractionsQuery,
  SessionChangedSubscription,
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

/** Who ended the session, as the live change said: a team leader's country, or null for a coordinator. */
interface EndedBy {
  byCountry: string | null;
}

/**
 * /sessions/:sessionId: one patrol session as its team lives it. Built for a laptop (1366×768): the quick log on
 * the left with its send button on the first screen, the running totals, unread guidance and the session's log on
 * the right; guidance opens beside the log rather than leaving the session. Entries logged without a connection
 * wait in the browser and are shown here until the API has them. When someone ends the session (for all its
 * countries at once), the page learns it at once and says who ended it and when.
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
  const [endedBy, setEndedBy] = useState<EndedBy | null>(null);
  const [lateEntry, setLateEntry] = useState(false);
  const [readingNote, setReadingNote] = useState<string | null>(null);
  const [noteLanguage, setNoteLanguage] = useState<string | null>(null);
  const navigate = useNavigate();

  const [{ data: sessionData, error: sessionError }, refetchSession] = useQuery({
    query: SessionLogQuery,
    variables: { sessionId },
  });
  const session = sessionData?.patrolSession;
  // The week's plan as it changes: this session started, ended or was cancelled by someone else.
  const [{ data: change }] = useSubscription({
    query: SessionChangedSubscription,
    variables: { weekId: session?.weekId ?? '' },
    pause: !session,
  });
  const changed = change?.scheduleChanged;
  useEffect(() => {
    if (!changed || changed.sessionId !== sessionId) return;
    if (changed.change === 'ENDED') setEndedBy({ byCountry: changed.byCountry ?? null });
    refetchSession({ requestPolicy: 'network-only' });
  }, [changed, sessionId, refetchSession]);
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
    // One line on a laptop: the screen's height is for the form and the log.
    <Group justify="space-between" align="center" gap="xs" wrap="wrap">
      <Group gap="sm" align="baseline" wrap="wrap">
        <Anchor component={Link} to="/sessions" size="sm">
          ← {t('nav.mySessions')}
        </Anchor>
        <Title order={2} size="h4">
          {session.platform.name} · {session.venue}
        </Title>
        <Text size="sm">
          {formatZonedDay(startsAt, timeZone, lng)} · {formatTimeRange(startsAt, endsAt, timeZone, lng)}
          {ownZone !== timeZone && (
            <Text span size="sm" c="dimmed" ml="xs">
              {t('board.yourTime', {
                time: `${formatZonedDay(startsAt, ownZone, lng)} · ${formatTimeRange(startsAt, endsAt, ownZone, lng)}`,
              })}
            </Text>
          )}
        </Text>
      </Group>
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
  );

  // The running totals on one line beside the log, not above the form.
  const totalsLine = (
    <Group gap="md" role="group" aria-label={t('log.totals.label')}>
      {(
        [
          ['interactions', totals?.interactions],
          ['youngPeople', totals?.youngPeople],
          ['referrals', totals?.referrals],
        ] as const
      ).map(([key, value]) => (
        <Text key={key} size="sm">
          <Text span size="sm" c="dimmed">
            {t(`log.totals.${key}`)}:
          </Text>{' '}
          <Text span fw={700}>
            {value ?? '–'}
          </Text>
        </Text>
      ))}
    </Group>
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

  const at = (instant: Date) =>
    `${formatClock(instant, timeZone, lng)} ${shortZoneName(instant, timeZone, lng)}`;
  const phase = sessionPhase({ status: session.status, startsAt, endsAt }, now);
  // Who starts it is the API's rule (session.run for one of its countries), not guessed here.
  const mayStart = mayStartSession(actor, sessionPlanOf(session)) !== 'NO';
  const endedAt = session.endedAt ? new Date(session.endedAt) : null;

  let endedNotice = null;
  if (session.status === 'ENDED' && endedAt) {
    let who: string;
    if (!endedBy) who = t('log.ended.at', { time: at(endedAt) });
    else if (endedBy.byCountry)
      who = t('log.ended.byLeader', { country: countryName(endedBy.byCountry, lng), time: at(endedAt) });
    else who = t('log.ended.byCoordinator', { time: at(endedAt) });
    endedNotice = (
      <Alert
        color="orange"
        icon={<IconPlayerStop aria-hidden />}
        title={t('log.ended.title')}
        role={endedBy ? 'alert' : 'status'}
        data-testid="session-ended-notice"
      >
        <Text size="sm">{who}</Text>
        {open && mayLog && (
          <Group gap="xs" mt={6}>
            <Text size="sm">{t('log.ended.late', { hours: LOGGING_WINDOW_HOURS })}</Text>
            {!lateEntry && !editing && (
              <Button size="compact-sm" variant="default" onClick={() => setLateEntry(true)}>
                {t('log.ended.addLate')}
              </Button>
            )}
          </Group>
        )}
      </Alert>
    );
  }

  let form;
  if (!mayLog) form = <Text c="dimmed">{t('log.notOnRoster')}</Text>;
  else if (!open)
    form =
      phase === 'OVERDUE' ? (
        <Alert color="orange" icon={<IconAlertTriangle aria-hidden />} title={t('log.overdue.title')}>
          <Text size="sm">
            {t(mayStart ? 'log.overdue.you' : 'log.overdue.others', { time: at(startsAt) })}
          </Text>
          {mayStart && (
            <Button
              component={Link}
              to={`/weeks/${session.weekId}/board?session=${session.id}`}
              size="compact-sm"
              variant="default"
              mt={6}
            >
              {t('log.overdue.openBoard')}
            </Button>
          )}
        </Alert>
      ) : (
        <Alert color="gray" icon={<IconClock aria-hidden />}>
          {session.status === 'SCHEDULED'
            ? t('log.startsLater', { time: at(startsAt) })
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
  // Once the session has ended the form is closed: a late entry opens it again (kept mounted, so that a half-typed
  // entry survives the end arriving while it is typed).
  const formShown = session.status !== 'ENDED' || lateEntry || !!editing || !mayLog || !open;

  return (
    <Stack gap="sm">
      {header}
      {waitingBanner}
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
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="sm">
            {endedNotice}
            {mayLog && open ? <Collapse expanded={formShown}>{form}</Collapse> : form}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="xs">
            {totalsLine}
            {country && session.countries.includes(country) && can(actor, 'guidance.read') && (
              <UnreadGuidancePanel sessionId={session.id} onOpen={setReadingNote} />
            )}
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
      <ReferralDialog
        interaction={referring}
        timeZone={timeZone}
        platformName={session.platform.name}
        onClose={() => setReferring(null)}
        onRaised={refresh}
      />
      <NoteReader
        noteId={readingNote}
        language={noteLanguage ?? (isLocale(lng) ? lng : 'en')}
        onLanguageChange={setNoteLanguage}
        actor={actor}
        context={undefined}
        onClose={() => setReadingNote(null)}
        // Writing and translating happen in the guidance library.
        onEdit={(note) => void navigate(`/weeks/${session.weekId}/guidance?note=${note.id}`)}
        onTranslate={(note) => void navigate(`/weeks/${session.weekId}/guidance?note=${note.id}`)}
        onChanged={() => undefined}
        size="md"
      />
    </Stack>
  );
}
