import type { TFunction } from 'i18next';
import {
  findScheduleConflicts,
  MAX_SESSION_HOURS,
  missingPositions,
  type ScheduleConflict,
  type SessionPlan,
  sessionTimeProblems,
  type TimeProblem,
  type WeekFrame,
} from '@empact/domain';
import { calendarDay, countryName, dateTimeFormat } from '../../lib/intl';
import { type BoardSession, sessionName, sessionPlanOf } from './session-model';
import { formatClock, formatZonedDay } from './zoned-time';

export interface PlanWarnings {
  time: string[];
  conflicts: string[];
  missing: string[];
}

interface WarningContext {
  week: WeekFrame;
  /** Every session of the week, as loaded: the candidate is checked against them. */
  schedule: readonly BoardSession[];
  /** Display names of people and profiles by id. */
  names: ReadonlyMap<string, string>;
  t: TFunction;
  locale: string;
}

function timeMessage(problem: TimeProblem, { week, t, locale }: WarningContext): string {
  switch (problem) {
    case 'ENDS_BEFORE_START':
      return t('errors:schedule.endsBeforeStart');
    case 'TOO_LONG':
      return t('errors:schedule.tooLong', { hours: MAX_SESSION_HOURS });
    case 'OUTSIDE_WEEK': {
      const day = (iso: string) =>
        dateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(calendarDay(iso));
      return t('errors:schedule.outsideWeek', {
        firstDay: day(week.firstDay),
        lastDay: day(week.lastDay),
        timeZone: week.timeZone,
      });
    }
  }
}

const CONFLICT_KEY = {
  PERSON: 'errors:schedule.conflictPerson',
  COUNTRY: 'errors:schedule.conflictCountry',
  PROFILE: 'errors:schedule.conflictProfile',
  GUIDE: 'errors:schedule.conflictGuide',
} as const;

// The most concrete first, as the API orders them: a person, the guide, a profile, a whole team.
const PRIORITY = { PERSON: 0, GUIDE: 1, PROFILE: 2, COUNTRY: 3 } as const;

function conflictMessage(conflict: ScheduleConflict, context: WarningContext): string {
  const { schedule, names, week, t, locale } = context;
  const other = schedule.find((session) => session.id === conflict.otherSessionId);
  const subject =
    conflict.kind === 'COUNTRY'
      ? countryName(conflict.subject, locale)
      : (names.get(conflict.subject) ?? conflict.subject);
  const zone = week.timeZone;
  return t(CONFLICT_KEY[conflict.kind], {
    subject,
    other: other ? sessionName(other) : conflict.otherSessionId,
    from: `${formatZonedDay(conflict.overlap.startsAt, zone, locale)} ${formatClock(conflict.overlap.startsAt, zone, locale)}`,
    to: formatClock(conflict.overlap.endsAt, zone, locale),
    timeZone: zone,
  });
}

/**
 * What the plan being edited would run into, computed with the same domain rules the API applies, so the
 * coordinator sees it while typing. The API still decides on submit.
 */
export function planWarnings(candidate: SessionPlan, context: WarningContext): PlanWarnings {
  const { t, locale } = context;
  const time = sessionTimeProblems(candidate, context.week).map((problem) => timeMessage(problem, context));
  const valid = candidate.endsAt > candidate.startsAt;
  const conflicts = valid
    ? findScheduleConflicts(candidate, context.schedule.map(sessionPlanOf))
        .sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind])
        .map((conflict) => conflictMessage(conflict, context))
    : [];
  const missing = missingPositions(candidate).map(({ country, positions }) =>
    t('board.form.missingIn', {
      country: countryName(country, locale),
      positions: positions.map((position) => t(`common:position.${position}`)).join(', '),
    }),
  );
  return { time, conflicts: [...new Set(conflicts)], missing };
}
