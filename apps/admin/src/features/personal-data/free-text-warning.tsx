import { useTranslation } from 'react-i18next';
import type { NotesFinding } from '../logging/log-errors';
import { NotesFindings } from '../logging/notes-findings';

interface FreeTextWarningProps {
  /** The id of the textarea or input the text is typed in: a finding selects its characters there. */
  inputId: string;
  text: string;
  /** Findings of this field, found while typing or returned by the API. */
  findings: readonly NotesFinding[];
  /** The API's message when it refused the text; otherwise the warning while typing. */
  refusal?: string | null;
}

/** Puts the characters of a finding in the field under the cursor, selected, so the user can overwrite them at once. */
export function selectFinding(inputId: string, finding: NotesFinding): void {
  const element = document.getElementById(inputId) as HTMLTextAreaElement | HTMLInputElement | null;
  element?.focus();
  element?.setSelectionRange(finding.start, finding.end);
}

/** The interaction form's findings panel under any guarded free-text field. */
export function FreeTextWarning({ inputId, text, findings, refusal }: FreeTextWarningProps) {
  const { t } = useTranslation();
  if (findings.length === 0) return null;
  return (
    <NotesFindings
      text={text}
      findings={findings}
      message={refusal ?? t('freeText.typing')}
      onSelect={(finding) => selectFinding(inputId, finding)}
    />
  );
}
