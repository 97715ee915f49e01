import { localDate } from '@empact/domain';
import { dateTimeFormat } from '../../lib/intl';

// Zoned instants and their parts are domain rules (@empact/domain: zonedInstant, zonedParts); here is how they read.

/** The zone this browser runs in: the viewer's own. */
export function viewerTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return 'UTC';
  }
}

// lib/intl makes (and keeps) the formatters, from the app's own locale data.
function format(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return dateTimeFormat(locale, { ...options, timeZone });
}

/** A clock time on the 24-hour clock, as European police rooms read it. */
export function formatClock(instant: Date, timeZone: string, locale: string): string {
  return format(locale, timeZone, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(instant);
}

/** The zone's short name at that instant, as the reader's language writes it ("CET", "GMT+1", "UTC"). */
export function shortZoneName(instant: Date, timeZone: string, locale: string): string {
  const part = format(locale, timeZone, { timeZoneName: 'short' })
    .formatToParts(instant)
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? timeZone;
}

/**
 * "10:00–12:00 GMT+1 (Europe/Oslo)": a time range that always names its zone. The day is added to the end when
 * the range runs past midnight.
 */
export function formatTimeRange(startsAt: Date, endsAt: Date, timeZone: string, locale: string): string {
  const sameDay = localDate(startsAt, timeZone) === localDate(endsAt, timeZone);
  const end = sameDay
    ? formatClock(endsAt, timeZone, locale)
    : format(locale, timeZone, {
        weekday: 'short',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }).format(endsAt);
  return `${formatClock(startsAt, timeZone, locale)}–${end} ${shortZoneName(startsAt, timeZone, locale)} (${timeZone})`;
}

/** "Wed 25 Nov" for a day shown as a column or in a sentence, in the given zone. */
export function formatZonedDay(instant: Date, timeZone: string, locale: string): string {
  return format(locale, timeZone, { weekday: 'short', day: 'numeric', month: 'short' }).format(instant);
}
