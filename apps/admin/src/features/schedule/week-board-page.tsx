import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  Center,
  Group,
  Loader,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconAlertCircle, IconCalendarPlus, IconCopy, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router-dom';
import { useQuery, useSubscription } from 'urql';
import { can, daysOf } from '@empact/domain';
import { toActor, useAccount } from '../../auth/use-session';
import { serverErrors } from '../../graphql/errors';
import { useOpenedOnce } from '../../lib/use-opened-once';
import { byLabel, countryName, timeZoneName } from '../../lib/intl';
import { todayIn } from '../overview/current-week';
import { WeekStatusBadge } from '../overview/week-status-badge';
import { PlanImportButton } from '../plan-import/plan-import-button';
import { BoardGrid } from './board-grid';
import { platformColor } from './platform-color';
import { ScheduleChangedSubscription, WeekBoardQuery } from './schedule.documents';
import type { BoardSession } from './session-model';
import { viewerTimeZone } from './zoned-time';

// The planning dialogs (and the form fields only they use) are fetched when a planner opens one, not with the board.
const SessionFormDialog = lazy(() =>
  import('./session-form-dialog').then((m) => ({ default: m.SessionFormDialog })),
);
const PlanCopyDialog = lazy(() => import('./plan-copy-dialog').then((m) => ({ default: m.PlanCopyDialog })));
// A session's details and the calendar subscription: fetched when first opened.
const SessionDrawer = lazy(() => import('./session-drawer').then((m) => ({ default: m.SessionDrawer })));
const CalendarFeedDialog = lazy(() =>
  import('../calendar/calendar-feed-dialog').then((m) => ({ default: m.CalendarFeedDialog })),
);

// A session planned into an empty week must still refresh the board.
const BOARD_CONTEXT = { additionalTypenames: ['PatrolSession'] };

type Dialog = { kind: 'create' } | { kind: 'edit'; session: BoardSession };

/**
 * The week's plan as a timetable. Coordinators plan and change sessions here; teams see the plan, find their own
 * sessions marked, and start and end them. The board follows changes live.
 */
