import { lazy, type ReactNode, Suspense, useCallback } from 'react';
import {
  Alert,
  Anchor,
  Button,
  Card,
  Group,
  Loader,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconAlertCircle, IconLayoutBoard, IconPencilPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useQuery } from 'urql';
import { byNow, can, hasRole } from '@empact/domain';
import { toActor, useAccount } from '../../auth/use-session';
import { serverErrors } from '../../graphql/errors';
import type { WeekNowQuery as WeekNowResult } from '../../gql/graphql';
import { countryName, formatInstant } from '../../lib/intl';
import { ReferralStatusBadge, UrgencyBadge } from '../referrals/referral-badges';
import { formatClock, formatZonedDay } from '../schedule/zoned-time';
import type { ActionWeekItem } from './current-week';
import { type NowSession, NowSessionItem, phaseAt, useGapText } from './now-session-item';
import { WeekNowQuery } from './overview.documents';
import { useNow } from './use-now';

const NowFigures = lazy(() => import('./now-figures'));

type WeekNow = WeekNowResult['weekNow'];
/** How many of a list the home page shows; the rest is a click away. */
const SHOWN = 5;

const sortedAt = (sessions: readonly NowSession[], now: Date) =>
  [...sessions]
    .map((session) => ({
      session,
      timed: {
        status: session.status,
        startsAt: new Date(session.startsAt),
        endsAt: new Date(session.endsAt),
      },
    }))
    .sort((a, b) => byNow(now)(a.timed, b.timed))
    .map(({ session }) => session);

/**
 * The home page's lead (issue #18): what this person should do now in the current week. The people who run sessions
 * get their own session and what waits for them (starts, ends, staffing, debriefs, referrals); a liaison gets the
 * week's headline figures; others nothing.
 */
export function NowPanel({ week }: { week: ActionWeekItem }) {
  const { t } = useTranslation();
  const actor = toActor(useAccount());
  if (can(actor, 'week.now')) return <WeekNowCard week={week} />;
  if (can(actor, 'outcomes.read'))
    return (
      <Suspense fallback={<Loader size="sm" aria-label={t('state.loading')} />}>
        <NowFigures week={week} />
      </Suspense>
    );
  return null;
}

function Section({
  id,
  title,
  count,
  empty,
  children,
  more,
}: {
  id: string;
  title: string;
  count: number;
  empty: string;
  children: ReactNode;
  more?: ReactNode;
}) {
  return (
    <Stack gap="xs" component="section" aria-labelledby={id}>
      <Title order={4} size="h5" id={id}>
        {title} ({count})
      </Title>
      {count === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        children
      )}
      {more}
    </Stack>
  );
}

function WeekNowCard({ week }: { week: ActionWeekItem }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const actor = toActor(useAccount());
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: WeekNowQuery,
    variables: { weekId: week.id },
    requestPolicy: 'cache-and-network',
  });
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const now = useNow(refresh);
  const answer = data?.weekNow;

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="now-title" data-testid="now-panel">
      <Stack gap="md">
        <Group justify="space-between" align="baseline">
          <Title order={3} id="now-title">
            {t('now.title')}
          </Title>
          {answer && (
            <Text size="xs" c="dimmed" aria-live="polite">
              {t('now.updated', { time: formatClock(new Date(answer.at), week.timeZone, lng) })}
            </Text>
          )}
        </Group>
        {fetching && !answer && <Loader size="sm" aria-label={t('state.loading')} />}
        {error && !answer && (
          <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert">
            {serverErrors(error, t('errors.network'))[0]?.message}
          </Alert>
        )}
        {answer && (
          <>
            {hasRole(actor, 'OPERATOR', 'TEAM_LEADER') && (
              <YourSession answer={answer} week={week} now={now} />
            )}
            {hasRole(actor, 'COORDINATOR') ? (
              <CoordinatorNow answer={answer} week={week} now={now} />
            ) : (
              hasRole(actor, 'TEAM_LEADER') && <LeaderNow answer={answer} week={week} now={now} />
            )}
          </>
        )}
      </Stack>
    </Card>
  );
}

