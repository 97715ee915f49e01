import type { CombinedError } from 'urql';

export interface ServerConflict {
  kind: string;
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
 * about, and every conflict a SCHEDULE_CONFLICT lists (its message describes only the first).
 */
export function mutationProblems(
  error: CombinedError | undefined,
  networkMessage: string,
): MutationProblem[] {
  if (!error) return [];
  if (error.graphQLErrors.length === 0)
    return [{ code: undefined, message: networkMessage, field: undefined, conflicts: [] }];
  return error.graphQLErrors.map((graphQLError) => {
    const extensions = graphQLError.extensions as { code?: unknown; field?: unknown; conflicts?: unknown };
    return {
      code: typeof extensions.code === 'string' ? extensions.code : undefined,
      message: graphQLError.message,
      field: typeof extensions.field === 'string' ? extensions.field.split('.').pop() : undefined,
      conflicts: Array.isArray(extensions.conflicts) ? extensions.conflicts.filter(isConflict) : [],
    };
  });
}
