import type { QueryRunner } from 'typeorm';
import { SCHEMA_OBJECTS, type SchemaObject } from '@empact/migrations';

/** What the catalog says of each function, trigger and policy, by a label that names it: `function refresh_outcome_tally(uuid)`. */
type Catalog = Map<string, string>;

const FUNCTIONS = `
  SELECT p.oid::regprocedure::text AS signature,
         CASE WHEN p.prokind = 'a' THEN 'an aggregate' ELSE pg_get_functiondef(p.oid) END AS definition
    FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
   WHERE n.nspname = 'public'
     AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
   ORDER BY 1`;

const TRIGGERS = `
  SELECT c.relname AS "table", t.tgname AS name, pg_get_triggerdef(t.oid) AS definition, t.tgenabled AS enabled
    FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE n.nspname = 'public' AND NOT t.tgisinternal
   ORDER BY 1, 2`;

const POLICIES = `
  SELECT tablename AS "table", policyname AS name, permissive, roles::text AS roles, cmd, qual, with_check
    FROM pg_policies
   WHERE schemaname = 'public'
   ORDER BY 1, 2`;

/** How the files name an object, as the catalog does (`to_regprocedure` normalises a function's argument types). */
function labelOf(object: SchemaObject, resolved: Map<string, string | null>): string {
  switch (object.kind) {
    case 'function':
      return `function ${resolved.get(object.signature) ?? object.signature}`;
    case 'trigger':
      return `trigger ${object.name} on ${object.table}`;
    case 'policy':
      return `policy ${object.name} on ${object.table}`;
  }
}

async function resolveFunctions(
  runner: QueryRunner,
  objects: SchemaObject[],
): Promise<Map<string, string | null>> {
  const resolved = new Map<string, string | null>();
  for (const object of objects) {
    if (object.kind !== 'function') continue;
    const [row] = (await runner.query(`SELECT to_regprocedure($1)::text AS signature`, [
      object.signature,
    ])) as {
      signature: string | null;
    }[];
    resolved.set(object.signature, row.signature);
  }
  return resolved;
}

async function capture(runner: QueryRunner): Promise<Catalog> {
  const catalog: Catalog = new Map();
  for (const f of (await runner.query(FUNCTIONS)) as { signature: string; definition: string }[]) {
    catalog.set(`function ${f.signature}`, f.definition);
  }
  for (const t of (await runner.query(TRIGGERS)) as {
    table: string;
    name: string;
    definition: string;
    enabled: string;
  }[]) {
    catalog.set(`trigger ${t.name} on ${t.table}`, `${t.definition}\n(enabled: ${t.enabled})`);
  }
  const policies = (await runner.query(POLICIES)) as Record<string, string | null>[];
  for (const { table, name, ...policy } of policies) {
    catalog.set(
      `policy ${name} on ${table}`,
      Object.entries(policy)
        .map(([key, value]) => `${key}: ${value}`)
        .join('\n'),
    );
  }
  return catalog;
}

/**
 * The objects of the migrated database without a file (`extra`) and the files whose object the database lacks
 * (`missing`): functions of schema public not from an extension, triggers that are not internal, policies.
 */
export async function schemaInventory(
  runner: QueryRunner,
  objects: SchemaObject[] = SCHEMA_OBJECTS,
): Promise<{ missing: string[]; extra: string[] }> {
  const resolved = await resolveFunctions(runner, objects);
  const catalog = await capture(runner);
  const files = new Set(objects.map((object) => labelOf(object, resolved)));
  return {
    missing: [...files].filter((label) => !catalog.has(label)),
    extra: [...catalog.keys()].filter((label) => !files.has(label)),
  };
}

/** A function's `create` as a statement that replaces it: the first version of some was written as CREATE FUNCTION. */
function replacing(create: string): string {
  const statement = create.replace(/^(\s*)CREATE FUNCTION\b/, '$1CREATE OR REPLACE FUNCTION');
  if (!/^\s*CREATE OR REPLACE FUNCTION\b/.test(statement))
    throw new Error(`not a CREATE FUNCTION: ${create}`);
  return statement;
}

async function apply(runner: QueryRunner, object: SchemaObject): Promise<void> {
  switch (object.kind) {
    case 'function':
      await runner.query(replacing(object.create));
      return;
    case 'trigger':
      await runner.query(`DROP TRIGGER IF EXISTS ${object.name} ON ${object.table}`);
      await runner.query(object.create);
      return;
    case 'policy':
      await runner.query(`DROP POLICY IF EXISTS ${object.name} ON ${object.table}`);
      await runner.query(object.create);
      return;
  }
}

/** Where two definitions part: the first line that differs, from each side. */
function firstDifference(database: string | undefined, files: string | undefined): string {
  if (database === undefined) return 'only the files define it';
  if (files === undefined) return 'only the database has it';
  const a = database.split('\n');
  const b = files.split('\n');
  const line = a.findIndex((text, i) => text !== b[i]);
  const at = line === -1 ? a.length : line;
  return `line ${at + 1}: the database has ${JSON.stringify(a[at] ?? '(end)')}, the files ${JSON.stringify(b[at] ?? '(end)')}`;
}

/**
 * How the database's functions, triggers and policies differ from their files under migrations/schema, one line each
 * (empty when they are the same): the catalog's definitions (pg_get_functiondef, pg_get_triggerdef, pg_policies)
 * are read, every file's definition is run (CREATE OR REPLACE FUNCTION; DROP … IF EXISTS and CREATE for a trigger or a
 * policy), the catalog read again, and everything rolled back. Works inside a transaction (as a savepoint).
 */
export async function schemaDifferences(
  runner: QueryRunner,
  objects: SchemaObject[] = SCHEMA_OBJECTS,
): Promise<string[]> {
  const before = await capture(runner);
  let after: Catalog;
  await runner.startTransaction();
  try {
    for (const object of objects) {
      try {
        await apply(runner, object);
      } catch (error) {
        return [
          `${object.kind} ${object.name}: its file does not apply to the database: ${(error as Error).message}`,
        ];
      }
    }
    after = await capture(runner);
  } finally {
    await runner.rollbackTransaction();
  }
  const labels = [...new Set([...before.keys(), ...after.keys()])].sort();
  return labels
    .filter((label) => before.get(label) !== after.get(label))
    .map((label) => `${label}: ${firstDifference(before.get(label), after.get(label))}`);
}
