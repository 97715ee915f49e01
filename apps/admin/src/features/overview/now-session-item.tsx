import type { ReactNode } from 'react';
import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isOverrunning, sessionPhase } from '@empact/domain';
import type { WeekNowQuery } from '../../gql/graphql';
import { countryName } from '../../lib/intl';
import { platformColor } from '../schedule/platform-color';
import { formatClock, formatTimeRange, formatZonedDay } from '../schedule/zoned-time';
import { PhaseBadge } from './phase-badge';

export type NowSession = WeekNowQuery['weekNow']['mySessions'][number];

/** The session's phase at `now` (the answer's own phase was right when it was made; the clock moves on). */
export function phaseAt(session: NowSession, now: Date) {
  return sessionPhase(
    { status: session.status, startsAt: new Date(session.startsAt), endsAt: new Date(session.endsAt) },
    now,
  );
}

/** The gaps of a session in words: "Finland: Operator Two, police profile". */
export function useGapText(): (session: NowSession) => string {
  const { t, i18n } = useTranslation();
  return (session) =>
    session.gaps
      .map((gap) =>
        t('now.gap', {
          country: countryName(gap.country, i18n.language),
          missing: [
            ...gap.positions.map((position) => t(`common:position.${position}`)),
            ...(gap.profileMissing ? [t('now.profile')] : []),
          ].join(', '),
        }),
      )
      .join(' · ');
}

/**
 * One session as the home page lists it: its phase in words (an overdue start stands out in red with an alarm sign),
 * platform, venue, day and time in the week's zone, countries, and what to do (`action`).
 */
export function NowSessionItem({
  session,
  timeZone,
  now,
  action,
  extra,
}: {
  session: NowSession;
  timeZone: string;
  now: Date;
  action?: ReactNode;
  extra?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const startsAt = new Date(session.startsAt);
  const endsAt = new Date(session.endsAt);
  const phase = phaseAt(session, now);
  const overdue = phase === 'OVERDUE';
  const overrunning = isOverrunning({ status: session.status, startsAt, endsAt }, now);
  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      data-session-id={session.id}
      data-phase={phase}
      style={
        overdue
          ? { borderColor: 'var(--mantine-color-red-filled)', borderLeftWidth: 4 }
          : phase === 'LIVE'
            ? { borderColor: 'var(--mantine-color-green-filled)', borderLeftWidth: 4 }
            : undefined
      }
    >
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Stack gap={2}>
          <Group gap={6} wrap="wrap">
            <PhaseBadge phase={phase} />
            <Badge color={platformColor(session.platformCode)} variant="light">
              {session.platformName}
            </Badge>
            <Text fw={600}>{session.venue}</Text>
          </Group>
          <Text size="sm">
            {formatZonedDay(startsAt, timeZone, lng)} · {formatTimeRange(startsAt, endsAt, timeZone, lng)}
          </Text>
          <Text size="sm" c="dimmed">
            {session.countries.map((country) => countryName(country, lng)).join(', ')}
          </Text>
          {overdue && (
            <Text size="sm" c="red.9" fw={600}>
              {t('now.overdueSince', { time: formatClock(startsAt, timeZone, lng) })}
            </Text>
          )}
          {overrunning && (
            <Text size="sm" c="red.9" fw={600}>
              {t('now.pastEnd', { time: formatClock(endsAt, timeZone, lng) })}
            </Text>
          )}
          {extra}
        </Stack>
        {action}
      </Group>
    </Paper>
  );
}
