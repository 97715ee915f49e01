/**
 * The bounds of what an operator logs and a referral carries: the API refuses anything outside them, and the admin
 * app's fields stop there, so that nobody types what would then be refused.
 */

/** How many young people one logged interaction counts. */
export const YOUNG_PEOPLE_MIN = 1;
export const YOUNG_PEOPLE_MAX = 100;

/** How long one conversation lasted, in minutes: from none to ten hours. */
export const DURATION_MINUTES_MIN = 0;
export const DURATION_MINUTES_MAX = 600;

/** The notes of an interaction, in characters. */
export const NOTES_MAX = 4000;

/** The optional English summary of an interaction, in characters. */
export const SUMMARY_EN_MAX = 500;

/** What a referral tells the receiving unit, in characters. */
export const REFERRAL_DETAILS_MAX = 2000;

/** The note that goes with a referral's change of status, in characters. */
export const REFERRAL_NOTE_MAX = 500;
