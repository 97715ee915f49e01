import { tallyFunction } from '../outcome-tally-sql';
import type { SchemaFunction } from '../schema-object';

/**
 * The trigger function of the referrals' tally (triggers referral_tally_insert, _update, _delete): the deltas of
 * referral_tally_delta added to outcome_tally and outcome_tally_week (see tallyFunction). A referral counts once and
 * reaches no young people of its own.
 */
export const referralTallySql = (withKeys: boolean) =>
  tallyFunction('referral_tally', 'referral_tally_delta', false, withKeys);

export const referralTally: SchemaFunction = {
  kind: 'function',
  name: 'referral_tally',
  signature: 'referral_tally()',
  create: referralTallySql(true),
  drop: 'DROP FUNCTION referral_tally()',
};
