import { randomUUID } from 'node:crypto';
import type { GqlResponse, TestApp } from './test-app';

/** Identifiers the detector finds today, as an officer might copy them into any free text. */
export const E_MAIL = 'kari.hansen@gmail.com';
export const PHONE = '+47 412 34 567';

/** The records and tokens the cases write against: a live (then ended) joint session of FI, BE and NL and what hangs on it. */
export interface FreeTextWorld {
  t: Pick<TestApp, 'gql'>;
  weekId: string;
  sessionId: string;
  /** A scheduled session without rosters: for rescheduling, cancelling and starting with an override. */
  plannedId: string;
  plannedVersion: number;
  interactionId: string;
  referralId: string;
  debriefId: string;
  guidanceNoteId: string;
  profileId: string;
  tokens: { coordinator: string; finn: string; leaderFi: string };
}

/** A clean interaction of the world's session, with `overrides`. */
export function interactionContent(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    channel: 'DIRECT_MESSAGE',
    occurredAt: new Date(Date.now() - 20 * 60_000).toISOString(),
    durationMinutes: 10,
    youngPeople: 1,
    ageBand: 'AGE_13_15',
    topics: ['BULLYING'],
    initiatedBy: 'YOUNG_PERSON',
    tone: 'NEUTRAL',
    outcome: 'ADVICE_GIVEN',
    notes: 'Nuori kysyi, miten kiusaamisesta voi kertoa.',
    notesLanguage: 'fi',
    ...overrides,
  };
}

type Send = (w: FreeTextWorld, text: string) => Promise<GqlResponse>;

let editedWeeks = 0;

const input =
  (
    mutation: string,
    type: string,
    token: keyof FreeTextWorld['tokens'],
    build: (w: FreeTextWorld, text: string) => Record<string, unknown>,
  ): Send =>
  (w, text) =>
    w.t.gql(
      `mutation ($input: ${type}!) { ${mutation}(input: $input) { __typename } }`,
      { input: build(w, text) },
      { token: w.tokens[token] },
    );

const debrief = (field: string): Send =>
  input('saveDebrief', 'SaveDebriefInput', 'leaderFi', (w, text) => ({
    sessionId: w.sessionId,
    language: 'fi',
    [field]: text,
  }));

/**
 * One way to send each guarded field of the schema, named as the schema test names them (`Input.field`, or
 * `Mutation.name(argument)` for a text sent as an argument). The schema test checks that every guarded field has one.
 */
