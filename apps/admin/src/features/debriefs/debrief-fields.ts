/** The free-text parts of a debrief, in the order the form and the review show them. */
export const DEBRIEF_TEXT_FIELDS = [
  'whatWorked',
  'challenges',
  'signals',
  'platformObservations',
  'guidanceSuggestions',
  'wellbeingText',
] as const;
export type DebriefTextField = (typeof DEBRIEF_TEXT_FIELDS)[number];

export const DEBRIEF_STATUS_COLOR = {
  DRAFT: 'gray',
  SUBMITTED: 'green',
  REVISION_REQUESTED: 'orange',
} as const;
