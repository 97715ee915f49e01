import { useCallback } from 'react';
import { Alert, Badge, Button, Center, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertCircle, IconPencilPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useQuery } from 'urql';
import { byNow, loggingOpen, sessionPhase } from '@empact/domain';
import { serverErrors } from '../../graphql/errors';
import { PhaseBadge } from '../overview/phase-badge';
import { useNow } from '../overview/use-now';
import { platformColor } from '../schedule/platform-color';
import { formatTimeRange, formatZonedDay } from '../schedule/zoned-time';
import { MySessionsQuery } from './logging.documents';

/**
 * /sessions: the caller's sessions that matter now — the live ones, those whose log is still open, and the ones
 * coming up — each a step away from its log.
 */
export default function MySessionsPage() {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const [{ data, error, fetching }, reexecute] = useQuery({ query: MySessionsQuery });
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const now = useNow(refresh);

  if (error && !data)
    return (
      <Alert color="red" icon={<IconAlertCircle aria-hidden />}>
        {serverErrors(error, t('errors.network'))[0]?.message}
      </Alert>
    );
  if (!data || (fetching && !data))
    return (
      <Center h="50vh">
        <Loader aria-label={t('state.loading')} />
      </Center>
    );

  const zoneOf = new Map(data.actionWeeks.map((week) => [week.id, week.timeZone]));
  const withOpen = data.mySessions.map((session) => ({
    session,
    timed: { status: session.status, startsAt: new Date(session.startsAt), endsAt: new Date(session.endsAt) },
    open: loggingOpen(
      {
        status: session.status,
        endedAt: session.endedAt ? new Date(session.endedAt) : null,
        endsAt: new Date(session.endsAt),
      },
      now,
    ),
  }));
  // Live first, then overdue starts, then the ended ones still open for logging, the latest first (issue #18).
  const order = byNow(now);
  const inOrder = (a: (typeof withOpen)[number], b: (typeof withOpen)[number]) => order(a.timed, b.timed);
  const overdue = (item: (typeof withOpen)[number]) => sessionPhase(item.timed, now) === 'OVERDUE';
  const now_ = withOpen.filter((item) => item.open || overdue(item)).sort(inOrder);
  const upcoming = withOpen
    .filter((item) => !item.open && !overdue(item) && item.session.status === 'SCHEDULED')
    .sort(inOrder);

  const section = (title: string, items: typeof withOpen, empty: string) => (
    <Stack gap="xs" component="section" aria-label={title}>
      <Title order={3} size="h4">
        {title}
      </Title>
      {items.length === 0 && (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      )}
      {items.map(({ session, open, timed }) => {
        const phase = sessionPhase(timed, now);
        const timeZone = zoneOf.get(session.weekId) ?? 'UTC';
        const startsAt = new Date(session.startsAt);
        return (
          <Paper
            key={session.id}
            withBorder
            p="sm"
            radius="md"
            data-session-id={session.id}
            data-phase={phase}
            style={
              phase === 'OVERDUE'
                ? { borderColor: 'var(--mantine-color-red-filled)', borderLeftWidth: 4 }
                : phase === 'LIVE'
                  ? { borderColor: 'var(--mantine-color-green-filled)', borderLeftWidth: 4 }
                  : undefined
            }
          >
            <Group justify="space-between" wrap="wrap" gap="xs">
              <div>
                <Group gap={6}>
                  <Badge color={platformColor(session.platform.code)} variant="light">
                    {session.platform.name}
                  </Badge>
                  {phase === 'LIVE' || phase === 'OVERDUE' ? (
                    <PhaseBadge phase={phase} />
                  ) : (
                    <Badge color="gray" variant="light">
                      {t(`common:sessionStatus.${session.status}`)}
                    </Badge>
                  )}
                  <Text fw={600}>{session.venue}</Text>
                </Group>
                <Text size="sm" c="dimmed">
                  {formatZonedDay(startsAt, timeZone, lng)} ·{' '}
                  {formatTimeRange(startsAt, new Date(session.endsAt), timeZone, lng)}
                </Text>
              </div>
              <Button
                component={Link}
                to={`/sessions/${session.id}`}
                variant={open ? 'filled' : 'default'}
                leftSection={<IconPencilPlus size={16} aria-hidden />}
              >
                {open ? t('mySessions.openLog') : t('mySessions.view')}
              </Button>
            </Group>
          </Paper>
        );
      })}
    </Stack>
  );

  return (
    <Stack gap="lg">
      <Title order={2}>{t('mySessions.title')}</Title>
      {section(t('mySessions.now'), now_, t('mySessions.noneNow'))}
      {section(t('mySessions.upcoming'), upcoming, t('mySessions.noneUpcoming'))}
    </Stack>
  );
}
