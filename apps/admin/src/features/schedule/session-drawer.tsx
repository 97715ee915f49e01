import { useState } from 'react';
import { Alert, Badge, Button, Drawer, Group, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconAlertCircle,
  IconAlertTriangle,
  IconClipboardText,
  IconNotebook,
  IconPencil,
  IconPlayerPlay,
  IconPlayerStop,
  IconX,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { type CombinedError, useMutation } from 'urql';
import {
  type Actor,
  can,
  canReschedule,
  canStartSession,
  LOGGING_WINDOW_HOURS,
  POSITIONS,
  SESSION_REASON_MAX,
} from '@empact/domain';
import { countryName, formatInstant, formattingLocale } from '../../lib/intl';
import { mutationProblems } from './mutation-errors';
import { platformColor } from './platform-color';
import {
  CancelPatrolSessionMutation,
  EndPatrolSessionMutation,
  StartPatrolSessionMutation,
} from './schedule.documents';
import { type BoardSession, isMine, sessionName, sessionPlanOf } from './session-model';
import { formatTimeRange, formatZonedDay } from './zoned-time';

interface SessionDrawerProps {
  session: BoardSession | undefined;
  weekTimeZone: string;
  viewerTimeZone: string;
  actor: Actor;
  onClose: () => void;
  onEdit: (session: BoardSession) => void;
  /** The session changed under the user's feet: load the plan again. */
  onStale: () => void;
}

const ROSTER_FIELD = {
  OPERATOR_ONE: 'operatorOne',
  OPERATOR_TWO: 'operatorTwo',
  TEAM_LEADER: 'teamLeader',
} as const;

type Pending = 'start' | 'end' | 'cancel' | null;

/** A session's details and what the signed-in person may do with it. */
export function SessionDrawer({
  session,
  weekTimeZone,
  viewerTimeZone,
  actor,
  onClose,
  onEdit,
  onStale,
}: SessionDrawerProps) {
  const { t } = useTranslation();
  return (
    <Drawer
      opened={!!session}
      onClose={onClose}
      position="right"
      size="lg"
      title={
        session ? (
          <Title order={3} size="h4">
            {sessionName(session)}
          </Title>
        ) : null
      }
    >
      {session ? (
        <SessionDetails
          key={`${session.id}:${session.version}`}
          session={session}
          weekTimeZone={weekTimeZone}
          viewerTimeZone={viewerTimeZone}
          actor={actor}
          onEdit={onEdit}
          onStale={onStale}
          onDone={onClose}
        />
      ) : (
        <Text c="dimmed">{t('state.loading')}</Text>
      )}
    </Drawer>
  );
}

function SessionDetails({
  session,
  weekTimeZone,
  viewerTimeZone,
  actor,
  onEdit,
  onStale,
  onDone,
}: Omit<SessionDrawerProps, 'session' | 'onClose'> & { session: BoardSession; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const [pending, setPending] = useState<Pending>(null);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [startResult, start] = useMutation(StartPatrolSessionMutation);
  const [endResult, end] = useMutation(EndPatrolSessionMutation);
  const [cancelResult, cancel] = useMutation(CancelPatrolSessionMutation);

  const startsAt = new Date(session.startsAt);
  const endsAt = new Date(session.endsAt);
  const planner = can(actor, 'session.plan');
  const mayRun = session.countries.some((country) => can(actor, 'session.run', { country }));
  // A team sees only its own roster; the others' positions are not its business and look empty to it.
  const missing = session.missingPositions.filter((entry) => planner || entry.country === actor.country);
  const plan = {
    ...sessionPlanOf(session),
    countries: planner ? session.countries : session.countries.filter((c) => c === actor.country),
  };
  const mayEdit = planner && canReschedule(session.status);
  const mayStart = mayRun && session.status === 'SCHEDULED';
  const needsOverride = missing.length > 0;
  const mayEnd = mayRun && session.status === 'LIVE';
  const mayCancel = planner && canReschedule(session.status);
  // The people on the session log it there; coordinators follow it there.
  const mayOpenLog =
    session.status !== 'CANCELLED' &&
    can(actor, 'interaction.read') &&
    (isMine(session, actor.id) || planner);

  // The team leader of a country that took part writes its debrief once the session has ended.
  const mayDebrief =
    session.status === 'ENDED' &&
    !!actor.country &&
    session.countries.includes(actor.country) &&
    can(actor, 'debrief.write', { country: actor.country });

  const handle = (error: CombinedError | undefined, success: string) => {
    if (!error) {
      notifications.show({ color: 'green', message: success });
      setPending(null);
      setReason('');
      setProblem(null);
      return;
    }
    const problems = mutationProblems(error, t('errors.network'));
    if (problems.some((item) => item.code === 'CONFLICT')) {
      notifications.show({
        color: 'orange',
        title: t('board.stale.title'),
        message: t('board.stale.reloaded'),
      });
      onStale();
      return;
    }
    setProblem(problems.map((item) => item.message).join(' '));
  };

  const doStart = async () => {
    const overrideReason = needsOverride ? reason.trim() : null;
    const result = await start({ id: session.id, version: session.version, overrideReason });
    handle(result.error, t('board.notify.started'));
  };
  const doEnd = async () => {
    const result = await end({ id: session.id, version: session.version });
    handle(result.error, t('board.notify.ended'));
  };
  const doCancel = async () => {
    const result = await cancel({ id: session.id, version: session.version, reason: reason.trim() });
    handle(result.error, t('board.notify.cancelled'));
    if (!result.error) onDone();
  };

  const color = platformColor(session.platform.code);

  return (
    <Stack gap="md">
      <Group gap={6}>
        <Badge color={color} variant="light">
          {session.platform.name}
        </Badge>
        <Badge
          color={session.status === 'LIVE' ? 'green' : 'gray'}
          variant={session.status === 'LIVE' ? 'filled' : 'light'}
        >
          {t(`common:sessionStatus.${session.status}`)}
        </Badge>
        {isMine(session, actor.id) && (
          <Badge color="dark" variant="filled">
            {t('board.mine')}
          </Badge>
        )}
      </Group>

      <Stack gap={4} component="dl" m={0}>
        <Text component="dt" size="xs" c="dimmed">
          {t('board.field.when')}
        </Text>
        <Text component="dd" size="sm" m={0}>
          {formatZonedDay(startsAt, weekTimeZone, lng)} ·{' '}
          {formatTimeRange(startsAt, endsAt, weekTimeZone, lng)}
          {viewerTimeZone !== weekTimeZone && (
            <Text component="span" display="block" size="sm" c="dimmed">
              {t('board.yourTime', {
                time: `${formatZonedDay(startsAt, viewerTimeZone, lng)} · ${formatTimeRange(startsAt, endsAt, viewerTimeZone, lng)}`,
              })}
            </Text>
          )}
        </Text>
        <Text component="dt" size="xs" c="dimmed" mt={6}>
          {t('board.field.countries')}
        </Text>
        <Text component="dd" size="sm" m={0}>
          {session.countries.map((country) => countryName(country, lng)).join(', ')}
        </Text>
        <Text component="dt" size="xs" c="dimmed" mt={6}>
          {t('board.field.venue')}
        </Text>
        <Text component="dd" size="sm" m={0}>
          {session.venue}
        </Text>
        <Text component="dt" size="xs" c="dimmed" mt={6}>
          {t('board.field.guide')}
        </Text>
        <Text component="dd" size="sm" m={0}>
          {session.guide?.displayName ?? t('common:none')}
        </Text>
        {(session.briefing ?? '').trim() !== '' && (
          <>
            <Text component="dt" size="xs" c="dimmed" mt={6}>
              {t('board.field.briefing')}
            </Text>
            <Text component="dd" size="sm" m={0} style={{ whiteSpace: 'pre-wrap' }}>
              {session.briefing}
            </Text>
          </>
        )}
        {session.startedAt && (
          <>
            <Text component="dt" size="xs" c="dimmed" mt={6}>
              {t('board.field.startedAt')}
            </Text>
            <Text component="dd" size="sm" m={0}>
              {formatInstant(session.startedAt, lng)}
            </Text>
          </>
        )}
        {session.endedAt && (
          <>
            <Text component="dt" size="xs" c="dimmed" mt={6}>
              {t('board.field.endedAt')}
            </Text>
            <Text component="dd" size="sm" m={0}>
              {formatInstant(session.endedAt, lng)}
            </Text>
          </>
        )}
      </Stack>

      {session.cancelReason && (
        <Alert color="gray" title={t('board.cancelledBecause')}>
          {session.cancelReason}
        </Alert>
      )}
      {session.startOverrideReason && (
        <Alert color="yellow" title={t('board.startedDespite')}>
          {session.startOverrideReason}
        </Alert>
      )}

      <div>
        <Title order={4} size="h5" mb={4}>
          {t('board.rosters')}
        </Title>
        {session.rosters.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('board.noRosterVisible')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={360}>
            <Table withTableBorder fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('common:field.country')}</Table.Th>
                  {POSITIONS.map((position) => (
                    <Table.Th key={position}>{t(`common:position.${position}`)}</Table.Th>
                  ))}
                  <Table.Th>{t('board.field.profile')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {session.rosters.map((roster) => (
                  <Table.Tr key={roster.country}>
                    <Table.Td>{countryName(roster.country, lng)}</Table.Td>
                    {POSITIONS.map((position) => (
                      <Table.Td key={position}>
                        {roster[ROSTER_FIELD[position]]?.displayName ?? (
                          <Text span size="sm" c="red">
                            {t('board.empty')}
                          </Text>
                        )}
                      </Table.Td>
                    ))}
                    <Table.Td>{roster.profile?.displayName ?? '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </div>

      {missing.length > 0 && session.status === 'SCHEDULED' && (
        <Alert color="orange" icon={<IconAlertTriangle aria-hidden />} title={t('board.missingTitle')}>
          <Stack gap={2}>
            {missing.map((entry) => (
              <Text key={entry.country} size="sm">
                {t('board.form.missingIn', {
                  country: countryName(entry.country, lng),
                  positions: entry.positions.map((position) => t(`common:position.${position}`)).join(', '),
                })}
              </Text>
            ))}
          </Stack>
        </Alert>
      )}

      {problem && (
        <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert">
          {problem}
        </Alert>
      )}

      {pending === 'start' && (
        <Stack gap="xs">
          {needsOverride && planner ? (
            <Textarea
              label={t('board.start.overrideReason')}
              description={t('board.start.overrideHint')}
              required
              autosize
              minRows={2}
              maxLength={SESSION_REASON_MAX}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              data-autofocus
            />
          ) : needsOverride ? (
            <Text size="sm">{t('board.start.needsCoordinator')}</Text>
          ) : (
            <Text size="sm">{t('board.start.confirm')}</Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setPending(null)}>
              {t('actions.cancel')}
            </Button>
            <Button
              color="green"
              loading={startResult.fetching}
              disabled={canStartSession(plan, needsOverride && planner ? reason : null) !== null}
              onClick={() => void doStart()}
            >
              {needsOverride ? t('board.start.anyway') : t('board.start.action')}
            </Button>
          </Group>
        </Stack>
      )}

      {pending === 'end' && (
        // Ending is for every country of the session at once: say whose logging closes before it does.
        <Alert
          color="orange"
          icon={<IconAlertTriangle aria-hidden />}
          role="alertdialog"
          aria-labelledby="end-ask"
        >
          <Stack gap="xs">
            <Text size="sm" id="end-ask">
              {t('board.endAsk.text', {
                countries: new Intl.ListFormat(formattingLocale(lng), { type: 'conjunction' }).format(
                  session.countries.map((country) => countryName(country, lng)),
                ),
                hours: LOGGING_WINDOW_HOURS,
              })}
            </Text>
            <Group justify="flex-end">
              {/* The End button is gone: the focus goes to the safe answer. */}
              <Button variant="default" onClick={() => setPending(null)} autoFocus>
                {t('board.endAsk.keep')}
              </Button>
              <Button
                color="red"
                leftSection={<IconPlayerStop size={16} aria-hidden />}
                loading={endResult.fetching}
                onClick={() => void doEnd()}
              >
                {t('board.endAsk.confirm')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}

      {pending === 'cancel' && (
        <Stack gap="xs">
          <Textarea
            label={t('board.cancel.reason')}
            description={t('board.cancel.hint')}
            required
            autosize
            minRows={2}
            maxLength={SESSION_REASON_MAX}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setPending(null)}>
              {t('board.cancel.keep')}
            </Button>
            <Button
              color="red"
              loading={cancelResult.fetching}
              disabled={reason.trim() === ''}
              onClick={() => void doCancel()}
            >
              {t('board.cancel.confirm')}
            </Button>
          </Group>
        </Stack>
      )}

      {pending === null && (mayEdit || mayStart || mayEnd || mayCancel || mayOpenLog || mayDebrief) && (
        <Group gap="xs">
          {mayOpenLog && (
            <Button
              component={Link}
              to={`/sessions/${session.id}`}
              variant={session.status === 'LIVE' ? 'filled' : 'light'}
              leftSection={<IconNotebook size={16} aria-hidden />}
            >
              {t('board.openLog')}
            </Button>
          )}
          {mayDebrief && (
            <Button
              component={Link}
              to={`/sessions/${session.id}/debrief`}
              variant="light"
              leftSection={<IconClipboardText size={16} aria-hidden />}
            >
              {t('debrief.open')}
            </Button>
          )}
          {mayEdit && (
            <Button
              variant="default"
              leftSection={<IconPencil size={16} aria-hidden />}
              onClick={() => onEdit(session)}
            >
              {t('board.edit')}
            </Button>
          )}
          {mayStart && (
            <Button
              color="green"
              leftSection={<IconPlayerPlay size={16} aria-hidden />}
              onClick={() => setPending('start')}
            >
              {t('board.start.action')}
            </Button>
          )}
          {mayEnd && (
            <Button
              color="dark"
              leftSection={<IconPlayerStop size={16} aria-hidden />}
              onClick={() => setPending('end')}
            >
              {t('board.end')}
            </Button>
          )}
          {mayCancel && (
            <Button
              variant="light"
              color="red"
              leftSection={<IconX size={16} aria-hidden />}
              onClick={() => setPending('cancel')}
            >
              {t('board.cancel.action')}
            </Button>
          )}
        </Group>
      )}
    </Stack>
  );
}
