import { ActionWeekRepository } from '../../action-weeks/action-week.repository';
import { PatrolSessionRepository } from '../../patrol-sessions/patrol-session.repository';
import { PlatformRepository } from '../../platforms/platform.repository';

/**
 * Every repository: the classes that own the SQL of one aggregate each (`*.repository.ts` in the feature folders).
 * Provided once, globally (by CommonModule), so that any service may call any feature's repository without module
 * imports; services never query the database themselves (the lint refuses `.query(` outside repositories).
 */
export const REPOSITORIES = [ActionWeekRepository, PatrolSessionRepository, PlatformRepository];
