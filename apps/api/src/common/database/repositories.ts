import { AccountRepository } from '../../accounts/account.repository';
import { DebriefRepository } from '../../debriefs/debrief.repository';
import { GuidanceRepository } from '../../guidance/guidance.repository';
import { WeekReportRepository } from '../../week-report/week-report.repository';
import { InteractionRepository } from '../../interactions/interaction.repository';
import { ReferralRepository } from '../../referrals/referral.repository';
import { ActionWeekRepository } from '../../action-weeks/action-week.repository';
import { PatrolSessionRepository } from '../../patrol-sessions/patrol-session.repository';
import { PlatformRepository } from '../../platforms/platform.repository';
import { PoliceProfileRepository } from '../../police-profiles/police-profile.repository';
import { OutcomesRepository } from '../../outcomes/outcomes.repository';
import { RetentionRepository } from '../../retention/retention.repository';
import { CalendarFeedRepository } from '../../calendar-feeds/calendar-feed.repository';
import { DemoSeedRepository } from '../../demo/demo-seed.repository';
import { AuditRepository } from '../audit/audit.repository';
import { AuditLogRepository } from '../../audit-log/audit-log.repository';

/**
 * Every repository: the classes that own the SQL of one aggregate each (`*.repository.ts` in the feature folders).
 * Provided once, globally (by CommonModule), so that any service may call any feature's repository without module
 * imports; services never query the database themselves (the lint refuses `.query(` outside repositories).
 */
export const REPOSITORIES = [
  ActionWeekRepository,
  PatrolSessionRepository,
  PlatformRepository,
  PoliceProfileRepository,
  InteractionRepository,
  ReferralRepository,
  AccountRepository,
  GuidanceRepository,
  DebriefRepository,
  WeekReportRepository,
  OutcomesRepository,
  RetentionRepository,
  CalendarFeedRepository,
  DemoSeedRepository,
  AuditRepository,
  AuditLogRepository,
];
