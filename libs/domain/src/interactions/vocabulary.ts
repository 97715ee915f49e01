/**
 * The fixed vocabularies of an interaction log and its referrals. They are codes, not words: every client
 * shows them through the i18n `taxonomy` namespace, so a Finnish operator picks "Kiusaaminen" and a Europol
 * liaison reads the same code as "Bullying".
 */

const member =
  <T extends string>(list: readonly T[]) =>
  (value: unknown): value is T =>
    typeof value === 'string' && (list as readonly string[]).includes(value);

/** What a conversation with a young person was mainly about. */
export const TOPICS = [
  'BULLYING',
  'GROOMING_SEXUAL_EXPLOITATION',
  'SEXTORTION',
  'HATE_SPEECH',
  'EXTREMISM_RADICALISATION',
  'THREATS_VIOLENCE',
  'SELF_HARM_SUICIDE',
  'FRAUD_SCAMS',
  'DRUGS',
  'GAMING_CONFLICT',
  'ONLINE_SAFETY_ADVICE',
  'QUESTIONS_ABOUT_POLICE',
  'SMALL_TALK_TRUST_BUILDING',
  'OTHER',
] as const;
export type Topic = (typeof TOPICS)[number];
export const isTopic = member(TOPICS);

/** How a conversation ended, from the least to the most intervention. */
export const OUTCOMES = [
  'CONVERSATION_ONLY',
  'ADVICE_GIVEN',
  'POINTED_TO_HELP_SERVICE',
  'REFERRED',
  'EMERGENCY_ESCALATION',
] as const;
export type Outcome = (typeof OUTCOMES)[number];
export const isOutcome = member(OUTCOMES);

/** Where on the platform the conversation took place. */
export const CHANNELS = ['PUBLIC_CHAT', 'DIRECT_MESSAGE', 'VOICE', 'IN_GAME'] as const;
export type Channel = (typeof CHANNELS)[number];
export const isChannel = member(CHANNELS);

/** Who spoke first: the knowledge-based evaluation asks how often young people approach the patrol. */
export const INITIATORS = ['YOUNG_PERSON', 'PATROL'] as const;
export type Initiator = (typeof INITIATORS)[number];
export const isInitiator = member(INITIATORS);

/** An age band, never an age: a band keeps the young person unidentifiable. */
export const AGE_BANDS = ['UNDER_13', 'AGE_13_15', 'AGE_16_17', 'ADULT_18_PLUS', 'UNKNOWN'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];
export const isAgeBand = member(AGE_BANDS);

/** The tone of the conversation as the operator felt it. */
export const TONES = ['POSITIVE', 'NEUTRAL', 'NEGATIVE', 'HOSTILE'] as const;
export type Tone = (typeof TONES)[number];
export const isTone = member(TONES);

/** Who a referral goes to: a patrol does not investigate, it hands over. */
export const RECEIVING_UNITS = [
  'NATIONAL_CYBERCRIME_UNIT',
  'CHILD_PROTECTION_SERVICES',
  'EMERGENCY_SERVICES',
  'EUROPOL_EC3',
  'PLATFORM_TRUST_SAFETY',
] as const;
export type ReceivingUnit = (typeof RECEIVING_UNITS)[number];
export const isReceivingUnit = member(RECEIVING_UNITS);

export const URGENCIES = ['ROUTINE', 'PRIORITY', 'IMMEDIATE'] as const;
export type Urgency = (typeof URGENCIES)[number];
export const isUrgency = member(URGENCIES);

/** A referral's life, in order: it only ever moves one step forward. */
export const REFERRAL_STATUSES = ['OPEN', 'ACKNOWLEDGED', 'HANDED_OVER', 'CLOSED'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];
export const isReferralStatus = member(REFERRAL_STATUSES);

/**
 * Whether a referral may go from one status to another. Only the next step is allowed: skipping
 * "acknowledged" would lose the receipt the audit needs, and a closed referral is not reopened (a new
 * one is raised instead).
 */
export function canMoveReferral(from: ReferralStatus, to: ReferralStatus): boolean {
  return nextReferralStatus(from) === to;
}

/** The one status a referral may move to next; null once it is closed. */
export function nextReferralStatus(status: ReferralStatus): ReferralStatus | null {
  return REFERRAL_STATUSES[REFERRAL_STATUSES.indexOf(status) + 1] ?? null;
}

/** The kinds of identifier that `findPersonalData` finds in a free-text note. */
export const PERSONAL_DATA_KINDS = [
  'EMAIL',
  'PHONE',
  'HANDLE',
  'GAMER_TAG',
  'DISCORD_ID',
  'USER_ID',
  'PROFILE_LINK',
  'IP_ADDRESS',
  'NATIONAL_ID',
  'PERSON_NAME',
  'STREET_ADDRESS',
  'SCHOOL',
] as const;
export type PersonalDataKind = (typeof PERSONAL_DATA_KINDS)[number];
export const isPersonalDataKind = member(PERSONAL_DATA_KINDS);

/**
 * Countries whose phone formats and national identity numbers the detector knows: the reference week's
 * five, and Sweden for Finland-Swedish and later weeks.
 */
/** Whose identity numbers and phones the detector knows; France's NIR is looked for in every week (see findPersonalData). */
export const PERSONAL_DATA_COUNTRIES = ['NO', 'BE', 'NL', 'IS', 'FI', 'SE', 'FR'] as const;
export type PersonalDataCountry = (typeof PERSONAL_DATA_COUNTRIES)[number];
export const isPersonalDataCountry = member(PERSONAL_DATA_COUNTRIES);
