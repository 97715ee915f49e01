import { dateTimeFormat } from './intl';

type DayPart = 'day' | 'month' | 'year';

/** The order of day, month and year in the reader's numeric dates, and what separates them ("31.12.2026"). */
export function dayPattern(locale: string): { order: DayPart[]; separator: string } {
  const parts = dateTimeFormat(locale, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone: 'UTC',
  }).formatToParts(new Date(Date.UTC(2026, 11, 31)));
  const order = parts
    .map((part) => part.type)
    .filter((type): type is DayPart => type === 'day' || type === 'month' || type === 'year');
  const separator = parts.find((part) => part.type === 'literal')?.value ?? '-';
  return { order: order.length === 3 ? order : ['year', 'month', 'day'], separator };
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** A calendar day ("2026-12-07") as the reader writes it: "07.12.2026" in Norwegian, "07/12/2026" in English. */
export function formatDayInput(day: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  const values: Record<DayPart, string> = { year: match[1], month: match[2], day: match[3] };
  const { order, separator } = dayPattern(locale);
  return order.map((part) => values[part]).join(separator);
}

/**
 * What someone typed into a date field, read as a calendar day ("2026-12-07"): the reader's own order with any of
 * the usual separators ("7.12.2026", "07/12/26", "7-12-2026", "7 12 2026"), or an ISO date ("2026-12-07") in any
 * language. Null for anything that is not a real day ("31.02.2026", "next Monday").
 */
export function readDay(typed: string, locale: string): string | null {
  const text = typed.trim();
  if (text === '') return null;
  const numbers = text.split(/[\s./-]+/).filter(Boolean);
  if (numbers.length !== 3 || numbers.some((n) => !/^\d+$/.test(n))) return null;
  const iso = /^\d{4}$/.test(numbers[0]);
  const order: DayPart[] = iso ? ['year', 'month', 'day'] : dayPattern(locale).order;
  const value = (part: DayPart) => Number(numbers[order.indexOf(part)]);
  const yearText = numbers[order.indexOf('year')];
  if (yearText.length !== 2 && yearText.length !== 4) return null;
  const year = yearText.length === 2 ? 2000 + value('year') : value('year');
  const month = value('month');
  const day = value('day');
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}