/** The operator's (and team leader's) own session: the live one with one button to its log, else the next. */
function YourSession({ answer, week, now }: { answer: WeekNow; week: ActionWeekItem; now: Date }) {
  const { t } = useTranslation();
  const mine = sortedAt(answer.mySessions, now).filter((s) => {
    const phase = phaseAt(s, now);
    return phase !== 'ENDED' && phase !== 'CANCELLED';
  });
  const [current, ...rest] = mine;
  return (
    <Stack gap="xs" component="section" aria-labelledby="now-yours">
      <Title order={4} size="h5" id="now-yours">
        {t('now.yourSession')}
      </Title>
      {!current && (
        <Text size="sm" c="dimmed">
          {t('now.noSession')}
        </Text>
      )}
      {current && (
        <NowSessionItem
          session={current}
          timeZone={week.timeZone}
          now={now}
          extra={
            current.status === 'SCHEDULED' && <Text size="sm">{t(`now.whoStarts.${current.mayStart}`)}</Text>
          }
          action={
            current.status === 'LIVE' ? (
              <Button
                component={Link}
                to={`/sessions/${current.id}`}
                size="lg"
                leftSection={<IconPencilPlus size={20} aria-hidden />}
              >
                {t('now.openLog')}
              </Button>
            ) : (
              <Button component={Link} to={`/sessions/${current.id}`} variant="default">
                {t('now.openSession')}
              </Button>
            )
          }
        />
      )}
      {rest.length > 0 && (
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('now.thenComing')}
          </Text>
          {rest.slice(0, 3).map((session) => (
            <NowSessionItem
              key={session.id}
              session={session}
              timeZone={week.timeZone}
              now={now}
              action={
                <Button component={Link} to={`/sessions/${session.id}`} variant="default" size="xs">
                  {t('now.openSession')}
                </Button>
              }
            />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

const boardLink = (weekId: string, sessionId?: string) =>
  `/weeks/${weekId}/board${sessionId ? `?session=${sessionId}` : ''}`;

/** Sessions to start or end, each with a link to it on the board, where it is started and ended. */
function SessionList({
  sessions,
  week,
  now,
  gaps = false,
}: {
  sessions: readonly NowSession[];
  week: ActionWeekItem;
  now: Date;
  gaps?: boolean;
}) {
  const { t } = useTranslation();
  const gapText = useGapText();
  return (
    <Stack gap={4}>
      {sessions.slice(0, SHOWN).map((session) => (
        <NowSessionItem
          key={session.id}
          session={session}
          timeZone={week.timeZone}
          now={now}
          extra={
            gaps ? (
              <Text size="sm" c="red.9">
                {t('now.missing', { gaps: gapText(session) })}
              </Text>
            ) : undefined
          }
          action={
            <Button
              component={Link}
              to={boardLink(week.id, session.id)}
              variant="default"
              size="xs"
              leftSection={<IconLayoutBoard size={14} aria-hidden />}
            >
              {t('now.onBoard')}
            </Button>
          }
        />
      ))}
      {sessions.length > SHOWN && (
        <Anchor component={Link} to={boardLink(week.id)} size="sm">
          {t('now.more', { count: sessions.length - SHOWN })}
        </Anchor>
      )}
    </Stack>
  );
}

function ReferralList({ answer, week }: { answer: WeekNow; week: ActionWeekItem }) {
  const { t, i18n } = useTranslation();
  const { immediate, priority, routine } = answer.openReferrals;
  return (
    <Stack gap={4}>
      <Text size="sm">{t('now.referralCounts', { immediate, priority, routine })}</Text>
      {answer.urgentReferrals.slice(0, SHOWN).map((referral) => (
        <Paper key={referral.id} withBorder p="xs" radius="md" data-referral-id={referral.id}>
          <Group gap={6} wrap="wrap">
            <UrgencyBadge urgency={referral.urgency} />
            <ReferralStatusBadge status={referral.status} />
            <Text size="sm" fw={600}>
              {t(`taxonomy:topic.${referral.reasonCode}`)}
            </Text>
            <Text size="sm">
              {t(`taxonomy:receivingUnit.${referral.receivingUnit}`)} ·{' '}
              {countryName(referral.country, i18n.language)} ·{' '}
              {formatInstant(referral.createdAt, i18n.language)}
            </Text>
          </Group>
        </Paper>
      ))}
      <Anchor component={Link} to={`/weeks/${week.id}/referrals`} size="sm">
        {t('now.openReferralQueue')}
      </Anchor>
    </Stack>
  );
}

function DebriefList({
  debriefs,
  week,
  review,
}: {
  debriefs: WeekNow['debriefsOwed'];
  week: ActionWeekItem;
  review: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  return (
    <Stack gap={4}>
      {debriefs.slice(0, SHOWN).map((debrief) => {
        const endsAt = new Date(debrief.sessionEndsAt);
        return (
          <Paper key={`${debrief.sessionId}-${debrief.country}`} withBorder p="xs" radius="md">
            <Group justify="space-between" gap="xs" wrap="wrap">
              <Text size="sm">
                <Text span fw={600}>
                  {debrief.platformName}
                </Text>{' '}
                · {formatZonedDay(endsAt, week.timeZone, lng)} {formatClock(endsAt, week.timeZone, lng)} ·{' '}
                {countryName(debrief.country, lng)} · {t(`now.debriefState.${debrief.state}`)}
              </Text>
              <Button
                component={Link}
                to={review ? `/weeks/${week.id}/debriefs` : `/sessions/${debrief.sessionId}/debrief`}
                variant="default"
                size="xs"
              >
                {review ? t('now.review') : t('now.writeDebrief')}
              </Button>
            </Group>
          </Paper>
        );
      })}
      {debriefs.length > SHOWN && (
        <Text size="sm" c="dimmed">
          {t('now.more', { count: debriefs.length - SHOWN })}
        </Text>
      )}
    </Stack>
  );
}

/** A team leader: sessions of the country to start or end, debriefs owed, open referrals, staffing gaps. */
function LeaderNow({ answer, week, now }: { answer: WeekNow; week: ActionWeekItem; now: Date }) {
  const { t } = useTranslation();
  const toRun = sortedAt([...answer.toEnd, ...answer.toStart], now);
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <Section
        id="now-to-run"
        title={t('now.toStartOrEnd')}
        count={toRun.length}
        empty={t('now.nothingToRun')}
      >
        <SessionList sessions={toRun} week={week} now={now} />
      </Section>
      <Section
        id="now-debriefs-owed"
        title={t('now.debriefsOwed')}
        count={answer.debriefsOwed.length}
        empty={t('now.noDebriefsOwed')}
      >
        <DebriefList debriefs={answer.debriefsOwed} week={week} review={false} />
      </Section>
      <Section
        id="now-referrals"
        title={t('now.openReferrals')}
        count={answer.openReferrals.immediate + answer.openReferrals.priority + answer.openReferrals.routine}
        empty={t('now.noOpenReferrals')}
      >
        <ReferralList answer={answer} week={week} />
      </Section>
      <Section
        id="now-unstaffed"
        title={t('now.unstaffed')}
        count={answer.unstaffed.length}
        empty={t('now.noneUnstaffed')}
      >
        <SessionList sessions={answer.unstaffed} week={week} now={now} gaps />
      </Section>
    </SimpleGrid>
  );
}

/** A coordinator: the whole week at a glance: live, overdue, to end, unstaffed, urgent referrals, debriefs. */
function CoordinatorNow({ answer, week, now }: { answer: WeekNow; week: ActionWeekItem; now: Date }) {
  const { t } = useTranslation();
  const overdue = answer.toStart.filter((s) => phaseAt(s, now) === 'OVERDUE');
  const soon = answer.toStart.filter((s) => phaseAt(s, now) !== 'OVERDUE');
  const tiles = [
    { key: 'live', label: t('now.live'), value: answer.live.length, alert: false },
    { key: 'overdue', label: t('now.overdue'), value: overdue.length, alert: overdue.length > 0 },
    { key: 'toEnd', label: t('now.toEnd'), value: answer.toEnd.length, alert: answer.toEnd.length > 0 },
    { key: 'unstaffed', label: t('now.unstaffed'), value: answer.unstaffed.length, alert: false },
    {
      key: 'urgent',
      label: t('now.urgentReferrals'),
      value: answer.urgentReferrals.length,
      alert: answer.openReferrals.immediate > 0,
    },
    { key: 'review', label: t('now.debriefsToReview'), value: answer.debriefsToReview.length, alert: false },
  ];
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm" component="dl" m={0}>
        {tiles.map((tile) => (
          <Paper
            key={tile.key}
            withBorder
            p="sm"
            radius="md"
            data-tile={tile.key}
            style={
              tile.alert ? { borderColor: 'var(--mantine-color-red-filled)', borderWidth: 2 } : undefined
            }
          >
            <Text
              component="dt"
              size="xs"
              c={tile.alert ? 'red.9' : 'dimmed'}
              fw={tile.alert ? 700 : undefined}
            >
              {tile.label}
            </Text>
            <Text component="dd" m={0} fw={700} fz="xl">
              {tile.value}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Section
          id="now-overdue"
          title={t('now.overdue')}
          count={overdue.length}
          empty={t('now.noneOverdue')}
        >
          <SessionList sessions={overdue} week={week} now={now} />
        </Section>
        <Section
          id="now-urgent"
          title={t('now.urgentReferrals')}
          count={answer.urgentReferrals.length}
          empty={t('now.noUrgentReferrals')}
        >
          <ReferralList answer={answer} week={week} />
        </Section>
        <Section id="now-live" title={t('now.live')} count={answer.live.length} empty={t('now.noneLive')}>
          <SessionList sessions={answer.live} week={week} now={now} />
        </Section>
        <Section
          id="now-to-end"
          title={t('now.toEnd')}
          count={answer.toEnd.length}
          empty={t('now.noneToEnd')}
        >
          <SessionList sessions={answer.toEnd} week={week} now={now} />
        </Section>
        <Section id="now-soon" title={t('now.startingSoon')} count={soon.length} empty={t('now.noneSoon')}>
          <SessionList sessions={soon} week={week} now={now} />
        </Section>
        <Section
          id="now-unstaffed"
          title={t('now.unstaffed')}
          count={answer.unstaffed.length}
          empty={t('now.noneUnstaffed')}
        >
          <SessionList sessions={answer.unstaffed} week={week} now={now} gaps />
        </Section>
        <Section
          id="now-review"
          title={t('now.debriefsToReview')}
          count={answer.debriefsToReview.length}
          empty={t('now.noDebriefsToReview')}
        >
          <DebriefList debriefs={answer.debriefsToReview} week={week} review />
        </Section>
      </SimpleGrid>
    </Stack>
  );
}
