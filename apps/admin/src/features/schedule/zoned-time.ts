import { localDate } from '@empact/domain';

/** The zone this browser runs in: the viewer's own. */
export function viewerTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return 'UTC';
  }
}

const formats = new Map<string, Intl.DateTimeFormat>();

function format(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let cached = formats.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    formats.set(key, cached);
  }
  return cached;
}

/** Minutes a zone is ahead of UTC at an instant (Oslo in November: 60). */
function offsetMinutes(instant: Date, timeZone: string): number {
  const parts = format('en-US', timeZone, {
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return Math.round((asUtc - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
}

/** The instant a wall-clock time ("18:00") on a day ("2026-11-25") names in a zone; null when malformed. */
export function zonedInstant(day: string, time: string, timeZone: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !/^\d{2}:\d{2}$/.test(time)) return null;
  const guess = new Date(`${day}T${time}:00Z`);
  if (Number.isNaN(guess.getTime())) return null;
  // The offset at the guess, then at the corrected instant, settles it across a change to or from summer time.
  let instant = new Date(guess.getTime() - offsetMinutes(guess, timeZone) * 60_000);
  instant = new Date(guess.getTime() - offsetMinutes(instant, timeZone) * 60_000);
  return instant;
}

/** The calendar day and the wall-clock time ("09:30") of an instant in a zone. */
export function zonedParts(instant: Date, timeZone: string): { day: string; time: string; minutes: number } {
  const time = format('en-GB', timeZone, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    instant,
  );
  const [hours, minutes] = time.split(':').map(Number);
  return { day: localDate(instant, timeZone), time, minutes: hours * 60 + minutes };
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
