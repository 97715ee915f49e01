import type { SchemaTrigger } from '../schema-object';

/** An audit entry is never changed or removed: the statement fails (function audit_entry_append_only). */
export const auditEntryNoUpdateOrDelete: SchemaTrigger = {
  kind: 'trigger',
  name: 'audit_entry_no_update_or_delete',
  table: 'audit_entry',
  create: `
      CREATE TRIGGER audit_entry_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_entry
      FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only()`,
  drop: 'DROP TRIGGER audit_entry_no_update_or_delete ON audit_entry',
};
