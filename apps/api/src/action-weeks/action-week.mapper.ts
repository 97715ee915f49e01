import type { ActionWeekEntity } from './action-week.entity';
import type { ActionWeekObject } from './dto/action-week.object';

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
