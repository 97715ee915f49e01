/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format. */
  DateTime: { input: string; output: string; }
};

/** A person who signs in: an officer of a national team, a coordinator, a liaison or an admin. */
export type Account = {
  __typename?: 'Account';
  /** ISO 3166-1 alpha-2; null for Europol liaisons and platform admins. */
  country?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  disabled: Scalars['Boolean']['output'];
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Preferred interface language: en, nb, nn, nl, fr, de, is, fi or sv. */
  language: Scalars['String']['output'];
  lastLoginAt?: Maybe<Scalars['DateTime']['output']>;
  roles: Array<Role>;
};

export type AccountFilter = {
  country?: InputMaybe<Scalars['String']['input']>;
  includeDisabled?: InputMaybe<Scalars['Boolean']['input']>;
  role?: InputMaybe<Role>;
  /** Matches name or e-mail, ignoring case. */
  search?: InputMaybe<Scalars['String']['input']>;
};

export type ActionWeek = {
  __typename?: 'ActionWeek';
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  code: Scalars['String']['output'];
  countries: Array<WeekCountry>;
  /** YYYY-MM-DD in the week’s time zone. */
  firstDay: Scalars['String']['output'];
  hostCountry: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** YYYY-MM-DD in the week’s time zone. */
  lastDay: Scalars['String']['output'];
  /** k: counts from 1 to k−1 are hidden from liaisons. */
  minCount: Scalars['Int']['output'];
  /** Every team member of the week’s countries must use two-step sign-in until the week closes (coordinators, administrators and liaisons always must). */
  requireTwoFactor: Scalars['Boolean']['output'];
  /** Days after closing before notes, English summaries and referral details are deleted. */
  retentionDays: Scalars['Int']['output'];
  status: WeekStatus;
  /** When the retention job deleted the week’s free texts. */
  textsDeletedAt?: Maybe<Scalars['DateTime']['output']>;
  /** IANA time zone the week runs on, e.g. Europe/Oslo. */
  timeZone: Scalars['String']['output'];
  title: Scalars['String']['output'];
  /** Send it back with a change; a change made on an older version is refused. */
  version: Scalars['Int']['output'];
};

/** An age band, never an age. */
export type AgeBand =
  | 'ADULT_18_PLUS'
  | 'AGE_13_15'
  | 'AGE_16_17'
  | 'UNDER_13'
  | 'UNKNOWN';

export type AssignRosterInput = {
  country: Scalars['String']['input'];
  operatorOneId?: InputMaybe<Scalars['ID']['input']>;
  operatorTwoId?: InputMaybe<Scalars['ID']['input']>;
  /** The police profile Operator One uses. */
  profileId?: InputMaybe<Scalars['ID']['input']>;
  sessionId: Scalars['ID']['input'];
  teamLeaderId?: InputMaybe<Scalars['ID']['input']>;
  version: Scalars['Int']['input'];
};

/** Who wrote an audit entry, as their account reads now. */
export type AuditActor = {
  __typename?: 'AuditActor';
  country?: Maybe<Scalars['String']['output']>;
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  roles: Array<Role>;
};

/** One entry of the append-only audit log: who did what to which record, when, and how it ended. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** The mutation, or the read worth knowing about (readReferralDetails, ...). */
  action: Scalars['String']['output'];
  /** Null for the platform itself (the retention job, the demo seed) and before sign-in. */
  actor?: Maybe<AuditActor>;
  at: Scalars['DateTime']['output'];
  /** What the entry records beside its target, as JSON: codes, counts and ids; never a free text. */
  details?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** SUCCESS, or the error code the caller received. */
  outcome: Scalars['String']['output'];
  targetId?: Maybe<Scalars['String']['output']>;
  targetType?: Maybe<Scalars['String']['output']>;
  weekCode?: Maybe<Scalars['String']['output']>;
  /** The week the entry is about, where its record tells. */
  weekId?: Maybe<Scalars['ID']['output']>;
};

export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  cursor: Scalars['String']['output'];
  node: AuditEntry;
};

export type AuditLogConnection = {
  __typename?: 'AuditLogConnection';
  edges: Array<AuditEntryEdge>;
  pageInfo: PageInfo;
};

/** Which audit entries to list; every condition given narrows, none given lists them all. */
export type AuditLogFilter = {
  /** Entries of any of these actions (e.g. readReferralDetails). */
  actions?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Entries of what this account did. */
  actorId?: InputMaybe<Scalars['ID']['input']>;
  /** From this instant (ISO 8601, inclusive). */
  from?: InputMaybe<Scalars['String']['input']>;
  outcome?: InputMaybe<AuditOutcome>;
  /** The record’s id (a UUID, or a code such as a platform’s). */
  targetId?: InputMaybe<Scalars['String']['input']>;
  /** The kind of record (Referral, ActionWeek, Account, ...). */
  targetType?: InputMaybe<Scalars['String']['input']>;
  /** Until this instant (ISO 8601, exclusive). */
  to?: InputMaybe<Scalars['String']['input']>;
  /** Entries about this week or a record of it. */
  weekId?: InputMaybe<Scalars['ID']['input']>;
};

/** SUCCESS: what happened; REFUSED: every entry whose outcome is an error code. */
export type AuditOutcome =
  | 'REFUSED'
  | 'SUCCESS';

export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** Short-lived JWT, sent as `Authorization: Bearer`. */
  accessToken: Scalars['String']['output'];
  accessTokenExpiresAt: Scalars['DateTime']['output'];
  account: Account;
  /** Single-use: each refresh returns a new one and revokes this one. */
  refreshToken: Scalars['String']['output'];
};

/** A secret iCalendar address for one week, importable in Outlook or Google Calendar. */
export type CalendarFeed = {
  __typename?: 'CalendarFeed';
  country?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  scope: CalendarFeedScope;
  /** The address with its secret: given once, when the feed is created. */
  url?: Maybe<Scalars['String']['output']>;
  weekId: Scalars['ID']['output'];
};

/** COUNTRY: every session a country takes part in; PERSON: the sessions one person is on or guides. */
export type CalendarFeedScope =
  | 'COUNTRY'
  | 'PERSON';

/** Where on the platform it took place. */
export type Channel =
  | 'DIRECT_MESSAGE'
  | 'IN_GAME'
  | 'PUBLIC_CHAT'
  | 'VOICE';

/** A count as released: perturbed by the cell key method for liaisons (the same records give the same figure everywhere), null where it is hidden (a count from 1 to k−1, or one perturbed below k) or where its day has not begun. */
export type Count = {
  __typename?: 'Count';
  /** A day of the week that has not begun in the week’s zone: no figure yet, not a zero. */
  pending: Scalars['Boolean']['output'];
  /** Hidden by disclosure control: a count between 1 and k−1 (or perturbed below k), never zero. */
  suppressed: Scalars['Boolean']['output'];
  value?: Maybe<Scalars['Int']['output']>;
};

/** Counts by row and column with their totals; each total is released as a figure of its own. */
export type CountTable = {
  __typename?: 'CountTable';
  cells: Array<Array<Count>>;
  columnTotals: Array<Count>;
  /** Column keys, e.g. days, platform codes or topic codes. */
  columns: Array<Scalars['String']['output']>;
  grandTotal: Count;
  rowTotals: Array<Count>;
  /** Row keys, e.g. country codes. */
  rows: Array<Scalars['String']['output']>;
};

export type CreateAccountInput = {
  country?: InputMaybe<Scalars['String']['input']>;
  displayName: Scalars['String']['input'];
  email: Scalars['String']['input'];
  language: Scalars['String']['input'];
  password: Scalars['String']['input'];
  roles: Array<Role>;
};

