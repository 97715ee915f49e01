import type { SchemaTrigger } from '../schema-object';

/** A new referral is counted in the tally (function referral_tally). */
export const referralTallyInsert: SchemaTrigger = {
  kind: 'trigger',
  name: 'referral_tally_insert',
  table: 'referral',
  create: `CREATE TRIGGER referral_tally_insert AFTER INSERT ON referral FOR EACH ROW EXECUTE FUNCTION referral_tally()`,
  drop: 'DROP TRIGGER referral_tally_insert ON referral',
};
