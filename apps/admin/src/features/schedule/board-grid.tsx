import { Badge, Group, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IconAlarm } from '@tabler/icons-react';
import { isOverdue, zonedInstant, zonedParts } from '@empact/domain';
import { countryName } from '../../lib/intl';
import { useNow } from '../overview/use-now';
import { FIRST_HOUR, LAST_HOUR, placeSessions } from './board-layout';
import { platformColor } from './platform-color';
import { type BoardSession, isMine } from './session-model';
import { formatClock, formatTimeRange, formatZonedDay } from './zoned-time';

const HOUR_PX = 56;
const PX_PER_MINUTE = HOUR_PX / 60;
const STATUS_COLOR = { SCHEDULED: 'blue', LIVE: 'green', ENDED: 'gray', CANCELLED: 'gray' } as const;

interface BoardGridProps {
  days: readonly string[];
  /** The zone the board is drawn in: the week's or the viewer's. */
  timeZone: string;
  sessions: readonly BoardSession[];
  accountId: string;
  onOpen: (session: BoardSession) => void;
}

function SessionBlock({
  session,
  timeZone,
  mine,
  now,
  onOpen,
}: {
  session: BoardSession;
  timeZone: string;
  mine: boolean;
  now: Date;
  onOpen: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const startsAt = new Date(session.startsAt);
  const endsAt = new Date(session.endsAt);
  const color = platformColor(session.platform.code);
  const cancelled = session.status === 'CANCELLED';
  const ended = session.status === 'ENDED';
  // A scheduled session whose start has passed stands out: a red edge and tint, and the word (issue #18).
  const overdue = isOverdue({ status: session.status, startsAt, endsAt }, now);
  const countries = session.countries.map((country) => countryName(country, lng)).join(', ');
  const timeRange = formatTimeRange(startsAt, endsAt, timeZone, lng);
  const clocks = `${formatClock(startsAt, timeZone, lng)}–${formatClock(endsAt, timeZone, lng)}`;
  const label = [
    session.platform.name,
    countries,
    timeRange,
    session.venue,
    t(`common:sessionStatus.${session.status}`),
    overdue ? t('now.phase.OVERDUE') : null,
    mine ? t('board.mine') : null,
  ]
    .filter(Boolean)
    .join(' · ');

  // The block's text is its name (WCAG 2.5.3, label in name): what is shown in short (country codes, the clock
  // times) is read out in full (country names, the times with their zone) from text that is only hidden from view.
  return (
    <UnstyledButton
      onClick={onOpen}
      title={label}
      data-session-id={session.id}
      data-status={session.status}
      data-mine={mine || undefined}
      data-overdue={overdue || undefined}
      style={{
        position: 'absolute',
        inset: 0,
        overflow: 'hidden',
        padding: '3px 4px',
        borderRadius: 'var(--mantine-radius-sm)',
        borderLeft: `4px solid var(--mantine-color-${cancelled ? 'gray' : overdue ? 'red' : color}-filled)`,
        // Past and cancelled sessions step back by a grey tint and their status badge, not by fading (faded text
        // fails AA contrast).
        background:
          cancelled || ended
            ? 'var(--mantine-color-gray-light)'
            : `var(--mantine-color-${overdue ? 'red' : color}-light)`,
        outline: mine ? '2px solid var(--mantine-color-text)' : undefined,
        outlineOffset: mine ? -2 : undefined,
        fontSize: 'var(--mantine-font-size-xs)',
        lineHeight: 1.25,
      }}
    >
      <Text
        fw={700}
        fz={11}
        td={cancelled ? 'line-through' : undefined}
        style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
      >
        {session.platform.name}
      </Text>
      <VisuallyHidden>{countries}</VisuallyHidden>
      <Group gap={2} mt={2} wrap="wrap" aria-hidden>
        {session.countries.map((country) => (
          <Badge key={country} size="xs" variant="default" radius="xs" title={countryName(country, lng)}>
            {country}
          </Badge>
        ))}
      </Group>
      <Text size="xs" td={cancelled ? 'line-through' : undefined}>
        <span aria-hidden>{clocks}</span>
        <VisuallyHidden>{timeRange}</VisuallyHidden>
      </Text>
      <Text
        size="xs"
        c="dimmed"
        style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
      >
        {session.venue}
      </Text>
      {(mine || overdue || session.status !== 'SCHEDULED') && (
        <Group gap={2} mt={2}>
          {overdue && (
            <Badge size="xs" variant="filled" color="red" leftSection={<IconAlarm size={10} aria-hidden />}>
              {t('now.phase.OVERDUE')}
            </Badge>
          )}
          {mine && (
            <Badge size="xs" variant="filled" color="dark">
              {t('board.mine')}
            </Badge>
          )}
          {session.status !== 'SCHEDULED' && (
            <Badge size="xs" color={STATUS_COLOR[session.status]} variant={cancelled ? 'outline' : 'light'}>
              {t(`common:sessionStatus.${session.status}`)}
            </Badge>
          )}
        </Group>
      )}
    </UnstyledButton>
  );
}

/**
 * A session of countries the viewer's team does not belong to: the API sends its time, platform, countries and status
 * only. Not a button (there is nothing to open), and muted, so that the board shows the time as taken without
 * pretending to know more.
 */
function BusySlotBlock({ session, timeZone }: { session: BoardSession; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const startsAt = new Date(session.startsAt);
  const endsAt = new Date(session.endsAt);
  const countries = session.countries.map((country) => countryName(country, lng)).join(', ');
  const cancelled = session.status === 'CANCELLED';
  return (
    <div
      data-session-id={session.id}
      data-status={session.status}
      data-busy-slot
      style={{
        position: 'absolute',
        inset: 0,
        overflow: 'hidden',
        padding: '3px 4px',
        borderRadius: 'var(--mantine-radius-sm)',
        border: '1px dashed var(--mantine-color-default-border)',
        // Muted by a grey tint and a dashed edge, not by fading: the text keeps AA contrast.
        background:
          'repeating-linear-gradient(135deg, var(--mantine-color-gray-light) 0 6px, var(--mantine-color-body) 6px 12px)',
        fontSize: 'var(--mantine-font-size-xs)',
        lineHeight: 1.25,
      }}
    >
      {/* Wraps rather than cut off: whose slot it is is what the block is for, in a lane a third of a day wide. */}
      <Text
        fw={600}
        fz={11}
        td={cancelled ? 'line-through' : undefined}
        style={{ overflowWrap: 'anywhere', hyphens: 'auto' }}
      >
        {t('board.busy', { countries })}
      </Text>
      <Text size="xs" style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
        {session.platform.name}
      </Text>
      <Text size="xs" td={cancelled ? 'line-through' : undefined}>
        <span
          aria-hidden
        >{`${formatClock(startsAt, timeZone, lng)}–${formatClock(endsAt, timeZone, lng)}`}</span>
        <VisuallyHidden>{formatTimeRange(startsAt, endsAt, timeZone, lng)}</VisuallyHidden>
      </Text>
      {session.status !== 'SCHEDULED' && (
        <Badge size="xs" mt={2} color="gray" variant={cancelled ? 'outline' : 'light'}>
          {t(`common:sessionStatus.${session.status}`)}
        </Badge>
      )}
    </div>
  );
}

/** The narrowest a day column gets before the board scrolls sideways. */
const DAY_MIN_PX = 196;

/** The week as a timetable: days across, hours down, every session a button at its time. */
export function BoardGrid({ days, timeZone, sessions, accountId, onOpen }: BoardGridProps) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const hours = Array.from({ length: LAST_HOUR - FIRST_HOUR }, (_, index) => FIRST_HOUR + index);
  const placed = placeSessions(sessions, days, timeZone);
  const gridHeight = hours.length * HOUR_PX;
  const now = useNow();
  const today = zonedParts(now, timeZone);
  const nowTop = (today.minutes - FIRST_HOUR * 60) * PX_PER_MINUTE;
  const showNow = today.minutes >= FIRST_HOUR * 60 && today.minutes < LAST_HOUR * 60;

  return (
    // Focusable, so that the timetable scrolls from the keyboard also on days with no session to tab to.
    <div
      role="region"
      aria-label={t('board.title')}
      tabIndex={0}
      style={{
        overflow: 'auto',
        maxHeight: 'calc(100vh - 260px)',
        minHeight: 320,
        border: '1px solid var(--mantine-color-default-border)',
        borderRadius: 'var(--mantine-radius-sm)',
      }}
    >
      <div
        style={{
          display: 'grid',
          // 196 px a day at least: a five-day week fits beside the navigation on a 1366 px laptop, Friday included.
          gridTemplateColumns: `56px repeat(${days.length}, minmax(${DAY_MIN_PX}px, 1fr))`,
          gridTemplateRows: `auto repeat(${hours.length}, ${HOUR_PX}px)`,
          minWidth: 56 + days.length * DAY_MIN_PX,
        }}
      >
        <div
          style={{
            gridColumn: 1,
            gridRow: 1,
            position: 'sticky',
            top: 0,
            left: 0,
            zIndex: 3,
            background: 'var(--mantine-color-body)',
            borderBottom: '1px solid var(--mantine-color-default-border)',
          }}
        />
        {days.map((day, index) => {
          const noon = zonedInstant(day, '12:00', timeZone);
          return (
            <Text
              key={day}
              component="h3"
              size="sm"
              fw={600}
              m={0}
              p={6}
              ta="center"
              style={{
                gridColumn: index + 2,
                gridRow: 1,
                position: 'sticky',
                top: 0,
                zIndex: 2,
                background: 'var(--mantine-color-body)',
                borderBottom: '1px solid var(--mantine-color-default-border)',
                borderLeft: '1px solid var(--mantine-color-default-border)',
              }}
            >
              {formatZonedDay(noon, timeZone, lng)}
            </Text>
          );
        })}
        {hours.map((hour, index) => (
          <Text
            key={hour}
            size="xs"
            c="dimmed"
            ta="right"
            pr={6}
            aria-hidden
            style={{
              gridColumn: 1,
              gridRow: index + 2,
              position: 'sticky',
              left: 0,
              zIndex: 1,
              background: 'var(--mantine-color-body)',
              // Each label sits on its hour's line; the first stays below the header.
              transform: index === 0 ? undefined : 'translateY(-0.6em)',
            }}
          >
            {`${String(hour).padStart(2, '0')}:00`}
          </Text>
        ))}
        {days.map((day, index) => {
          const ofDay = placed.filter((entry) => entry.day === day);
          return (
            <section
              key={day}
              aria-label={formatZonedDay(zonedInstant(day, '12:00', timeZone), timeZone, lng)}
              style={{
                gridColumn: index + 2,
                gridRow: `2 / span ${hours.length}`,
                position: 'relative',
                height: gridHeight,
                borderLeft: '1px solid var(--mantine-color-default-border)',
                backgroundImage: `repeating-linear-gradient(to bottom, var(--mantine-color-default-border) 0, var(--mantine-color-default-border) 1px, transparent 1px, transparent ${HOUR_PX}px)`,
              }}
            >
              {showNow && day === today.day && (
                <div
                  data-now-line=""
                  style={{
                    position: 'absolute',
                    top: nowTop,
                    left: 0,
                    right: 0,
                    zIndex: 2,
                    borderTop: '2px solid var(--mantine-color-red-filled)',
                    pointerEvents: 'none',
                  }}
                >
                  <Text
                    span
                    size="xs"
                    fw={700}
                    px={4}
                    style={{
                      position: 'absolute',
                      top: -10,
                      left: 0,
                      background: 'var(--mantine-color-red-9)',
                      color: 'var(--mantine-color-white)',
                      borderRadius: 'var(--mantine-radius-xs)',
                      lineHeight: '16px',
                    }}
                  >
                    {t('now.nowLine', { time: formatClock(now, timeZone, lng) })}
                  </Text>
                </div>
              )}
              {ofDay.length === 0 && (
                <Text size="xs" c="dimmed" ta="center" mt="md">
                  {t('board.noSessionsThisDay')}
                </Text>
              )}
              {ofDay.map((entry) => (
                <div
                  key={entry.item.id}
                  style={{
                    position: 'absolute',
                    top: entry.top * PX_PER_MINUTE + 1,
                    height: entry.height * PX_PER_MINUTE - 2,
                    left: `calc(${(entry.lane / entry.lanes) * 100}% + 2px)`,
                    width: `calc(${100 / entry.lanes}% - 4px)`,
                  }}
                >
                  {entry.item.busySlot ? (
                    <BusySlotBlock session={entry.item} timeZone={timeZone} />
                  ) : (
                    <SessionBlock
                      session={entry.item}
                      timeZone={timeZone}
                      mine={isMine(entry.item, accountId)}
                      now={now}
                      onOpen={() => onOpen(entry.item)}
                    />
                  )}
                </div>
              ))}
            </section>
          );
        })}
      </div>
    </div>
  );
}