export type CreateActionWeekInput = {
  /** Short unique code, e.g. EMPACT-AW-2025-NO. */
  code: Scalars['String']['input'];
  /** Every country taking part, the host included. */
  countries: Array<WeekCountryInput>;
  /** YYYY-MM-DD, in the week’s time zone. */
  firstDay: Scalars['String']['input'];
  hostCountry: Scalars['String']['input'];
  /** YYYY-MM-DD, in the week’s time zone. */
  lastDay: Scalars['String']['input'];
  /** k: counts from 1 to k−1 are hidden from liaisons (2–20, default 5). */
  minCount?: InputMaybe<Scalars['Int']['input']>;
  /** Require two-step sign-in of every team member of the week’s countries (default false). */
  requireTwoFactor?: InputMaybe<Scalars['Boolean']['input']>;
  /** Days after the week closes before notes, English summaries and referral details are deleted (default 30). */
  retentionDays?: InputMaybe<Scalars['Int']['input']>;
  /** IANA time zone, e.g. Europe/Oslo. */
  timeZone: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

/** What a country’s team learned in a session, in its own language, with an English summary. */
export type Debrief = {
  __typename?: 'Debrief';
  author: Scalars['String']['output'];
  challenges: Scalars['String']['output'];
  comments: Array<DebriefComment>;
  country: Scalars['String']['output'];
  guidanceSuggestions: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** BCP 47 tag of the language it is written in. */
  language: Scalars['String']['output'];
  platformObservations: Scalars['String']['output'];
  sessionId: Scalars['ID']['output'];
  /** Signals and trends seen. */
  signals: Scalars['String']['output'];
  status: DebriefStatus;
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
  summaryEn?: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
  weekId: Scalars['ID']['output'];
  /** Officer wellbeing, 1 (poor) to 5 (good). */
  wellbeingScore?: Maybe<Scalars['Int']['output']>;
  wellbeingText: Scalars['String']['output'];
  whatWorked: Scalars['String']['output'];
};

export type DebriefComment = {
  __typename?: 'DebriefComment';
  author: Scalars['String']['output'];
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  requestsRevision: Scalars['Boolean']['output'];
};

/** One country’s submitted debriefs, summarised in English. */
export type DebriefDigest = {
  __typename?: 'DebriefDigest';
  /** ISO 3166-1 alpha-2. */
  country: Scalars['String']['output'];
  summaries: Array<DebriefSummary>;
};

export type DebriefFilter = {
  country?: InputMaybe<Scalars['String']['input']>;
  sessionId?: InputMaybe<Scalars['ID']['input']>;
  weekId: Scalars['ID']['input'];
};

export type DebriefStatus =
  | 'DRAFT'
  | 'REVISION_REQUESTED'
  | 'SUBMITTED';

/** The English summary of one submitted debrief: no author, no free text of the team’s own. */
export type DebriefSummary = {
  __typename?: 'DebriefSummary';
  /** Platform code of the session. */
  platform: Scalars['String']['output'];
  /** When the session was planned to start. */
  startsAt: Scalars['DateTime']['output'];
  submittedAt: Scalars['DateTime']['output'];
  summaryEn: Scalars['String']['output'];
};

export type GuidanceCategory =
  | 'LEGAL_FRAME'
  | 'METHODOLOGY'
  | 'PLATFORM_TIPS'
  | 'PROFILE_SAFETY'
  | 'REFERRAL_ROUTES'
  | 'WELLBEING';

export type GuidanceFilter = {
  category?: InputMaybe<GuidanceCategory>;
  /** Coordinators: include unpublished notes. */
  includeUnpublished?: InputMaybe<Scalars['Boolean']['input']>;
  /** Show titles and bodies in this language where translated. */
  language?: InputMaybe<Scalars['String']['input']>;
  scope?: InputMaybe<GuidanceScope>;
  weekId: Scalars['ID']['input'];
};

/** Kripos guidance for the teams: Markdown, shown in the reader’s language where a translation exists. */
export type GuidanceNote = {
  __typename?: 'GuidanceNote';
  /** Markdown, as written. */
  body: Scalars['String']['output'];
  /** The body as HTML with nothing that can run: safe to show. */
  bodyHtml: Scalars['String']['output'];
  category: GuidanceCategory;
  id: Scalars['ID']['output'];
  /** The language of title and body as given: the requested one where translated, else the source. */
  language: Scalars['String']['output'];
  pinned: Scalars['Boolean']['output'];
  published: Scalars['Boolean']['output'];
  /** Whether the caller has confirmed reading the current revision. */
  readByMe: Scalars['Boolean']['output'];
  /** Writers: how many people confirmed the current revision. */
  readCount?: Maybe<Scalars['Int']['output']>;
  revision: Scalars['Int']['output'];
  scope: GuidanceScope;
  scopeCountry?: Maybe<Scalars['String']['output']>;
  scopePlatform?: Maybe<Scalars['String']['output']>;
  scopeSessionId?: Maybe<Scalars['ID']['output']>;
  sourceLanguage: Scalars['String']['output'];
  title: Scalars['String']['output'];
  /** Translators: the text of a translation as saved, drafts included. */
  translation?: Maybe<GuidanceTranslationText>;
  /** Status of the translation given (CURRENT for the source itself). */
  translationStatus: TranslationStatus;
  translations: Array<GuidanceTranslationState>;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
  weekId: Scalars['ID']['output'];
};


/** Kripos guidance for the teams: Markdown, shown in the reader’s language where a translation exists. */
export type GuidanceNoteTranslationArgs = {
  language: Scalars['String']['input'];
};

/** A team member and the guidance for their next session they have not confirmed. */
export type GuidanceReader = {
  __typename?: 'GuidanceReader';
  accountId: Scalars['ID']['output'];
  country: Scalars['String']['output'];
  displayName: Scalars['String']['output'];
  nextSessionId?: Maybe<Scalars['ID']['output']>;
  nextSessionStartsAt?: Maybe<Scalars['DateTime']['output']>;
  unreadNoteIds: Array<Scalars['ID']['output']>;
};

export type GuidanceRevision = {
  __typename?: 'GuidanceRevision';
  body: Scalars['String']['output'];
  bodyHtml: Scalars['String']['output'];
  revision: Scalars['Int']['output'];
  sourceLanguage: Scalars['String']['output'];
  title: Scalars['String']['output'];
  writtenAt: Scalars['DateTime']['output'];
  writtenBy: Scalars['String']['output'];
};

/** Whom a note is for: the whole week, a country, a platform or one session. */
export type GuidanceScope =
  | 'COUNTRY'
  | 'PLATFORM'
  | 'SESSION'
  | 'WEEK';

export type GuidanceTranslationState = {
  __typename?: 'GuidanceTranslationState';
  language: Scalars['String']['output'];
  /** The source revision it was made from. */
  sourceRevision?: Maybe<Scalars['Int']['output']>;
  status: TranslationStatus;
};

/** A translation as its translator left it, drafts included. */
export type GuidanceTranslationText = {
  __typename?: 'GuidanceTranslationText';
  body: Scalars['String']['output'];
  language: Scalars['String']['output'];
  sourceRevision: Scalars['Int']['output'];
  status: TranslationWorkStatus;
  title: Scalars['String']['output'];
};

/** Who started it. */
export type Initiator =
  | 'PATROL'
  | 'YOUNG_PERSON';

/** A logged conversation with young people: codes and counts, never who they are. */
export type Interaction = {
  __typename?: 'Interaction';
  ageBand: AgeBand;
  channel: Channel;
  country: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  durationMinutes: Scalars['Int']['output'];
  /** Whether the caller may edit or delete it. */
  editable: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  initiatedBy: Initiator;
  /** Null where the country does not share its notes with the caller, or after retention. */
  notes?: Maybe<Scalars['String']['output']>;
  /** BCP 47 tag of the language the notes are written in. */
  notesLanguage: Scalars['String']['output'];
  occurredAt: Scalars['DateTime']['output'];
  outcome: Outcome;
  /** Platform code. */
  platform: Scalars['String']['output'];
  /** The urgency of the most urgent referral raised from it; null when it was not referred. */
  referralUrgency?: Maybe<Urgency>;
  sessionId: Scalars['ID']['output'];
  summaryEn?: Maybe<Scalars['String']['output']>;
  tone: Tone;
  topics: Array<Topic>;
  version: Scalars['Int']['output'];
  weekId: Scalars['ID']['output'];
  youngPeople: Scalars['Int']['output'];
};

export type InteractionConnection = {
  __typename?: 'InteractionConnection';
  edges: Array<InteractionEdge>;
  pageInfo: PageInfo;
};

export type InteractionEdge = {
  __typename?: 'InteractionEdge';
  cursor: Scalars['String']['output'];
  node: Interaction;
};

export type InteractionFilter = {
  country?: InputMaybe<Scalars['String']['input']>;
  outcome?: InputMaybe<Outcome>;
  sessionId?: InputMaybe<Scalars['ID']['input']>;
  topic?: InputMaybe<Topic>;
  weekId: Scalars['ID']['input'];
};

export type LogInteractionInput = {
  ageBand: AgeBand;
  channel: Channel;
  /** Minutes. */
  durationMinutes: Scalars['Int']['input'];
  /** The client’s own UUID: sending the same interaction again returns the stored one. */
  id: Scalars['ID']['input'];
  initiatedBy: Initiator;
  /** Free text, up to 4,000 characters, without anything that identifies a young person. */
  notes: Scalars['String']['input'];
  /** BCP 47 tag: one of the working languages of the logging country for the week. */
  notesLanguage: Scalars['String']['input'];
  occurredAt: Scalars['DateTime']['input'];
  outcome: Outcome;
  /** Platform code; defaults to the session’s. */
  platform?: InputMaybe<Scalars['String']['input']>;
  sessionId: Scalars['ID']['input'];
  /** Optional English summary, up to 500 characters. */
  summaryEn?: InputMaybe<Scalars['String']['input']>;
  tone: Tone;
  topics: Array<Topic>;
  /** How many young people took part. */
  youngPeople: Scalars['Int']['input'];
};

export type MissingPositions = {
  __typename?: 'MissingPositions';
  country: Scalars['String']['output'];
  positions: Array<Position>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a platform to the reference list (coordinators). */
  addPlatform: Platform;
  /** Names Operator One, Operator Two, the team leader and the profile for one country. */
  assignRoster: PatrolSession;
  /** A new authenticator secret with its QR code, confirmed by `confirmTwoFactorEnrolment`. Replacing one already set up takes a code of it. */
  beginTwoFactorEnrolment: TwoFactorEnrolment;
  cancelPatrolSession: PatrolSession;
  /** A coordinator comments on a submitted debrief or asks for a revision. */
  commentDebrief: Debrief;
  /** Confirms reading a published note, once per person, note and revision. */
  confirmGuidanceRead: GuidanceNote;
  /** A code of the new secret turns two-factor sign-in on (or moves it to the new app): returns recovery codes, once. Ends the account’s other sign-ins. */
  confirmTwoFactorEnrolment: TwoFactorRecoveryCodes;
  /** Copies an earlier week’s plan into a week in preparation (shifted by whole days, at the same local times), without rosters or guides. Refused as a whole with PLAN_COPY_REFUSED (extensions.sessions) when a session would fall outside the week’s days or conflict with its plan; WEEK_NOT_IN_PLANNING when the week is live or closed. */
  copyWeekPlan: PlanCopy;
  createAccount: Account;
  /** Creates a week in PLANNING: host, days, time zone, countries and their working languages. */
  createActionWeek: ActionWeek;
  /** Creates a secret iCalendar address; its url is shown only now. */
  createCalendarFeed: CalendarFeed;
  /** Deletes an interaction; its earlier version is kept with the log. */
  deleteInteraction: Scalars['Boolean']['output'];
  /** Turns two-factor sign-in off, with a current code. Refused to roles that need it. */
  disableTwoFactor: TwoFactorStatus;
  endPatrolSession: PatrolSession;
  /** Plans every session of a plan file in one transaction; refused with PLAN_IMPORT_INVALID (extensions.rows) when any row is wrong, and then nothing is written. */
  importPlan: PlanImportResult;
  /** Logs an interaction for the caller’s country. Sending the same id and content again returns the stored one. */
  logInteraction: Interaction;
  /** Signs in with e-mail and password, and a code of the authenticator app or a recovery code when the account has two-factor sign-in (without one: TWO_FACTOR_REQUIRED). */
  login: AuthPayload;
  /** Ends the sign-in the refresh token belongs to. */
  logout: Scalars['Boolean']['output'];
  /** Pins (true) or unpins (false) a note at the top of the library. */
  pinGuidanceNote: GuidanceNote;
  /** Publishes (true) or unpublishes (false) a note. */
  publishGuidanceNote: GuidanceNote;
  /** Refers an interaction to the unit that acts on it; an IMMEDIATE one alerts at once. */
  raiseReferral: Referral;
  /** Makes a suspended profile active again. */
  reactivatePoliceProfile: PoliceProfile;
  /** Exchanges a refresh token for a new access and refresh token. */
  refreshSession: AuthPayload;
  /** New recovery codes in place of the earlier ones, with a current code. */
  regenerateTwoFactorRecoveryCodes: TwoFactorRecoveryCodes;
  /** Registers a country’s institutional profile on a platform (never its credentials). */
  registerPoliceProfile: PoliceProfile;
  reschedulePatrolSession: PatrolSession;
  /** Removes another account’s second factor (lost phone and recovery codes): its sign-ins end, and it sets one up again. Administrators only. */
  resetTwoFactor: Scalars['Boolean']['output'];
  /** Retires a profile for good: it stays on past rosters, but nothing can change or use it again. */
  retirePoliceProfile: PoliceProfile;
  /** Revokes a calendar address: it stops answering at once. */
  revokeCalendarFeed: CalendarFeed;
  /** Saves the team leader’s debrief draft for an ended session of their country. */
  saveDebrief: Debrief;
  /** Coordinators write the lessons learned and link submitted debriefs. */
  saveWeekReport: WeekReport;
  /** Plans a session; refused with SCHEDULE_CONFLICT when it double-books anyone. */
  schedulePatrolSession: PatrolSession;
  /** Disables or enables an account; a disabled account’s tokens stop working at once. */
  setAccountDisabled: Account;
  /** Sets a new password and ends the account’s sign-ins. */
  setAccountPassword: Account;
  /** Moves a week forward: PLANNING → LIVE → CLOSED. Closing is refused with WEEK_HAS_LIVE_SESSIONS while sessions are live. */
  setActionWeekStatus: ActionWeek;
  /** Requires (or no longer requires) two-step sign-in of every team member of the week’s countries until it closes. */
  setActionWeekTwoFactor: ActionWeek;
  /** Remembers the interface language of the signed-in account. */
  setMyLanguage: Account;
  /** A team leader shares, or stops sharing, their country’s interaction notes with the coordinators. */
  setNotesSharing: ActionWeek;
  /** Moves a referral one step: OPEN → ACKNOWLEDGED → HANDED_OVER → CLOSED. */
  setReferralStatus: Referral;
  startPatrolSession: PatrolSession;
  /** Submits a debrief; an English summary is required. */
  submitDebrief: Debrief;
  /** Suspends an active profile: no roster may use it until it is reactivated. */
  suspendPoliceProfile: PoliceProfile;
  /** Saves a translation, as a draft or as current, made from the note’s current revision. */
  translateGuidanceNote: GuidanceNote;
  updateAccount: Account;
  /** Changes a week’s set-up while it is in PLANNING (else WEEK_NOT_IN_PLANNING): the same rules as a new week. */
  updateActionWeek: ActionWeek;
  /** Edits an interaction (its author or their team leader, until the week closes). */
  updateInteraction: Interaction;
  /** Renames a profile or changes its safety notes; a retired profile cannot be changed. */
  updatePoliceProfile: PoliceProfile;
  /** Writes a new note, or a new revision of one (coordinators). */
  writeGuidanceNote: GuidanceNote;
};


export type MutationAddPlatformArgs = {
  name: Scalars['String']['input'];
};


export type MutationAssignRosterArgs = {
  input: AssignRosterInput;
};


export type MutationBeginTwoFactorEnrolmentArgs = {
  code?: InputMaybe<Scalars['String']['input']>;
  recoveryCode?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCancelPatrolSessionArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


export type MutationCommentDebriefArgs = {
  body: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  requestRevision?: InputMaybe<Scalars['Boolean']['input']>;
};


export type MutationConfirmGuidanceReadArgs = {
  language: Scalars['String']['input'];
  noteId: Scalars['ID']['input'];
};


export type MutationConfirmTwoFactorEnrolmentArgs = {
  code: Scalars['String']['input'];
};


export type MutationCopyWeekPlanArgs = {
  fromWeekId: Scalars['ID']['input'];
  toWeekId: Scalars['ID']['input'];
};


export type MutationCreateAccountArgs = {
  input: CreateAccountInput;
};


export type MutationCreateActionWeekArgs = {
  input: CreateActionWeekInput;
};


export type MutationCreateCalendarFeedArgs = {
  country?: InputMaybe<Scalars['String']['input']>;
  scope: CalendarFeedScope;
  weekId: Scalars['ID']['input'];
};


export type MutationDeleteInteractionArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationDisableTwoFactorArgs = {
  code?: InputMaybe<Scalars['String']['input']>;
  recoveryCode?: InputMaybe<Scalars['String']['input']>;
};


export type MutationEndPatrolSessionArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationImportPlanArgs = {
  contentBase64: Scalars['String']['input'];
  fileName: Scalars['String']['input'];
  weekId: Scalars['ID']['input'];
};


export type MutationLogInteractionArgs = {
  input: LogInteractionInput;
};


export type MutationLoginArgs = {
  code?: InputMaybe<Scalars['String']['input']>;
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
  recoveryCode?: InputMaybe<Scalars['String']['input']>;
};


export type MutationLogoutArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationPinGuidanceNoteArgs = {
  id: Scalars['ID']['input'];
  value: Scalars['Boolean']['input'];
};


export type MutationPublishGuidanceNoteArgs = {
  id: Scalars['ID']['input'];
  value: Scalars['Boolean']['input'];
};


export type MutationRaiseReferralArgs = {
  input: RaiseReferralInput;
};


export type MutationReactivatePoliceProfileArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationRefreshSessionArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationRegenerateTwoFactorRecoveryCodesArgs = {
  code?: InputMaybe<Scalars['String']['input']>;
  recoveryCode?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRegisterPoliceProfileArgs = {
  input: RegisterPoliceProfileInput;
};


export type MutationReschedulePatrolSessionArgs = {
  input: ReschedulePatrolSessionInput;
};


export type MutationResetTwoFactorArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRetirePoliceProfileArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationRevokeCalendarFeedArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSaveDebriefArgs = {
  input: SaveDebriefInput;
};


export type MutationSaveWeekReportArgs = {
  input: SaveWeekReportInput;
};


export type MutationSchedulePatrolSessionArgs = {
  input: SchedulePatrolSessionInput;
};


export type MutationSetAccountDisabledArgs = {
  disabled: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


export type MutationSetAccountPasswordArgs = {
  id: Scalars['ID']['input'];
  password: Scalars['String']['input'];
};


export type MutationSetActionWeekStatusArgs = {
  id: Scalars['ID']['input'];
  status: WeekStatus;
};


export type MutationSetActionWeekTwoFactorArgs = {
  id: Scalars['ID']['input'];
  required: Scalars['Boolean']['input'];
};


export type MutationSetMyLanguageArgs = {
  language: Scalars['String']['input'];
};


export type MutationSetNotesSharingArgs = {
  shared: Scalars['Boolean']['input'];
  weekId: Scalars['ID']['input'];
};


export type MutationSetReferralStatusArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  status: ReferralStatus;
  version: Scalars['Int']['input'];
};


export type MutationStartPatrolSessionArgs = {
  id: Scalars['ID']['input'];
  overrideReason?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};


export type MutationSubmitDebriefArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationSuspendPoliceProfileArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationTranslateGuidanceNoteArgs = {
  input: TranslateGuidanceNoteInput;
};


export type MutationUpdateAccountArgs = {
  input: UpdateAccountInput;
};


export type MutationUpdateActionWeekArgs = {
  input: UpdateActionWeekInput;
};


export type MutationUpdateInteractionArgs = {
  input: UpdateInteractionInput;
};


export type MutationUpdatePoliceProfileArgs = {
  input: UpdatePoliceProfileInput;
};


export type MutationWriteGuidanceNoteArgs = {
  input: WriteGuidanceNoteInput;
};

/** A debrief owed by a country, or one submitted and waiting for review. */
export type NowDebrief = {
  __typename?: 'NowDebrief';
  country: Scalars['String']['output'];
  debriefId?: Maybe<Scalars['ID']['output']>;
  platformName: Scalars['String']['output'];
  sessionEndsAt: Scalars['DateTime']['output'];
  sessionId: Scalars['ID']['output'];
  /** MISSING, or the debrief’s status. */
  state: Scalars['String']['output'];
};

/** What one country still lacks on a session: positions, a police profile. */
export type NowGap = {
  __typename?: 'NowGap';
  country: Scalars['String']['output'];
  positions: Array<Position>;
  profileMissing: Scalars['Boolean']['output'];
};

/** An urgent referral waiting for action; never its details. */
export type NowReferral = {
  __typename?: 'NowReferral';
  country: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  reasonCode: Scalars['String']['output'];
  receivingUnit: Scalars['String']['output'];
  sessionId: Scalars['ID']['output'];
  status: ReferralStatus;
  urgency: Urgency;
};

/** Referrals still waiting for action (open or acknowledged), by urgency. */
export type NowReferralCounts = {
  __typename?: 'NowReferralCounts';
  immediate: Scalars['Int']['output'];
  priority: Scalars['Int']['output'];
  routine: Scalars['Int']['output'];
};

/** A session as the home page lists it. */
export type NowSession = {
  __typename?: 'NowSession';
  countries: Array<Scalars['String']['output']>;
  endsAt: Scalars['DateTime']['output'];
  /** The gaps of the countries in the caller’s reach. */
  gaps: Array<NowGap>;
  id: Scalars['ID']['output'];
  mayStart: StartAnswer;
  /** Live past its planned end: someone should end it. */
  overrunning: Scalars['Boolean']['output'];
  phase: SessionPhase;
  platformCode: Scalars['String']['output'];
  platformName: Scalars['String']['output'];
  startsAt: Scalars['DateTime']['output'];
  status: SessionStatus;
  venue: Scalars['String']['output'];
};

/** How a conversation ended. */
export type Outcome =
  | 'ADVICE_GIVEN'
  | 'CONVERSATION_ONLY'
  | 'EMERGENCY_ESCALATION'
  | 'POINTED_TO_HELP_SERVICE'
  | 'REFERRED';

/** What the week achieved, anonymised: counts only, perturbed, small ones hidden. */
export type Outcomes = {
  __typename?: 'Outcomes';
  byAgeBand: CountTable;
  /** Interactions by country (rows) and day (columns); the column totals are the trend per day. */
  byCountryAndDay: CountTable;
  byLanguage: CountTable;
  byOutcome: CountTable;
  byPlatform: CountTable;
  /** An interaction counts once for each of its topics. */
  byTopic: CountTable;
  /** k: counts from 1 to k−1 are suppressed. */
  minCount: Scalars['Int']['output'];
  /** Hours patrolled per country (police work, exact). */
  patrolHours: Array<PatrolHours>;
  protection: OutcomesProtection;
  /** Referrals by urgency (rows) and receiving unit (columns). */
  referrals: CountTable;
  /** Patrol sessions (police work, exact): PLANNED, HELD, CANCELLED. A row counts the sessions its country took part in; the column totals and the grand total count sessions, a joint session once, so they are not the sums of the rows. */
  sessions: CountTable;
  /** False only when a coordinator asked for the unsuppressed figures (audited). */
  suppressed: Scalars['Boolean']['output'];
  weekId: Scalars['ID']['output'];
  /** Young people reached, by country and day. */
  youngPeople: CountTable;
};

export type OutcomesFilter = {
  country?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD in the week’s zone. */
  day?: InputMaybe<Scalars['String']['input']>;
  platform?: InputMaybe<Scalars['String']['input']>;
};

/** How the figures about young people were protected, for the reader’s note. */
export type OutcomesProtection = {
  __typename?: 'OutcomesProtection';
  /** The most a released figure can differ from the true count. */
  maxPerturbation: Scalars['Int']['output'];
  /** CELL_KEY: perturbed by the cell key method, small counts hidden. EXACT: the true counts (coordinators, audited). */
  method: Scalars['String']['output'];
  /** k: counts from 1 to k−1 are never shown. */
  minCount: Scalars['Int']['output'];
  /** 95 % of released figures are within this many of the true count. */
  typicalPerturbation: Scalars['Int']['output'];
};

/** A debrief an ended session is still waiting for. */
export type OwedDebrief = {
  __typename?: 'OwedDebrief';
  country: Scalars['String']['output'];
  sessionEndsAt: Scalars['DateTime']['output'];
  sessionId: Scalars['ID']['output'];
  /** MISSING, DRAFT or REVISION_REQUESTED. */
  state: Scalars['String']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type PatrolHours = {
  __typename?: 'PatrolHours';
  country: Scalars['String']['output'];
  hours: Scalars['Float']['output'];
};

/** One joint patrol: where, when, which countries, who guides it. */
export type PatrolSession = {
  __typename?: 'PatrolSession';
  /** Null in a busy slot. */
  briefing?: Maybe<Scalars['String']['output']>;
  /** True when the caller’s country takes no part in the session: it is shown as a busy slot (time, platform, countries, status) without venue, briefing, guide, reasons, start and end times or rosters. */
  busySlot: Scalars['Boolean']['output'];
  cancelReason?: Maybe<Scalars['String']['output']>;
  /** Countries taking part (ISO 3166-1 alpha-2). */
  countries: Array<Scalars['String']['output']>;
  endedAt?: Maybe<Scalars['DateTime']['output']>;
  endsAt: Scalars['DateTime']['output'];
  /** The Kripos guide; null in a busy slot. */
  guide?: Maybe<Person>;
  id: Scalars['ID']['output'];
  /** Interactions logged so far (the caller’s country for a team; all for coordinators). */
  interactionCount: Scalars['Int']['output'];
  /** Positions still empty, per country (from the rosters the caller may see). */
  missingPositions: Array<MissingPositions>;
  platform: Platform;
  /** Rosters the caller may see: their own country’s, or all for coordinators. */
  rosters: Array<Roster>;
  /** Why the session was started with empty positions. */
  startOverrideReason?: Maybe<Scalars['String']['output']>;
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  startsAt: Scalars['DateTime']['output'];
  status: SessionStatus;
  /** Server, world or channel; null in a busy slot. */
  venue?: Maybe<Scalars['String']['output']>;
  /** Send it back with a change; a change made on an older version is refused. */
  version: Scalars['Int']['output'];
  weekId: Scalars['ID']['output'];
};

/** An officer as named on a plan: no e-mail, no role details. */
export type Person = {
  __typename?: 'Person';
  country?: Maybe<Scalars['String']['output']>;
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
};

/** The plan of an earlier week laid onto a week in preparation: times, platforms, venues, briefings and countries, without rosters, guides, interactions, referrals or debriefs. */
export type PlanCopy = {
  __typename?: 'PlanCopy';
  /** Sessions copied (in a preview: that would be copied). */
  copied: Scalars['Int']['output'];
  /** The copies, by start. */
  copies: Array<PlanCopySession>;
  fromWeekId: Scalars['ID']['output'];
  /** Sessions that cannot be copied (outside the target week’s days, or in conflict with its plan or with another copy): any of them refuses the whole copy. Always empty in copyWeekPlan’s answer, which refuses instead. */
  refused: Array<PlanCopySession>;
  /** Sessions left out because none of their countries takes part in the target week. */
  skipped: Array<PlanCopySession>;
  toWeekId: Scalars['ID']['output'];
};

/** A session of the week copied from: as it is (or would be) copied, or why it is not. */
export type PlanCopySession = {
  __typename?: 'PlanCopySession';
  /** The countries the copy keeps (for a skipped session: its countries). */
  countries: Array<Scalars['String']['output']>;
  /** The session’s countries that take no part in the target week. */
  droppedCountries: Array<Scalars['String']['output']>;
  endsAt: Scalars['DateTime']['output'];
  /** The reason, in the caller’s language. */
  message?: Maybe<Scalars['String']['output']>;
  /** The platform’s name. */
  platform: Scalars['String']['output'];
  /** Why it is skipped (NO_COUNTRY_IN_WEEK) or refused (OUTSIDE_WEEK, CONFLICT); null for a copy. */
  reason?: Maybe<Scalars['String']['output']>;
  sourceSessionId: Scalars['ID']['output'];
  /** In the target week; for a skipped session, its start in the week copied from. */
  startsAt: Scalars['DateTime']['output'];
  venue: Scalars['String']['output'];
};

export type PlanFileKind =
  | 'CSV'
  | 'XLSX';

/** The cells of a row as the file has them (trimmed). */
export type PlanImportCells = {
  __typename?: 'PlanImportCells';
  briefing: Scalars['String']['output'];
  countries: Scalars['String']['output'];
  date: Scalars['String']['output'];
  end: Scalars['String']['output'];
  guideEmail: Scalars['String']['output'];
  platform: Scalars['String']['output'];
  start: Scalars['String']['output'];
  venue: Scalars['String']['output'];
};

/** A row that would double-book a team or the guide: with a planned session or an earlier row. */
export type PlanImportConflict = {
  __typename?: 'PlanImportConflict';
  /** COUNTRY or GUIDE. */
  kind: Scalars['String']['output'];
  /** In the caller’s language. */
  message: Scalars['String']['output'];
  /** The earlier row of the file; null for a session already planned. */
  otherRow?: Maybe<Scalars['Int']['output']>;
  /** The other session, or the other row ("row 4"). */
  otherSession: Scalars['String']['output'];
  overlapEndsAt: Scalars['DateTime']['output'];
  overlapStartsAt: Scalars['DateTime']['output'];
  /** The country or guide, by name. */
  subject: Scalars['String']['output'];
};

/** What is wrong with one cell of a row. */
export type PlanImportError = {
  __typename?: 'PlanImportError';
  /** A stable code (REQUIRED, INVALID_TIME, UNKNOWN_PLATFORM, PERSONAL_DATA, ...). */
  code: Scalars['String']['output'];
  /** The column: date, start, end, platform, venue, countries, guide_email, briefing. */
  field: Scalars['String']['output'];
  /** In the caller’s language. */
  message: Scalars['String']['output'];
};

/** A plan file checked row by row; nothing was written. */
export type PlanImportPreview = {
  __typename?: 'PlanImportPreview';
  kind: PlanFileKind;
  /** Rows with an error or a conflict: the file is imported only when there are none. */
  refusedRows: Scalars['Int']['output'];
  rows: Array<PlanImportRow>;
  weekId: Scalars['ID']['output'];
};

/** The sessions a plan file planned, in the order of its rows. */
export type PlanImportResult = {
  __typename?: 'PlanImportResult';
  imported: Scalars['Int']['output'];
  sessionIds: Array<Scalars['ID']['output']>;
  weekId: Scalars['ID']['output'];
};

export type PlanImportRow = {
  __typename?: 'PlanImportRow';
  cells: PlanImportCells;
  conflicts: Array<PlanImportConflict>;
  errors: Array<PlanImportError>;
  /** The row number as a spreadsheet shows it (the header is row 1). */
  row: Scalars['Int']['output'];
  /** Null while a cell of the row is wrong. */
  session?: Maybe<PlanImportSession>;
};

/** The session a good row plans. */
export type PlanImportSession = {
  __typename?: 'PlanImportSession';
  countries: Array<Scalars['String']['output']>;
  endsAt: Scalars['DateTime']['output'];
  guideId?: Maybe<Scalars['ID']['output']>;
  guideName?: Maybe<Scalars['String']['output']>;
  /** Platform code. */
  platform: Scalars['String']['output'];
  platformName: Scalars['String']['output'];
  startsAt: Scalars['DateTime']['output'];
  venue: Scalars['String']['output'];
};

/** A platform where teams patrol (Discord, Minecraft, ...), or one a coordinator added. */
export type Platform = {
  __typename?: 'Platform';
  /** Part of the reference list rather than added by a coordinator. */
  builtin: Scalars['Boolean']['output'];
  /** Stable code, e.g. DISCORD. */
  code: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

/** An institutional ("blue") police profile of a country on a platform. It holds no credentials. */
export type PoliceProfile = {
  __typename?: 'PoliceProfile';
  country: Scalars['String']['output'];
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Platform code. */
  platform: Scalars['String']['output'];
  /** How the profile is kept safe. Never a password or a token. */
  safetyNotes: Scalars['String']['output'];
  /** The sessions whose rosters name the profile, earliest first, as far as the caller reaches them (a national team its own country’s rosters, coordinators every one). Loaded for the whole list in one statement when asked. */
  sessions: Array<PoliceProfileSession>;
  status: PoliceProfileStatus;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type PoliceProfileFilter = {
  country?: InputMaybe<Scalars['String']['input']>;
  /** Include retired profiles. */
  includeRetired?: InputMaybe<Scalars['Boolean']['input']>;
  platform?: InputMaybe<Scalars['String']['input']>;
};

/** A patrol session whose roster names the profile: where it is used, and whether it still will be. */
export type PoliceProfileSession = {
  __typename?: 'PoliceProfileSession';
  /** The country whose roster names the profile. */
  country: Scalars['String']['output'];
  endsAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Platform code of the session. */
  platform: Scalars['String']['output'];
  startsAt: Scalars['DateTime']['output'];
  status: SessionStatus;
  /** The week’s short code, e.g. EMPACT-AW-2025-11. */
  weekCode: Scalars['String']['output'];
  weekId: Scalars['ID']['output'];
  /** The time zone the week runs on (IANA), to show the session’s times in. */
  weekTimeZone: Scalars['String']['output'];
  weekTitle: Scalars['String']['output'];
};

export type PoliceProfileStatus =
  | 'ACTIVE'
  | 'RETIRED'
  | 'SUSPENDED';

export type Position =
  | 'OPERATOR_ONE'
  | 'OPERATOR_TWO'
  | 'TEAM_LEADER';

/** The police profile Operator One uses on a session. */
export type ProfileRef = {
  __typename?: 'ProfileRef';
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  platform: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  account: Account;
  /** Accounts the caller reaches: their own country’s, or all for coordinators and admins. */
  accounts: Array<Account>;
  actionWeek: ActionWeek;
  /** The action weeks the caller takes part in or follows, newest first. */
  actionWeeks: Array<ActionWeek>;
  /** Every account the audit log may name (name, e-mail, roles, country), to choose a person to filter by (administrators and the data-protection officer). */
  auditActors: Array<AuditActor>;
  /** The audit log, newest first, filtered by week, person, action, record, time and outcome (administrators and the data-protection officer). The read is itself audited. */
  auditLog: AuditLogConnection;
  /** The caller’s calendar feeds (without their secret addresses). */
  calendarFeeds: Array<CalendarFeed>;
  /** The English summaries of the week’s submitted debriefs, per country (coordinators and liaisons). */
  debriefDigest: Array<DebriefDigest>;
  /** A team’s own debriefs (drafts too); every submitted one for coordinators. */
  debriefs: Array<Debrief>;
  guidanceNote: GuidanceNote;
  /** The guidance library of a week, pinned first, in the requested language where translated. */
  guidanceNotes: Array<GuidanceNote>;
  /** Coordinators: who has not confirmed the guidance for their next session. */
  guidanceReaders: Array<GuidanceReader>;
  /** Every revision of a note, newest first. */
  guidanceRevisions: Array<GuidanceRevision>;
  interaction: Interaction;
  /** A week’s log, newest first: a team sees its own country, coordinators every country. */
  interactions: InteractionConnection;
  /** The signed-in account. */
  me: Account;
  /** Sessions the caller is rostered on or guides. */
  mySessions: Array<PatrolSession>;
  /** Two-factor sign-in of the signed-in account. */
  myTwoFactor: TwoFactorStatus;
  /** The week’s consolidated, anonymised figures (coordinators and liaisons). */
  outcomes: Outcomes;
  /** Coordinators: the debriefs ended sessions still wait for. */
  owedDebriefs: Array<OwedDebrief>;
  patrolSession: PatrolSession;
  /** What copyWeekPlan would do, nothing written: the copies, the sessions skipped and those refused. */
  planCopyPreview: PlanCopy;
  /** Every platform, the reference list first. */
  platforms: Array<Platform>;
  /** Police profiles of the caller’s country, or of every country for coordinators. */
  policeProfiles: Array<PoliceProfile>;
  /** Checks a plan file (CSV or XLSX, base64) row by row with the planning rules, against the week’s plan and its own rows. Writes nothing. */
  previewPlanImport: PlanImportPreview;
  /** One referral with its details; the read is audited. */
  referral: Referral;
  /** A week’s referrals, most urgent first, without details. */
  referrals: Array<Referral>;
  /** A week’s plan, filtered by country, platform or day (in the week’s zone). */
  schedule: Array<PatrolSession>;
  /** Running totals of a session’s log. */
  sessionTotals: SessionTotals;
  taxonomy: Taxonomy;
  /** The guidance for a session the caller has not confirmed yet. */
  unreadGuidance: Array<GuidanceNote>;
  /** The home page’s “now” for a week: coordinators, team leaders and operators; a national team sees its own country only. */
  weekNow: WeekNow;
  /** What is missing before the week goes live: teams of three, blue profiles per platform, staffed sessions, published guidance. */
  weekReadiness: WeekReadiness;
  /** The week’s report: lessons learned and the linked debriefs. Exports: GET /exports/<weekId>/week-report.md or .pdf. */
  weekReport: WeekReport;
  /** When the week’s free texts will be, or were, deleted, and the retention job’s run for it (coordinators, administrators, the data-protection officer). */
  weekRetention: WeekRetention;
  /** Every week’s retention: when its free texts are or were deleted and the retention job’s last run (coordinators, administrators, the data-protection officer). Also the data-protection officer’s list of weeks: codes and dates, nothing of their content. */
  weekRetentions: Array<WeekRetention>;
};


export type QueryAccountArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAccountsArgs = {
  filter?: InputMaybe<AccountFilter>;
};


export type QueryActionWeekArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDebriefDigestArgs = {
  country?: InputMaybe<Scalars['String']['input']>;
  weekId: Scalars['ID']['input'];
};


export type QueryDebriefsArgs = {
  filter: DebriefFilter;
};


export type QueryGuidanceNoteArgs = {
  id: Scalars['ID']['input'];
  language?: InputMaybe<Scalars['String']['input']>;
};


export type QueryGuidanceNotesArgs = {
  filter: GuidanceFilter;
};


export type QueryGuidanceReadersArgs = {
  weekId: Scalars['ID']['input'];
};


export type QueryGuidanceRevisionsArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInteractionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInteractionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter: InteractionFilter;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMySessionsArgs = {
  weekId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryOutcomesArgs = {
  filter?: InputMaybe<OutcomesFilter>;
  unsuppressed?: InputMaybe<Scalars['Boolean']['input']>;
  weekId: Scalars['ID']['input'];
};


export type QueryOwedDebriefsArgs = {
  weekId: Scalars['ID']['input'];
};


export type QueryPatrolSessionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPlanCopyPreviewArgs = {
  fromWeekId: Scalars['ID']['input'];
  toWeekId: Scalars['ID']['input'];
};


export type QueryPoliceProfilesArgs = {
  filter?: InputMaybe<PoliceProfileFilter>;
};


export type QueryPreviewPlanImportArgs = {
  contentBase64: Scalars['String']['input'];
  fileName: Scalars['String']['input'];
  weekId: Scalars['ID']['input'];
};


export type QueryReferralArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReferralsArgs = {
  filter: ReferralFilter;
};


export type QueryScheduleArgs = {
  filter?: InputMaybe<ScheduleFilter>;
  weekId: Scalars['ID']['input'];
};


export type QuerySessionTotalsArgs = {
  sessionId: Scalars['ID']['input'];
};


export type QueryTaxonomyArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
};


export type QueryUnreadGuidanceArgs = {
  sessionId: Scalars['ID']['input'];
};


export type QueryWeekNowArgs = {
  weekId: Scalars['ID']['input'];
};


export type QueryWeekReadinessArgs = {
  weekId: Scalars['ID']['input'];
};


export type QueryWeekReportArgs = {
  weekId: Scalars['ID']['input'];
};


export type QueryWeekRetentionArgs = {
  weekId: Scalars['ID']['input'];
};

export type RaiseReferralInput = {
  /** Only what the receiving unit needs to act; up to 2,000 characters. */
  details: Scalars['String']['input'];
  interactionId: Scalars['ID']['input'];
  /** Why: the topic that calls for the referral. */
  reasonCode: Topic;
  receivingUnit: ReceivingUnit;
  urgency: Urgency;
};

/** What is missing before a week goes live. */
export type ReadinessCode =
  /** No guidance note of the week is published. */
  | 'GUIDANCE_NOT_PUBLISHED'
  /** No session is planned. */
  | 'NO_SESSIONS'
  /** The country has no ACTIVE blue profile on a platform its sessions use (count: sessions that need one). */
  | 'PROFILE_MISSING'
  /** A planned session has positions empty for the country (count: empty positions, the profile included). */
  | 'SESSION_UNSTAFFED'
  /** The country lacks a team leader or operators with active accounts (count: people missing). */
  | 'TEAM_INCOMPLETE';

export type ReadinessItem = {
  __typename?: 'ReadinessItem';
  code: ReadinessCode;
  count: Scalars['Int']['output'];
  /** ISO 3166-1 alpha-2, for the items of one country. */
  country?: Maybe<Scalars['String']['output']>;
  /** The platform’s code, for profiles and sessions. */
  platform?: Maybe<Scalars['String']['output']>;
  sessionId?: Maybe<Scalars['ID']['output']>;
  sessionStartsAt?: Maybe<Scalars['DateTime']['output']>;
};

/** The unit a referral goes to. */
export type ReceivingUnit =
  | 'CHILD_PROTECTION_SERVICES'
  | 'EMERGENCY_SERVICES'
  | 'EUROPOL_EC3'
  | 'NATIONAL_CYBERCRIME_UNIT'
  | 'PLATFORM_TRUST_SAFETY';

/** Something serious passed to the unit that acts on it. Details are read one at a time, and every read is audited. */
export type Referral = {
  __typename?: 'Referral';
  country: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Only from `referral(id)`, which audits the read; null in lists and after retention. */
  details?: Maybe<Scalars['String']['output']>;
  history: Array<ReferralEvent>;
  id: Scalars['ID']['output'];
  interactionId: Scalars['ID']['output'];
  /** Display name of who raised it. */
  raisedBy: Scalars['String']['output'];
  /** Why: the topic that calls for the referral. */
  reasonCode: Topic;
  receivingUnit: ReceivingUnit;
  sessionId: Scalars['ID']['output'];
  status: ReferralStatus;
  urgency: Urgency;
  version: Scalars['Int']['output'];
  weekId: Scalars['ID']['output'];
};

/** An IMMEDIATE referral has been raised: act now. Carries no details. */
export type ReferralAlert = {
  __typename?: 'ReferralAlert';
  country: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  reasonCode: Topic;
  receivingUnit: ReceivingUnit;
  sessionId: Scalars['ID']['output'];
  urgency: Urgency;
  weekId: Scalars['ID']['output'];
};

/** A change of a referral’s status: who, when. */
export type ReferralEvent = {
  __typename?: 'ReferralEvent';
  at: Scalars['DateTime']['output'];
  /** Display name of who made the change. */
  by: Scalars['String']['output'];
  note?: Maybe<Scalars['String']['output']>;
  status: ReferralStatus;
};

export type ReferralFilter = {
  status?: InputMaybe<ReferralStatus>;
  urgency?: InputMaybe<Urgency>;
  weekId: Scalars['ID']['input'];
};

/** OPEN → ACKNOWLEDGED → HANDED_OVER → CLOSED. */
export type ReferralStatus =
  | 'ACKNOWLEDGED'
  | 'CLOSED'
  | 'HANDED_OVER'
  | 'OPEN';

export type RegisterPoliceProfileInput = {
  /** Defaults to the caller’s country. */
  country?: InputMaybe<Scalars['String']['input']>;
  displayName: Scalars['String']['input'];
  /** Platform code. */
  platform: Scalars['String']['input'];
  /** How the profile is kept safe (never a password or a token). Checked for identifiers of people. */
  safetyNotes?: InputMaybe<Scalars['String']['input']>;
};

export type ReschedulePatrolSessionInput = {
  briefing?: InputMaybe<Scalars['String']['input']>;
  countries?: InputMaybe<Array<Scalars['String']['input']>>;
  endsAt?: InputMaybe<Scalars['DateTime']['input']>;
  guideId?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
  platform?: InputMaybe<Scalars['String']['input']>;
  startsAt?: InputMaybe<Scalars['DateTime']['input']>;
  venue?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

/** The retention job’s deletion of a week’s free texts: when, and how many records of each kind. */
export type RetentionRun = {
  __typename?: 'RetentionRun';
  at: Scalars['DateTime']['output'];
  debriefComments: Scalars['Int']['output'];
  debriefs: Scalars['Int']['output'];
  /** Interactions whose notes and English summaries were deleted. */
  interactions: Scalars['Int']['output'];
  /** Notes of referral status changes deleted. */
  referralNotes: Scalars['Int']['output'];
  /** Referrals whose details were deleted. */
  referrals: Scalars['Int']['output'];
  /** Earlier versions of interactions whose texts were deleted. */
  revisions: Scalars['Int']['output'];
  weekReports: Scalars['Int']['output'];
};

/** What an account may do on the platform. */
export type Role =
  | 'ADMIN'
  | 'COORDINATOR'
  | 'DATA_PROTECTION_OFFICER'
  | 'LIAISON'
  | 'OPERATOR'
  | 'TEAM_LEADER';

/** Who fills a country’s three positions on a session. */
export type Roster = {
  __typename?: 'Roster';
  country: Scalars['String']['output'];
  operatorOne?: Maybe<Person>;
  operatorTwo?: Maybe<Person>;
  profile?: Maybe<ProfileRef>;
  teamLeader?: Maybe<Person>;
};

export type RosterInput = {
  country: Scalars['String']['input'];
  operatorOneId?: InputMaybe<Scalars['ID']['input']>;
  operatorTwoId?: InputMaybe<Scalars['ID']['input']>;
  /** The police profile Operator One uses. */
  profileId?: InputMaybe<Scalars['ID']['input']>;
  teamLeaderId?: InputMaybe<Scalars['ID']['input']>;
};

export type SaveDebriefInput = {
  challenges?: InputMaybe<Scalars['String']['input']>;
  guidanceSuggestions?: InputMaybe<Scalars['String']['input']>;
  /** BCP 47: one of the country’s working languages for the week. */
  language: Scalars['String']['input'];
  platformObservations?: InputMaybe<Scalars['String']['input']>;
  sessionId: Scalars['ID']['input'];
  signals?: InputMaybe<Scalars['String']['input']>;
  /** Required to submit. */
  summaryEn?: InputMaybe<Scalars['String']['input']>;
  /** The version saved last; left out for the first save. */
  version?: InputMaybe<Scalars['Int']['input']>;
  wellbeingScore?: InputMaybe<Scalars['Int']['input']>;
  wellbeingText?: InputMaybe<Scalars['String']['input']>;
  whatWorked?: InputMaybe<Scalars['String']['input']>;
};

export type SaveWeekReportInput = {
  /** Submitted debriefs of the week to link. */
  debriefIds: Array<Scalars['ID']['input']>;
  language: Scalars['String']['input'];
  lessonsLearned: Scalars['String']['input'];
  summaryEn?: InputMaybe<Scalars['String']['input']>;
  /** The version the change was made on (0 for the first save). */
  version: Scalars['Int']['input'];
  weekId: Scalars['ID']['input'];
};

/** Something changed in a week’s plan. */
export type ScheduleChange = {
  __typename?: 'ScheduleChange';
  /** The country whose team leader made the change; null when the host’s coordinators made it. */
  byCountry?: Maybe<Scalars['String']['output']>;
  /** SCHEDULED, RESCHEDULED, CANCELLED, STARTED, ENDED or ROSTER_CHANGED. */
  change: Scalars['String']['output'];
  sessionId: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
  weekId: Scalars['ID']['output'];
};

export type ScheduleFilter = {
  country?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD in the week’s time zone. */
  day?: InputMaybe<Scalars['String']['input']>;
  platform?: InputMaybe<Scalars['String']['input']>;
};

export type SchedulePatrolSessionInput = {
  briefing?: InputMaybe<Scalars['String']['input']>;
  /** One country, or several for a joint session. */
  countries: Array<Scalars['String']['input']>;
  endsAt: Scalars['DateTime']['input'];
  /** The Kripos guide: a coordinator of the host country. */
  guideId?: InputMaybe<Scalars['ID']['input']>;
  /** Platform code. */
  platform: Scalars['String']['input'];
  /** Rosters to assign at once, one per country. */
  rosters?: InputMaybe<Array<RosterInput>>;
  startsAt: Scalars['DateTime']['input'];
  /** Server, world or channel. */
  venue: Scalars['String']['input'];
  weekId: Scalars['ID']['input'];
};

export type SessionEndReason =
  | 'DISABLED'
  | 'PASSWORD_SET'
  | 'SIGNED_OUT';

/** Your sign-in has ended: the app should return to the sign-in page. */
export type SessionEnded = {
  __typename?: 'SessionEnded';
  at: Scalars['DateTime']['output'];
  reason: SessionEndReason;
};

/** Where a session stands now: LIVE; OVERDUE (scheduled, its start passed, not started); NEXT (within the hour); LATER; ENDED; CANCELLED. */
export type SessionPhase =
  | 'CANCELLED'
  | 'ENDED'
  | 'LATER'
  | 'LIVE'
  | 'NEXT'
  | 'OVERDUE';

export type SessionStatus =
  | 'CANCELLED'
  | 'ENDED'
  | 'LIVE'
  | 'SCHEDULED';

/** Running totals of a session’s log, for the countries the caller reaches. */
export type SessionTotals = {
  __typename?: 'SessionTotals';
  interactions: Scalars['Int']['output'];
  referrals: Scalars['Int']['output'];
  youngPeople: Scalars['Int']['output'];
};

/** Whether the caller may start the session: YES, WITH_REASON (positions empty: a coordinator’s reason), NO. */
export type StartAnswer =
  | 'NO'
  | 'WITH_REASON'
  | 'YES';

export type Subscription = {
  __typename?: 'Subscription';
  /** IMMEDIATE referrals as they are raised: every country for coordinators, their own for a team leader. */
  referralRaised: ReferralAlert;
  /** Every change to a week’s plan, as it happens. */
  scheduleChanged: ScheduleChange;
  /** Tells an open app that its sign-in ended elsewhere: account disabled, password set, or signed out. */
  sessionEnded: SessionEnded;
};


export type SubscriptionReferralRaisedArgs = {
  weekId?: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionScheduleChangedArgs = {
  weekId: Scalars['ID']['input'];
};

/** The fixed vocabularies: codes everyone shares, labels in each reader’s language. */
export type Taxonomy = {
  __typename?: 'Taxonomy';
  ageBands: Array<Term>;
  channels: Array<Term>;
  initiatedBy: Array<Term>;
  language: Scalars['String']['output'];
  outcomes: Array<Term>;
  receivingUnits: Array<Term>;
  referralStatuses: Array<Term>;
  tones: Array<Term>;
  topics: Array<Term>;
  urgencies: Array<Term>;
};

/** A code of the shared vocabulary and its label in the requested language. */
export type Term = {
  __typename?: 'Term';
  code: Scalars['String']['output'];
  label: Scalars['String']['output'];
};

/** The tone of the conversation. */
export type Tone =
  | 'HOSTILE'
  | 'NEGATIVE'
  | 'NEUTRAL'
  | 'POSITIVE';

/** What a conversation was about. */
export type Topic =
  | 'BULLYING'
  | 'DRUGS'
  | 'EXTREMISM_RADICALISATION'
  | 'FRAUD_SCAMS'
  | 'GAMING_CONFLICT'
  | 'GROOMING_SEXUAL_EXPLOITATION'
  | 'HATE_SPEECH'
  | 'ONLINE_SAFETY_ADVICE'
  | 'OTHER'
  | 'QUESTIONS_ABOUT_POLICE'
  | 'SELF_HARM_SUICIDE'
  | 'SEXTORTION'
  | 'SMALL_TALK_TRUST_BUILDING'
  | 'THREATS_VIOLENCE';

export type TranslateGuidanceNoteInput = {
  body: Scalars['String']['input'];
  language: Scalars['String']['input'];
  noteId: Scalars['ID']['input'];
  status: TranslationWorkStatus;
  title: Scalars['String']['input'];
};

/** OUTDATED is set by itself when the source changes after the translation was made. */
export type TranslationStatus =
  | 'CURRENT'
  | 'DRAFT'
  | 'MISSING'
  | 'OUTDATED';

export type TranslationWorkStatus =
  | 'CURRENT'
  | 'DRAFT';

/** A new authenticator secret, until a code from it confirms the enrolment. */
export type TwoFactorEnrolment = {
  __typename?: 'TwoFactorEnrolment';
  /** The otpauth:// address the QR code carries. */
  otpauthUri: Scalars['String']['output'];
  /** The QR code of `otpauthUri`, an SVG image as a data: URL. */
  qrCode: Scalars['String']['output'];
  /** The secret in base32, for typing into the app by hand. Never shown again after this answer. */
  secret: Scalars['String']['output'];
};

/** New recovery codes: shown this once, stored only as hashes. */
export type TwoFactorRecoveryCodes = {
  __typename?: 'TwoFactorRecoveryCodes';
  codes: Array<Scalars['String']['output']>;
  status: TwoFactorStatus;
};

/** Two-factor sign-in (TOTP) of the signed-in account. */
export type TwoFactorStatus = {
  __typename?: 'TwoFactorStatus';
  /** An authenticator app is set up: sign-in asks for its code. */
  enabled: Scalars['Boolean']['output'];
  enabledAt?: Maybe<Scalars['DateTime']['output']>;
  /** Recovery codes not used yet. */
  recoveryCodesLeft: Scalars['Int']['output'];
  /** The account’s role needs it: it cannot be turned off, and without it the account may only set it up. */
  required: Scalars['Boolean']['output'];
};

export type UpdateAccountInput = {
  /** Null removes the country. */
  country?: InputMaybe<Scalars['String']['input']>;
  displayName?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  language?: InputMaybe<Scalars['String']['input']>;
  roles?: InputMaybe<Array<Role>>;
};

export type UpdateActionWeekInput = {
  /** Every country taking part, the host included. A country the plan still names (sessions, rosters) cannot be left out. */
  countries: Array<WeekCountryInput>;
  /** YYYY-MM-DD, in the week’s time zone. */
  firstDay: Scalars['String']['input'];
  hostCountry: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  /** YYYY-MM-DD, in the week’s time zone. */
  lastDay: Scalars['String']['input'];
  /** k: counts from 1 to k−1 are hidden from liaisons (2–20). */
  minCount: Scalars['Int']['input'];
  /** Days after the week closes before notes, English summaries and referral details are deleted. */
  retentionDays: Scalars['Int']['input'];
  /** IANA time zone, e.g. Europe/Oslo. */
  timeZone: Scalars['String']['input'];
  title: Scalars['String']['input'];
  /** The version read; a change made on an older version is refused. */
  version: Scalars['Int']['input'];
};

export type UpdateInteractionInput = {
  ageBand: AgeBand;
  channel: Channel;
  /** Minutes. */
  durationMinutes: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  initiatedBy: Initiator;
  /** Free text, up to 4,000 characters, without anything that identifies a young person. */
  notes: Scalars['String']['input'];
  /** BCP 47 tag: one of the working languages of the logging country for the week. */
  notesLanguage: Scalars['String']['input'];
  occurredAt: Scalars['DateTime']['input'];
  outcome: Outcome;
  /** Platform code; defaults to the session’s. */
  platform?: InputMaybe<Scalars['String']['input']>;
  /** Optional English summary, up to 500 characters. */
  summaryEn?: InputMaybe<Scalars['String']['input']>;
  tone: Tone;
  topics: Array<Topic>;
  version: Scalars['Int']['input'];
  /** How many young people took part. */
  youngPeople: Scalars['Int']['input'];
};

export type UpdatePoliceProfileInput = {
  displayName?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  safetyNotes?: InputMaybe<Scalars['String']['input']>;
  /**
   * A change of status follows the same rules as suspend/reactivate/retire: a retired profile is final.
   * @deprecated Use suspendPoliceProfile, reactivatePoliceProfile or retirePoliceProfile.
   */
  status?: InputMaybe<PoliceProfileStatus>;
  /** The version the change was made on. */
  version: Scalars['Int']['input'];
};

/** How fast a referral must be acted on. */
export type Urgency =
  | 'IMMEDIATE'
  | 'PRIORITY'
  | 'ROUTINE';

/** A country taking part in a week, with the languages its team works in. */
export type WeekCountry = {
  __typename?: 'WeekCountry';
  /** ISO 3166-1 alpha-2. */
  country: Scalars['String']['output'];
  /** BCP 47 language tags. */
  languages: Array<Scalars['String']['output']>;
  /** Whether coordinators read this country’s interaction notes (its team leader decides). */
  shareNotes: Scalars['Boolean']['output'];
};

export type WeekCountryInput = {
  /** ISO 3166-1 alpha-2. */
  country: Scalars['String']['input'];
  /** BCP 47 tags of the languages the team works in, e.g. ["fi", "sv"]. */
  languages: Array<Scalars['String']['input']>;
};

/** What the caller should do now in a week: their own sessions, sessions to start or end, staffing gaps, debriefs and referrals, each scoped to the caller’s reach. */
export type WeekNow = {
  __typename?: 'WeekNow';
  /** The moment the answer was made. */
  at: Scalars['DateTime']['output'];
  /** Ended sessions without a submitted debrief (team leaders: their country’s; coordinators: all). */
  debriefsOwed: Array<NowDebrief>;
  /** Coordinators: submitted debriefs nobody has commented on since. */
  debriefsToReview: Array<NowDebrief>;
  /** Live sessions in reach. */
  live: Array<NowSession>;
  /** The caller’s own sessions (rostered or guiding), live first, then overdue, then next; no ended ones. */
  mySessions: Array<NowSession>;
  /** Referrals waiting for action (team leaders: their country’s; coordinators: all). */
  openReferrals: NowReferralCounts;
  /** Live sessions in reach past their planned end. */
  toEnd: Array<NowSession>;
  /** Sessions in reach to start: overdue, or starting within the hour. */
  toStart: Array<NowSession>;
  /** Coming sessions in reach with a position or a police profile missing. */
  unstaffed: Array<NowSession>;
  /** The IMMEDIATE and PRIORITY referrals waiting for action, most urgent and oldest first. */
  urgentReferrals: Array<NowReferral>;
  weekId: Scalars['ID']['output'];
};

/** The checklist of what is missing before a week goes live. */
export type WeekReadiness = {
  __typename?: 'WeekReadiness';
  items: Array<ReadinessItem>;
  /** Nothing is missing. */
  ready: Scalars['Boolean']['output'];
  weekId: Scalars['ID']['output'];
};

/** The week’s lessons learned, linking the session debriefs. */
export type WeekReport = {
  __typename?: 'WeekReport';
  debriefs: Array<Debrief>;
  language: Scalars['String']['output'];
  /** Markdown, in `language`. */
  lessonsLearned: Scalars['String']['output'];
  /** The lessons learned as safe HTML, rendered by the same markdown-it (safe mode) as guidance. */
  lessonsLearnedHtml: Scalars['String']['output'];
  summaryEn?: Maybe<Scalars['String']['output']>;
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** 0 while nothing has been written. */
  version: Scalars['Int']['output'];
  weekId: Scalars['ID']['output'];
};

/** When a week’s free texts will be, or were, deleted. Dates and counts only, never the texts. */
export type WeekRetention = {
  __typename?: 'WeekRetention';
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  code: Scalars['String']['output'];
  /** The retention job’s run for this week. */
  lastRun?: Maybe<RetentionRun>;
  retentionDays: Scalars['Int']['output'];
  status: WeekStatus;
  /** When the retention job deleted them. */
  textsDeletedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the free texts are due for deletion: closedAt + retentionDays (null while the week is open). */
  textsDeletionDue?: Maybe<Scalars['DateTime']['output']>;
  weekId: Scalars['ID']['output'];
};

export type WeekStatus =
  | 'CLOSED'
  | 'LIVE'
  | 'PLANNING';

export type WriteGuidanceNoteInput = {
  /** Markdown. */
  body: Scalars['String']['input'];
  category: GuidanceCategory;
  /** Leave out to write a new note; give it (with version) to change one. */
  id?: InputMaybe<Scalars['ID']['input']>;
  scope: GuidanceScope;
  scopeCountry?: InputMaybe<Scalars['String']['input']>;
  scopePlatform?: InputMaybe<Scalars['String']['input']>;
  scopeSessionId?: InputMaybe<Scalars['ID']['input']>;
  /** en by default. */
  sourceLanguage?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
  weekId: Scalars['ID']['input'];
};

export type SessionAccountFieldsFragment = { __typename?: 'Account', id: string, email: string, displayName: string, country?: string | null, roles: Array<Role>, language: string, disabled: boolean, createdAt: string, lastLoginAt?: string | null };

export type LoginMutationVariables = Exact<{
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
  code?: InputMaybe<Scalars['String']['input']>;
  recoveryCode?: InputMaybe<Scalars['String']['input']>;
}>;


export type LoginMutation = { __typename?: 'Mutation', login: { __typename?: 'AuthPayload', accessToken: string, accessTokenExpiresAt: string, refreshToken: string, account: { __typename?: 'Account', id: string, email: string, displayName: string, country?: string | null, roles: Array<Role>, language: string, disabled: boolean, createdAt: string, lastLoginAt?: string | null } } };

export type RefreshSessionMutationVariables = Exact<{
  refreshToken: Scalars['String']['input'];
}>;


export type RefreshSessionMutation = { __typename?: 'Mutation', refreshSession: { __typename?: 'AuthPayload', accessToken: string, accessTokenExpiresAt: string, refreshToken: string, account: { __typename?: 'Account', id: string, email: string, displayName: string, country?: string | null, roles: Array<Role>, language: string, disabled: boolean, createdAt: string, lastLoginAt?: string | null } } };

export type LogoutMutationVariables = Exact<{
  refreshToken: Scalars['String']['input'];
}>;


export type LogoutMutation = { __typename?: 'Mutation', logout: boolean };

export type SetMyLanguageMutationVariables = Exact<{
  language: Scalars['String']['input'];
}>;


export type SetMyLanguageMutation = { __typename?: 'Mutation', setMyLanguage: { __typename?: 'Account', id: string, email: string, displayName: string, country?: string | null, roles: Array<Role>, language: string, disabled: boolean, createdAt: string, lastLoginAt?: string | null } };

export type SessionEndedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type SessionEndedSubscription = { __typename?: 'Subscription', sessionEnded: { __typename?: 'SessionEnded', reason: SessionEndReason, at: string } };

export type AccountRowFieldsFragment = { __typename?: 'Account', id: string, email: string, displayName: string, country?: string | null, roles: Array<Role>, language: string, disabled: boolean, createdAt: string, lastLoginAt?: string | null };

export type AccountsQueryVariables = Exact<{
  filter?: InputMaybe<AccountFilter>;
}>;


export type AccountsQuery = { __typename?: 'Query', accounts: Array<{ __typename?: 'Account', id: string, email: string, displayName: string, country?: string | null, roles: Array<Role>, language: string, disabled: boolean, createdAt: string, lastLoginAt?: string | null }> };

export type CreateAccountMutationVariables = Exact<{
  input: CreateAccountInput;
}>;


export type CreateAccountMutation = { __typename?: 'Mutation', createAccount: { __typename?: 'Account', id: string, email: string, displayName: string, country?: string | null, roles: Array<Role>, language: string, disabled: boolean, createdAt: string, lastLoginAt?: string | null } };

export type UpdateAccountMutationVariables = Exact<{
  input: UpdateAccountInput;
}>;


export type UpdateAccountMutation = { __typename?: 'Mutation', updateAccount: { __typename?: 'Account', id: string, email: string, displayName: string, country?: string | null, roles: Array<Role>, language: string, disabled: boolean, createdAt: string, lastLoginAt?: string | null } };

export type SetAccountDisabledMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  disabled: Scalars['Boolean']['input'];
}>;


export type SetAccountDisabledMutation = { __typename?: 'Mutation', setAccountDisabled: { __typename?: 'Account', id: string, email: string, displayName: string, country?: string | null, roles: Array<Role>, language: string, disabled: boolean, createdAt: string, lastLoginAt?: string | null } };

export type SetAccountPasswordMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  password: Scalars['String']['input'];
}>;


export type SetAccountPasswordMutation = { __typename?: 'Mutation', setAccountPassword: { __typename?: 'Account', id: string } };

export type AuditEntryFieldsFragment = { __typename?: 'AuditEntry', id: string, at: string, action: string, targetType?: string | null, targetId?: string | null, outcome: string, weekId?: string | null, weekCode?: string | null, details?: string | null, actor?: { __typename?: 'AuditActor', id: string, displayName: string, email: string, roles: Array<Role>, country?: string | null } | null };

export type AuditLogQueryVariables = Exact<{
  filter?: InputMaybe<AuditLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AuditLogQuery = { __typename?: 'Query', auditLog: { __typename?: 'AuditLogConnection', edges: Array<{ __typename?: 'AuditEntryEdge', cursor: string, node: { __typename?: 'AuditEntry', id: string, at: string, action: string, targetType?: string | null, targetId?: string | null, outcome: string, weekId?: string | null, weekCode?: string | null, details?: string | null, actor?: { __typename?: 'AuditActor', id: string, displayName: string, email: string, roles: Array<Role>, country?: string | null } | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type AuditActorsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditActorsQuery = { __typename?: 'Query', auditActors: Array<{ __typename?: 'AuditActor', id: string, displayName: string, email: string, roles: Array<Role>, country?: string | null }> };

export type WeekRetentionsQueryVariables = Exact<{ [key: string]: never; }>;


export type WeekRetentionsQuery = { __typename?: 'Query', weekRetentions: Array<{ __typename?: 'WeekRetention', weekId: string, code: string, status: WeekStatus, closedAt?: string | null, retentionDays: number, textsDeletionDue?: string | null, textsDeletedAt?: string | null, lastRun?: { __typename?: 'RetentionRun', at: string, interactions: number, referrals: number } | null }> };

export type CalendarFeedsQueryVariables = Exact<{ [key: string]: never; }>;


export type CalendarFeedsQuery = { __typename?: 'Query', calendarFeeds: Array<{ __typename?: 'CalendarFeed', id: string, weekId: string, scope: CalendarFeedScope, country?: string | null, createdAt: string, revokedAt?: string | null }> };

export type CreateCalendarFeedMutationVariables = Exact<{
  weekId: Scalars['ID']['input'];
  scope: CalendarFeedScope;
  country?: InputMaybe<Scalars['String']['input']>;
}>;


export type CreateCalendarFeedMutation = { __typename?: 'Mutation', createCalendarFeed: { __typename?: 'CalendarFeed', id: string, url?: string | null, weekId: string, scope: CalendarFeedScope, country?: string | null, createdAt: string, revokedAt?: string | null } };

export type RevokeCalendarFeedMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeCalendarFeedMutation = { __typename?: 'Mutation', revokeCalendarFeed: { __typename?: 'CalendarFeed', id: string, revokedAt?: string | null } };

export type DebriefFieldsFragment = { __typename?: 'Debrief', id: string, sessionId: string, weekId: string, country: string, author: string, language: string, whatWorked: string, challenges: string, signals: string, platformObservations: string, wellbeingScore?: number | null, wellbeingText: string, guidanceSuggestions: string, summaryEn?: string | null, status: DebriefStatus, submittedAt?: string | null, updatedAt: string, version: number, comments: Array<{ __typename?: 'DebriefComment', author: string, body: string, requestsRevision: boolean, createdAt: string }> };

export type DebriefSessionQueryVariables = Exact<{
  sessionId: Scalars['ID']['input'];
}>;


export type DebriefSessionQuery = { __typename?: 'Query', patrolSession: { __typename?: 'PatrolSession', id: string, weekId: string, venue?: string | null, startsAt: string, endsAt: string, status: SessionStatus, countries: Array<string>, platform: { __typename?: 'Platform', code: string, name: string } } };

export type DebriefWeekQueryVariables = Exact<{
  weekId: Scalars['ID']['input'];
}>;


export type DebriefWeekQuery = { __typename?: 'Query', actionWeek: { __typename?: 'ActionWeek', id: string, code: string, timeZone: string, countries: Array<{ __typename?: 'WeekCountry', country: string, languages: Array<string> }> } };

export type DebriefsQueryVariables = Exact<{
  filter: DebriefFilter;
}>;


export type DebriefsQuery = { __typename?: 'Query', debriefs: Array<{ __typename?: 'Debrief', id: string, sessionId: string, weekId: string, country: string, author: string, language: string, whatWorked: string, challenges: string, signals: string, platformObservations: string, wellbeingScore?: number | null, wellbeingText: string, guidanceSuggestions: string, summaryEn?: string | null, status: DebriefStatus, submittedAt?: string | null, updatedAt: string, version: number, comments: Array<{ __typename?: 'DebriefComment', author: string, body: string, requestsRevision: boolean, createdAt: string }> }> };

export type OwedDebriefsQueryVariables = Exact<{
  weekId: Scalars['ID']['input'];
}>;


export type OwedDebriefsQuery = { __typename?: 'Query', owedDebriefs: Array<{ __typename?: 'OwedDebrief', sessionId: string, country: string, sessionEndsAt: string, state: string }>, schedule: Array<{ __typename?: 'PatrolSession', id: string, venue?: string | null, startsAt: string, endsAt: string, platform: { __typename?: 'Platform', code: string, name: string } }> };

export type SaveDebriefMutationVariables = Exact<{
  input: SaveDebriefInput;
}>;


export type SaveDebriefMutation = { __typename?: 'Mutation', saveDebrief: { __typename?: 'Debrief', id: string, sessionId: string, weekId: string, country: string, author: string, language: string, whatWorked: string, challenges: string, signals: string, platformObservations: string, wellbeingScore?: number | null, wellbeingText: string, guidanceSuggestions: string, summaryEn?: string | null, status: DebriefStatus, submittedAt?: string | null, updatedAt: string, version: number, comments: Array<{ __typename?: 'DebriefComment', author: string, body: string, requestsRevision: boolean, createdAt: string }> } };

export type SubmitDebriefMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
}>;


export type SubmitDebriefMutation = { __typename?: 'Mutation', submitDebrief: { __typename?: 'Debrief', id: string, sessionId: string, weekId: string, country: string, author: string, language: string, whatWorked: string, challenges: string, signals: string, platformObservations: string, wellbeingScore?: number | null, wellbeingText: string, guidanceSuggestions: string, summaryEn?: string | null, status: DebriefStatus, submittedAt?: string | null, updatedAt: string, version: number, comments: Array<{ __typename?: 'DebriefComment', author: string, body: string, requestsRevision: boolean, createdAt: string }> } };

export type CommentDebriefMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  body: Scalars['String']['input'];
  requestRevision?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type CommentDebriefMutation = { __typename?: 'Mutation', commentDebrief: { __typename?: 'Debrief', id: string, sessionId: string, weekId: string, country: string, author: string, language: string, whatWorked: string, challenges: string, signals: string, platformObservations: string, wellbeingScore?: number | null, wellbeingText: string, guidanceSuggestions: string, summaryEn?: string | null, status: DebriefStatus, submittedAt?: string | null, updatedAt: string, version: number, comments: Array<{ __typename?: 'DebriefComment', author: string, body: string, requestsRevision: boolean, createdAt: string }> } };

export type FeedWeekQueryVariables = Exact<{
  weekId: Scalars['ID']['input'];
}>;


export type FeedWeekQuery = { __typename?: 'Query', actionWeek: { __typename?: 'ActionWeek', id: string, code: string, timeZone: string, status: WeekStatus, countries: Array<{ __typename?: 'WeekCountry', country: string, languages: Array<string>, shareNotes: boolean }> } };

export type SetNotesSharingMutationVariables = Exact<{
  weekId: Scalars['ID']['input'];
  shared: Scalars['Boolean']['input'];
}>;


export type SetNotesSharingMutation = { __typename?: 'Mutation', setNotesSharing: { __typename?: 'ActionWeek', id: string, countries: Array<{ __typename?: 'WeekCountry', country: string, languages: Array<string>, shareNotes: boolean }> } };

export type GuidanceNoteFieldsFragment = { __typename?: 'GuidanceNote', id: string, weekId: string, category: GuidanceCategory, scope: GuidanceScope, scopeCountry?: string | null, scopePlatform?: string | null, scopeSessionId?: string | null, sourceLanguage: string, language: string, title: string, body: string, bodyHtml: string, translationStatus: TranslationStatus, revision: number, published: boolean, pinned: boolean, readByMe: boolean, readCount?: number | null, updatedAt: string, version: number, translations: Array<{ __typename?: 'GuidanceTranslationState', language: string, status: TranslationStatus, sourceRevision?: number | null }> };

export type GuidanceWeekQueryVariables = Exact<{
  weekId: Scalars['ID']['input'];
}>;


export type GuidanceWeekQuery = { __typename?: 'Query', actionWeek: { __typename?: 'ActionWeek', id: string, code: string, title: string, timeZone: string, countries: Array<{ __typename?: 'WeekCountry', country: string, languages: Array<string> }> }, platforms: Array<{ __typename?: 'Platform', code: string, name: string }>, schedule: Array<{ __typename?: 'PatrolSession', id: string, venue?: string | null, startsAt: string, endsAt: string, status: SessionStatus, platform: { __typename?: 'Platform', code: string, name: string } }> };

export type GuidanceNotesQueryVariables = Exact<{
  filter: GuidanceFilter;
}>;


export type GuidanceNotesQuery = { __typename?: 'Query', guidanceNotes: Array<{ __typename?: 'GuidanceNote', id: string, weekId: string, category: GuidanceCategory, scope: GuidanceScope, scopeCountry?: string | null, scopePlatform?: string | null, scopeSessionId?: string | null, sourceLanguage: string, language: string, title: string, body: string, bodyHtml: string, translationStatus: TranslationStatus, revision: number, published: boolean, pinned: boolean, readByMe: boolean, readCount?: number | null, updatedAt: string, version: number, translations: Array<{ __typename?: 'GuidanceTranslationState', language: string, status: TranslationStatus, sourceRevision?: number | null }> }> };

export type GuidanceNoteQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  language?: InputMaybe<Scalars['String']['input']>;
}>;


export type GuidanceNoteQuery = { __typename?: 'Query', guidanceNote: { __typename?: 'GuidanceNote', id: string, weekId: string, category: GuidanceCategory, scope: GuidanceScope, scopeCountry?: string | null, scopePlatform?: string | null, scopeSessionId?: string | null, sourceLanguage: string, language: string, title: string, body: string, bodyHtml: string, translationStatus: TranslationStatus, revision: number, published: boolean, pinned: boolean, readByMe: boolean, readCount?: number | null, updatedAt: string, version: number, translations: Array<{ __typename?: 'GuidanceTranslationState', language: string, status: TranslationStatus, sourceRevision?: number | null }> } };

export type GuidanceTranslationTextQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  language: Scalars['String']['input'];
}>;


export type GuidanceTranslationTextQuery = { __typename?: 'Query', guidanceNote: { __typename?: 'GuidanceNote', id: string, version: number, translation?: { __typename?: 'GuidanceTranslationText', language: string, title: string, body: string, status: TranslationWorkStatus, sourceRevision: number } | null } };

export type GuidanceRevisionsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type GuidanceRevisionsQuery = { __typename?: 'Query', guidanceRevisions: Array<{ __typename?: 'GuidanceRevision', revision: number, title: string, bodyHtml: string, sourceLanguage: string, writtenAt: string, writtenBy: string }> };

export type GuidanceReadersQueryVariables = Exact<{
  weekId: Scalars['ID']['input'];
}>;


export type GuidanceReadersQuery = { __typename?: 'Query', guidanceReaders: Array<{ __typename?: 'GuidanceReader', accountId: string, country: string, displayName: string, nextSessionId?: string | null, nextSessionStartsAt?: string | null, unreadNoteIds: Array<string> }> };

export type UnreadGuidanceQueryVariables = Exact<{
  sessionId: Scalars['ID']['input'];
}>;


export type UnreadGuidanceQuery = { __typename?: 'Query', unreadGuidance: Array<{ __typename?: 'GuidanceNote', id: string, weekId: string, title: string, category: GuidanceCategory, language: string, pinned: boolean }> };

export type WriteGuidanceNoteMutationVariables = Exact<{
  input: WriteGuidanceNoteInput;
}>;


export type WriteGuidanceNoteMutation = { __typename?: 'Mutation', writeGuidanceNote: { __typename?: 'GuidanceNote', id: string, weekId: string, category: GuidanceCategory, scope: GuidanceScope, scopeCountry?: string | null, scopePlatform?: string | null, scopeSessionId?: string | null, sourceLanguage: string, language: string, title: string, body: string, bodyHtml: string, translationStatus: TranslationStatus, revision: number, published: boolean, pinned: boolean, readByMe: boolean, readCount?: number | null, updatedAt: string, version: number, translations: Array<{ __typename?: 'GuidanceTranslationState', language: string, status: TranslationStatus, sourceRevision?: number | null }> } };

export type TranslateGuidanceNoteMutationVariables = Exact<{
  input: TranslateGuidanceNoteInput;
}>;


export type TranslateGuidanceNoteMutation = { __typename?: 'Mutation', translateGuidanceNote: { __typename?: 'GuidanceNote', id: string, weekId: string, category: GuidanceCategory, scope: GuidanceScope, scopeCountry?: string | null, scopePlatform?: string | null, scopeSessionId?: string | null, sourceLanguage: string, language: string, title: string, body: string, bodyHtml: string, translationStatus: TranslationStatus, revision: number, published: boolean, pinned: boolean, readByMe: boolean, readCount?: number | null, updatedAt: string, version: number, translations: Array<{ __typename?: 'GuidanceTranslationState', language: string, status: TranslationStatus, sourceRevision?: number | null }> } };

export type PublishGuidanceNoteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  value: Scalars['Boolean']['input'];
}>;


export type PublishGuidanceNoteMutation = { __typename?: 'Mutation', publishGuidanceNote: { __typename?: 'GuidanceNote', id: string, weekId: string, category: GuidanceCategory, scope: GuidanceScope, scopeCountry?: string | null, scopePlatform?: string | null, scopeSessionId?: string | null, sourceLanguage: string, language: string, title: string, body: string, bodyHtml: string, translationStatus: TranslationStatus, revision: number, published: boolean, pinned: boolean, readByMe: boolean, readCount?: number | null, updatedAt: string, version: number, translations: Array<{ __typename?: 'GuidanceTranslationState', language: string, status: TranslationStatus, sourceRevision?: number | null }> } };

export type PinGuidanceNoteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  value: Scalars['Boolean']['input'];
}>;


export type PinGuidanceNoteMutation = { __typename?: 'Mutation', pinGuidanceNote: { __typename?: 'GuidanceNote', id: string, weekId: string, category: GuidanceCategory, scope: GuidanceScope, scopeCountry?: string | null, scopePlatform?: string | null, scopeSessionId?: string | null, sourceLanguage: string, language: string, title: string, body: string, bodyHtml: string, translationStatus: TranslationStatus, revision: number, published: boolean, pinned: boolean, readByMe: boolean, readCount?: number | null, updatedAt: string, version: number, translations: Array<{ __typename?: 'GuidanceTranslationState', language: string, status: TranslationStatus, sourceRevision?: number | null }> } };

export type ConfirmGuidanceReadMutationVariables = Exact<{
  noteId: Scalars['ID']['input'];
  language: Scalars['String']['input'];
}>;


export type ConfirmGuidanceReadMutation = { __typename?: 'Mutation', confirmGuidanceRead: { __typename?: 'GuidanceNote', id: string, weekId: string, category: GuidanceCategory, scope: GuidanceScope, scopeCountry?: string | null, scopePlatform?: string | null, scopeSessionId?: string | null, sourceLanguage: string, language: string, title: string, body: string, bodyHtml: string, translationStatus: TranslationStatus, revision: number, published: boolean, pinned: boolean, readByMe: boolean, readCount?: number | null, updatedAt: string, version: number, translations: Array<{ __typename?: 'GuidanceTranslationState', language: string, status: TranslationStatus, sourceRevision?: number | null }> } };

export type InteractionFieldsFragment = { __typename?: 'Interaction', id: string, weekId: string, sessionId: string, country: string, platform: string, channel: Channel, occurredAt: string, durationMinutes: number, youngPeople: number, ageBand: AgeBand, topics: Array<Topic>, initiatedBy: Initiator, tone: Tone, outcome: Outcome, notes?: string | null, notesLanguage: string, summaryEn?: string | null, editable: boolean, referralUrgency?: Urgency | null, version: number, createdAt: string };

export type MySessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type MySessionsQuery = { __typename?: 'Query', mySessions: Array<{ __typename?: 'PatrolSession', id: string, weekId: string, venue?: string | null, startsAt: string, endsAt: string, endedAt?: string | null, status: SessionStatus, countries: Array<string>, platform: { __typename?: 'Platform', code: string, name: string } }>, actionWeeks: Array<{ __typename?: 'ActionWeek', id: string, code: string, timeZone: string }> };

export type SessionLogQueryVariables = Exact<{
  sessionId: Scalars['ID']['input'];
}>;


export type SessionLogQuery = { __typename?: 'Query', patrolSession: { __typename?: 'PatrolSession', id: string, weekId: string, venue?: string | null, startsAt: string, endsAt: string, countries: Array<string>, briefing?: string | null, status: SessionStatus, cancelReason?: string | null, startOverrideReason?: string | null, startedAt?: string | null, endedAt?: string | null, version: number, busySlot: boolean, platform: { __typename?: 'Platform', code: string, name: string }, guide?: { __typename?: 'Person', id: string, displayName: string, country?: string | null } | null, rosters: Array<{ __typename?: 'Roster', country: string, operatorOne?: { __typename?: 'Person', id: string, displayName: string } | null, operatorTwo?: { __typename?: 'Person', id: string, displayName: string } | null, teamLeader?: { __typename?: 'Person', id: string, displayName: string } | null, profile?: { __typename?: 'ProfileRef', id: string, displayName: string, platform: string } | null }>, missingPositions: Array<{ __typename?: 'MissingPositions', country: string, positions: Array<Position> }> } };

export type SessionWeekQueryVariables = Exact<{
  weekId: Scalars['ID']['input'];
}>;


export type SessionWeekQuery = { __typename?: 'Query', actionWeek: { __typename?: 'ActionWeek', id: string, code: string, timeZone: string, status: WeekStatus, countries: Array<{ __typename?: 'WeekCountry', country: string, languages: Array<string>, shareNotes: boolean }> } };

export type SessionTotalsQueryVariables = Exact<{
  sessionId: Scalars['ID']['input'];
}>;


export type SessionTotalsQuery = { __typename?: 'Query', sessionTotals: { __typename?: 'SessionTotals', interactions: number, youngPeople: number, referrals: number } };

export type InteractionsQueryVariables = Exact<{
  filter: InteractionFilter;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type InteractionsQuery = { __typename?: 'Query', interactions: { __typename?: 'InteractionConnection', edges: Array<{ __typename?: 'InteractionEdge', cursor: string, node: { __typename?: 'Interaction', id: string, weekId: string, sessionId: string, country: string, platform: string, channel: Channel, occurredAt: string, durationMinutes: number, youngPeople: number, ageBand: AgeBand, topics: Array<Topic>, initiatedBy: Initiator, tone: Tone, outcome: Outcome, notes?: string | null, notesLanguage: string, summaryEn?: string | null, editable: boolean, referralUrgency?: Urgency | null, version: number, createdAt: string } }>, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean } } };

export type LogInteractionMutationVariables = Exact<{
  input: LogInteractionInput;
}>;


export type LogInteractionMutation = { __typename?: 'Mutation', logInteraction: { __typename?: 'Interaction', id: string, weekId: string, sessionId: string, country: string, platform: string, channel: Channel, occurredAt: string, durationMinutes: number, youngPeople: number, ageBand: AgeBand, topics: Array<Topic>, initiatedBy: Initiator, tone: Tone, outcome: Outcome, notes?: string | null, notesLanguage: string, summaryEn?: string | null, editable: boolean, referralUrgency?: Urgency | null, version: number, createdAt: string } };

export type UpdateInteractionMutationVariables = Exact<{
  input: UpdateInteractionInput;
}>;


export type UpdateInteractionMutation = { __typename?: 'Mutation', updateInteraction: { __typename?: 'Interaction', id: string, weekId: string, sessionId: string, country: string, platform: string, channel: Channel, occurredAt: string, durationMinutes: number, youngPeople: number, ageBand: AgeBand, topics: Array<Topic>, initiatedBy: Initiator, tone: Tone, outcome: Outcome, notes?: string | null, notesLanguage: string, summaryEn?: string | null, editable: boolean, referralUrgency?: Urgency | null, version: number, createdAt: string } };

export type DeleteInteractionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
}>;


export type DeleteInteractionMutation = { __typename?: 'Mutation', deleteInteraction: boolean };

export type SessionChangedSubscriptionVariables = Exact<{
  weekId: Scalars['ID']['input'];
}>;


export type SessionChangedSubscription = { __typename?: 'Subscription', scheduleChanged: { __typename?: 'ScheduleChange', weekId: string, sessionId: string, change: string, version: number, byCountry?: string | null } };

export type CountTableFieldsFragment = { __typename?: 'CountTable', rows: Array<string>, columns: Array<string>, cells: Array<Array<{ __typename?: 'Count', value?: number | null, suppressed: boolean, pending: boolean }>>, rowTotals: Array<{ __typename?: 'Count', value?: number | null, suppressed: boolean, pending: boolean }>, columnTotals: Array<{ __typename?: 'Count', value?: number | null, suppressed: boolean, pending: boolean }>, grandTotal: { __typename?: 'Count', value?: number | null, suppressed: boolean, pending: boolean } };

export type OutcomesQueryVariables = Exact<{
  weekId: Scalars['ID']['input'];
  filter?: InputMaybe<OutcomesFilter>;
  unsuppressed?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type OutcomesQuery = { __typename?: 'Query', outcomes: { __typename?: 'Outcomes', weekId: string, minCount: number, suppressed: boolean, protection: { __typename?: 'OutcomesProtection', method: string, minCount: number, maxPerturbation: number, typicalPerturbation: number }, byCountryAndDay: { __typename?: 'CountTable', rows: Array<string>, columns: Array<string>, cells: Array<Array<{ __typename?: 'Count', value?: number | null, suppressed: boolean, pending: boolean }>>, rowTotals: Array<{ __typename?: 'Count', value?: number | null, suppressed: boolean, pending: boolean }>, columnTotals: Array<{ __typename?: 'Count', value?: number | null, suppressed: boolean, pending: boolean }>, grandTotal: { __typename?: 'Count', value?: number | null, suppressed: boolean, pending: boolean } }, byTopic: { __typename?: 'CountTable', rows: Array<string>, columns: Array<string>, cells: Array<Array<{ __typename?: 'Count', value?: number | null, suppressed: boolean, pending: boolean }>>, rowTotals: Array<{ __typename?: 'Count', value?: number | null, suppressed: boolean, pending: boolean }>, columnTotals: Array<{ __typename?: 'Count', value?: number | null, suppressed: boolean, pending: boolean }>, grandTotal: { __typename?: 'Count', value?: number | null, suppressed: boolean, pending: boolean } }, byPlatform: { __typename?: 'CountTable', rows: Array<string>, columns: Array<string>, cells: Array<Array<{ __typename?: 'Count', value?: number | null, suppressed: boolean, pending: boolean }>>, rowTotals: Array<{ __typename?: 'Count', value?: number | null, suppressed: boolean, pending: boolean }>, columnTotals: Array<{ __typename?: 'Count', value?: number | null, suppressed: boolean, pending: boolean }>, grandTotal: { __typename?: 'Count', value?: number | null, suppressed: boolean, pending: boolean } }, byAgeBand: { __typename?: 'CountTable', rows: Array<string>, columns: Array<string>, cells: Array<Array<{ __typename?: 'Count', value?: number | null, suppressed: boolean, pending: boolean }>>, rowTotals: Array<{ __typename?: 'Count', value?: number | null, suppressed: boolean, pending: boolean }>, columnTotals: Array<{ __typename?: 'Count', value?: number | null, suppressed: boolean, pending: boolean }>, grandTotal: { __typename?: 'Count', value?: number | null, suppressed: boolean, pending: boolean } }, byOutcome: { __typename?: 'CountTable', rows: Array<string>, columns: Array<string>, cells: Array<Array<{ __typename?: 'Count', value?: number | null, suppressed: boolean, pending: boolean }>>, rowTotals: Array<{ __typename?: 'Count', value?: number | null, suppressed: boolean, pending: boolean }>, columnTotals: Array<{ __typename?: 'Count', value?: number | null, suppressed: boolean, pending: boolean }>, grandTotal: { __typename?: 'Count', value?: number | null, suppressed: boolean, pending: boolean } }, byLanguage: { __typename?: 'CountTable', rows: Array<string>, columns: Array<string>, cells: Array<Array<{ __typename?: 'Count', value?: number | null, suppressed: boolean, pending: boolean }>>, rowTotals: Array<{ __typename?: 'Count', value?: number | null, suppressed: boolean, pending: boolean }>, columnTotals: Array<{ __typename?: 'Count', value?: number | null, suppressed: boolean, pending: boolean }>, grandTotal: { __typename?: 'Count', value?: number | null, suppressed: boolean, pending: boolean } }, youngPeople: { __typename?: 'CountTable', rows: Array<string>, columns: Array<string>, cells: Array<Array<{ __typename?: 'Count', value?: number | null, suppressed: boolean, pending: boolean }>>, rowTotals: Array<{ __typename?: 'Count', value?: number | null, suppressed: boolean, pending: boolean }>, columnTotals: Array<{ __typename?: 'Count', value?: number | null, suppressed: boolean, pending: boolean }>, grandTotal: { __typename?: 'Count', value?: number | null, suppressed: boolean, pending: boolean } }, sessions: { __typename?: 'CountTable', rows: Array<string>, columns: Array<string>, cells: Array<Array<{ __typename?: 'Count', value?: number | null, suppressed: boolean, pending: boolean }>>, rowTotals: Array<{ __typename?: 'Count', value?: number | null, suppressed: boolean, pending: boolean }>, columnTotals: Array<{ __typename?: 'Count', value?: number | null, suppressed: boolean, pending: boolean }>, grandTotal: { __typename?: 'Count', value?: number | null, suppressed: boolean, pending: boolean } }, referrals: { __typename?: 'CountTable', rows: Array<string>, columns: Array<string>, cells: Array<Array<{ __typename?: 'Count', value?: number | null, suppressed: boolean, pending: boolean }>>, rowTotals: Array<{ __typename?: 'Count', value?: number | null, suppressed: boolean, pending: boolean }>, columnTotals: Array<{ __typename?: 'Count', value?: number | null, suppressed: boolean, pending: boolean }>, grandTotal: { __typename?: 'Count', value?: number | null, suppressed: boolean, pending: boolean } }, patrolHours: Array<{ __typename?: 'PatrolHours', country: string, hours: number }> } };

export type OutcomesWeekQueryVariables = Exact<{
  weekId: Scalars['ID']['input'];
}>;


export type OutcomesWeekQuery = { __typename?: 'Query', actionWeek: { __typename?: 'ActionWeek', id: string, code: string, title: string, status: WeekStatus, firstDay: string, lastDay: string, timeZone: string, countries: Array<{ __typename?: 'WeekCountry', country: string }> }, platforms: Array<{ __typename?: 'Platform', code: string, name: string }> };

export type DebriefDigestQueryVariables = Exact<{
  weekId: Scalars['ID']['input'];
  country?: InputMaybe<Scalars['String']['input']>;
}>;


export type DebriefDigestQuery = { __typename?: 'Query', debriefDigest: Array<{ __typename?: 'DebriefDigest', country: string, summaries: Array<{ __typename?: 'DebriefSummary', platform: string, startsAt: string, summaryEn: string, submittedAt: string }> }> };

export type ActionWeeksQueryVariables = Exact<{ [key: string]: never; }>;


export type ActionWeeksQuery = { __typename?: 'Query', actionWeeks: Array<{ __typename?: 'ActionWeek', id: string, code: string, title: string, hostCountry: string, firstDay: string, lastDay: string, timeZone: string, status: WeekStatus, requireTwoFactor: boolean, countries: Array<{ __typename?: 'WeekCountry', country: string, languages: Array<string> }> }> };

export type NowSessionFieldsFragment = { __typename?: 'NowSession', id: string, status: SessionStatus, phase: SessionPhase, startsAt: string, endsAt: string, platformCode: string, platformName: string, venue: string, countries: Array<string>, overrunning: boolean, mayStart: StartAnswer, gaps: Array<{ __typename?: 'NowGap', country: string, positions: Array<Position>, profileMissing: boolean }> };

export type WeekNowQueryVariables = Exact<{
  weekId: Scalars['ID']['input'];
}>;


export type WeekNowQuery = { __typename?: 'Query', weekNow: { __typename?: 'WeekNow', weekId: string, at: string, mySessions: Array<{ __typename?: 'NowSession', id: string, status: SessionStatus, phase: SessionPhase, startsAt: string, endsAt: string, platformCode: string, platformName: string, venue: string, countries: Array<string>, overrunning: boolean, mayStart: StartAnswer, gaps: Array<{ __typename?: 'NowGap', country: string, positions: Array<Position>, profileMissing: boolean }> }>, live: Array<{ __typename?: 'NowSession', id: string, status: SessionStatus, phase: SessionPhase, startsAt: string, endsAt: string, platformCode: string, platformName: string, venue: string, countries: Array<string>, overrunning: boolean, mayStart: StartAnswer, gaps: Array<{ __typename?: 'NowGap', country: string, positions: Array<Position>, profileMissing: boolean }> }>, toStart: Array<{ __typename?: 'NowSession', id: string, status: SessionStatus, phase: SessionPhase, startsAt: string, endsAt: string, platformCode: string, platformName: string, venue: string, countries: Array<string>, overrunning: boolean, mayStart: StartAnswer, gaps: Array<{ __typename?: 'NowGap', country: string, positions: Array<Position>, profileMissing: boolean }> }>, toEnd: Array<{ __typename?: 'NowSession', id: string, status: SessionStatus, phase: SessionPhase, startsAt: string, endsAt: string, platformCode: string, platformName: string, venue: string, countries: Array<string>, overrunning: boolean, mayStart: StartAnswer, gaps: Array<{ __typename?: 'NowGap', country: string, positions: Array<Position>, profileMissing: boolean }> }>, unstaffed: Array<{ __typename?: 'NowSession', id: string, status: SessionStatus, phase: SessionPhase, startsAt: string, endsAt: string, platformCode: string, platformName: string, venue: string, countries: Array<string>, overrunning: boolean, mayStart: StartAnswer, gaps: Array<{ __typename?: 'NowGap', country: string, positions: Array<Position>, profileMissing: boolean }> }>, debriefsOwed: Array<{ __typename?: 'NowDebrief', sessionId: string, debriefId?: string | null, country: string, sessionEndsAt: string, platformName: string, state: string }>, debriefsToReview: Array<{ __typename?: 'NowDebrief', sessionId: string, debriefId?: string | null, country: string, sessionEndsAt: string, platformName: string, state: string }>, openReferrals: { __typename?: 'NowReferralCounts', immediate: number, priority: number, routine: number }, urgentReferrals: Array<{ __typename?: 'NowReferral', id: string, sessionId: string, country: string, urgency: Urgency, status: ReferralStatus, receivingUnit: string, reasonCode: string, createdAt: string }> } };

export type HomeOutcomesQueryVariables = Exact<{
  weekId: Scalars['ID']['input'];
}>;


export type HomeOutcomesQuery = { __typename?: 'Query', outcomes: { __typename?: 'Outcomes', weekId: string, minCount: number, byCountryAndDay: { __typename?: 'CountTable', grandTotal: { __typename?: 'Count', value?: number | null, suppressed: boolean, pending: boolean } }, youngPeople: { __typename?: 'CountTable', grandTotal: { __typename?: 'Count', value?: number | null, suppressed: boolean, pending: boolean } }, referrals: { __typename?: 'CountTable', grandTotal: { __typename?: 'Count', value?: number | null, suppressed: boolean, pending: boolean } }, sessions: { __typename?: 'CountTable', columns: Array<string>, columnTotals: Array<{ __typename?: 'Count', value?: number | null, suppressed: boolean, pending: boolean }> }, patrolHours: Array<{ __typename?: 'PatrolHours', country: string, hours: number }> } };

export type PreviewPlanImportQueryVariables = Exact<{
  weekId: Scalars['ID']['input'];
  fileName: Scalars['String']['input'];
  contentBase64: Scalars['String']['input'];
}>;


export type PreviewPlanImportQuery = { __typename?: 'Query', previewPlanImport: { __typename?: 'PlanImportPreview', weekId: string, kind: PlanFileKind, refusedRows: number, rows: Array<{ __typename?: 'PlanImportRow', row: number, cells: { __typename?: 'PlanImportCells', date: string, start: string, end: string, platform: string, venue: string, countries: string }, session?: { __typename?: 'PlanImportSession', startsAt: string, endsAt: string, platform: string, platformName: string, venue: string, countries: Array<string>, guideName?: string | null } | null, errors: Array<{ __typename?: 'PlanImportError', field: string, code: string, message: string }>, conflicts: Array<{ __typename?: 'PlanImportConflict', kind: string, otherRow?: number | null, message: string }> }> } };

export type ImportPlanMutationVariables = Exact<{
  weekId: Scalars['ID']['input'];
  fileName: Scalars['String']['input'];
  contentBase64: Scalars['String']['input'];
}>;


export type ImportPlanMutation = { __typename?: 'Mutation', importPlan: { __typename?: 'PlanImportResult', weekId: string, imported: number, sessionIds: Array<string> } };

export type ProfileRowFieldsFragment = { __typename?: 'PoliceProfile', id: string, country: string, platform: string, displayName: string, status: PoliceProfileStatus, safetyNotes: string, updatedAt: string, version: number, sessions: Array<{ __typename?: 'PoliceProfileSession', id: string, weekId: string, weekCode: string, weekTitle: string, startsAt: string, endsAt: string, platform: string, status: SessionStatus, country: string }> };

export type ProfilesPageQueryVariables = Exact<{
  filter?: InputMaybe<PoliceProfileFilter>;
}>;


export type ProfilesPageQuery = { __typename?: 'Query', policeProfiles: Array<{ __typename?: 'PoliceProfile', id: string, country: string, platform: string, displayName: string, status: PoliceProfileStatus, safetyNotes: string, updatedAt: string, version: number, sessions: Array<{ __typename?: 'PoliceProfileSession', id: string, weekId: string, weekCode: string, weekTitle: string, startsAt: string, endsAt: string, platform: string, status: SessionStatus, country: string }> }> };

export type ProfilePlatformsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProfilePlatformsQuery = { __typename?: 'Query', platforms: Array<{ __typename?: 'Platform', code: string, name: string, builtin: boolean }> };

export type RegisterProfileMutationVariables = Exact<{
  input: RegisterPoliceProfileInput;
}>;


export type RegisterProfileMutation = { __typename?: 'Mutation', registerPoliceProfile: { __typename?: 'PoliceProfile', id: string, country: string, platform: string, displayName: string, status: PoliceProfileStatus, safetyNotes: string, updatedAt: string, version: number } };

export type UpdateProfileMutationVariables = Exact<{
  input: UpdatePoliceProfileInput;
}>;


export type UpdateProfileMutation = { __typename?: 'Mutation', updatePoliceProfile: { __typename?: 'PoliceProfile', id: string, displayName: string, safetyNotes: string, status: PoliceProfileStatus, updatedAt: string, version: number } };

export type SuspendProfileMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
}>;


export type SuspendProfileMutation = { __typename?: 'Mutation', suspendPoliceProfile: { __typename?: 'PoliceProfile', id: string, status: PoliceProfileStatus, updatedAt: string, version: number } };

export type ReactivateProfileMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
}>;


export type ReactivateProfileMutation = { __typename?: 'Mutation', reactivatePoliceProfile: { __typename?: 'PoliceProfile', id: string, status: PoliceProfileStatus, updatedAt: string, version: number } };

export type RetireProfileMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
}>;


export type RetireProfileMutation = { __typename?: 'Mutation', retirePoliceProfile: { __typename?: 'PoliceProfile', id: string, status: PoliceProfileStatus, updatedAt: string, version: number } };

export type AddPlatformMutationVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type AddPlatformMutation = { __typename?: 'Mutation', addPlatform: { __typename?: 'Platform', code: string, name: string, builtin: boolean } };

export type ReferralListFieldsFragment = { __typename?: 'Referral', id: string, weekId: string, sessionId: string, interactionId: string, country: string, receivingUnit: ReceivingUnit, urgency: Urgency, reasonCode: Topic, status: ReferralStatus, raisedBy: string, createdAt: string, version: number };

export type ReferralsQueryVariables = Exact<{
  filter: ReferralFilter;
}>;


export type ReferralsQuery = { __typename?: 'Query', referrals: Array<{ __typename?: 'Referral', id: string, weekId: string, sessionId: string, interactionId: string, country: string, receivingUnit: ReceivingUnit, urgency: Urgency, reasonCode: Topic, status: ReferralStatus, raisedBy: string, createdAt: string, version: number }> };

export type ReferralDetailsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReferralDetailsQuery = { __typename?: 'Query', referral: { __typename?: 'Referral', details?: string | null, id: string, weekId: string, sessionId: string, interactionId: string, country: string, receivingUnit: ReceivingUnit, urgency: Urgency, reasonCode: Topic, status: ReferralStatus, raisedBy: string, createdAt: string, version: number, history: Array<{ __typename?: 'ReferralEvent', status: ReferralStatus, by: string, at: string, note?: string | null }> } };

export type RaiseReferralMutationVariables = Exact<{
  input: RaiseReferralInput;
}>;


export type RaiseReferralMutation = { __typename?: 'Mutation', raiseReferral: { __typename?: 'Referral', id: string, weekId: string, sessionId: string, interactionId: string, country: string, receivingUnit: ReceivingUnit, urgency: Urgency, reasonCode: Topic, status: ReferralStatus, raisedBy: string, createdAt: string, version: number } };

export type SetReferralStatusMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  status: ReferralStatus;
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type SetReferralStatusMutation = { __typename?: 'Mutation', setReferralStatus: { __typename?: 'Referral', id: string, weekId: string, sessionId: string, interactionId: string, country: string, receivingUnit: ReceivingUnit, urgency: Urgency, reasonCode: Topic, status: ReferralStatus, raisedBy: string, createdAt: string, version: number, history: Array<{ __typename?: 'ReferralEvent', status: ReferralStatus, by: string, at: string, note?: string | null }> } };

export type ReferralRaisedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ReferralRaisedSubscription = { __typename?: 'Subscription', referralRaised: { __typename?: 'ReferralAlert', id: string, weekId: string, sessionId: string, country: string, urgency: Urgency, receivingUnit: ReceivingUnit, reasonCode: Topic, createdAt: string } };

export type PlanCopySourcesQueryVariables = Exact<{ [key: string]: never; }>;


export type PlanCopySourcesQuery = { __typename?: 'Query', actionWeeks: Array<{ __typename?: 'ActionWeek', id: string, code: string, title: string, firstDay: string, lastDay: string, status: WeekStatus }> };

export type PlanCopyFieldsFragment = { __typename?: 'PlanCopy', fromWeekId: string, toWeekId: string, copied: number, copies: Array<{ __typename?: 'PlanCopySession', sourceSessionId: string, droppedCountries: Array<string> }>, skipped: Array<{ __typename?: 'PlanCopySession', sourceSessionId: string, platform: string, venue: string, startsAt: string, message?: string | null }>, refused: Array<{ __typename?: 'PlanCopySession', sourceSessionId: string, platform: string, venue: string, startsAt: string, reason?: string | null, message?: string | null }> };

export type PlanCopyPreviewQueryVariables = Exact<{
  fromWeekId: Scalars['ID']['input'];
  toWeekId: Scalars['ID']['input'];
}>;


export type PlanCopyPreviewQuery = { __typename?: 'Query', planCopyPreview: { __typename?: 'PlanCopy', fromWeekId: string, toWeekId: string, copied: number, copies: Array<{ __typename?: 'PlanCopySession', sourceSessionId: string, droppedCountries: Array<string> }>, skipped: Array<{ __typename?: 'PlanCopySession', sourceSessionId: string, platform: string, venue: string, startsAt: string, message?: string | null }>, refused: Array<{ __typename?: 'PlanCopySession', sourceSessionId: string, platform: string, venue: string, startsAt: string, reason?: string | null, message?: string | null }> } };

export type CopyWeekPlanMutationVariables = Exact<{
  fromWeekId: Scalars['ID']['input'];
  toWeekId: Scalars['ID']['input'];
}>;


export type CopyWeekPlanMutation = { __typename?: 'Mutation', copyWeekPlan: { __typename?: 'PlanCopy', fromWeekId: string, toWeekId: string, copied: number, copies: Array<{ __typename?: 'PlanCopySession', sourceSessionId: string, droppedCountries: Array<string> }>, skipped: Array<{ __typename?: 'PlanCopySession', sourceSessionId: string, platform: string, venue: string, startsAt: string, message?: string | null }>, refused: Array<{ __typename?: 'PlanCopySession', sourceSessionId: string, platform: string, venue: string, startsAt: string, reason?: string | null, message?: string | null }> } };

export type PatrolSessionFieldsFragment = { __typename?: 'PatrolSession', id: string, weekId: string, venue?: string | null, startsAt: string, endsAt: string, countries: Array<string>, briefing?: string | null, status: SessionStatus, cancelReason?: string | null, startOverrideReason?: string | null, startedAt?: string | null, endedAt?: string | null, version: number, busySlot: boolean, platform: { __typename?: 'Platform', code: string, name: string }, guide?: { __typename?: 'Person', id: string, displayName: string, country?: string | null } | null, rosters: Array<{ __typename?: 'Roster', country: string, operatorOne?: { __typename?: 'Person', id: string, displayName: string } | null, operatorTwo?: { __typename?: 'Person', id: string, displayName: string } | null, teamLeader?: { __typename?: 'Person', id: string, displayName: string } | null, profile?: { __typename?: 'ProfileRef', id: string, displayName: string, platform: string } | null }>, missingPositions: Array<{ __typename?: 'MissingPositions', country: string, positions: Array<Position> }> };

export type WeekBoardQueryVariables = Exact<{
  weekId: Scalars['ID']['input'];
}>;


export type WeekBoardQuery = { __typename?: 'Query', actionWeek: { __typename?: 'ActionWeek', id: string, code: string, title: string, hostCountry: string, firstDay: string, lastDay: string, timeZone: string, status: WeekStatus, countries: Array<{ __typename?: 'WeekCountry', country: string, languages: Array<string> }> }, platforms: Array<{ __typename?: 'Platform', code: string, name: string, builtin: boolean }>, schedule: Array<{ __typename?: 'PatrolSession', id: string, weekId: string, venue?: string | null, startsAt: string, endsAt: string, countries: Array<string>, briefing?: string | null, status: SessionStatus, cancelReason?: string | null, startOverrideReason?: string | null, startedAt?: string | null, endedAt?: string | null, version: number, busySlot: boolean, platform: { __typename?: 'Platform', code: string, name: string }, guide?: { __typename?: 'Person', id: string, displayName: string, country?: string | null } | null, rosters: Array<{ __typename?: 'Roster', country: string, operatorOne?: { __typename?: 'Person', id: string, displayName: string } | null, operatorTwo?: { __typename?: 'Person', id: string, displayName: string } | null, teamLeader?: { __typename?: 'Person', id: string, displayName: string } | null, profile?: { __typename?: 'ProfileRef', id: string, displayName: string, platform: string } | null }>, missingPositions: Array<{ __typename?: 'MissingPositions', country: string, positions: Array<Position> }> }> };

export type PatrolSessionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PatrolSessionQuery = { __typename?: 'Query', patrolSession: { __typename?: 'PatrolSession', id: string, weekId: string, venue?: string | null, startsAt: string, endsAt: string, countries: Array<string>, briefing?: string | null, status: SessionStatus, cancelReason?: string | null, startOverrideReason?: string | null, startedAt?: string | null, endedAt?: string | null, version: number, busySlot: boolean, platform: { __typename?: 'Platform', code: string, name: string }, guide?: { __typename?: 'Person', id: string, displayName: string, country?: string | null } | null, rosters: Array<{ __typename?: 'Roster', country: string, operatorOne?: { __typename?: 'Person', id: string, displayName: string } | null, operatorTwo?: { __typename?: 'Person', id: string, displayName: string } | null, teamLeader?: { __typename?: 'Person', id: string, displayName: string } | null, profile?: { __typename?: 'ProfileRef', id: string, displayName: string, platform: string } | null }>, missingPositions: Array<{ __typename?: 'MissingPositions', country: string, positions: Array<Position> }> } };

export type PlanningPeopleQueryVariables = Exact<{
  filter?: InputMaybe<AccountFilter>;
}>;


export type PlanningPeopleQuery = { __typename?: 'Query', accounts: Array<{ __typename?: 'Account', id: string, displayName: string, country?: string | null, roles: Array<Role> }> };

export type PlanningProfilesQueryVariables = Exact<{
  filter?: InputMaybe<PoliceProfileFilter>;
}>;


export type PlanningProfilesQuery = { __typename?: 'Query', policeProfiles: Array<{ __typename?: 'PoliceProfile', id: string, displayName: string, country: string, platform: string, status: PoliceProfileStatus }> };

export type SchedulePatrolSessionMutationVariables = Exact<{
  input: SchedulePatrolSessionInput;
}>;


export type SchedulePatrolSessionMutation = { __typename?: 'Mutation', schedulePatrolSession: { __typename?: 'PatrolSession', id: string, weekId: string, venue?: string | null, startsAt: string, endsAt: string, countries: Array<string>, briefing?: string | null, status: SessionStatus, cancelReason?: string | null, startOverrideReason?: string | null, startedAt?: string | null, endedAt?: string | null, version: number, busySlot: boolean, platform: { __typename?: 'Platform', code: string, name: string }, guide?: { __typename?: 'Person', id: string, displayName: string, country?: string | null } | null, rosters: Array<{ __typename?: 'Roster', country: string, operatorOne?: { __typename?: 'Person', id: string, displayName: string } | null, operatorTwo?: { __typename?: 'Person', id: string, displayName: string } | null, teamLeader?: { __typename?: 'Person', id: string, displayName: string } | null, profile?: { __typename?: 'ProfileRef', id: string, displayName: string, platform: string } | null }>, missingPositions: Array<{ __typename?: 'MissingPositions', country: string, positions: Array<Position> }> } };

export type ReschedulePatrolSessionMutationVariables = Exact<{
  input: ReschedulePatrolSessionInput;
}>;


export type ReschedulePatrolSessionMutation = { __typename?: 'Mutation', reschedulePatrolSession: { __typename?: 'PatrolSession', id: string, weekId: string, venue?: string | null, startsAt: string, endsAt: string, countries: Array<string>, briefing?: string | null, status: SessionStatus, cancelReason?: string | null, startOverrideReason?: string | null, startedAt?: string | null, endedAt?: string | null, version: number, busySlot: boolean, platform: { __typename?: 'Platform', code: string, name: string }, guide?: { __typename?: 'Person', id: string, displayName: string, country?: string | null } | null, rosters: Array<{ __typename?: 'Roster', country: string, operatorOne?: { __typename?: 'Person', id: string, displayName: string } | null, operatorTwo?: { __typename?: 'Person', id: string, displayName: string } | null, teamLeader?: { __typename?: 'Person', id: string, displayName: string } | null, profile?: { __typename?: 'ProfileRef', id: string, displayName: string, platform: string } | null }>, missingPositions: Array<{ __typename?: 'MissingPositions', country: string, positions: Array<Position> }> } };

export type AssignRosterMutationVariables = Exact<{
  input: AssignRosterInput;
}>;


export type AssignRosterMutation = { __typename?: 'Mutation', assignRoster: { __typename?: 'PatrolSession', id: string, weekId: string, venue?: string | null, startsAt: string, endsAt: string, countries: Array<string>, briefing?: string | null, status: SessionStatus, cancelReason?: string | null, startOverrideReason?: string | null, startedAt?: string | null, endedAt?: string | null, version: number, busySlot: boolean, platform: { __typename?: 'Platform', code: string, name: string }, guide?: { __typename?: 'Person', id: string, displayName: string, country?: string | null } | null, rosters: Array<{ __typename?: 'Roster', country: string, operatorOne?: { __typename?: 'Person', id: string, displayName: string } | null, operatorTwo?: { __typename?: 'Person', id: string, displayName: string } | null, teamLeader?: { __typename?: 'Person', id: string, displayName: string } | null, profile?: { __typename?: 'ProfileRef', id: string, displayName: string, platform: string } | null }>, missingPositions: Array<{ __typename?: 'MissingPositions', country: string, positions: Array<Position> }> } };

export type CancelPatrolSessionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  reason: Scalars['String']['input'];
}>;


export type CancelPatrolSessionMutation = { __typename?: 'Mutation', cancelPatrolSession: { __typename?: 'PatrolSession', id: string, weekId: string, venue?: string | null, startsAt: string, endsAt: string, countries: Array<string>, briefing?: string | null, status: SessionStatus, cancelReason?: string | null, startOverrideReason?: string | null, startedAt?: string | null, endedAt?: string | null, version: number, busySlot: boolean, platform: { __typename?: 'Platform', code: string, name: string }, guide?: { __typename?: 'Person', id: string, displayName: string, country?: string | null } | null, rosters: Array<{ __typename?: 'Roster', country: string, operatorOne?: { __typename?: 'Person', id: string, displayName: string } | null, operatorTwo?: { __typename?: 'Person', id: string, displayName: string } | null, teamLeader?: { __typename?: 'Person', id: string, displayName: string } | null, profile?: { __typename?: 'ProfileRef', id: string, displayName: string, platform: string } | null }>, missingPositions: Array<{ __typename?: 'MissingPositions', country: string, positions: Array<Position> }> } };

export type StartPatrolSessionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  overrideReason?: InputMaybe<Scalars['String']['input']>;
}>;


export type StartPatrolSessionMutation = { __typename?: 'Mutation', startPatrolSession: { __typename?: 'PatrolSession', id: string, weekId: string, venue?: string | null, startsAt: string, endsAt: string, countries: Array<string>, briefing?: string | null, status: SessionStatus, cancelReason?: string | null, startOverrideReason?: string | null, startedAt?: string | null, endedAt?: string | null, version: number, busySlot: boolean, platform: { __typename?: 'Platform', code: string, name: string }, guide?: { __typename?: 'Person', id: string, displayName: string, country?: string | null } | null, rosters: Array<{ __typename?: 'Roster', country: string, operatorOne?: { __typename?: 'Person', id: string, displayName: string } | null, operatorTwo?: { __typename?: 'Person', id: string, displayName: string } | null, teamLeader?: { __typename?: 'Person', id: string, displayName: string } | null, profile?: { __typename?: 'ProfileRef', id: string, displayName: string, platform: string } | null }>, missingPositions: Array<{ __typename?: 'MissingPositions', country: string, positions: Array<Position> }> } };

export type EndPatrolSessionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
}>;


