import type { CellResult } from './cells';

/**
 * Cells where the API answers otherwise than the matrix expects. Every one is a refusal either way or an empty list
 * of the caller's own: none shows a record. They stay listed, with the reason, until the API changes:
 *
 * - RECORD_FIRST: the service looks the record up within the caller's reach before it asks whether the role may act,
 *   so a role that may never do this gets NOT_FOUND (for a record outside its reach) where the matrix expects
 *   FORBIDDEN. Nothing leaks: NOT_FOUND is also what a missing id gives, and the matrix checks that it is word for
 *   word (every cell out of reach is asked again with a missing id). They stay because either order keeps ids
 *   unprobeable. Sessions are no longer among them: since #15 a session a team's country takes no part in is NOT_FOUND
 *   to that team for every action, whatever the role, and the rows say so (NF); logInteraction refuses every role but
 *   a national team's before it looks at any id, as the rows expect.
 * - OWN_LIST: a list of the caller's own things (their sessions, their calendar feeds) answers empty to a liaison,
 *   who has none, where the matrix expects FORBIDDEN.
 * - TEAM_LIST: unread guidance is the caller's team's list for a session their country takes part in; a coordinator
 *   has no team in a Finnish or Belgian session and gets NOT_FOUND.
 *
 * A listed cell must still give exactly the listed answer: once the API answers as expected, the test fails until the
 * entry goes, so the list only shrinks knowingly. Format: `operation|caller|target|answer`.
 */
const KNOWN: Record<string, 'RECORD_FIRST' | 'OWN_LIST' | 'TEAM_LIST'> = {};

export function addKnown(reason: 'RECORD_FIRST' | 'OWN_LIST' | 'TEAM_LIST', ...cells: string[]): void {
  for (const cell of cells) KNOWN[cell] = reason;
}

export const keyOf = (r: Pick<CellResult, 'op' | 'caller' | 'target' | 'got'>) =>
  `${r.op}|${r.caller}|${r.target}|${r.got}`;

/** Splits a row's results: cells that differ and are not listed, and listed cells that no longer differ as listed. */
export function againstKnown(results: readonly CellResult[]): { unexpected: CellResult[]; stale: string[] } {
  const unexpected = results.filter((r) => !r.ok && !(keyOf(r) in KNOWN));
  const stale = results
    .map(
      (r) =>
        [r, Object.keys(KNOWN).find((key) => key.startsWith(`${r.op}|${r.caller}|${r.target}|`))] as const,
    )
    .filter(([r, key]) => key !== undefined && (r.ok || key !== keyOf(r)))
    .map(([r, key]) => `${key} (now: ${r.got})`);
  return { unexpected, stale };
}

