import type { SchemaFunction } from '../schema-object';

/**
 * Whether the session may see and write a row of this country (the policies `<table>_by_country`): `empact.scope`
 * 'all' (coordinators, administrators) or 'system' (the API's own jobs) reach every country, 'country' only
 * `empact.country` (a national team), anything else none (liaisons, or before sign-in). The API sets both settings
 * for every request (apps/api/src/common/database/db-identity.ts).
 */
export const empactReaches: SchemaFunction = {
  kind: 'function',
  name: 'empact_reaches',
  signature: 'empact_reaches(text)',
  create: `
      CREATE FUNCTION empact_reaches(row_country text) RETURNS boolean LANGUAGE sql STABLE AS $$
        SELECT CASE coalesce(current_setting('empact.scope', true), '')
          WHEN 'all' THEN true
          WHEN 'system' THEN true
          WHEN 'country' THEN row_country = current_setting('empact.country', true)
          ELSE false
        END
      $$`,
  drop: 'DROP FUNCTION empact_reaches(text)',
};