export type EndPatrolSessionMutation = { __typename?: 'Mutation', endPatrolSession: { __typename?: 'PatrolSession', id: string, weekId: string, venue?: string | null, startsAt: string, endsAt: string, countries: Array<string>, briefing?: string | null, status: SessionStatus, cancelReason?: string | null, startOverrideReason?: string | null, startedAt?: string | null, endedAt?: string | null, version: number, busySlot: boolean, platform: { __typename?: 'Platform', code: string, name: string }, guide?: { __typename?: 'Person', id: string, displayName: string, country?: string | null } | null, rosters: Array<{ __typename?: 'Roster', country: string, operatorOne?: { __typename?: 'Person', id: string, displayName: string } | null, operatorTwo?: { __typename?: 'Person', id: string, displayName: string } | null, teamLeader?: { __typename?: 'Person', id: string, displayName: string } | null, profile?: { __typename?: 'ProfileRef', id: string, displayName: string, platform: string } | null }>, missingPositions: Array<{ __typename?: 'MissingPositions', country: string, positions: Array<Position> }> } };

export type ScheduleChangedSubscriptionVariables = Exact<{
  weekId: Scalars['ID']['input'];
}>;


export type ScheduleChangedSubscription = { __typename?: 'Subscription', scheduleChanged: { __typename?: 'ScheduleChange', weekId: string, sessionId: string, change: string, version: number } };

