import type { SchemaPolicy } from '../schema-object';

/** A referral is seen and written only by a session that reaches its country (function empact_reaches). */
export const referralByCountry: SchemaPolicy = {
  kind: 'policy',
  name: 'referral_by_country',
  table: 'referral',
  create:
    'CREATE POLICY referral_by_country ON referral USING (empact_reaches(country)) WITH CHECK (empact_reaches(country))',
  drop: 'DROP POLICY referral_by_country ON referral',
};
