import type { SchemaTrigger } from '../schema-object';

/** A changed referral is counted again when a column the tally reads changes (function referral_tally). */
export const referralTallyUpdate: SchemaTrigger = {
  kind: 'trigger',
  name: 'referral_tally_update',
  table: 'referral',
  create: `
      CREATE TRIGGER referral_tally_update AFTER UPDATE ON referral FOR EACH ROW
      WHEN ((OLD.week_id, OLD.country, OLD.session_id, OLD.urgency, OLD.receiving_unit) IS DISTINCT FROM (NEW.week_id, NEW.country, NEW.session_id, NEW.urgency, NEW.receiving_unit))
      EXECUTE FUNCTION referral_tally()`,
  drop: 'DROP TRIGGER referral_tally_update ON referral',
};