export type MyTwoFactorQueryVariables = Exact<{ [key: string]: never; }>;


export type MyTwoFactorQuery = { __typename?: 'Query', myTwoFactor: { __typename?: 'TwoFactorStatus', enabled: boolean, required: boolean, enabledAt?: string | null, recoveryCodesLeft: number } };

export type BeginTwoFactorEnrolmentMutationVariables = Exact<{
  code?: InputMaybe<Scalars['String']['input']>;
  recoveryCode?: InputMaybe<Scalars['String']['input']>;
}>;


export type BeginTwoFactorEnrolmentMutation = { __typename?: 'Mutation', beginTwoFactorEnrolment: { __typename?: 'TwoFactorEnrolment', secret: string, otpauthUri: string, qrCode: string } };

export type ConfirmTwoFactorEnrolmentMutationVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type ConfirmTwoFactorEnrolmentMutation = { __typename?: 'Mutation', confirmTwoFactorEnrolment: { __typename?: 'TwoFactorRecoveryCodes', codes: Array<string>, status: { __typename?: 'TwoFactorStatus', enabled: boolean, required: boolean, enabledAt?: string | null, recoveryCodesLeft: number } } };

export type RegenerateTwoFactorRecoveryCodesMutationVariables = Exact<{
  code?: InputMaybe<Scalars['String']['input']>;
  recoveryCode?: InputMaybe<Scalars['String']['input']>;
}>;


