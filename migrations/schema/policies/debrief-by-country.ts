import type { SchemaPolicy } from '../schema-object';

/** A debrief is seen and written only by a session that reaches its country (function empact_reaches). */
export const debriefByCountry: SchemaPolicy = {
  kind: 'policy',
  name: 'debrief_by_country',
  table: 'debrief',
  create:
    'CREATE POLICY debrief_by_country ON debrief USING (empact_reaches(country)) WITH CHECK (empact_reaches(country))',
  drop: 'DROP POLICY debrief_by_country ON debrief',
};
