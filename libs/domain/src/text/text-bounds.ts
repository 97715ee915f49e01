/**
 * The lengths of the longer free texts, in characters: debriefs, their comments, guidance notes and the week report.
 * The API refuses anything longer, and the admin app's fields stop there, so that nobody writes what would be refused.
 * (Interactions and referrals: interactions/input-bounds.ts.)
 */

/** Each narrative field of a debrief (what worked, challenges, signals, observations, suggestions). */
export const DEBRIEF_TEXT_MAX = 4000;
/** The debrief's words on the team's wellbeing. */
export const DEBRIEF_WELLBEING_TEXT_MAX = 2000;
/** The debrief's summary in English, required to submit. */
export const DEBRIEF_SUMMARY_EN_MAX = 1000;
/** A comment on a debrief (review or reply). */
export const DEBRIEF_COMMENT_MAX = 2000;

/** A guidance note's title, in any language. */
export const GUIDANCE_TITLE_MAX = 200;
/** A guidance note's body (Markdown), in any language. */
export const GUIDANCE_BODY_MAX = 20000;

/** The week report's lessons learned (Markdown). */
export const WEEK_REPORT_LESSONS_MAX = 20000;
/** The week report's summary in English. */
export const WEEK_REPORT_SUMMARY_EN_MAX = 2000;