export type RegenerateTwoFactorRecoveryCodesMutation = { __typename?: 'Mutation', regenerateTwoFactorRecoveryCodes: { __typename?: 'TwoFactorRecoveryCodes', codes: Array<string>, status: { __typename?: 'TwoFactorStatus', enabled: boolean, required: boolean, enabledAt?: string | null, recoveryCodesLeft: number } } };

export type SetActionWeekTwoFactorMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  required: Scalars['Boolean']['input'];
}>;


export type SetActionWeekTwoFactorMutation = { __typename?: 'Mutation', setActionWeekTwoFactor: { __typename?: 'ActionWeek', id: string, requireTwoFactor: boolean } };

export type DisableTwoFactorMutationVariables = Exact<{
  code?: InputMaybe<Scalars['String']['input']>;
  recoveryCode?: InputMaybe<Scalars['String']['input']>;
}>;


export type DisableTwoFactorMutation = { __typename?: 'Mutation', disableTwoFactor: { __typename?: 'TwoFactorStatus', enabled: boolean, required: boolean, enabledAt?: string | null, recoveryCodesLeft: number } };

export type WeekReportFieldsFragment = { __typename?: 'WeekReport', weekId: string, lessonsLearned: string, lessonsLearnedHtml: string, language: string, summaryEn?: string | null, version: number, updatedAt?: string | null, debriefs: Array<{ __typename?: 'Debrief', id: string, sessionId: string, country: string, author: string, language: string, whatWorked: string, challenges: string, signals: string, platformObservations: string, wellbeingScore?: number | null, wellbeingText: string, guidanceSuggestions: string, summaryEn?: string | null, submittedAt?: string | null }> };

