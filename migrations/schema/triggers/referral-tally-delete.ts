import type { SchemaTrigger } from '../schema-object';

/** A removed referral is taken out of the tally (function referral_tally). */
export const referralTallyDelete: SchemaTrigger = {
  kind: 'trigger',
  name: 'referral_tally_delete',
  table: 'referral',
  create: `CREATE TRIGGER referral_tally_delete AFTER DELETE ON referral FOR EACH ROW EXECUTE FUNCTION referral_tally()`,
  drop: 'DROP TRIGGER referral_tally_delete ON referral',
};
