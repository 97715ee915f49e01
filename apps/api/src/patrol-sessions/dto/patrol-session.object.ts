import { POSITIONS, Position, SESSION_STATUSES, SessionStatus } from '@empact/domain';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PlatformObject } from '../../platforms/dto/platform.object';

export const SessionStatusEnum = Object.fromEntries(SESSION_STATUSES.map((s) => [s, s])) as {
  [K in SessionStatus]: K;
};
registerEnumType(SessionStatusEnum, { name: 'SessionStatus' });
export const PositionEnum = Object.fromEntries(POSITIONS.map((p) => [p, p])) as { [K in Position]: K };
registerEnumType(PositionEnum, { name: 'Position' });

@ObjectType('Person', { description: 'An officer as named on a plan: no e-mail, no role details.' })
export class PersonObject {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  displayName: string;

  @Field(() => String, { nullable: true })
  country: string | null;
}

@ObjectType('ProfileRef', { description: 'The police profile Operator One uses on a session.' })
export class ProfileRefObject {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  displayName: string;

  @Field(() => String)
  platform: string;
}

@ObjectType('Roster', { description: 'Who fills a country’s three positions on a session.' })
export class RosterObject {
  @Field(() => String)
  country: string;

  @Field(() => PersonObject, { nullable: true })
  operatorOne: PersonObject | null;

  @Field(() => PersonObject, { nullable: true })
  operatorTwo: PersonObject | null;

  @Field(() => PersonObject, { nullable: true })
  teamLeader: PersonObject | null;

  @Field(() => ProfileRefObject, { nullable: true })
  profile: ProfileRefObject | null;
}

@ObjectType('MissingPositions')
export class MissingPositionsObject {
  @Field(() => String)
  country: string;

  @Field(() => [PositionEnum])
  positions: Position[];
}

@ObjectType('PatrolSession', {
  description: 'One joint patrol: where, when, which countries, who guides it.',
})
export class PatrolSessionObject {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  weekId: string;

  @Field(() => PlatformObject)
  platform: PlatformObject;

  @Field(() => String, { nullable: true, description: 'Server, world or channel; null in a busy slot.' })
  venue: string | null;

  @Field(() => Date)
  startsAt: Date;

  @Field(() => Date)
  endsAt: Date;

  @Field(() => [String], { description: 'Countries taking part (ISO 3166-1 alpha-2).' })
  countries: string[];

  /** Not exposed: the guide is. */
  guideId: string | null;

  @Field(() => PersonObject, { nullable: true, description: 'The Kripos guide; null in a busy slot.' })
  guide: PersonObject | null;

  @Field(() => String, { nullable: true, description: 'Null in a busy slot.' })
  briefing: string | null;

  @Field(() => SessionStatusEnum)
  status: SessionStatus;

  @Field(() => String, { nullable: true })
  cancelReason: string | null;

  @Field(() => String, { nullable: true, description: 'Why the session was started with empty positions.' })
  startOverrideReason: string | null;

  @Field(() => Date, { nullable: true })
  startedAt: Date | null;

  @Field(() => Date, { nullable: true })
  endedAt: Date | null;

  @Field(() => Int, {
    description: 'Send it back with a change; a change made on an older version is refused.',
  })
  version: number;

  @Field(() => Boolean, {
    description:
      'True when the caller’s country takes no part in the session: it is shown as a busy slot (time, platform, ' +
      'countries, status) without venue, briefing, guide, reasons, start and end times or rosters.',
  })
  busySlot: boolean;

  // The three below are filled for a whole list at once, when the operation asks for them (patrol-session.details).

  @Field(() => [RosterObject], {
    description: 'Rosters the caller may see: their own country’s, or all for coordinators.',
  })
  rosters?: RosterObject[];

  @Field(() => [MissingPositionsObject], {
    description: 'Positions still empty, per country (from the rosters the caller may see).',
  })
  missingPositions?: MissingPositionsObject[];

  @Field(() => Int, {
    description: 'Interactions logged so far (the caller’s country for a team; all for coordinators).',
  })
  interactionCount?: number;
}

@ObjectType('ScheduleChange', { description: 'Something changed in a week’s plan.' })
export class ScheduleChangeObject {
  @Field(() => ID)
  weekId: string;

  @Field(() => ID)
  sessionId: string;

  @Field(() => String, {
    description: 'SCHEDULED, RESCHEDULED, CANCELLED, STARTED, ENDED or ROSTER_CHANGED.',
  })
  change: string;

  @Field(() => Int)
  version: number;

  @Field(() => String, {
    nullable: true,
    description: 'The country whose team leader made the change; null when the host’s coordinators made it.',
  })
  byCountry?: string | null;
}