export type WeekReportQueryVariables = Exact<{
  weekId: Scalars['ID']['input'];
}>;


export type WeekReportQuery = { __typename?: 'Query', weekReport: { __typename?: 'WeekReport', weekId: string, lessonsLearned: string, lessonsLearnedHtml: string, language: string, summaryEn?: string | null, version: number, updatedAt?: string | null, debriefs: Array<{ __typename?: 'Debrief', id: string, sessionId: string, country: string, author: string, language: string, whatWorked: string, challenges: string, signals: string, platformObservations: string, wellbeingScore?: number | null, wellbeingText: string, guidanceSuggestions: string, summaryEn?: string | null, submittedAt?: string | null }> }, actionWeek: { __typename?: 'ActionWeek', id: string, code: string, title: string } };

export type WeekReportDebriefsQueryVariables = Exact<{
  weekId: Scalars['ID']['input'];
}>;


export type WeekReportDebriefsQuery = { __typename?: 'Query', debriefs: Array<{ __typename?: 'Debrief', id: string, sessionId: string, country: string, author: string, language: string, summaryEn?: string | null, status: DebriefStatus, submittedAt?: string | null }> };

export type SaveWeekReportMutationVariables = Exact<{
  input: SaveWeekReportInput;
}>;


export type SaveWeekReportMutation = { __typename?: 'Mutation', saveWeekReport: { __typename?: 'WeekReport', weekId: string, lessonsLearned: string, lessonsLearnedHtml: string, language: string, summaryEn?: string | null, version: number, updatedAt?: string | null, debriefs: Array<{ __typename?: 'Debrief', id: string, sessionId: string, country: string, author: string, language: string, whatWorked: string, challenges: string, signals: string, platformObservations: string, wellbeingScore?: number | null, wellbeingText: string, guidanceSuggestions: string, summaryEn?: string | null, submittedAt?: string | null }> } };

export type WeekSetupFieldsFragment = { __typename?: 'ActionWeek', id: string, code: string, title: string, hostCountry: string, firstDay: string, lastDay: string, timeZone: string, status: WeekStatus, minCount: number, retentionDays: number, closedAt?: string | null, textsDeletedAt?: string | null, version: number, countries: Array<{ __typename?: 'WeekCountry', country: string, languages: Array<string> }> };

export type SetupWeeksQueryVariables = Exact<{ [key: string]: never; }>;


export type SetupWeeksQuery = { __typename?: 'Query', actionWeeks: Array<{ __typename?: 'ActionWeek', id: string, code: string, title: string, hostCountry: string, firstDay: string, lastDay: string, timeZone: string, status: WeekStatus, minCount: number, retentionDays: number, closedAt?: string | null, textsDeletedAt?: string | null, version: number, countries: Array<{ __typename?: 'WeekCountry', country: string, languages: Array<string> }> }> };

export type SetupWeekQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SetupWeekQuery = { __typename?: 'Query', actionWeek: { __typename?: 'ActionWeek', id: string, code: string, title: string, hostCountry: string, firstDay: string, lastDay: string, timeZone: string, status: WeekStatus, minCount: number, retentionDays: number, closedAt?: string | null, textsDeletedAt?: string | null, version: number, countries: Array<{ __typename?: 'WeekCountry', country: string, languages: Array<string> }> }, platforms: Array<{ __typename?: 'Platform', code: string, name: string }> };

export type CreateWeekMutationVariables = Exact<{
  input: CreateActionWeekInput;
}>;


export type CreateWeekMutation = { __typename?: 'Mutation', createActionWeek: { __typename?: 'ActionWeek', id: string, code: string, title: string, hostCountry: string, firstDay: string, lastDay: string, timeZone: string, status: WeekStatus, minCount: number, retentionDays: number, closedAt?: string | null, textsDeletedAt?: string | null, version: number, countries: Array<{ __typename?: 'WeekCountry', country: string, languages: Array<string> }> } };

export type UpdateWeekMutationVariables = Exact<{
  input: UpdateActionWeekInput;
}>;


export type UpdateWeekMutation = { __typename?: 'Mutation', updateActionWeek: { __typename?: 'ActionWeek', id: string, code: string, title: string, hostCountry: string, firstDay: string, lastDay: string, timeZone: string, status: WeekStatus, minCount: number, retentionDays: number, closedAt?: string | null, textsDeletedAt?: string | null, version: number, countries: Array<{ __typename?: 'WeekCountry', country: string, languages: Array<string> }> } };

export type SetWeekStatusMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  status: WeekStatus;
}>;


