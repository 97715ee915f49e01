/** What Kripos guidance is about. */
export const GUIDANCE_CATEGORIES = [
  'METHODOLOGY',
  'PLATFORM_TIPS',
  'PROFILE_SAFETY',
  'LEGAL_FRAME',
  'WELLBEING',
  'REFERRAL_ROUTES',
] as const;
export type GuidanceCategory = (typeof GUIDANCE_CATEGORIES)[number];

/** Whom a note is for: the whole week, one country, one platform or one session. */
export const GUIDANCE_SCOPES = ['WEEK', 'COUNTRY', 'PLATFORM', 'SESSION'] as const;
export type GuidanceScope = (typeof GUIDANCE_SCOPES)[number];

export const TRANSLATION_STATUSES = ['MISSING', 'DRAFT', 'CURRENT', 'OUTDATED'] as const;
export type TranslationStatus = (typeof TRANSLATION_STATUSES)[number];

export interface TranslationState {
  /** DRAFT while the translator works, CURRENT once they say it is done. */
  status: 'DRAFT' | 'CURRENT';
  /** The revision of the source the translation was made from. */
  sourceRevision: number;
}

/**
 * A translation's status against the source: missing, draft, current, or outdated — set by itself when the
 * source has changed since the translation was made, whether the translation was finished or not.
 */
export function translationStatus(
  translation: TranslationState | null | undefined,
  sourceRevision: number,
): TranslationStatus {
  if (!translation) return 'MISSING';
  if (translation.sourceRevision < sourceRevision) return 'OUTDATED';
  return translation.status;
}

export interface GuidanceTarget {
  scope: GuidanceScope;
  scopeCountry?: string | null;
  scopePlatform?: string | null;
  scopeSessionId?: string | null;
}

/** Whether a note applies to a country's team on a session. */
export function guidanceApplies(
  note: GuidanceTarget,
  session: { id: string; platform: string },
  country: string,
): boolean {
  switch (note.scope) {
    case 'WEEK':
      return true;
    case 'COUNTRY':
      return note.scopeCountry === country;
    case 'PLATFORM':
      return note.scopePlatform === session.platform;
    case 'SESSION':
      return note.scopeSessionId === session.id;
  }
}

/** What a scope needs beside it: a country, a platform or a session. The problem as a field name, or null. */
export function guidanceTargetProblem(
  note: GuidanceTarget,
): 'scopeCountry' | 'scopePlatform' | 'scopeSessionId' | null {
  switch (note.scope) {
    case 'WEEK':
      return null;
    case 'COUNTRY':
      return note.scopeCountry ? null : 'scopeCountry';
    case 'PLATFORM':
      return note.scopePlatform ? null : 'scopePlatform';
    case 'SESSION':
      return note.scopeSessionId ? null : 'scopeSessionId';
  }
}

export const DEBRIEF_STATUSES = ['DRAFT', 'SUBMITTED', 'REVISION_REQUESTED'] as const;
export type DebriefStatus = (typeof DEBRIEF_STATUSES)[number];

export interface DebriefContent {
  summaryEn?: string | null;
  wellbeingScore?: number | null;
}

/** What still keeps a debrief from being submitted: an English summary, and the wellbeing score (1–5). */
export function debriefSubmitProblems(debrief: DebriefContent): ('summaryEn' | 'wellbeingScore')[] {
  const problems: ('summaryEn' | 'wellbeingScore')[] = [];
  if (!debrief.summaryEn?.trim()) problems.push('summaryEn');
  if (!debrief.wellbeingScore || debrief.wellbeingScore < 1 || debrief.wellbeingScore > 5)
    problems.push('wellbeingScore');
  return problems;
}

/** The countries of an ended session whose team has not yet submitted its debrief. */
export function owedDebriefs(
  session: { status: string; countries: readonly string[] },
  debriefs: readonly { country: string; status: DebriefStatus }[],
): string[] {
  if (session.status !== 'ENDED') return [];
  return session.countries.filter(
    (country) => debriefs.find((d) => d.country === country)?.status !== 'SUBMITTED',
  );
}
