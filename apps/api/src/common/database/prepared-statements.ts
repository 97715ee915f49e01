/** Statement texts of the hot path, each with the name it is prepared under. */
const names = new Map<string, string>();

/**
 * Marks a statement of the hot path (signing in a request, logging an interaction) to be prepared once per connection
 * to the PostgreSQL server and run from then on without being parsed and planned again. Returns the text unchanged;
 * the pool's connections (data-source-options) look it up. Only for constant texts: each stays prepared on every
 * connection for its lifetime. PostgreSQL plans again by itself when the role changes under row-level security or a
 * migration alters a table.
 */
export function prepared(text: string): string {
  if (!names.has(text)) names.set(text, `empact_${names.size + 1}`);
  return text;
}

export function preparedName(text: string): string | undefined {
  return names.get(text);
}
