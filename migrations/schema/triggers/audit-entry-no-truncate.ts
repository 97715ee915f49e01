import type { SchemaTrigger } from '../schema-object';

/** The audit log is never truncated (function audit_entry_append_only). */
export const auditEntryNoTruncate: SchemaTrigger = {
  kind: 'trigger',
  name: 'audit_entry_no_truncate',
  table: 'audit_entry',
  create: `
      CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
      FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only()`,
  drop: 'DROP TRIGGER audit_entry_no_truncate ON audit_entry',
};