export type SetWeekStatusMutation = { __typename?: 'Mutation', setActionWeekStatus: { __typename?: 'ActionWeek', id: string, code: string, title: string, hostCountry: string, firstDay: string, lastDay: string, timeZone: string, status: WeekStatus, minCount: number, retentionDays: number, closedAt?: string | null, textsDeletedAt?: string | null, version: number, countries: Array<{ __typename?: 'WeekCountry', country: string, languages: Array<string> }> } };

export type WeekReadinessQueryVariables = Exact<{
  weekId: Scalars['ID']['input'];
}>;


export type WeekReadinessQuery = { __typename?: 'Query', weekReadiness: { __typename?: 'WeekReadiness', weekId: string, ready: boolean, items: Array<{ __typename?: 'ReadinessItem', code: ReadinessCode, country?: string | null, platform?: string | null, sessionId?: string | null, sessionStartsAt?: string | null, count: number }> } };

export type WeekRetentionQueryVariables = Exact<{
  weekId: Scalars['ID']['input'];
}>;


export type WeekRetentionQuery = { __typename?: 'Query', weekRetention: { __typename?: 'WeekRetention', weekId: string, status: WeekStatus, closedAt?: string | null, retentionDays: number, textsDeletionDue?: string | null, textsDeletedAt?: string | null, lastRun?: { __typename?: 'RetentionRun', at: string, interactions: number, referrals: number, revisions: number, referralNotes: number, debriefs: number, debriefComments: number, weekReports: number } | null } };

