import {
  AUDIT_OUTCOMES,
  AUDIT_PRESET_NAMES,
  AUDIT_TARGET_TYPES,
  type AuditLogFilter,
  type AuditPreset,
  withPreset,
} from '@empact/domain';

/** The viewer's choices as the address keeps them (so that a view can be shared and survives a reload). */
export interface AuditChoices {
  preset: AuditPreset | null;
  weekId: string | null;
  actorId: string | null;
  action: string | null;
  targetType: string | null;
  targetId: string | null;
  /** `datetime-local` values (the reader's own time), as typed. */
  from: string | null;
  to: string | null;
  outcome: string | null;
}

export const CHOICE_KEYS = [
  'preset',
  'weekId',
  'actorId',
  'action',
  'targetType',
  'targetId',
  'from',
  'to',
  'outcome',
] as const satisfies readonly (keyof AuditChoices)[];

const oneOf = <T extends string>(list: readonly T[], value: string | null): T | null =>
  value && (list as readonly string[]).includes(value) ? (value as T) : null;

export function choicesFrom(params: URLSearchParams): AuditChoices {
  const text = (key: string) => params.get(key)?.trim() || null;
  return {
    preset: oneOf(AUDIT_PRESET_NAMES, params.get('preset')),
    weekId: text('weekId'),
    actorId: text('actorId'),
    action: text('action'),
    targetType: oneOf(AUDIT_TARGET_TYPES, params.get('targetType')),
    targetId: text('targetId'),
    from: text('from'),
    to: text('to'),
    outcome: oneOf(AUDIT_OUTCOMES, params.get('outcome')),
  };
}

/** A `datetime-local` value (the reader's own time) as an ISO instant; null when empty or not a time. */
export function localToInstant(value: string | null): string | null {
  if (!value) return null;
  const at = new Date(value);
  return Number.isNaN(at.getTime()) ? null : at.toISOString();
}

/** The filter the API gets: the choices, with the preset laid over them. */
export function filterOf(choices: AuditChoices): AuditLogFilter {
  const filter: AuditLogFilter = {
    weekId: choices.weekId,
    actorId: choices.actorId,
    actions: choices.action ? [choices.action] : null,
    targetType: choices.targetType,
    targetId: choices.targetId,
    from: localToInstant(choices.from),
    to: localToInstant(choices.to),
    outcome: oneOf(AUDIT_OUTCOMES, choices.outcome),
  };
  const merged = withPreset(filter, choices.preset);
  return Object.fromEntries(
    Object.entries(merged).filter(([, value]) => value !== null && value !== undefined),
  ) as AuditLogFilter;
}

/** The CSV export of the same filter: `/exports/audit-log.csv?...` (actions comma-separated). */
export function exportUrlOf(filter: AuditLogFilter, language: string): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    if (value === null || value === undefined) continue;
    query.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  query.set('language', language);
  return `/exports/audit-log.csv?${query.toString()}`;
}
