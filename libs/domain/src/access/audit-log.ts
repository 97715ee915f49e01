/**
 * The audit log as its readers (administrators, the data-protection officer) filter it: the vocabulary the API and the
 * admin app share. Entries are written by the API (apps/api/src/common/audit); these are the names it writes.
 */

/** Entries on one page at most, and when the reader does not say. */
export const AUDIT_PAGE_MAX = 200;
export const AUDIT_PAGE_DEFAULT = 50;
/** Rows of one CSV export at most; the file says when it stopped there (narrow the filter for the rest). */
export const AUDIT_EXPORT_MAX_ROWS = 100_000;
/** Actions one filter may name at once. */
export const AUDIT_ACTIONS_MAX = 20;

/** The kinds of record an entry may be about (its target type). */
export const AUDIT_TARGET_TYPES = [
  'Account',
  'ActionWeek',
  'CalendarFeed',
  'Debrief',
  'GuidanceNote',
  'Interaction',
  'PatrolSession',
  'Platform',
  'PoliceProfile',
  'Referral',
] as const;
export type AuditTargetType = (typeof AUDIT_TARGET_TYPES)[number];

/**
 * The actions the API writes today (a mutation's name, or a read worth knowing about). New features add their own;
 * the filter takes any name of this shape, and the admin app shows an unknown one as it is.
 */
export const AUDIT_ACTIONS = [
  'addPlatform',
  'assignRoster',
  'cancelPatrolSession',
  'commentDebrief',
  'confirmGuidanceRead',
  'confirmTwoFactorEnrolment',
  'copyWeekPlan',
  'createAccount',
  'createActionWeek',
  'createCalendarFeed',
  'deleteInteraction',
  'deleteWeekTexts',
  'disableTwoFactor',
  'endPatrolSession',
  'exportAuditLog',
  'exportUnsuppressedOutcomes',
  'importPlan',
  'login',
  'logInteraction',
  'logout',
  'pinGuidanceNote',
  'publishGuidanceNote',
  'raiseReferral',
  'reactivatePoliceProfile',
  'readAuditLog',
  'readReferralDetails',
  'readUnsuppressedOutcomes',
  'refreshSession',
  'regenerateTwoFactorRecoveryCodes',
  'registerPoliceProfile',
  'reschedulePatrolSession',
  'resetTwoFactor',
  'retirePoliceProfile',
  'revokeCalendarFeed',
  'saveDebrief',
  'saveWeekReport',
  'schedulePatrolSession',
  'seedDemo',
  'setAccountDisabled',
  'setAccountPassword',
  'setActionWeekStatus',
  'setActionWeekTwoFactor',
  'setMyLanguage',
  'setNotesSharing',
  'setReferralStatus',
  'startPatrolSession',
  'submitDebrief',
  'suspendPoliceProfile',
  'translateGuidanceNote',
  'unpublishGuidanceNote',
  'updateAccount',
  'updateActionWeek',
  'updateInteraction',
  'updatePoliceProfile',
  'useRecoveryCode',
  'writeGuidanceNote',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** What an action name looks like (a GraphQL field name): the filter refuses anything else. */
export const AUDIT_ACTION_PATTERN = /^[A-Za-z][A-Za-z0-9]{0,99}$/;
/** What a record id looks like (a UUID, a code such as a platform's): no free text gets into a filter. */
export const AUDIT_TARGET_ID_PATTERN = /^[A-Za-z0-9_.:-]{1,100}$/;

/** SUCCESS: the entries of what happened; REFUSED: every other outcome (the error code the caller received). */
export const AUDIT_OUTCOMES = ['SUCCESS', 'REFUSED'] as const;
export type AuditOutcomeFilter = (typeof AUDIT_OUTCOMES)[number];

export interface AuditLogFilter {
  weekId?: string | null;
  actorId?: string | null;
  actions?: readonly string[] | null;
  targetType?: string | null;
  targetId?: string | null;
  /** ISO instants: from inclusive, to exclusive. */
  from?: string | null;
  to?: string | null;
  outcome?: AuditOutcomeFilter | null;
}

/** The questions the data-protection officer asks most, as filters (the admin app offers them as presets). */
export const AUDIT_PRESETS = {
  /** Who read a referral's details (give the referral's id as the record). */
  referralReads: { actions: ['readReferralDetails'], targetType: 'Referral' },
  /** Who asked for the exact (unsuppressed) figures of a week, on screen or as an export; refusals included. */
  exactFigures: { actions: ['readUnsuppressedOutcomes', 'exportUnsuppressedOutcomes'] },
  /** Every refusal: an outcome other than SUCCESS. */
  refusals: { outcome: 'REFUSED' },
  /** The deletions of free texts a week's retention ran. */
  retentionRuns: { actions: ['deleteWeekTexts'] },
} as const satisfies Record<string, AuditLogFilter>;
export type AuditPreset = keyof typeof AUDIT_PRESETS;
export const AUDIT_PRESET_NAMES = Object.keys(AUDIT_PRESETS) as AuditPreset[];

/** The first field of a filter that cannot be asked, with why; null when the filter is fine. */
export function auditFilterProblem(
  filter: AuditLogFilter,
): { field: keyof AuditLogFilter; problem: 'RANGE_OUT_OF_ORDER' | 'INVALID' } | null {
  for (const field of ['from', 'to'] as const) {
    const value = filter[field];
    if (value && Number.isNaN(Date.parse(value))) return { field, problem: 'INVALID' };
  }
  if (filter.from && filter.to && Date.parse(filter.from) >= Date.parse(filter.to))
    return { field: 'to', problem: 'RANGE_OUT_OF_ORDER' };
  if (filter.actions?.some((action) => !AUDIT_ACTION_PATTERN.test(action)))
    return { field: 'actions', problem: 'INVALID' };
  if (filter.targetId && !AUDIT_TARGET_ID_PATTERN.test(filter.targetId))
    return { field: 'targetId', problem: 'INVALID' };
  return null;
}

/** The filter a preset stands for, with what the reader chose beside it (the preset's own fields win). */
export function withPreset(filter: AuditLogFilter, preset: AuditPreset | null): AuditLogFilter {
  return preset ? { ...filter, ...AUDIT_PRESETS[preset] } : filter;
}
