import type { CombinedError } from 'urql';

export interface NotesFinding {
  /** The field the text was sent in: notes and summaryEn here, any guarded free text elsewhere. */
  field: string;
  kind: string;
  start: number;
  end: number;
  excerpt: string;
}

export type LogFailure =
  /** No answer from the API: the entry waits in the browser. */
  | { kind: 'network' }
  /** The API refused it; shown to the user, not queued. */
  | {
      kind: 'refused';
      code: string | undefined;
      message: string;
      field: string | undefined;
      findings: NotesFinding[];
    };

function isFinding(value: unknown): value is NotesFinding {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    (record.field === 'notes' || record.field === 'summaryEn') &&
    typeof record.start === 'number' &&
    typeof record.end === 'number' &&
    typeof record.kind === 'string'
  );
}

/** Tells a dropped connection from a refusal: only the first is worth trying again later. */
export function logFailure(error: CombinedError): LogFailure {
  if (error.graphQLErrors.length === 0) return { kind: 'network' };
  const first = error.graphQLErrors[0];
  const extensions = first.extensions as { code?: unknown; field?: unknown; findings?: unknown };
  const code = typeof extensions.code === 'string' ? extensions.code : undefined;
  return {
    kind: 'refused',
    code,
    message: error.graphQLErrors.map((e) => e.message).join(' '),
    field: typeof extensions.field === 'string' ? extensions.field.split('.').pop() : undefined,
    findings: Array.isArray(extensions.findings) ? extensions.findings.filter(isFinding) : [],
  };
}