export const SessionAccountFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}}]}}]} as unknown as DocumentNode<SessionAccountFieldsFragment, unknown>;
export const AccountRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}}]}}]} as unknown as DocumentNode<AccountRowFieldsFragment, unknown>;
export const AuditEntryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"weekId"}},{"kind":"Field","name":{"kind":"Name","value":"weekCode"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}}]} as unknown as DocumentNode<AuditEntryFieldsFragment, unknown>;
export const DebriefFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DebriefFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Debrief"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"weekId"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"whatWorked"}},{"kind":"Field","name":{"kind":"Name","value":"challenges"}},{"kind":"Field","name":{"kind":"Name","value":"signals"}},{"kind":"Field","name":{"kind":"Name","value":"platformObservations"}},{"kind":"Field","name":{"kind":"Name","value":"wellbeingScore"}},{"kind":"Field","name":{"kind":"Name","value":"wellbeingText"}},{"kind":"Field","name":{"kind":"Name","value":"guidanceSuggestions"}},{"kind":"Field","name":{"kind":"Name","value":"summaryEn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"requestsRevision"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<DebriefFieldsFragment, unknown>;
export const GuidanceNoteFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GuidanceNoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GuidanceNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weekId"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"scopeCountry"}},{"kind":"Field","name":{"kind":"Name","value":"scopePlatform"}},{"kind":"Field","name":{"kind":"Name","value":"scopeSessionId"}},{"kind":"Field","name":{"kind":"Name","value":"sourceLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"translationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"translations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sourceRevision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"readByMe"}},{"kind":"Field","name":{"kind":"Name","value":"readCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<GuidanceNoteFieldsFragment, unknown>;
export const InteractionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InteractionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Interaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weekId"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"youngPeople"}},{"kind":"Field","name":{"kind":"Name","value":"ageBand"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"initiatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"tone"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"notesLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"summaryEn"}},{"kind":"Field","name":{"kind":"Name","value":"editable"}},{"kind":"Field","name":{"kind":"Name","value":"referralUrgency"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<InteractionFieldsFragment, unknown>;
export const CountTableFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CountTableFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CountTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"columns"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rowTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}}]}},{"kind":"Field","name":{"kind":"Name","value":"columnTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grandTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}}]}}]}}]} as unknown as DocumentNode<CountTableFieldsFragment, unknown>;
export const NowSessionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NowSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NowSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"platformCode"}},{"kind":"Field","name":{"kind":"Name","value":"platformName"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}},{"kind":"Field","name":{"kind":"Name","value":"overrunning"}},{"kind":"Field","name":{"kind":"Name","value":"mayStart"}},{"kind":"Field","name":{"kind":"Name","value":"gaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"positions"}},{"kind":"Field","name":{"kind":"Name","value":"profileMissing"}}]}}]}}]} as unknown as DocumentNode<NowSessionFieldsFragment, unknown>;
export const ProfileRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PoliceProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"safetyNotes"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weekId"}},{"kind":"Field","name":{"kind":"Name","value":"weekCode"}},{"kind":"Field","name":{"kind":"Name","value":"weekTitle"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}}]} as unknown as DocumentNode<ProfileRowFieldsFragment, unknown>;
export const ReferralListFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weekId"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"interactionId"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"receivingUnit"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ReferralListFieldsFragment, unknown>;
export const PlanCopyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanCopyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanCopy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromWeekId"}},{"kind":"Field","name":{"kind":"Name","value":"toWeekId"}},{"kind":"Field","name":{"kind":"Name","value":"copied"}},{"kind":"Field","name":{"kind":"Name","value":"copies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sourceSessionId"}},{"kind":"Field","name":{"kind":"Name","value":"droppedCountries"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skipped"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sourceSessionId"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refused"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sourceSessionId"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<PlanCopyFieldsFragment, unknown>;
export const PatrolSessionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatrolSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PatrolSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weekId"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}},{"kind":"Field","name":{"kind":"Name","value":"guide"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"briefing"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"startOverrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"busySlot"}},{"kind":"Field","name":{"kind":"Name","value":"rosters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"operatorOne"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operatorTwo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teamLeader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingPositions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"positions"}}]}}]}}]} as unknown as DocumentNode<PatrolSessionFieldsFragment, unknown>;
export const WeekReportFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WeekReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WeekReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekId"}},{"kind":"Field","name":{"kind":"Name","value":"lessonsLearned"}},{"kind":"Field","name":{"kind":"Name","value":"lessonsLearnedHtml"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"summaryEn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"debriefs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"whatWorked"}},{"kind":"Field","name":{"kind":"Name","value":"challenges"}},{"kind":"Field","name":{"kind":"Name","value":"signals"}},{"kind":"Field","name":{"kind":"Name","value":"platformObservations"}},{"kind":"Field","name":{"kind":"Name","value":"wellbeingScore"}},{"kind":"Field","name":{"kind":"Name","value":"wellbeingText"}},{"kind":"Field","name":{"kind":"Name","value":"guidanceSuggestions"}},{"kind":"Field","name":{"kind":"Name","value":"summaryEn"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]}}]} as unknown as DocumentNode<WeekReportFieldsFragment, unknown>;
export const WeekSetupFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WeekSetupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionWeek"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"hostCountry"}},{"kind":"Field","name":{"kind":"Name","value":"firstDay"}},{"kind":"Field","name":{"kind":"Name","value":"lastDay"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"minCount"}},{"kind":"Field","name":{"kind":"Name","value":"retentionDays"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"textsDeletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}}]}}]}}]} as unknown as DocumentNode<WeekSetupFieldsFragment, unknown>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recoveryCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}},{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"recoveryCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recoveryCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionAccountFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const RefreshSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionAccountFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}}]}}]} as unknown as DocumentNode<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}]}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const SetMyLanguageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMyLanguage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMyLanguage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionAccountFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}}]}}]} as unknown as DocumentNode<SetMyLanguageMutation, SetMyLanguageMutationVariables>;
export const SessionEndedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SessionEnded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionEnded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<SessionEndedSubscription, SessionEndedSubscriptionVariables>;
export const AccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Accounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountRowFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}}]}}]} as unknown as DocumentNode<AccountsQuery, AccountsQueryVariables>;
export const CreateAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountRowFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}}]}}]} as unknown as DocumentNode<CreateAccountMutation, CreateAccountMutationVariables>;
export const UpdateAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountRowFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}}]}}]} as unknown as DocumentNode<UpdateAccountMutation, UpdateAccountMutationVariables>;
export const SetAccountDisabledDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetAccountDisabled"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"disabled"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAccountDisabled"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"disabled"},"value":{"kind":"Variable","name":{"kind":"Name","value":"disabled"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountRowFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}}]}}]} as unknown as DocumentNode<SetAccountDisabledMutation, SetAccountDisabledMutationVariables>;
export const SetAccountPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetAccountPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAccountPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SetAccountPasswordMutation, SetAccountPasswordMutationVariables>;
export const AuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditLogFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditEntryFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"weekId"}},{"kind":"Field","name":{"kind":"Name","value":"weekCode"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}}]} as unknown as DocumentNode<AuditLogQuery, AuditLogQueryVariables>;
export const AuditActorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditActors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditActors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}}]} as unknown as DocumentNode<AuditActorsQuery, AuditActorsQueryVariables>;
export const WeekRetentionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WeekRetentions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekRetentions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"retentionDays"}},{"kind":"Field","name":{"kind":"Name","value":"textsDeletionDue"}},{"kind":"Field","name":{"kind":"Name","value":"textsDeletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"interactions"}},{"kind":"Field","name":{"kind":"Name","value":"referrals"}}]}}]}}]}}]} as unknown as DocumentNode<WeekRetentionsQuery, WeekRetentionsQueryVariables>;
export const CalendarFeedsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CalendarFeeds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calendarFeeds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weekId"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<CalendarFeedsQuery, CalendarFeedsQueryVariables>;
export const CreateCalendarFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCalendarFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"weekId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CalendarFeedScope"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"country"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCalendarFeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"weekId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"weekId"}}},{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"country"},"value":{"kind":"Variable","name":{"kind":"Name","value":"country"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"weekId"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<CreateCalendarFeedMutation, CreateCalendarFeedMutationVariables>;
export const RevokeCalendarFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeCalendarFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeCalendarFeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<RevokeCalendarFeedMutation, RevokeCalendarFeedMutationVariables>;
export const DebriefSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DebriefSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patrolSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weekId"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}}]}}]}}]} as unknown as DocumentNode<DebriefSessionQuery, DebriefSessionQueryVariables>;
export const DebriefWeekDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DebriefWeek"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"weekId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionWeek"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"weekId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}}]}}]}}]}}]} as unknown as DocumentNode<DebriefWeekQuery, DebriefWeekQueryVariables>;
export const DebriefsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Debriefs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DebriefFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"debriefs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DebriefFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DebriefFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Debrief"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"weekId"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"whatWorked"}},{"kind":"Field","name":{"kind":"Name","value":"challenges"}},{"kind":"Field","name":{"kind":"Name","value":"signals"}},{"kind":"Field","name":{"kind":"Name","value":"platformObservations"}},{"kind":"Field","name":{"kind":"Name","value":"wellbeingScore"}},{"kind":"Field","name":{"kind":"Name","value":"wellbeingText"}},{"kind":"Field","name":{"kind":"Name","value":"guidanceSuggestions"}},{"kind":"Field","name":{"kind":"Name","value":"summaryEn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"requestsRevision"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<DebriefsQuery, DebriefsQueryVariables>;
export const OwedDebriefsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OwedDebriefs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"weekId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owedDebriefs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"weekId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"weekId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"sessionEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"schedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"weekId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"weekId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]}}]} as unknown as DocumentNode<OwedDebriefsQuery, OwedDebriefsQueryVariables>;
export const SaveDebriefDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveDebrief"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveDebriefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveDebrief"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DebriefFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DebriefFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Debrief"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"weekId"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"whatWorked"}},{"kind":"Field","name":{"kind":"Name","value":"challenges"}},{"kind":"Field","name":{"kind":"Name","value":"signals"}},{"kind":"Field","name":{"kind":"Name","value":"platformObservations"}},{"kind":"Field","name":{"kind":"Name","value":"wellbeingScore"}},{"kind":"Field","name":{"kind":"Name","value":"wellbeingText"}},{"kind":"Field","name":{"kind":"Name","value":"guidanceSuggestions"}},{"kind":"Field","name":{"kind":"Name","value":"summaryEn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"requestsRevision"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<SaveDebriefMutation, SaveDebriefMutationVariables>;
export const SubmitDebriefDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitDebrief"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitDebrief"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DebriefFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DebriefFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Debrief"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"weekId"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"whatWorked"}},{"kind":"Field","name":{"kind":"Name","value":"challenges"}},{"kind":"Field","name":{"kind":"Name","value":"signals"}},{"kind":"Field","name":{"kind":"Name","value":"platformObservations"}},{"kind":"Field","name":{"kind":"Name","value":"wellbeingScore"}},{"kind":"Field","name":{"kind":"Name","value":"wellbeingText"}},{"kind":"Field","name":{"kind":"Name","value":"guidanceSuggestions"}},{"kind":"Field","name":{"kind":"Name","value":"summaryEn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"requestsRevision"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<SubmitDebriefMutation, SubmitDebriefMutationVariables>;
export const CommentDebriefDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommentDebrief"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestRevision"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commentDebrief"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}},{"kind":"Argument","name":{"kind":"Name","value":"requestRevision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestRevision"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DebriefFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DebriefFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Debrief"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"weekId"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"whatWorked"}},{"kind":"Field","name":{"kind":"Name","value":"challenges"}},{"kind":"Field","name":{"kind":"Name","value":"signals"}},{"kind":"Field","name":{"kind":"Name","value":"platformObservations"}},{"kind":"Field","name":{"kind":"Name","value":"wellbeingScore"}},{"kind":"Field","name":{"kind":"Name","value":"wellbeingText"}},{"kind":"Field","name":{"kind":"Name","value":"guidanceSuggestions"}},{"kind":"Field","name":{"kind":"Name","value":"summaryEn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"requestsRevision"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<CommentDebriefMutation, CommentDebriefMutationVariables>;
export const FeedWeekDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FeedWeek"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"weekId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionWeek"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"weekId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"shareNotes"}}]}}]}}]}}]} as unknown as DocumentNode<FeedWeekQuery, FeedWeekQueryVariables>;
export const SetNotesSharingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetNotesSharing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"weekId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"shared"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setNotesSharing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"weekId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"weekId"}}},{"kind":"Argument","name":{"kind":"Name","value":"shared"},"value":{"kind":"Variable","name":{"kind":"Name","value":"shared"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"shareNotes"}}]}}]}}]}}]} as unknown as DocumentNode<SetNotesSharingMutation, SetNotesSharingMutationVariables>;
export const GuidanceWeekDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GuidanceWeek"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"weekId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionWeek"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"weekId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"platforms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"schedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"weekId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"weekId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<GuidanceWeekQuery, GuidanceWeekQueryVariables>;
export const GuidanceNotesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GuidanceNotes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GuidanceFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"guidanceNotes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GuidanceNoteFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GuidanceNoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GuidanceNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weekId"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"scopeCountry"}},{"kind":"Field","name":{"kind":"Name","value":"scopePlatform"}},{"kind":"Field","name":{"kind":"Name","value":"scopeSessionId"}},{"kind":"Field","name":{"kind":"Name","value":"sourceLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"translationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"translations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sourceRevision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"readByMe"}},{"kind":"Field","name":{"kind":"Name","value":"readCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<GuidanceNotesQuery, GuidanceNotesQueryVariables>;
export const GuidanceNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GuidanceNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"guidanceNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GuidanceNoteFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GuidanceNoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GuidanceNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weekId"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"scopeCountry"}},{"kind":"Field","name":{"kind":"Name","value":"scopePlatform"}},{"kind":"Field","name":{"kind":"Name","value":"scopeSessionId"}},{"kind":"Field","name":{"kind":"Name","value":"sourceLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"translationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"translations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sourceRevision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"readByMe"}},{"kind":"Field","name":{"kind":"Name","value":"readCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<GuidanceNoteQuery, GuidanceNoteQueryVariables>;
export const GuidanceTranslationTextDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GuidanceTranslationText"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"guidanceNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"translation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sourceRevision"}}]}}]}}]}}]} as unknown as DocumentNode<GuidanceTranslationTextQuery, GuidanceTranslationTextQueryVariables>;
export const GuidanceRevisionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GuidanceRevisions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"guidanceRevisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"sourceLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"writtenAt"}},{"kind":"Field","name":{"kind":"Name","value":"writtenBy"}}]}}]}}]} as unknown as DocumentNode<GuidanceRevisionsQuery, GuidanceRevisionsQueryVariables>;
export const GuidanceReadersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GuidanceReaders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"weekId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"guidanceReaders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"weekId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"weekId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"nextSessionId"}},{"kind":"Field","name":{"kind":"Name","value":"nextSessionStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"unreadNoteIds"}}]}}]}}]} as unknown as DocumentNode<GuidanceReadersQuery, GuidanceReadersQueryVariables>;
export const UnreadGuidanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnreadGuidance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadGuidance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weekId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}}]}}]}}]} as unknown as DocumentNode<UnreadGuidanceQuery, UnreadGuidanceQueryVariables>;
export const WriteGuidanceNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WriteGuidanceNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WriteGuidanceNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"writeGuidanceNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GuidanceNoteFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GuidanceNoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GuidanceNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weekId"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"scopeCountry"}},{"kind":"Field","name":{"kind":"Name","value":"scopePlatform"}},{"kind":"Field","name":{"kind":"Name","value":"scopeSessionId"}},{"kind":"Field","name":{"kind":"Name","value":"sourceLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"translationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"translations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sourceRevision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"readByMe"}},{"kind":"Field","name":{"kind":"Name","value":"readCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<WriteGuidanceNoteMutation, WriteGuidanceNoteMutationVariables>;
export const TranslateGuidanceNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TranslateGuidanceNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TranslateGuidanceNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"translateGuidanceNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GuidanceNoteFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GuidanceNoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GuidanceNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weekId"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"scopeCountry"}},{"kind":"Field","name":{"kind":"Name","value":"scopePlatform"}},{"kind":"Field","name":{"kind":"Name","value":"scopeSessionId"}},{"kind":"Field","name":{"kind":"Name","value":"sourceLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"translationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"translations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sourceRevision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"readByMe"}},{"kind":"Field","name":{"kind":"Name","value":"readCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<TranslateGuidanceNoteMutation, TranslateGuidanceNoteMutationVariables>;
export const PublishGuidanceNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishGuidanceNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"value"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishGuidanceNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"value"},"value":{"kind":"Variable","name":{"kind":"Name","value":"value"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GuidanceNoteFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GuidanceNoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GuidanceNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weekId"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"scopeCountry"}},{"kind":"Field","name":{"kind":"Name","value":"scopePlatform"}},{"kind":"Field","name":{"kind":"Name","value":"scopeSessionId"}},{"kind":"Field","name":{"kind":"Name","value":"sourceLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"translationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"translations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sourceRevision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"readByMe"}},{"kind":"Field","name":{"kind":"Name","value":"readCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<PublishGuidanceNoteMutation, PublishGuidanceNoteMutationVariables>;
export const PinGuidanceNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PinGuidanceNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"value"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pinGuidanceNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"value"},"value":{"kind":"Variable","name":{"kind":"Name","value":"value"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GuidanceNoteFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GuidanceNoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GuidanceNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weekId"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"scopeCountry"}},{"kind":"Field","name":{"kind":"Name","value":"scopePlatform"}},{"kind":"Field","name":{"kind":"Name","value":"scopeSessionId"}},{"kind":"Field","name":{"kind":"Name","value":"sourceLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"translationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"translations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sourceRevision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"readByMe"}},{"kind":"Field","name":{"kind":"Name","value":"readCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<PinGuidanceNoteMutation, PinGuidanceNoteMutationVariables>;
export const ConfirmGuidanceReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmGuidanceRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"noteId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmGuidanceRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"noteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"noteId"}}},{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GuidanceNoteFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GuidanceNoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GuidanceNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weekId"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"scopeCountry"}},{"kind":"Field","name":{"kind":"Name","value":"scopePlatform"}},{"kind":"Field","name":{"kind":"Name","value":"scopeSessionId"}},{"kind":"Field","name":{"kind":"Name","value":"sourceLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"translationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"translations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sourceRevision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"readByMe"}},{"kind":"Field","name":{"kind":"Name","value":"readCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ConfirmGuidanceReadMutation, ConfirmGuidanceReadMutationVariables>;
export const MySessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MySessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mySessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weekId"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionWeeks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]} as unknown as DocumentNode<MySessionsQuery, MySessionsQueryVariables>;
export const SessionLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessionLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patrolSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PatrolSessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatrolSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PatrolSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weekId"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}},{"kind":"Field","name":{"kind":"Name","value":"guide"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"briefing"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"startOverrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"busySlot"}},{"kind":"Field","name":{"kind":"Name","value":"rosters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"operatorOne"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operatorTwo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teamLeader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingPositions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"positions"}}]}}]}}]} as unknown as DocumentNode<SessionLogQuery, SessionLogQueryVariables>;
export const SessionWeekDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessionWeek"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"weekId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionWeek"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"weekId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"shareNotes"}}]}}]}}]}}]} as unknown as DocumentNode<SessionWeekQuery, SessionWeekQueryVariables>;
export const SessionTotalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessionTotals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionTotals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interactions"}},{"kind":"Field","name":{"kind":"Name","value":"youngPeople"}},{"kind":"Field","name":{"kind":"Name","value":"referrals"}}]}}]}}]} as unknown as DocumentNode<SessionTotalsQuery, SessionTotalsQueryVariables>;
export const InteractionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Interactions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InteractionFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InteractionFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InteractionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Interaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weekId"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"youngPeople"}},{"kind":"Field","name":{"kind":"Name","value":"ageBand"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"initiatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"tone"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"notesLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"summaryEn"}},{"kind":"Field","name":{"kind":"Name","value":"editable"}},{"kind":"Field","name":{"kind":"Name","value":"referralUrgency"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<InteractionsQuery, InteractionsQueryVariables>;
export const LogInteractionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogInteraction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogInteractionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logInteraction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InteractionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InteractionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Interaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weekId"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"youngPeople"}},{"kind":"Field","name":{"kind":"Name","value":"ageBand"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"initiatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"tone"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"notesLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"summaryEn"}},{"kind":"Field","name":{"kind":"Name","value":"editable"}},{"kind":"Field","name":{"kind":"Name","value":"referralUrgency"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<LogInteractionMutation, LogInteractionMutationVariables>;
export const UpdateInteractionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateInteraction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateInteractionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateInteraction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InteractionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InteractionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Interaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weekId"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"youngPeople"}},{"kind":"Field","name":{"kind":"Name","value":"ageBand"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"initiatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"tone"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"notesLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"summaryEn"}},{"kind":"Field","name":{"kind":"Name","value":"editable"}},{"kind":"Field","name":{"kind":"Name","value":"referralUrgency"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<UpdateInteractionMutation, UpdateInteractionMutationVariables>;
export const DeleteInteractionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteInteraction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteInteraction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}]}]}}]} as unknown as DocumentNode<DeleteInteractionMutation, DeleteInteractionMutationVariables>;
export const SessionChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SessionChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"weekId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"weekId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"weekId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekId"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"byCountry"}}]}}]}}]} as unknown as DocumentNode<SessionChangedSubscription, SessionChangedSubscriptionVariables>;
export const OutcomesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Outcomes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"weekId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomesFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unsuppressed"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"weekId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"weekId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"unsuppressed"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unsuppressed"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekId"}},{"kind":"Field","name":{"kind":"Name","value":"minCount"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"protection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"minCount"}},{"kind":"Field","name":{"kind":"Name","value":"maxPerturbation"}},{"kind":"Field","name":{"kind":"Name","value":"typicalPerturbation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byCountryAndDay"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountTableFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byTopic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountTableFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byPlatform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountTableFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byAgeBand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountTableFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byOutcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountTableFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byLanguage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountTableFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"youngPeople"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountTableFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountTableFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountTableFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"patrolHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CountTableFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CountTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"columns"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rowTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}}]}},{"kind":"Field","name":{"kind":"Name","value":"columnTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grandTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}}]}}]}}]} as unknown as DocumentNode<OutcomesQuery, OutcomesQueryVariables>;
export const OutcomesWeekDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutcomesWeek"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"weekId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionWeek"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"weekId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"firstDay"}},{"kind":"Field","name":{"kind":"Name","value":"lastDay"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"platforms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OutcomesWeekQuery, OutcomesWeekQueryVariables>;
export const DebriefDigestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DebriefDigest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"weekId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"country"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"debriefDigest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"weekId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"weekId"}}},{"kind":"Argument","name":{"kind":"Name","value":"country"},"value":{"kind":"Variable","name":{"kind":"Name","value":"country"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"summaries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"summaryEn"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]}}]}}]} as unknown as DocumentNode<DebriefDigestQuery, DebriefDigestQueryVariables>;
export const ActionWeeksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActionWeeks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionWeeks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"hostCountry"}},{"kind":"Field","name":{"kind":"Name","value":"firstDay"}},{"kind":"Field","name":{"kind":"Name","value":"lastDay"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requireTwoFactor"}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}}]}}]}}]}}]} as unknown as DocumentNode<ActionWeeksQuery, ActionWeeksQueryVariables>;
export const WeekNowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WeekNow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"weekId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekNow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"weekId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"weekId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekId"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"mySessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NowSessionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"live"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NowSessionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toStart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NowSessionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toEnd"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NowSessionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unstaffed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NowSessionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"debriefsOwed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"debriefId"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"sessionEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"platformName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"debriefsToReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"debriefId"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"sessionEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"platformName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openReferrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"immediate"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"routine"}}]}},{"kind":"Field","name":{"kind":"Name","value":"urgentReferrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receivingUnit"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NowSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NowSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"platformCode"}},{"kind":"Field","name":{"kind":"Name","value":"platformName"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}},{"kind":"Field","name":{"kind":"Name","value":"overrunning"}},{"kind":"Field","name":{"kind":"Name","value":"mayStart"}},{"kind":"Field","name":{"kind":"Name","value":"gaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"positions"}},{"kind":"Field","name":{"kind":"Name","value":"profileMissing"}}]}}]}}]} as unknown as DocumentNode<WeekNowQuery, WeekNowQueryVariables>;
export const HomeOutcomesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomeOutcomes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"weekId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"weekId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"weekId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekId"}},{"kind":"Field","name":{"kind":"Name","value":"minCount"}},{"kind":"Field","name":{"kind":"Name","value":"byCountryAndDay"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grandTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"youngPeople"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grandTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"referrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grandTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"columns"}},{"kind":"Field","name":{"kind":"Name","value":"columnTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"patrolHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}}]}}]}}]}}]} as unknown as DocumentNode<HomeOutcomesQuery, HomeOutcomesQueryVariables>;
export const PreviewPlanImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviewPlanImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"weekId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fileName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contentBase64"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewPlanImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"weekId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"weekId"}}},{"kind":"Argument","name":{"kind":"Name","value":"fileName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fileName"}}},{"kind":"Argument","name":{"kind":"Name","value":"contentBase64"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contentBase64"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"refusedRows"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}}]}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"platformName"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}},{"kind":"Field","name":{"kind":"Name","value":"guideName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conflicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"otherRow"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PreviewPlanImportQuery, PreviewPlanImportQueryVariables>;
export const ImportPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"weekId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fileName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contentBase64"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"weekId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"weekId"}}},{"kind":"Argument","name":{"kind":"Name","value":"fileName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fileName"}}},{"kind":"Argument","name":{"kind":"Name","value":"contentBase64"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contentBase64"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekId"}},{"kind":"Field","name":{"kind":"Name","value":"imported"}},{"kind":"Field","name":{"kind":"Name","value":"sessionIds"}}]}}]}}]} as unknown as DocumentNode<ImportPlanMutation, ImportPlanMutationVariables>;
export const ProfilesPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProfilesPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PoliceProfileFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policeProfiles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileRowFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PoliceProfile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"safetyNotes"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weekId"}},{"kind":"Field","name":{"kind":"Name","value":"weekCode"}},{"kind":"Field","name":{"kind":"Name","value":"weekTitle"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}}]} as unknown as DocumentNode<ProfilesPageQuery, ProfilesPageQueryVariables>;
export const ProfilePlatformsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProfilePlatforms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platforms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"builtin"}}]}}]}}]} as unknown as DocumentNode<ProfilePlatformsQuery, ProfilePlatformsQueryVariables>;
export const RegisterProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterPoliceProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerPoliceProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"safetyNotes"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RegisterProfileMutation, RegisterProfileMutationVariables>;
export const UpdateProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePoliceProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePoliceProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"safetyNotes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateProfileMutation, UpdateProfileMutationVariables>;
export const SuspendProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SuspendProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suspendPoliceProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SuspendProfileMutation, SuspendProfileMutationVariables>;
export const ReactivateProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReactivateProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reactivatePoliceProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ReactivateProfileMutation, ReactivateProfileMutationVariables>;
export const RetireProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetireProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retirePoliceProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RetireProfileMutation, RetireProfileMutationVariables>;
export const AddPlatformDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddPlatform"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addPlatform"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"builtin"}}]}}]}}]} as unknown as DocumentNode<AddPlatformMutation, AddPlatformMutationVariables>;
export const ReferralsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Referrals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referrals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralListFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weekId"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"interactionId"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"receivingUnit"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ReferralsQuery, ReferralsQueryVariables>;
export const ReferralDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferralDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralListFields"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weekId"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"interactionId"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"receivingUnit"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ReferralDetailsQuery, ReferralDetailsQueryVariables>;
export const RaiseReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RaiseReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RaiseReferralInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"raiseReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralListFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weekId"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"interactionId"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"receivingUnit"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<RaiseReferralMutation, RaiseReferralMutationVariables>;
export const SetReferralStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetReferralStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setReferralStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralListFields"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weekId"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"interactionId"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"receivingUnit"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<SetReferralStatusMutation, SetReferralStatusMutationVariables>;
export const ReferralRaisedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ReferralRaised"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referralRaised"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weekId"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"receivingUnit"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<ReferralRaisedSubscription, ReferralRaisedSubscriptionVariables>;
export const PlanCopySourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanCopySources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionWeeks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"firstDay"}},{"kind":"Field","name":{"kind":"Name","value":"lastDay"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PlanCopySourcesQuery, PlanCopySourcesQueryVariables>;
export const PlanCopyPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanCopyPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromWeekId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toWeekId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planCopyPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromWeekId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromWeekId"}}},{"kind":"Argument","name":{"kind":"Name","value":"toWeekId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toWeekId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanCopyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanCopyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanCopy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromWeekId"}},{"kind":"Field","name":{"kind":"Name","value":"toWeekId"}},{"kind":"Field","name":{"kind":"Name","value":"copied"}},{"kind":"Field","name":{"kind":"Name","value":"copies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sourceSessionId"}},{"kind":"Field","name":{"kind":"Name","value":"droppedCountries"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skipped"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sourceSessionId"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refused"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sourceSessionId"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<PlanCopyPreviewQuery, PlanCopyPreviewQueryVariables>;
export const CopyWeekPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CopyWeekPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromWeekId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toWeekId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"copyWeekPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromWeekId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromWeekId"}}},{"kind":"Argument","name":{"kind":"Name","value":"toWeekId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toWeekId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanCopyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanCopyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanCopy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromWeekId"}},{"kind":"Field","name":{"kind":"Name","value":"toWeekId"}},{"kind":"Field","name":{"kind":"Name","value":"copied"}},{"kind":"Field","name":{"kind":"Name","value":"copies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sourceSessionId"}},{"kind":"Field","name":{"kind":"Name","value":"droppedCountries"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skipped"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sourceSessionId"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refused"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sourceSessionId"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<CopyWeekPlanMutation, CopyWeekPlanMutationVariables>;
export const WeekBoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WeekBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"weekId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionWeek"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"weekId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"hostCountry"}},{"kind":"Field","name":{"kind":"Name","value":"firstDay"}},{"kind":"Field","name":{"kind":"Name","value":"lastDay"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"platforms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"builtin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"schedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"weekId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"weekId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PatrolSessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatrolSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PatrolSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weekId"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}},{"kind":"Field","name":{"kind":"Name","value":"guide"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"briefing"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"startOverrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"busySlot"}},{"kind":"Field","name":{"kind":"Name","value":"rosters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"operatorOne"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operatorTwo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teamLeader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingPositions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"positions"}}]}}]}}]} as unknown as DocumentNode<WeekBoardQuery, WeekBoardQueryVariables>;
export const PatrolSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PatrolSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patrolSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PatrolSessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatrolSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PatrolSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weekId"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}},{"kind":"Field","name":{"kind":"Name","value":"guide"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"briefing"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"startOverrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"busySlot"}},{"kind":"Field","name":{"kind":"Name","value":"rosters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"operatorOne"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operatorTwo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teamLeader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingPositions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"positions"}}]}}]}}]} as unknown as DocumentNode<PatrolSessionQuery, PatrolSessionQueryVariables>;
export const PlanningPeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanningPeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]} as unknown as DocumentNode<PlanningPeopleQuery, PlanningPeopleQueryVariables>;
export const PlanningProfilesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanningProfiles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PoliceProfileFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policeProfiles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PlanningProfilesQuery, PlanningProfilesQueryVariables>;
export const SchedulePatrolSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SchedulePatrolSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SchedulePatrolSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schedulePatrolSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PatrolSessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatrolSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PatrolSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weekId"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}},{"kind":"Field","name":{"kind":"Name","value":"guide"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"briefing"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"startOverrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"busySlot"}},{"kind":"Field","name":{"kind":"Name","value":"rosters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"operatorOne"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operatorTwo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teamLeader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingPositions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"positions"}}]}}]}}]} as unknown as DocumentNode<SchedulePatrolSessionMutation, SchedulePatrolSessionMutationVariables>;
export const ReschedulePatrolSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReschedulePatrolSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReschedulePatrolSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reschedulePatrolSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PatrolSessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatrolSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PatrolSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weekId"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}},{"kind":"Field","name":{"kind":"Name","value":"guide"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"briefing"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"startOverrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"busySlot"}},{"kind":"Field","name":{"kind":"Name","value":"rosters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"operatorOne"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operatorTwo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teamLeader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingPositions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"positions"}}]}}]}}]} as unknown as DocumentNode<ReschedulePatrolSessionMutation, ReschedulePatrolSessionMutationVariables>;
export const AssignRosterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignRoster"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignRosterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignRoster"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PatrolSessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatrolSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PatrolSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weekId"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}},{"kind":"Field","name":{"kind":"Name","value":"guide"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"briefing"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"startOverrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"busySlot"}},{"kind":"Field","name":{"kind":"Name","value":"rosters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"operatorOne"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operatorTwo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teamLeader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingPositions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"positions"}}]}}]}}]} as unknown as DocumentNode<AssignRosterMutation, AssignRosterMutationVariables>;
export const CancelPatrolSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelPatrolSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelPatrolSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PatrolSessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatrolSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PatrolSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weekId"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}},{"kind":"Field","name":{"kind":"Name","value":"guide"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"briefing"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"startOverrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"busySlot"}},{"kind":"Field","name":{"kind":"Name","value":"rosters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"operatorOne"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operatorTwo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teamLeader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingPositions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"positions"}}]}}]}}]} as unknown as DocumentNode<CancelPatrolSessionMutation, CancelPatrolSessionMutationVariables>;
export const StartPatrolSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartPatrolSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"overrideReason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startPatrolSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"overrideReason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"overrideReason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PatrolSessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatrolSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PatrolSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weekId"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}},{"kind":"Field","name":{"kind":"Name","value":"guide"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"briefing"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"startOverrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"busySlot"}},{"kind":"Field","name":{"kind":"Name","value":"rosters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"operatorOne"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operatorTwo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teamLeader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingPositions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"positions"}}]}}]}}]} as unknown as DocumentNode<StartPatrolSessionMutation, StartPatrolSessionMutationVariables>;
export const EndPatrolSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndPatrolSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endPatrolSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PatrolSessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PatrolSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PatrolSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weekId"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}},{"kind":"Field","name":{"kind":"Name","value":"guide"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"briefing"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"startOverrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"busySlot"}},{"kind":"Field","name":{"kind":"Name","value":"rosters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"operatorOne"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operatorTwo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teamLeader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingPositions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"positions"}}]}}]}}]} as unknown as DocumentNode<EndPatrolSessionMutation, EndPatrolSessionMutationVariables>;
export const ScheduleChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ScheduleChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"weekId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"weekId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"weekId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekId"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ScheduleChangedSubscription, ScheduleChangedSubscriptionVariables>;
export const MyTwoFactorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyTwoFactor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myTwoFactor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"enabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryCodesLeft"}}]}}]}}]} as unknown as DocumentNode<MyTwoFactorQuery, MyTwoFactorQueryVariables>;
export const BeginTwoFactorEnrolmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BeginTwoFactorEnrolment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recoveryCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beginTwoFactorEnrolment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"recoveryCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recoveryCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"otpauthUri"}},{"kind":"Field","name":{"kind":"Name","value":"qrCode"}}]}}]}}]} as unknown as DocumentNode<BeginTwoFactorEnrolmentMutation, BeginTwoFactorEnrolmentMutationVariables>;
export const ConfirmTwoFactorEnrolmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmTwoFactorEnrolment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmTwoFactorEnrolment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"codes"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"enabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryCodesLeft"}}]}}]}}]}}]} as unknown as DocumentNode<ConfirmTwoFactorEnrolmentMutation, ConfirmTwoFactorEnrolmentMutationVariables>;
export const RegenerateTwoFactorRecoveryCodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegenerateTwoFactorRecoveryCodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recoveryCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regenerateTwoFactorRecoveryCodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"recoveryCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recoveryCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"codes"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"enabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryCodesLeft"}}]}}]}}]}}]} as unknown as DocumentNode<RegenerateTwoFactorRecoveryCodesMutation, RegenerateTwoFactorRecoveryCodesMutationVariables>;
export const SetActionWeekTwoFactorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetActionWeekTwoFactor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"required"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setActionWeekTwoFactor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"required"},"value":{"kind":"Variable","name":{"kind":"Name","value":"required"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requireTwoFactor"}}]}}]}}]} as unknown as DocumentNode<SetActionWeekTwoFactorMutation, SetActionWeekTwoFactorMutationVariables>;
export const DisableTwoFactorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DisableTwoFactor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recoveryCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disableTwoFactor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"recoveryCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recoveryCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"enabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryCodesLeft"}}]}}]}}]} as unknown as DocumentNode<DisableTwoFactorMutation, DisableTwoFactorMutationVariables>;
export const WeekReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WeekReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"weekId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"weekId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"weekId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WeekReportFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionWeek"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"weekId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WeekReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WeekReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekId"}},{"kind":"Field","name":{"kind":"Name","value":"lessonsLearned"}},{"kind":"Field","name":{"kind":"Name","value":"lessonsLearnedHtml"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"summaryEn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"debriefs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"whatWorked"}},{"kind":"Field","name":{"kind":"Name","value":"challenges"}},{"kind":"Field","name":{"kind":"Name","value":"signals"}},{"kind":"Field","name":{"kind":"Name","value":"platformObservations"}},{"kind":"Field","name":{"kind":"Name","value":"wellbeingScore"}},{"kind":"Field","name":{"kind":"Name","value":"wellbeingText"}},{"kind":"Field","name":{"kind":"Name","value":"guidanceSuggestions"}},{"kind":"Field","name":{"kind":"Name","value":"summaryEn"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]}}]} as unknown as DocumentNode<WeekReportQuery, WeekReportQueryVariables>;
export const WeekReportDebriefsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WeekReportDebriefs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"weekId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"debriefs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"weekId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"weekId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"summaryEn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]}}]} as unknown as DocumentNode<WeekReportDebriefsQuery, WeekReportDebriefsQueryVariables>;
export const SaveWeekReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveWeekReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveWeekReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveWeekReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WeekReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WeekReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WeekReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekId"}},{"kind":"Field","name":{"kind":"Name","value":"lessonsLearned"}},{"kind":"Field","name":{"kind":"Name","value":"lessonsLearnedHtml"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"summaryEn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"debriefs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"whatWorked"}},{"kind":"Field","name":{"kind":"Name","value":"challenges"}},{"kind":"Field","name":{"kind":"Name","value":"signals"}},{"kind":"Field","name":{"kind":"Name","value":"platformObservations"}},{"kind":"Field","name":{"kind":"Name","value":"wellbeingScore"}},{"kind":"Field","name":{"kind":"Name","value":"wellbeingText"}},{"kind":"Field","name":{"kind":"Name","value":"guidanceSuggestions"}},{"kind":"Field","name":{"kind":"Name","value":"summaryEn"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]}}]} as unknown as DocumentNode<SaveWeekReportMutation, SaveWeekReportMutationVariables>;
export const SetupWeeksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SetupWeeks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionWeeks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WeekSetupFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WeekSetupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionWeek"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"hostCountry"}},{"kind":"Field","name":{"kind":"Name","value":"firstDay"}},{"kind":"Field","name":{"kind":"Name","value":"lastDay"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"minCount"}},{"kind":"Field","name":{"kind":"Name","value":"retentionDays"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"textsDeletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}}]}}]}}]} as unknown as DocumentNode<SetupWeeksQuery, SetupWeeksQueryVariables>;
export const SetupWeekDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SetupWeek"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionWeek"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WeekSetupFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"platforms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WeekSetupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionWeek"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"hostCountry"}},{"kind":"Field","name":{"kind":"Name","value":"firstDay"}},{"kind":"Field","name":{"kind":"Name","value":"lastDay"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"minCount"}},{"kind":"Field","name":{"kind":"Name","value":"retentionDays"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"textsDeletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}}]}}]}}]} as unknown as DocumentNode<SetupWeekQuery, SetupWeekQueryVariables>;
export const CreateWeekDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWeek"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateActionWeekInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createActionWeek"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WeekSetupFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WeekSetupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionWeek"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"hostCountry"}},{"kind":"Field","name":{"kind":"Name","value":"firstDay"}},{"kind":"Field","name":{"kind":"Name","value":"lastDay"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"minCount"}},{"kind":"Field","name":{"kind":"Name","value":"retentionDays"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"textsDeletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}}]}}]}}]} as unknown as DocumentNode<CreateWeekMutation, CreateWeekMutationVariables>;
export const UpdateWeekDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateWeek"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateActionWeekInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateActionWeek"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WeekSetupFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WeekSetupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionWeek"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"hostCountry"}},{"kind":"Field","name":{"kind":"Name","value":"firstDay"}},{"kind":"Field","name":{"kind":"Name","value":"lastDay"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"minCount"}},{"kind":"Field","name":{"kind":"Name","value":"retentionDays"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"textsDeletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}}]}}]}}]} as unknown as DocumentNode<UpdateWeekMutation, UpdateWeekMutationVariables>;
export const SetWeekStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetWeekStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WeekStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setActionWeekStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WeekSetupFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WeekSetupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionWeek"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"hostCountry"}},{"kind":"Field","name":{"kind":"Name","value":"firstDay"}},{"kind":"Field","name":{"kind":"Name","value":"lastDay"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"minCount"}},{"kind":"Field","name":{"kind":"Name","value":"retentionDays"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"textsDeletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}}]}}]}}]} as unknown as DocumentNode<SetWeekStatusMutation, SetWeekStatusMutationVariables>;
export const WeekReadinessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WeekReadiness"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"weekId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekReadiness"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"weekId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"weekId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekId"}},{"kind":"Field","name":{"kind":"Name","value":"ready"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"sessionStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<WeekReadinessQuery, WeekReadinessQueryVariables>;
export const WeekRetentionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WeekRetention"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"weekId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekRetention"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"weekId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"weekId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"retentionDays"}},{"kind":"Field","name":{"kind":"Name","value":"textsDeletionDue"}},{"kind":"Field","name":{"kind":"Name","value":"textsDeletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"interactions"}},{"kind":"Field","name":{"kind":"Name","value":"referrals"}},{"kind":"Field","name":{"kind":"Name","value":"revisions"}},{"kind":"Field","name":{"kind":"Name","value":"referralNotes"}},{"kind":"Field","name":{"kind":"Name","value":"debriefs"}},{"kind":"Field","name":{"kind":"Name","value":"debriefComments"}},{"kind":"Field","name":{"kind":"Name","value":"weekReports"}}]}}]}}]}}]} as unknown as DocumentNode<WeekRetentionQuery, WeekRetentionQueryVariables>;