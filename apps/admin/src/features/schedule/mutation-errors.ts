import type { RosterFieldRef } from '@empact/domain';
import type { CombinedError } from 'urql';

export interface ServerConflict {
  kind: string;
  /** The id of the person, profile or country in two places at once (PERSON, PROFILE, GUIDE: an id). */
  subjectId?: string;
  subject: string;
  otherSession: string;
  overlapStartsAt: string;
  overlapEndsAt: string;
}

export interface MutationProblem {
  code: string | undefined;
  message: string;
  field: string | undefined;
  conflicts: ServerConflict[];
  /** The roster fields a refusal is at (`extensions.fields`): each country's positions or profile. */
  rosterFields: RosterFieldRef[];
}

const ROSTER_FIELDS = new Set(['operatorOneId', 'operatorTwoId', 'teamLeaderId', 'profileId']);

function isRosterField(value: unknown): value is RosterFieldRef {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record.country === 'string' && typeof record.field === 'string' && ROSTER_FIELDS.has(record.field)
  );
}

function isConflict(value: unknown): value is ServerConflict {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return ['subject', 'otherSession', 'overlapStartsAt', 'overlapEndsAt'].every(
    (key) => typeof record[key] === 'string',
  );
}

/**
 * The API's answer to a planning change, with what the UI branches on: the code, the field a BAD_USER_INPUT is
 * about, every conflict a SCHEDULE_CONFLICT lists (its message describes only the first), and the roster fields a
 * refusal of a roster is at.
 */
export function mutationProblems(
  error: CombinedError | undefined,
  networkMessage: string,
): MutationProblem[] {
  if (!error) return [];
  if (error.graphQLErrors.length === 0)
    return [{ code: undefined, message: networkMessage, field: undefined, conflicts: [], rosterFields: [] }];
  return error.graphQLErrors.map((graphQLError) => {
    const extensions = graphQLError.extensions as {
      code?: unknown;
      field?: unknown;
      conflicts?: unknown;
      fields?: unknown;
    };
    return {
      code: typeof extensions.code === 'string' ? extensions.code : undefined,
      message: graphQLError.message,
      field: typeof extensions.field === 'string' ? extensions.field.split('.').pop() : undefined,
      conflicts: Array.isArray(extensions.conflicts) ? extensions.conflicts.filter(isConflict) : [],
      rosterFields: Array.isArray(extensions.fields) ? extensions.fields.filter(isRosterField) : [],
    };
  });
}
