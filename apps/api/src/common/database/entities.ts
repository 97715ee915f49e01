import { AccountEntity } from '../../accounts/account.entity';
import { ActionWeekCountryEntity } from '../../action-weeks/action-week-country.entity';
import { ActionWeekEntity } from '../../action-weeks/action-week.entity';
import { LoginAttemptEntity } from '../../auth/login-attempt.entity';
import { RefreshTokenEntity } from '../../auth/refresh-token.entity';
import { AuditEntryEntity } from '../audit/audit-entry.entity';
import { CalendarFeedEntity } from '../../calendar-feeds/calendar-feed.entity';
import { InteractionEntity } from '../../interactions/interaction.entity';
import { PatrolSessionCountryEntity } from '../../patrol-sessions/patrol-session-country.entity';
import { PatrolSessionEntity } from '../../patrol-sessions/patrol-session.entity';
import { RosterEntity } from '../../patrol-sessions/roster.entity';
import { PlatformEntity } from '../../platforms/platform.entity';
import { PoliceProfileEntity } from '../../police-profiles/police-profile.entity';

export const ENTITIES = [
  AccountEntity,
  RefreshTokenEntity,
  LoginAttemptEntity,
  AuditEntryEntity,
  ActionWeekEntity,
  ActionWeekCountryEntity,
  PlatformEntity,
  PoliceProfileEntity,
  PatrolSessionEntity,
  PatrolSessionCountryEntity,
  RosterEntity,
  CalendarFeedEntity,
  InteractionEntity,
];
