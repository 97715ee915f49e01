import { Fragment } from 'react';
import { Alert, Anchor, List, Text } from '@mantine/core';
import { IconShieldExclamation } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { NotesFinding } from './log-errors';

interface NotesFindingsProps {
  text: string;
  findings: readonly NotesFinding[];
  message: string;
  /** Selects the finding in the field, so that the user can overwrite it at once. */
  onSelect: (finding: NotesFinding) => void;
}

/** The text with what looks like an identifier marked, and a list of the findings that jumps to each one. */
export function NotesFindings({ text, findings, message, onSelect }: NotesFindingsProps) {
  const { t } = useTranslation();
  const sorted = [...findings].sort((a, b) => a.start - b.start);
  const parts: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const finding of sorted) {
    if (finding.start < at || finding.end > text.length) continue;
    if (finding.start > at) parts.push({ text: text.slice(at, finding.start), marked: false });
    parts.push({ text: text.slice(finding.start, finding.end), marked: true });
    at = finding.end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), marked: false });

  return (
    <Alert
      color="red"
      icon={<IconShieldExclamation aria-hidden />}
      title={t('log.personalData.title')}
      role="alert"
    >
      <Text size="sm">{message}</Text>
      {parts.length > 0 && (
        <Text
          size="sm"
          mt="xs"
          p="xs"
          bg="var(--mantine-color-body)"
          style={{ whiteSpace: 'pre-wrap', borderRadius: 4 }}
        >
          {parts.map((part, index) =>
            part.marked ? <mark key={index}>{part.text}</mark> : <Fragment key={index}>{part.text}</Fragment>,
          )}
        </Text>
      )}
      <List size="sm" mt="xs">
        {sorted.map((finding) => (
          <List.Item key={`${finding.start}-${finding.end}`}>
            <Anchor component="button" type="button" size="sm" onClick={() => onSelect(finding)}>
              {t('log.personalData.finding', {
                kind: t(`taxonomy:personalData.${finding.kind}`, { defaultValue: finding.kind }),
                excerpt: finding.excerpt,
              })}
            </Anchor>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
