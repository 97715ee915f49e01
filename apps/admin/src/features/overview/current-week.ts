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
 * The week people mean by "the week": a live one (the one that started last, so that a week set live early does not
 * take the place of the one running now; else the first live one to come); else the next one being planned; else the
 * latest closed one.
 */
export function pickCurrentWeek(
  weeks: readonly ActionWeekItem[],
  now: Date = new Date(),
): ActionWeekItem | undefined {
  const byFirstDay = [...weeks].sort((a, b) => a.firstDay.localeCompare(b.firstDay));
  const live = weeks.filter((week) => week.status === 'LIVE');
  // Of weeks that start on the same day, the first as given (the API lists the newest first).
  const pick = (candidates: ActionWeekItem[], later: boolean) =>
    candidates.reduce<ActionWeekItem | undefined>(
      (best, week) =>
        !best || (later ? week.firstDay > best.firstDay : week.firstDay < best.firstDay) ? week : best,
      undefined,
    );
  const started = pick(
    live.filter((week) => week.firstDay <= todayIn(week.timeZone, now)),
    true,
  );
  if (started) return started;
  const nextLive = pick(live, false);
  if (nextLive) return nextLive;
  const upcoming = byFirstDay.find(
    (week) => week.status === 'PLANNING' && week.lastDay >= todayIn(week.timeZone, now),
  );
  return upcoming ?? byFirstDay.at(-1);
}

export function useActionWeeks() {
  return useQuery({ query: ActionWeeksQuery });
}
