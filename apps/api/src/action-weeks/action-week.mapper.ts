import type { ActionWeekEntity } from './action-week.entity';
import { textsDeletionDue } from '@empact/domain';
import type { ActionWeekObject } from './dto/action-week.object';
import type { WeekRetentionObject } from './dto/week-retention.object';

export function toActionWeekObject(week: ActionWeekEntity): ActionWeekObject {
  return {
    id: week.id,
    code: week.code,
    title: week.title,
    hostCountry: week.hostCountry,
    firstDay: week.firstDay,
    lastDay: week.lastDay,
    timeZone: week.timeZone,
    status: week.status,
    minCount: week.minCount,
    retentionDays: week.retentionDays,
    requireTwoFactor: week.requireTwoFactor,
    closedAt: week.closedAt,
    textsDeletedAt: week.textsDeletedAt,
    countries: [...week.countries]
      .sort((a, b) =>
        a.country === week.hostCountry
          ? -1
          : b.country === week.hostCountry
            ? 1
            : a.country.localeCompare(b.country),
      )
      .map(({ country, languages, shareNotes }) => ({ country, languages, shareNotes })),
    version: week.version,
  };
}

/** What a week's retention status is made of: the week's own columns and the retention job's last run on it. */
export interface WeekRetentionFacts {
  weekId: string;
  code: string;
  status: WeekRetentionObject['status'];
  closedAt: Date | null;
  retentionDays: number;
  textsDeletedAt: Date | null;
  lastRun: { at: Date; details: Record<string, unknown> | null } | null;
}

/** When a week's free texts go (or went), and what the retention job's last run on it deleted. */
export function toWeekRetentionObject(week: WeekRetentionFacts): WeekRetentionObject {
  const count = (key: string) => Number(week.lastRun?.details?.[key] ?? 0);
  return {
    weekId: week.weekId,
    code: week.code,
    status: week.status,
    closedAt: week.closedAt,
    retentionDays: week.retentionDays,
    textsDeletionDue: week.closedAt ? textsDeletionDue(new Date(week.closedAt), week.retentionDays) : null,
    textsDeletedAt: week.textsDeletedAt,
    lastRun: week.lastRun
      ? {
          at: week.lastRun.at,
          interactions: count('interactions'),
          referrals: count('referrals'),
          revisions: count('revisions'),
          referralNotes: count('referralNotes'),
          debriefs: count('debriefs'),
          debriefComments: count('debriefComments'),
          weekReports: count('weekReports'),
        }
      : null,
  };
}
