import { useQuery } from 'urql';
import { localDate } from '@empact/domain';
import type { ActionWeeksQuery as ActionWeeksQueryResult } from '../../gql/graphql';
import { ActionWeeksQuery } from './overview.documents';

export type ActionWeekItem = ActionWeeksQueryResult['actionWeeks'][number];

/** Today as "YYYY-MM-DD" in a week's own zone, to compare with its calendar days. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  try {
    return localDate(now, timeZone);
  } catch {
    return now.toISOString().slice(0, 10);
  }
}

/**
 * The week people mean by "the week": a live one; else the next one being planned; else the latest closed one.
 */
export function pickCurrentWeek(
  weeks: readonly ActionWeekItem[],
  now: Date = new Date(),
): ActionWeekItem | undefined {
  const live = weeks.find((week) => week.status === 'LIVE');
  if (live) return live;
  const byFirstDay = [...weeks].sort((a, b) => a.firstDay.localeCompare(b.firstDay));
  const upcoming = byFirstDay.find(
    (week) => week.status === 'PLANNING' && week.lastDay >= todayIn(week.timeZone, now),
  );
  return upcoming ?? byFirstDay.at(-1);
}

export function useActionWeeks() {
  return useQuery({ query: ActionWeeksQuery });
}