export const FREE_TEXT_CASES: Record<string, Send> = {
  'LogInteractionInput.notes': input('logInteraction', 'LogInteractionInput', 'finn', (w, text) => ({
    id: randomUUID(),
    sessionId: w.sessionId,
    ...interactionContent({ notes: text }),
  })),
  'LogInteractionInput.summaryEn': input('logInteraction', 'LogInteractionInput', 'finn', (w, text) => ({
    id: randomUUID(),
    sessionId: w.sessionId,
    ...interactionContent({ summaryEn: text }),
  })),
  'UpdateInteractionInput.notes': input('updateInteraction', 'UpdateInteractionInput', 'finn', (w, text) => ({
    id: w.interactionId,
    version: 1,
    ...interactionContent({ notes: text }),
  })),
  'UpdateInteractionInput.summaryEn': input(
    'updateInteraction',
    'UpdateInteractionInput',
    'finn',
    (w, text) => ({ id: w.interactionId, version: 1, ...interactionContent({ summaryEn: text }) }),
  ),
  'RaiseReferralInput.details': input('raiseReferral', 'RaiseReferralInput', 'leaderFi', (w, text) => ({
    interactionId: w.interactionId,
    receivingUnit: 'CHILD_PROTECTION_SERVICES',
    urgency: 'PRIORITY',
    reasonCode: 'BULLYING',
    details: text,
  })),
  'Mutation.setReferralStatus(note)': (w, text) =>
    w.t.gql(
      'mutation ($id: ID!, $note: String) { setReferralStatus(id: $id, version: 1, status: ACKNOWLEDGED, note: $note) { id } }',
      { id: w.referralId, note: text },
      { token: w.tokens.leaderFi },
    ),
  'SaveDebriefInput.whatWorked': debrief('whatWorked'),
  'SaveDebriefInput.challenges': debrief('challenges'),
  'SaveDebriefInput.signals': debrief('signals'),
  'SaveDebriefInput.platformObservations': debrief('platformObservations'),
  'SaveDebriefInput.wellbeingText': debrief('wellbeingText'),
  'SaveDebriefInput.guidanceSuggestions': debrief('guidanceSuggestions'),
  'SaveDebriefInput.summaryEn': debrief('summaryEn'),
  'Mutation.commentDebrief(body)': (w, text) =>
    w.t.gql(
      'mutation ($id: ID!, $body: String!) { commentDebrief(id: $id, body: $body) { id } }',
      { id: w.debriefId, body: text },
      { token: w.tokens.coordinator },
    ),
  'SaveWeekReportInput.lessonsLearned': input(
    'saveWeekReport',
    'SaveWeekReportInput',
    'coordinator',
    (w, text) => ({ weekId: w.weekId, version: 0, lessonsLearned: text, language: 'en', debriefIds: [] }),
  ),
  'SaveWeekReportInput.summaryEn': input(
    'saveWeekReport',
    'SaveWeekReportInput',
    'coordinator',
    (w, text) => ({
      weekId: w.weekId,
      version: 0,
      lessonsLearned: 'Good week.',
      language: 'en',
      summaryEn: text,
      debriefIds: [],
    }),
  ),
  'WriteGuidanceNoteInput.title': input(
    'writeGuidanceNote',
    'WriteGuidanceNoteInput',
    'coordinator',
    (w, text) => ({
      weekId: w.weekId,
      category: 'METHODOLOGY',
      scope: 'WEEK',
      title: text,
      body: 'Ask open questions.',
    }),
  ),
  'WriteGuidanceNoteInput.body': input(
    'writeGuidanceNote',
    'WriteGuidanceNoteInput',
    'coordinator',
    (w, text) => ({
      weekId: w.weekId,
      category: 'METHODOLOGY',
      scope: 'WEEK',
      title: 'A case from Tuesday',
      body: text,
    }),
  ),
  'TranslateGuidanceNoteInput.title': input(
    'translateGuidanceNote',
    'TranslateGuidanceNoteInput',
    'leaderFi',
    (w, text) => ({
      noteId: w.guidanceNoteId,
      language: 'fi',
      title: text,
      body: 'Kysy avoimia kysymyksiä.',
      status: 'DRAFT',
    }),
  ),
  'TranslateGuidanceNoteInput.body': input(
    'translateGuidanceNote',
    'TranslateGuidanceNoteInput',
    'leaderFi',
    (w, text) => ({
      noteId: w.guidanceNoteId,
      language: 'fi',
      title: 'Avoimet kysymykset',
      body: text,
      status: 'DRAFT',
    }),
  ),
  'SchedulePatrolSessionInput.venue': input(
    'schedulePatrolSession',
    'SchedulePatrolSessionInput',
    'coordinator',
    (w, text) => planned(w, { venue: text }),
  ),
  'SchedulePatrolSessionInput.briefing': input(
    'schedulePatrolSession',
    'SchedulePatrolSessionInput',
    'coordinator',
    (w, text) => planned(w, { briefing: text }),
  ),
  'ReschedulePatrolSessionInput.venue': input(
    'reschedulePatrolSession',
    'ReschedulePatrolSessionInput',
    'coordinator',
    (w, text) => ({ id: w.plannedId, version: w.plannedVersion, venue: text }),
  ),
  'ReschedulePatrolSessionInput.briefing': input(
    'reschedulePatrolSession',
    'ReschedulePatrolSessionInput',
    'coordinator',
    (w, text) => ({ id: w.plannedId, version: w.plannedVersion, briefing: text }),
  ),
  'Mutation.cancelPatrolSession(reason)': (w, text) =>
    w.t.gql(
      'mutation ($id: ID!, $v: Int!, $r: String!) { cancelPatrolSession(id: $id, version: $v, reason: $r) { id } }',
      { id: w.plannedId, v: w.plannedVersion, r: text },
      { token: w.tokens.coordinator },
    ),
  'Mutation.startPatrolSession(overrideReason)': (w, text) =>
    w.t.gql(
      'mutation ($id: ID!, $v: Int!, $r: String) { startPatrolSession(id: $id, version: $v, overrideReason: $r) { id } }',
      { id: w.plannedId, v: w.plannedVersion, r: text },
      { token: w.tokens.coordinator },
    ),
  'RegisterPoliceProfileInput.safetyNotes': input(
    'registerPoliceProfile',
    'RegisterPoliceProfileInput',
    'leaderFi',
    (_, text) => ({ platform: 'ROBLOX', displayName: 'Poliisi FI Roblox', safetyNotes: text }),
  ),
  'UpdatePoliceProfileInput.safetyNotes': input(
    'updatePoliceProfile',
    'UpdatePoliceProfileInput',
    'leaderFi',
    (w, text) => ({ id: w.profileId, version: 1, safetyNotes: text }),
  ),
  'CreateActionWeekInput.title': input(
    'createActionWeek',
    'CreateActionWeekInput',
    'coordinator',
    (_, text) => ({
      code: 'FREE-TEXT-TITLE',
      title: text,
      hostCountry: 'NO',
      firstDay: '2027-05-03',
      lastDay: '2027-05-07',
      timeZone: 'Europe/Oslo',
      countries: [{ country: 'NO', languages: ['nb'] }],
    }),
  ),
  'UpdateActionWeekInput.title': async (w, text) => {
    // A week of its own in planning (only such a week can be edited), renamed to the text.
    const week = {
      code: `FREE-TEXT-EDIT-${++editedWeeks}`,
      title: 'Week to rename',
      hostCountry: 'NO',
      firstDay: '2027-05-10',
      lastDay: '2027-05-14',
      timeZone: 'Europe/Oslo',
      countries: [{ country: 'NO', languages: ['nb'] }],
    };
    const created = await w.t.gql<{ createActionWeek: { id: string; version: number } }>(
      'mutation ($input: CreateActionWeekInput!) { createActionWeek(input: $input) { id version } }',
      { input: week },
      { token: w.tokens.coordinator },
    );
    const { id, version } = created.data!.createActionWeek;
    const { code: _code, ...rest } = week;
    return w.t.gql(
      'mutation ($input: UpdateActionWeekInput!) { updateActionWeek(input: $input) { __typename } }',
      { input: { ...rest, id, version, title: text, minCount: 5, retentionDays: 30 } },
      { token: w.tokens.coordinator },
    );
  },
  'Mutation.addPlatform(name)': (w, text) =>
    w.t.gql(
      'mutation ($name: String!) { addPlatform(name: $name) { code } }',
      { name: text },
      { token: w.tokens.coordinator },
    ),
};

function planned(w: FreeTextWorld, overrides: Record<string, unknown>): Record<string, unknown> {
  const start = Date.now() + 26 * 3600_000;
  return {
    weekId: w.weekId,
    platform: 'DISCORD',
    venue: 'EMPACT joint patrol server',
    startsAt: new Date(start).toISOString(),
    endsAt: new Date(start + 2 * 3600_000).toISOString(),
    countries: ['FI'],
    ...overrides,
  };
}

/** The field a finding names for a case: the input field, or the argument. */
export function fieldOf(key: string): string {
  return /\((\w+)\)$/.exec(key)?.[1] ?? key.split('.')[1];
}
