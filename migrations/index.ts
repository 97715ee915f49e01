import { Foundation1763900000000 } from './1763900000000-Foundation';
import { PlanTheWeek1763910000000 } from './1763910000000-PlanTheWeek';
import { InteractionsAndReferrals1763920000000 } from './1763920000000-InteractionsAndReferrals';
import { GuidanceAndDebriefs1763930000000 } from './1763930000000-GuidanceAndDebriefs';
import { WeekReport1763940000000 } from './1763940000000-WeekReport';
import { OutcomesThreshold1763950000000 } from './1763950000000-OutcomesThreshold';
import { OutcomeTally1763960000000 } from './1763960000000-OutcomeTally';
import { RowLevelSecurity1763970000000 } from './1763970000000-RowLevelSecurity';
import { Retention1763980000000 } from './1763980000000-Retention';
import { TallyReferralsAndSessions1763990000000 } from './1763990000000-TallyReferralsAndSessions';
import { OutcomeTallyWeek1764000000000 } from './1764000000000-OutcomeTallyWeek';
import { CellKeys1764100000000 } from './1764100000000-CellKeys';
import { TwoFactor1764200000000 } from './1764200000000-TwoFactor';
import { WeekRequiresTwoFactor1764210000000 } from './1764210000000-WeekRequiresTwoFactor';
import { RosterProfileIndex1764310000000 } from './1764310000000-RosterProfileIndex';
import { AuditLogViewer1764340000000 } from './1764340000000-AuditLogViewer';
import { QueuedTally1764400000000 } from './1764400000000-QueuedTally';
import { InteractionFeedIndexes1764410000000 } from './1764410000000-InteractionFeedIndexes';

/** Every migration in order. Listed here (not globbed) so the same list runs from source in tests and from the build. */
export const ALL_MIGRATIONS = [
  Foundation1763900000000,
  PlanTheWeek1763910000000,
  InteractionsAndReferrals1763920000000,
  GuidanceAndDebriefs1763930000000,
  WeekReport1763940000000,
  OutcomesThreshold1763950000000,
  OutcomeTally1763960000000,
  RowLevelSecurity1763970000000,
  Retention1763980000000,
  TallyReferralsAndSessions1763990000000,
  OutcomeTallyWeek1764000000000,
  CellKeys1764100000000,
  TwoFactor1764200000000,
  WeekRequiresTwoFactor1764210000000,
  RosterProfileIndex1764310000000,
  AuditLogViewer1764340000000,
  QueuedTally1764400000000,
  InteractionFeedIndexes1764410000000,
];

export * from './schema';
