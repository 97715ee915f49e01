import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema } from 'graphql';

export type RootKind = 'Query' | 'Mutation' | 'Subscription';
export const ROOT_KINDS: readonly RootKind[] = ['Query', 'Mutation', 'Subscription'];

/** Every field of Query, Mutation and Subscription in the committed schema (apps/api/schema.gql). */
export function schemaOperations(
  path = join(__dirname, '../../../apps/api/schema.gql'),
): Record<RootKind, string[]> {
  const schema = buildSchema(readFileSync(path, 'utf8'));
  const fieldsOf = (type: { getFields(): Record<string, unknown> } | null | undefined) =>
    Object.keys(type?.getFields() ?? {}).sort();
  return {
    Query: fieldsOf(schema.getQueryType()),
    Mutation: fieldsOf(schema.getMutationType()),
    Subscription: fieldsOf(schema.getSubscriptionType()),
  };
}

/** What the table lacks and what it has too much of, as lines a reader can act on. */
export function coverageProblems(
  operations: Record<RootKind, string[]>,
  rows: Record<RootKind, readonly { op: string }[]>,
): string[] {
  const problems: string[] = [];
  for (const kind of ROOT_KINDS) {
    const covered = new Set(rows[kind].map((row) => row.op));
    for (const op of operations[kind])
      if (!covered.has(op)) problems.push(`${kind}.${op}: no row in the matrix`);
    for (const op of covered)
      if (!operations[kind].includes(op))
        problems.push(`${kind}.${op}: a row for an operation the schema no longer has`);
  }
  return problems;
}
