import { useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import type { NotesFinding } from '../logging/log-errors';
import { refusedFindings, useFreeTextFindings } from './free-text-findings';
import { FreeTextWarning } from './free-text-warning';

interface Refusal {
  message: string;
  findings: NotesFinding[];
  /** The texts as they were sent: the API's positions hold while they are unchanged. */
  sent: Record<string, string | null | undefined>;
}

export interface FreeTextGuard {
  /** True while a text holds something that looks like an identifier: the form should not send it. */
  blocked: boolean;
  /** The findings of one field: the API's while the text is as sent, otherwise those found while typing. */
  findingsOf: (field: string) => NotesFinding[];
  /** A short error for the field itself (Mantine's `error`), or null. */
  errorOf: (field: string) => string | null;
  /** The findings panel under the field. */
  panel: (field: string, inputId: string) => ReactNode;
  /** Takes an API error: true (and shown on the form) when it was PERSONAL_DATA_IN_NOTES. */
  refused: (error: CombinedError | undefined, sent: Record<string, string | null | undefined>) => boolean;
}

/**
 * Warns while typing in every guarded free text of a form, with the interaction form's findings panel, and shows the
 * API's refusal in the same place. `texts` are the form's guarded fields by their schema names.
 */
export function useFreeTextGuard(
  texts: Record<string, string | null | undefined>,
  countries?: readonly string[],
): FreeTextGuard {
  const { t } = useTranslation();
  const typing = useFreeTextFindings(texts, countries);
  const [refusal, setRefusal] = useState<Refusal | null>(null);

  const findingsOf = (field: string): NotesFinding[] => {
    if (refusal && (refusal.sent[field] ?? '') === (texts[field] ?? '')) {
      const fromServer = refusal.findings.filter((finding) => finding.field === field);
      if (fromServer.length > 0) return fromServer;
    }
    return typing.filter((finding) => finding.field === field);
  };
  const refusalOf = (field: string) =>
    refusal &&
    (refusal.sent[field] ?? '') === (texts[field] ?? '') &&
    refusal.findings.some((f) => f.field === field)
      ? refusal.message
      : null;

  const refused = useCallback(
    (error: CombinedError | undefined, sent: Record<string, string | null | undefined>) => {
      const found = refusedFindings(error);
      if (!found) return false;
      setRefusal({ ...found, sent });
      return true;
    },
    [],
  );

  return {
    blocked: typing.length > 0,
    findingsOf,
    errorOf: (field) => (findingsOf(field).length > 0 ? t('freeText.fieldError') : null),
    panel: (field, inputId) => (
      <FreeTextWarning
        inputId={inputId}
        text={texts[field] ?? ''}
        findings={findingsOf(field)}
        refusal={refusalOf(field)}
      />
    ),
    refused,
  };
}
