import type { SchemaFunction } from '../schema-object';

/**
 * The week an audit entry is about, from the record it names (its target): the week itself, or the week of a session,
 * interaction, referral, debrief, guidance note or calendar feed; null for any other record (an account, a platform,
 * a police profile) and for an id that is not a UUID (a refused call's id as sent). The audit writer calls it when the
 * caller does not say the week (apps/api/src/common/audit/audit.repository.ts), and the migration that added
 * `audit_entry.week_id` filled the older entries with it. It reads as the caller: a record the caller's session cannot
 * see (row-level security) gives null.
 */
export const auditEntryWeek: SchemaFunction = {
  kind: 'function',
  name: 'audit_entry_week',
  signature: 'audit_entry_week(text, text)',
  create: `
      CREATE FUNCTION audit_entry_week(kind text, target text) RETURNS uuid LANGUAGE plpgsql STABLE AS $$
      DECLARE
        target_uuid uuid;
      BEGIN
        IF kind IS NULL OR target IS NULL
           OR target !~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN
          RETURN NULL;
        END IF;
        target_uuid := target::uuid;
        CASE kind
          WHEN 'ActionWeek' THEN RETURN (SELECT w.id FROM action_week w WHERE w.id = target_uuid);
          WHEN 'PatrolSession' THEN RETURN (SELECT s.week_id FROM patrol_session s WHERE s.id = target_uuid);
          WHEN 'Interaction' THEN RETURN (SELECT i.week_id FROM interaction i WHERE i.id = target_uuid);
          WHEN 'Referral' THEN RETURN (SELECT r.week_id FROM referral r WHERE r.id = target_uuid);
          WHEN 'Debrief' THEN RETURN (SELECT d.week_id FROM debrief d WHERE d.id = target_uuid);
          WHEN 'GuidanceNote' THEN RETURN (SELECT g.week_id FROM guidance_note g WHERE g.id = target_uuid);
          WHEN 'CalendarFeed' THEN RETURN (SELECT f.week_id FROM calendar_feed f WHERE f.id = target_uuid);
          ELSE RETURN NULL;
        END CASE;
      END
      $$`,
  drop: 'DROP FUNCTION audit_entry_week(text, text)',
};