export default function WeekBoardPage() {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const { weekId = '' } = useParams();
  const account = useAccount();
  const actor = toActor(account);
  const planner = can(actor, 'session.plan');
  const [params, setParams] = useSearchParams();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [dialogKey, setDialogKey] = useState(0);
  const [subscribing, setSubscribing] = useState(false);
  const [copying, setCopying] = useState(false);

  const [{ data, fetching, error }, reexecute] = useQuery({
    query: WeekBoardQuery,
    variables: { weekId },
    context: BOARD_CONTEXT,
  });
  const [{ data: change }] = useSubscription({ query: ScheduleChangedSubscription, variables: { weekId } });
  useEffect(() => {
    // Someone planned, moved, started or staffed a session: fetch the plan again rather than patch it.
    if (change) reexecute({ requestPolicy: 'network-only' });
  }, [change, reexecute]);

  const week = data?.actionWeek;
  const schedule = useMemo(() => data?.schedule ?? [], [data]);
  const platforms = data?.platforms ?? [];

  const setParam = (key: string, value: string | null) => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  };
  const country = params.get('country');
  const platform = params.get('platform');
  const ownZone = viewerTimeZone();
  const zoneMode = params.get('zone') === 'mine' ? 'mine' : 'week';
  const selectedId = params.get('session');
  const drawerLoaded = useOpenedOnce(!!selectedId);
  const calendarLoaded = useOpenedOnce(subscribing);

  if (error && !data) {
    return (
      <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert">
        {serverErrors(error, t('errors.network'))[0]?.message}
      </Alert>
    );
  }
  if (!week) {
    return (
      <Center h="50vh">
        <Loader aria-label={t('state.loading')} />
      </Center>
    );
  }

  const shownZone = zoneMode === 'mine' ? ownZone : week.timeZone;
  const days = daysOf(week.firstDay, week.lastDay);
  const visible = schedule.filter(
    (session) =>
      (!country || session.countries.includes(country)) && (!platform || session.platform.code === platform),
  );
  // A busy slot has nothing more to show: it does not open.
  const selected = schedule.find((session) => session.id === selectedId && !session.busySlot);
  const today = todayIn(week.timeZone);
  const defaultDay = days.includes(today) ? today : days[0];
  const countryOptions = week.countries
    .map((entry) => ({ value: entry.country, label: countryName(entry.country, lng) }))
    .sort(byLabel(lng));
  const platformOptions = platforms.map((item) => ({ value: item.code, label: item.name }));
  const openDialog = (next: Dialog) => {
    setDialogKey((key) => key + 1);
    setDialog(next);
  };

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <div>
          <Text size="sm" c="dimmed" ff="monospace">
            {week.code}
          </Text>
          <Group gap="xs">
            <Title order={2}>{t('board.title')}</Title>
            <WeekStatusBadge status={week.status} />
          </Group>
        </div>
        <Group gap="xs">
          {can(actor, 'calendar.subscribe') && (
            <Button
              variant="default"
              leftSection={<IconCalendarPlus size={16} aria-hidden />}
              onClick={() => setSubscribing(true)}
            >
              {t('calendar.subscribe')}
            </Button>
          )}
          {planner && week.status === 'PLANNING' && (
            <Button
              variant="default"
              leftSection={<IconCopy size={16} aria-hidden />}
              onClick={() => setCopying(true)}
            >
              {t('planCopy.open')}
            </Button>
          )}
          {planner && (
            <PlanImportButton week={week} onImported={() => reexecute({ requestPolicy: 'network-only' })} />
          )}
          {planner && (
            <Button
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => openDialog({ kind: 'create' })}
            >
              {t('board.create')}
            </Button>
          )}
        </Group>
      </Group>
      {calendarLoaded && (
        <Suspense fallback={null}>
          <CalendarFeedDialog
            opened={subscribing}
            onClose={() => setSubscribing(false)}
            weekId={week.id}
            countries={week.countries.map((entry) => entry.country)}
            actor={actor}
          />
        </Suspense>
      )}

      <Group align="flex-end" gap="sm" role="search" aria-label={t('board.filter.label')}>
        <Select
          label={t('common:field.country')}
          placeholder={t('board.filter.allCountries')}
          data={countryOptions}
          value={country}
          onChange={(value) => setParam('country', value)}
          clearable
          w={{ base: '100%', sm: 200 }}
        />
        <Select
          label={t('board.field.platform')}
          placeholder={t('board.filter.allPlatforms')}
          data={platformOptions}
          value={platform}
          onChange={(value) => setParam('platform', value)}
          clearable
          w={{ base: '100%', sm: 200 }}
        />
        {ownZone !== week.timeZone && (
          <div>
            <Text size="sm" fw={500} id="board-zone-label" mb={2}>
              {t('board.zone.label')}
            </Text>
            <SegmentedControl
              aria-labelledby="board-zone-label"
              value={zoneMode}
              onChange={(value) => setParam('zone', value === 'mine' ? 'mine' : null)}
              data={[
                { value: 'week', label: t('board.zone.week', { zone: week.timeZone }) },
                { value: 'mine', label: t('board.zone.mine', { zone: ownZone }) },
              ]}
            />
          </div>
        )}
        {fetching && <Loader size="xs" aria-label={t('state.loading')} />}
      </Group>

      <Group gap="xs" justify="space-between">
        <Text size="sm" c="dimmed">
          {t('board.timesIn', { zone: `${timeZoneName(shownZone, lng)} (${shownZone})` })}
          {ownZone === week.timeZone
            ? null
            : zoneMode === 'week'
              ? ` · ${t('board.zone.yours', { zone: ownZone })}`
              : null}
        </Text>
        <Group gap={4} aria-label={t('board.legend')} role="group">
          {platforms
            .filter((item) => schedule.some((session) => session.platform.code === item.code))
            .map((item) => (
              <Badge key={item.code} size="sm" variant="light" color={platformColor(item.code)} tt="none">
                {item.name}
              </Badge>
            ))}
        </Group>
      </Group>

      <Text size="sm" aria-live="polite">
        {t('board.count', { count: visible.length })}
      </Text>
      {visible.some((session) => session.busySlot) && <Text size="sm">{t('board.busyExplained')}</Text>}

      <BoardGrid
        days={days}
        timeZone={shownZone}
        sessions={visible}
        accountId={account.id}
        onOpen={(session) => setParam('session', session.id)}
      />

      {drawerLoaded && (
        <Suspense fallback={null}>
          <SessionDrawer
            session={selected}
            weekTimeZone={week.timeZone}
            viewerTimeZone={ownZone}
            actor={actor}
            onClose={() => setParam('session', null)}
            onEdit={(session) => {
              setParam('session', null);
              openDialog({ kind: 'edit', session });
            }}
            onStale={() => reexecute({ requestPolicy: 'network-only' })}
          />
        </Suspense>
      )}

      <Suspense fallback={null}>
        {copying && (
          <PlanCopyDialog
            weekId={week.id}
            onClose={() => setCopying(false)}
            onCopied={() => reexecute({ requestPolicy: 'network-only' })}
          />
        )}

        {dialog && (
          <SessionFormDialog
            key={dialogKey}
            week={week}
            platforms={platforms}
            schedule={schedule}
            session={dialog.kind === 'edit' ? dialog.session : undefined}
            defaultDay={defaultDay}
            onClose={() => setDialog(null)}
            onSaved={(session) => {
              setDialog(null);
              setParam('session', session.id);
              reexecute({ requestPolicy: 'network-only' });
            }}
          />
        )}
      </Suspense>
    </Stack>
  );
}
