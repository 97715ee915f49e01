/** A calendar day as YYYY-MM-DD. */
export type IsoDate = string;

/** The calendar day an instant falls on in a time zone. */
export function localDate(instant: Date, timeZone: string): IsoDate {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}

export function addDays(day: IsoDate, days: number): IsoDate {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** ISO weekday: 1 Monday … 7 Sunday. */
export function isoWeekday(day: IsoDate): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay() || 7;
}

/**
 * Monday to Friday of the (ISO) week an instant belongs to, in the week's time zone. On a Saturday or Sunday
 * that is the week just worked, whose logs are still being completed.
 */
export function workingWeekOf(instant: Date, timeZone: string): { firstDay: IsoDate; lastDay: IsoDate } {
  const today = localDate(instant, timeZone);
  const monday = addDays(today, 1 - isoWeekday(today));
  return { firstDay: monday, lastDay: addDays(monday, 4) };
}

/** Every day from the first to the last, inclusive. */
export function daysOf(firstDay: IsoDate, lastDay: IsoDate): IsoDate[] {
  const days: IsoDate[] = [];
  for (let day = firstDay; day <= lastDay; day = addDays(day, 1)) days.push(day);
  return days;
}

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** The longest an action week may run. */
export const MAX_WEEK_DAYS = 14;

export const WEEK_STATUSES = ['PLANNING', 'LIVE', 'CLOSED'] as const;
export type WeekStatusCode = (typeof WEEK_STATUSES)[number];

/** A week moves one way, one step at a time: PLANNING → LIVE → CLOSED. */
export function canMoveWeek(from: WeekStatusCode, to: WeekStatusCode): boolean {
  return WEEK_STATUSES.indexOf(to) === WEEK_STATUSES.indexOf(from) + 1;
}

/** A real calendar day as YYYY-MM-DD (not 2026-02-30, not 0000-00-00). */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** A well-formed BCP 47 language tag (nb, fr-BE, sv-FI). */
export function isLanguageTag(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value).length === 1 && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(value);
  } catch {
    return false;
  }
}
