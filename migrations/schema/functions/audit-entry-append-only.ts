import type { SchemaFunction } from '../schema-object';

/** The audit log is append-only: the database itself refuses to change or remove an entry (its two triggers). */
export const auditEntryAppendOnly: SchemaFunction = {
  kind: 'function',
  name: 'audit_entry_append_only',
  signature: 'audit_entry_append_only()',
  create: `
      CREATE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_entry is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END
      $$`,
  drop: 'DROP FUNCTION audit_entry_append_only()',
};
