import type { SchemaPolicy } from '../schema-object';

/** A interaction is seen and written only by a session that reaches its country (function empact_reaches). */
export const interactionByCountry: SchemaPolicy = {
  kind: 'policy',
  name: 'interaction_by_country',
  table: 'interaction',
  create:
    'CREATE POLICY interaction_by_country ON interaction USING (empact_reaches(country)) WITH CHECK (empact_reaches(country))',
  drop: 'DROP POLICY interaction_by_country ON interaction',
};
