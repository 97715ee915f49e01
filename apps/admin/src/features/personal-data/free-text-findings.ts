import { useDeferredValue, useMemo } from 'react';
import type { CombinedError } from 'urql';
import { findPersonalData, hasNameLexicon, loadNameLexicon } from '@empact/domain';
import type { NotesFinding } from '../logging/log-errors';

/**
 * The same check the API makes before it stores a free text, run in the browser as the user types: the form warns
 * before anything is sent, and the API's refusal (PERSONAL_DATA_IN_NOTES) shows the same findings in the same place.
 */
export function findingsIn(
  texts: Readonly<Record<string, string | null | undefined>>,
  countries?: readonly string[],
): NotesFinding[] {
  const options = countries && countries.length > 0 ? { countries } : {};
  return Object.entries(texts).flatMap(([field, text]) =>
    text
      ? findPersonalData(text, options).map(({ kind, start, end, excerpt }) => ({
          field,
          kind,
          start,
          end,
          excerpt,
        }))
      : [],
  );
}

/** The findings of an API refusal with PERSONAL_DATA_IN_NOTES, for the fields named; none for any other error. */
export function refusedFindings(
  error: CombinedError | undefined,
): { message: string; findings: NotesFinding[] } | null {
  const refusal = error?.graphQLErrors.find(
    (e) => (e.extensions as { code?: unknown }).code === 'PERSONAL_DATA_IN_NOTES',
  );
  if (!refusal) return null;
  const raw = (refusal.extensions as { findings?: unknown }).findings;
  const findings = (Array.isArray(raw) ? raw : []).filter(
    (f): f is NotesFinding =>
      typeof f === 'object' &&
      f !== null &&
      typeof (f as NotesFinding).field === 'string' &&
      typeof (f as NotesFinding).start === 'number' &&
      typeof (f as NotesFinding).end === 'number' &&
      typeof (f as NotesFinding).kind === 'string',
  );
  return { message: refusal.message, findings };
}

/** The name lists arrive in a chunk of their own the first time a form with free text opens; until then names are found by their cues. */
let lexicon: Promise<unknown> | null = null;
function loadNamesOnce(): void {
  if (!lexicon && !hasNameLexicon()) lexicon = loadNameLexicon().catch(() => (lexicon = null));
}

/** The findings in the texts as the user types; deferred, so that typing never waits for the check. */
export function useFreeTextFindings(
  texts: Readonly<Record<string, string | null | undefined>>,
  countries?: readonly string[],
): NotesFinding[] {
  loadNamesOnce();
  const deferred = useDeferredValue(JSON.stringify(texts));
  const countryKey = (countries ?? []).join(',');
  return useMemo(
    () =>
      findingsIn(
        JSON.parse(deferred) as Record<string, string>,
        countryKey ? countryKey.split(',') : undefined,
      ),
    [deferred, countryKey],
  );
}
