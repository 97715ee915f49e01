import { type IsoDate, isIsoDate } from './week-days';

/** A wall-clock time on the 24-hour clock, as HH:MM. */
export type ClockTime = string;

// Building a DateTimeFormat costs far more than using one: one per zone, kept.
const wallClocks = new Map<string, Intl.DateTimeFormat>();

function wallClock(timeZone: string): Intl.DateTimeFormat {
  let format = wallClocks.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    wallClocks.set(timeZone, format);
  }
  return format;
}

/** The wall clock of a zone at an instant, read as if it were UTC, in milliseconds (whole seconds). */
function wallClockAsUtc(epochMs: number, timeZone: string): number {
  const parts = wallClock(timeZone).formatToParts(new Date(epochMs));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value);
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
}

/** How far a zone is ahead of UTC at an instant, in milliseconds (Oslo in November: one hour). */
function offsetAt(epochMs: number, timeZone: string): number {
  return wallClockAsUtc(epochMs, timeZone) - Math.floor(epochMs / 1000) * 1000;
}

/** A wall-clock time as HH:MM, from 00:00 to 23:59. */
export function isClockTime(value: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(value);
}

/** Minutes after midnight as a wall-clock time: 510 → "08:30". */
export function clockTime(minutes: number): ClockTime {
  const hours = Math.floor(minutes / 60);
  return `${String(hours).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * The instant a wall-clock time (HH:MM) on a day names in a time zone: 10:00 in Oslo on 20 November is 09:00Z.
 * A time that a change to summer time skips (02:30 on the last Sunday of March in Oslo) lands an hour later.
 */
export function zonedInstant(day: IsoDate, time: ClockTime, timeZone: string): Date {
  const wall = Date.parse(`${day}T${time}:00Z`);
  if (Number.isNaN(wall)) throw new RangeError(`Not a day and a time: ${day} ${time}`);
  // The offset at the guess, then at the corrected instant, settles it across a change to or from summer time.
  const guess = wall - offsetAt(wall, timeZone);
  return new Date(wall - offsetAt(guess, timeZone));
}

/** The instant a day and a time as a person typed them name in a zone; null while either is not (yet) well formed. */
export function typedZonedInstant(day: string, time: string, timeZone: string): Date | null {
  return isIsoDate(day) && isClockTime(time) ? zonedInstant(day, time, timeZone) : null;
}

/** The calendar day, the wall-clock time and the minutes after midnight of an instant in a zone. */
export function zonedParts(
  instant: Date,
  timeZone: string,
): { day: IsoDate; time: ClockTime; minutes: number } {
  const wall = new Date(wallClockAsUtc(instant.getTime(), timeZone));
  const minutes = wall.getUTCHours() * 60 + wall.getUTCMinutes();
  return { day: wall.toISOString().slice(0, 10), time: clockTime(minutes), minutes };
}