addKnown(
  'RECORD_FIRST',
  'deleteInteraction|ADMIN|own|NOT_FOUND',
  'deleteInteraction|LIAISON|own|NOT_FOUND',
  'deleteInteraction|ADMIN|other|NOT_FOUND',
  'deleteInteraction|LIAISON|other|NOT_FOUND',
  'raiseReferral|ADMIN|own|NOT_FOUND',
  'raiseReferral|LIAISON|own|NOT_FOUND',
  'raiseReferral|ADMIN|other|NOT_FOUND',
  'raiseReferral|LIAISON|other|NOT_FOUND',
  'revokeCalendarFeed|LIAISON|other|NOT_FOUND',
  'saveDebrief|ADMIN|own|NOT_FOUND',
  'saveDebrief|COORDINATOR|own|NOT_FOUND',
  'saveDebrief|LIAISON|own|NOT_FOUND',
  'saveDebrief|ADMIN|other|NOT_FOUND',
  'saveDebrief|COORDINATOR|other|NOT_FOUND',
  'saveDebrief|OPERATOR|other|NOT_FOUND',
  'saveDebrief|LIAISON|other|NOT_FOUND',
  'saveWeekReport|TEAM_LEADER|other|NOT_FOUND',
  'saveWeekReport|OPERATOR|other|NOT_FOUND',
  'schedulePatrolSession|TEAM_LEADER|other|NOT_FOUND',
  'schedulePatrolSession|OPERATOR|other|NOT_FOUND',
  'setAccountDisabled|LIAISON|own|NOT_FOUND',
  'setAccountDisabled|TEAM_LEADER|other|NOT_FOUND',
  'setAccountDisabled|OPERATOR|other|NOT_FOUND',
  'setAccountDisabled|LIAISON|other|NOT_FOUND',
  'setAccountPassword|LIAISON|own|NOT_FOUND',
  'setAccountPassword|TEAM_LEADER|other|NOT_FOUND',
  'setAccountPassword|OPERATOR|other|NOT_FOUND',
  'setAccountPassword|LIAISON|other|NOT_FOUND',
  'setNotesSharing|OPERATOR|other|NOT_FOUND',
  'setReferralStatus|ADMIN|own|NOT_FOUND',
  'setReferralStatus|OPERATOR|own|NOT_FOUND',
  'setReferralStatus|LIAISON|own|NOT_FOUND',
  'setReferralStatus|ADMIN|other|NOT_FOUND',
  'setReferralStatus|OPERATOR|other|NOT_FOUND',
  'setReferralStatus|LIAISON|other|NOT_FOUND',
  'submitDebrief|ADMIN|own|NOT_FOUND',
  'submitDebrief|COORDINATOR|own|NOT_FOUND',
  'submitDebrief|LIAISON|own|NOT_FOUND',
  'submitDebrief|ADMIN|other|NOT_FOUND',
  'submitDebrief|COORDINATOR|other|NOT_FOUND',
  'submitDebrief|OPERATOR|other|NOT_FOUND',
  'submitDebrief|LIAISON|other|NOT_FOUND',
  'updateAccount|LIAISON|own|NOT_FOUND',
  'updateAccount|TEAM_LEADER|other|NOT_FOUND',
  'updateAccount|OPERATOR|other|NOT_FOUND',
  'updateAccount|LIAISON|other|NOT_FOUND',
  'updateInteraction|ADMIN|own|NOT_FOUND',
  'updateInteraction|LIAISON|own|NOT_FOUND',
  'updateInteraction|ADMIN|other|NOT_FOUND',
  'updateInteraction|LIAISON|other|NOT_FOUND',
);
addKnown(
  'OWN_LIST',
  'calendarFeeds|LIAISON|own|none',
  'calendarFeeds|LIAISON|other|none',
  'mySessions|LIAISON|own|allowed',
  'mySessions|LIAISON|other|allowed',
);
addKnown(
  'TEAM_LIST',
  'unreadGuidance|COORDINATOR|own|NOT_FOUND',
  'unreadGuidance|COORDINATOR|other|NOT_FOUND',
);

/*
 * The data-protection officer reaches no country and no week. Where a service looks the record (or its week) up within
 * the caller's reach before it asks whether the role may act, the officer gets NOT_FOUND where the matrix's default for
 * the role (DPO_DEFAULT in cells.ts) expects FORBIDDEN: RECORD_FIRST as above, and nothing leaks (the cells are asked
 * again with a missing id and must answer alike). The week-scoped reads (mySessions, schedule, weekReport,
 * scheduleChanged) are among them, since the officer, unlike the liaison, reaches no week at all.
 */
const DPO_RECORD_FIRST = [
  'mySessions',
  'schedule',
  'weekReport',
  'deleteInteraction',
  'raiseReferral',
  'saveDebrief',
  'saveWeekReport',
  'schedulePatrolSession',
  'setAccountDisabled',
  'setAccountPassword',
  'setNotesSharing',
  'setReferralStatus',
  'submitDebrief',
  'updateAccount',
  'updateInteraction',
  'scheduleChanged',
];
addKnown(
  'RECORD_FIRST',
  ...DPO_RECORD_FIRST.flatMap((op) =>
    ['own', 'other'].map((target) => `${op}|DATA_PROTECTION_OFFICER|${target}|NOT_FOUND`),
  ),
  'revokeCalendarFeed|DATA_PROTECTION_OFFICER|other|NOT_FOUND',
);
addKnown(
  'OWN_LIST',
  'calendarFeeds|DATA_PROTECTION_OFFICER|own|none',
  'calendarFeeds|DATA_PROTECTION_OFFICER|other|none',
);
