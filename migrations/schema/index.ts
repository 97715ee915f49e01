/**
 * The database's behaviour in its current form: every function, trigger and row-level-security policy the migrated
 * database holds, one file each, with the statement that creates it as it stands today. Read them here, not in the
 * migration history. The migration that last (re)created an object imports its definition from its file; older
 * migrations keep the text of the earlier versions they created.
 *
 * To change one: edit its file, then write a NEW migration that runs its `create` again (CREATE OR REPLACE
 * FUNCTION; for a trigger or a policy its `drop`, then its `create`), and, in its `down`, the previous definition
 * (copied as text into the migration: the file now holds the new one). A merged migration is never edited. To add
 * one: a new file, listed below, created by the new migration. test/e2e/db-schema.e2e-spec.ts checks that every
 * object of the migrated database has a file here and that the files define exactly what the database holds.
 */
import { actionWeekRetally } from './functions/action-week-retally';
import { auditEntryAppendOnly } from './functions/audit-entry-append-only';
import { auditEntryWeek } from './functions/audit-entry-week';
import { debriefDigest } from './functions/debrief-digest';
import { empactReaches } from './functions/empact-reaches';
import { foldOutcomeTally } from './functions/fold-outcome-tally';
import { interactionTally } from './functions/interaction-tally';
import { referralTally } from './functions/referral-tally';
import { referralTallyDelta } from './functions/referral-tally-delta';
import { refreshOutcomeTally } from './functions/refresh-outcome-tally';
import { debriefByCountry } from './policies/debrief-by-country';
import { interactionByCountry } from './policies/interaction-by-country';
import { referralByCountry } from './policies/referral-by-country';
import type { SchemaFunction, SchemaPolicy, SchemaTrigger } from './schema-object';
import { actionWeekTimeZoneTally } from './triggers/action-week-time-zone-tally';
import { auditEntryNoTruncate } from './triggers/audit-entry-no-truncate';
import { auditEntryNoUpdateOrDelete } from './triggers/audit-entry-no-update-or-delete';
import { interactionTallyDelete } from './triggers/interaction-tally-delete';
import { interactionTallyInsert } from './triggers/interaction-tally-insert';
import { interactionTallyUpdate } from './triggers/interaction-tally-update';
import { referralTallyDelete } from './triggers/referral-tally-delete';
import { referralTallyInsert } from './triggers/referral-tally-insert';
import { referralTallyUpdate } from './triggers/referral-tally-update';

export type { SchemaFunction, SchemaObject, SchemaPolicy, SchemaTrigger } from './schema-object';

export const SCHEMA_FUNCTIONS: SchemaFunction[] = [
  auditEntryAppendOnly,
  auditEntryWeek,
  empactReaches,
  debriefDigest,
  referralTallyDelta,
  interactionTally,
  referralTally,
  foldOutcomeTally,
  refreshOutcomeTally,
  actionWeekRetally,
];

export const SCHEMA_TRIGGERS: SchemaTrigger[] = [
  auditEntryNoUpdateOrDelete,
  auditEntryNoTruncate,
  interactionTallyInsert,
  interactionTallyDelete,
  interactionTallyUpdate,
  referralTallyInsert,
  referralTallyDelete,
  referralTallyUpdate,
  actionWeekTimeZoneTally,
];

export const SCHEMA_POLICIES: SchemaPolicy[] = [interactionByCountry, referralByCountry, debriefByCountry];

/** Everything, in an order that creates each object after those it needs: functions, triggers, policies. */
export const SCHEMA_OBJECTS = [...SCHEMA_FUNCTIONS, ...SCHEMA_TRIGGERS, ...SCHEMA_POLICIES];
