/**
 * What the server may print about a failure: never a value a request sent. A database error's message can quote a
 * value (`invalid input syntax for type uuid: "…"`) and its `detail` the whole row (`Failing row contains (…, the
 * note, …)`); TypeORM's own logger prints every parameter of a failed statement. Free text lives in the database only.
 */

interface DatabaseErrorFields {
  code?: unknown;
  constraint?: unknown;
  table?: unknown;
  column?: unknown;
  schema?: unknown;
  dataType?: unknown;
  driverError?: unknown;
}

/** The names the database itself gives (constraint, table, column): safe to print; any other quoted text is not. */
function knownNames(error: DatabaseErrorFields): Set<string> {
  const fields = [error, (error.driverError ?? {}) as DatabaseErrorFields];
  const names = new Set<string>();
  for (const f of fields) {
    for (const value of [f.constraint, f.table, f.column, f.schema, f.dataType])
      if (typeof value === 'string') names.add(value);
  }
  return names;
}

/** The message with every quoted value and every "Key (…)=(…)" or "Failing row contains (…)" part masked. */
export function redactMessage(message: string, keep: ReadonlySet<string> = new Set()): string {
  return message
    .replace(/(Failing row contains |=)\((?:[^()]|\([^()]*\))*\)/g, '$1(…)')
    .replace(/"([^"]*)"/g, (whole, inner: string) => (keep.has(inner) ? whole : '"…"'))
    .replace(/'([^']*)'/g, (whole, inner: string) => (keep.has(inner) ? whole : "'…'"));
}

/** A one-line description of an error fit for the log: its kind, SQLSTATE and constraint, the message redacted. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error))
    return typeof error === 'string' ? redactMessage(error) : `a thrown ${typeof error}`;
  const fields = error as Error & DatabaseErrorFields;
  const driver = (fields.driverError ?? {}) as DatabaseErrorFields;
  const code =
    typeof fields.code === 'string' ? fields.code : typeof driver.code === 'string' ? driver.code : undefined;
  const constraint =
    typeof fields.constraint === 'string'
      ? fields.constraint
      : typeof driver.constraint === 'string'
        ? driver.constraint
        : undefined;
  const extra = [code && `SQLSTATE ${code}`, constraint && `constraint ${constraint}`]
    .filter(Boolean)
    .join(', ');
  return `${error.name}: ${redactMessage(error.message, knownNames(fields))}${extra ? ` (${extra})` : ''}`;
}

/** The error as `describeError` and its stack frames (where it was thrown), without the message line of the stack. */
export function describeErrorWithStack(error: unknown): string {
  const frames =
    error instanceof Error ? (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line)) : [];
  return [describeError(error), ...frames].join('\n');
}
