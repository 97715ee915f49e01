import type { SessionStatus } from '../schedule/schedule-rules';

/** A country's active accounts by role, as the repository counts them. */
export interface TeamFacts {
  country: string;
  teamLeaders: number;
  operators: number;
}

/** A country's ACTIVE blue police profiles on one platform. */
export interface ProfileFacts {
  country: string;
  platform: string;
  active: number;
}

/** One country's roster on a session: who is named, and the profile Operator One uses. */
export interface RosterFacts {
  country: string;
  operatorOneId: string | null;
  operatorTwoId: string | null;
  teamLeaderId: string | null;
  profileId: string | null;
}

export interface SessionFacts {
  id: string;
  startsAt: Date;
  platform: string;
  status: SessionStatus;
  countries: readonly string[];
  rosters: readonly RosterFacts[];
}

/** What the readiness of a week is computed from: gathered by the API, each fact from its own table. */
export interface WeekReadinessFacts {
  /** The week's countries, in the order the checklist lists them (the host first). */
  countries: readonly string[];
  teams: readonly TeamFacts[];
  profiles: readonly ProfileFacts[];
  sessions: readonly SessionFacts[];
  publishedGuidance: number;
}

export const READINESS_CODES = [
  /** A country lacks its team of three: a team leader and two operators with active accounts. */
  'TEAM_INCOMPLETE',
  /** The week has no session planned. */
  'NO_SESSIONS',
  /** A country takes part in sessions on a platform and has no ACTIVE blue profile there. */
  'PROFILE_MISSING',
  /** A planned session has positions (Operator One, Operator Two, team leader, profile) empty for a country. */
  'SESSION_UNSTAFFED',
  /** No guidance note of the week is published. */
  'GUIDANCE_NOT_PUBLISHED',
] as const;
export type ReadinessCode = (typeof READINESS_CODES)[number];

export const TEAM_SIZE = { teamLeaders: 1, operators: 2 } as const;

export interface ReadinessItem {
  code: ReadinessCode;
  country: string | null;
  platform: string | null;
  sessionId: string | null;
  sessionStartsAt: Date | null;
  /** How many are missing: people of the team, positions of the roster; for a missing profile the sessions that need one. */
  count: number;
}

const item = (code: ReadinessCode, fields: Partial<Omit<ReadinessItem, 'code'>> = {}): ReadinessItem => ({
  code,
  country: null,
  platform: null,
  sessionId: null,
  sessionStartsAt: null,
  count: 1,
  ...fields,
});

/**
 * What is missing before a week can go live, per country in the order of the week's countries, then per session in
 * time order; empty when nothing is. Going live with items left is allowed: the coordinator is asked first. Sessions
 * cancelled do not count; ended and live sessions need no more staff.
 */
export function weekReadiness(facts: WeekReadinessFacts): ReadinessItem[] {
  const items: ReadinessItem[] = [];
  for (const country of facts.countries) {
    const team = facts.teams.find((t) => t.country === country);
    const missing =
      Math.max(0, TEAM_SIZE.teamLeaders - (team?.teamLeaders ?? 0)) +
      Math.max(0, TEAM_SIZE.operators - (team?.operators ?? 0));
    if (missing > 0) items.push(item('TEAM_INCOMPLETE', { country, count: missing }));
  }

  const planned = facts.sessions
    .filter((s) => s.status !== 'CANCELLED')
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.id.localeCompare(b.id));
  if (planned.length === 0) items.push(item('NO_SESSIONS', { count: 0 }));

  // Each country's platforms, in the order its sessions come, with how many sessions need a profile there.
  for (const country of facts.countries) {
    const needs = new Map<string, number>();
    for (const session of planned)
      if (session.countries.includes(country))
        needs.set(session.platform, (needs.get(session.platform) ?? 0) + 1);
    for (const [platform, sessions] of needs) {
      const active =
        facts.profiles.find((p) => p.country === country && p.platform === platform)?.active ?? 0;
      if (active < 1) items.push(item('PROFILE_MISSING', { country, platform, count: sessions }));
    }
  }

  for (const session of planned) {
    if (session.status !== 'SCHEDULED') continue;
    // In the order of the week's countries (the host first), as the other items.
    for (const country of facts.countries.filter((c) => session.countries.includes(c))) {
      const roster = session.rosters.find((r) => r.country === country);
      const empty = [
        roster?.operatorOneId,
        roster?.operatorTwoId,
        roster?.teamLeaderId,
        roster?.profileId,
      ].filter((value) => !value).length;
      if (empty > 0)
        items.push(
          item('SESSION_UNSTAFFED', {
            country,
            platform: session.platform,
            sessionId: session.id,
            sessionStartsAt: session.startsAt,
            count: empty,
          }),
        );
    }
  }

  if (facts.publishedGuidance < 1) items.push(item('GUIDANCE_NOT_PUBLISHED', { count: 0 }));
  return items;
}
