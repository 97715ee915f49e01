/** A function of the database in its current form. */
export interface SchemaFunction {
  kind: 'function';
  name: string;
  /** Its name and argument types, as DROP FUNCTION and `to_regprocedure` take them: `refresh_outcome_tally(uuid)`. */
  signature: string;
  /** The statement that creates it (CREATE FUNCTION or CREATE OR REPLACE FUNCTION). */
  create: string;
  drop: string;
}

/** A trigger of the database in its current form. */
export interface SchemaTrigger {
  kind: 'trigger';
  name: string;
  table: string;
  create: string;
  drop: string;
}

/** A row-level-security policy of the database in its current form. */
export interface SchemaPolicy {
  kind: 'policy';
  name: string;
  table: string;
  create: string;
  drop: string;
}

export type SchemaObject = SchemaFunction | SchemaTrigger | SchemaPolicy;
