import type { RosterPlan, SessionPlan } from '@empact/domain';
import type { PatrolSessionFieldsFragment, WeekBoardQuery } from '../../gql/graphql';

export type BoardSession = PatrolSessionFieldsFragment;
export type BoardWeek = WeekBoardQuery['actionWeek'];
export type BoardPlatform = WeekBoardQuery['platforms'][number];

export function rosterPlanOf(roster: BoardSession['rosters'][number]): RosterPlan {
  return {
    country: roster.country,
    operatorOneId: roster.operatorOne?.id ?? null,
    operatorTwoId: roster.operatorTwo?.id ?? null,
    teamLeaderId: roster.teamLeader?.id ?? null,
    profileId: roster.profile?.id ?? null,
  };
}

/** A loaded session in the shape the domain rules take. */
export function sessionPlanOf(session: BoardSession): SessionPlan {
  return {
    id: session.id,
    status: session.status,
    startsAt: new Date(session.startsAt),
    endsAt: new Date(session.endsAt),
    countries: session.countries,
    guideId: session.guide?.id ?? null,
    rosters: session.rosters.map(rosterPlanOf),
  };
}

/** Whether the account works on the session: as its guide or on one of its rosters. */
export function isMine(session: BoardSession, accountId: string): boolean {
  if (session.guide?.id === accountId) return true;
  return session.rosters.some((roster) =>
    [roster.operatorOne, roster.operatorTwo, roster.teamLeader].some((person) => person?.id === accountId),
  );
}

/**
 * How a session is named in messages, as the API names it: "Discord · Kripos Community Server"; a busy slot (another
 * country's session, without its venue) by its platform alone.
 */
export function sessionName(session: { platform: { name: string }; venue?: string | null }): string {
  return session.venue ? `${session.platform.name} · ${session.venue}` : session.platform.name;
}

/** Names of the people and profiles a schedule mentions, for messages about conflicts. */
export function namesInSchedule(sessions: readonly BoardSession[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const session of sessions) {
    if (session.guide) names.set(session.guide.id, session.guide.displayName);
    for (const roster of session.rosters) {
      for (const item of [roster.operatorOne, roster.operatorTwo, roster.teamLeader, roster.profile]) {
        if (item) names.set(item.id, item.displayName);
      }
    }
  }
  return names;
}
