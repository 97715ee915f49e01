import { type Position, SESSION_PHASES, type SessionPhase, type SessionStatus } from '@empact/domain';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PositionEnum, SessionStatusEnum } from '../../patrol-sessions/dto/patrol-session.object';
import { ReferralStatusEnum, UrgencyEnum } from '../../taxonomy/taxonomy.enums';

export const SessionPhaseEnum = Object.fromEntries(SESSION_PHASES.map((p) => [p, p])) as {
  [K in SessionPhase]: K;
};
registerEnumType(SessionPhaseEnum, {
  name: 'SessionPhase',
  description:
    'Where a session stands now: LIVE; OVERDUE (scheduled, its start passed, not started); NEXT (within the hour); LATER; ENDED; CANCELLED.',
});

export const START_ANSWERS = ['YES', 'WITH_REASON', 'NO'] as const;
export type StartAnswer = (typeof START_ANSWERS)[number];
export const StartAnswerEnum = Object.fromEntries(START_ANSWERS.map((a) => [a, a])) as {
  [K in StartAnswer]: K;
};
registerEnumType(StartAnswerEnum, {
  name: 'StartAnswer',
  description:
    'Whether the caller may start the session: YES, WITH_REASON (positions empty: a coordinator’s reason), NO.',
});

@ObjectType('NowGap', {
  description: 'What one country still lacks on a session: positions, a police profile.',
})
export class NowGapObject {
  @Field(() => String)
  country: string;

  @Field(() => [PositionEnum])
  positions: Position[];

  @Field(() => Boolean)
  profileMissing: boolean;
}

@ObjectType('NowSession', { description: 'A session as the home page lists it.' })
export class NowSessionObject {
  @Field(() => ID)
  id: string;

  @Field(() => SessionStatusEnum)
  status: SessionStatus;

  @Field(() => SessionPhaseEnum)
  phase: SessionPhase;

  @Field(() => Date)
  startsAt: Date;

  @Field(() => Date)
  endsAt: Date;

  @Field(() => String)
  platformCode: string;

  @Field(() => String)
  platformName: string;

  @Field(() => String)
  venue: string;

  @Field(() => [String])
  countries: string[];

  @Field(() => Boolean, { description: 'Live past its planned end: someone should end it.' })
  overrunning: boolean;

  @Field(() => StartAnswerEnum)
  mayStart: StartAnswer;

  @Field(() => [NowGapObject], { description: 'The gaps of the countries in the caller’s reach.' })
  gaps: NowGapObject[];
}

@ObjectType('NowDebrief', {
  description: 'A debrief owed by a country, or one submitted and waiting for review.',
})
export class NowDebriefObject {
  @Field(() => ID)
  sessionId: string;

  @Field(() => ID, { nullable: true })
  debriefId: string | null;

  @Field(() => String)
  country: string;

  @Field(() => Date)
  sessionEndsAt: Date;

  @Field(() => String)
  platformName: string;

  @Field(() => String, { description: 'MISSING, or the debrief’s status.' })
  state: string;
}

@ObjectType('NowReferralCounts', {
  description: 'Referrals still waiting for action (open or acknowledged), by urgency.',
})
export class NowReferralCountsObject {
  @Field(() => Int)
  immediate: number;

  @Field(() => Int)
  priority: number;

  @Field(() => Int)
  routine: number;
}

@ObjectType('NowReferral', { description: 'An urgent referral waiting for action; never its details.' })
export class NowReferralObject {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  sessionId: string;

  @Field(() => String)
  country: string;

  @Field(() => UrgencyEnum)
  urgency: string;

  @Field(() => ReferralStatusEnum)
  status: string;

  @Field(() => String)
  receivingUnit: string;

  @Field(() => String)
  reasonCode: string;

  @Field(() => Date)
  createdAt: Date;
}

@ObjectType('WeekNow', {
  description:
    'What the caller should do now in a week: their own sessions, sessions to start or end, staffing gaps, debriefs and referrals, each scoped to the caller’s reach.',
})
export class WeekNowObject {
  @Field(() => ID)
  weekId: string;

  @Field(() => Date, { description: 'The moment the answer was made.' })
  at: Date;

  @Field(() => [NowSessionObject], {
    description:
      'The caller’s own sessions (rostered or guiding), live first, then overdue, then next; no ended ones.',
  })
  mySessions: NowSessionObject[];

  @Field(() => [NowSessionObject], { description: 'Live sessions in reach.' })
  live: NowSessionObject[];

  @Field(() => [NowSessionObject], {
    description: 'Sessions in reach to start: overdue, or starting within the hour.',
  })
  toStart: NowSessionObject[];

  @Field(() => [NowSessionObject], { description: 'Live sessions in reach past their planned end.' })
  toEnd: NowSessionObject[];

  @Field(() => [NowSessionObject], {
    description: 'Coming sessions in reach with a position or a police profile missing.',
  })
  unstaffed: NowSessionObject[];

  @Field(() => [NowDebriefObject], {
    description:
      'Ended sessions without a submitted debrief (team leaders: their country’s; coordinators: all).',
  })
  debriefsOwed: NowDebriefObject[];

  @Field(() => [NowDebriefObject], {
    description: 'Coordinators: submitted debriefs nobody has commented on since.',
  })
  debriefsToReview: NowDebriefObject[];

  @Field(() => NowReferralCountsObject, {
    description: 'Referrals waiting for action (team leaders: their country’s; coordinators: all).',
  })
  openReferrals: NowReferralCountsObject;

  @Field(() => [NowReferralObject], {
    description: 'The IMMEDIATE and PRIORITY referrals waiting for action, most urgent and oldest first.',
  })
  urgentReferrals: NowReferralObject[];
}
