import { AccountEntity } from '../../accounts/account.entity';
import { ActionWeekCountryEntity } from '../../action-weeks/action-week-country.entity';
import { ActionWeekEntity } from '../../action-weeks/action-week.entity';
import { LoginAttemptEntity } from '../../auth/login-attempt.entity';
import { RefreshTokenEntity } from '../../auth/refresh-token.entity';
import { AuditEntryEntity } from '../audit/audit-entry.entity';

export const ENTITIES = [
  AccountEntity,
  RefreshTokenEntity,
  LoginAttemptEntity,
  AuditEntryEntity,
  ActionWeekEntity,
  ActionWeekCountryEntity,
];
