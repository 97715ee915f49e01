import { useState } from 'react';
import { Anchor, Badge, Collapse, Group, Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconBook, IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useQuery } from 'urql';
import { UnreadGuidanceQuery } from './guidance.documents';

const UNREAD_CONTEXT = { additionalTypenames: ['GuidanceNote'] };

/**
 * On a session's page: the published guidance for it the signed-in team member has not confirmed yet. One line
 * that opens into the list; with `onOpen` a note opens beside the page (the session stays open), else it links to
 * the guidance library.
 */
export function UnreadGuidancePanel({
  sessionId,
  onOpen,
}: {
  sessionId: string;
  onOpen?: (noteId: string) => void;
}) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState(false);
  const [{ data }] = useQuery({
    query: UnreadGuidanceQuery,
    variables: { sessionId },
    context: UNREAD_CONTEXT,
    requestPolicy: 'cache-and-network',
  });
  const notes = data?.unreadGuidance ?? [];
  if (notes.length === 0) return null;
  const Chevron = expanded ? IconChevronDown : IconChevronRight;
  return (
    <Paper withBorder px="sm" py={6} radius="md" role="region" aria-labelledby="unread-guidance-title">
      <UnstyledButton
        onClick={() => setExpanded((open) => !open)}
        aria-expanded={expanded}
        aria-controls="unread-guidance-list"
        w="100%"
      >
        <Group gap="xs" wrap="nowrap">
          <Chevron size={16} aria-hidden />
          <IconBook size={16} aria-hidden />
          <Text size="sm" fw={600} id="unread-guidance-title">
            {t('guidance.unread.title')}
          </Text>
          <Badge color="orange" variant="light">
            {notes.length}
          </Badge>
        </Group>
      </UnstyledButton>
      <Collapse expanded={expanded}>
        <Stack gap={4} mt="xs" id="unread-guidance-list">
          {notes.map((note) => (
            <Group key={note.id} gap="xs" wrap="nowrap">
              {onOpen ? (
                <Anchor
                  component="button"
                  type="button"
                  size="sm"
                  lang={note.language}
                  onClick={() => onOpen(note.id)}
                >
                  {note.title}
                </Anchor>
              ) : (
                <Anchor
                  component={Link}
                  to={`/weeks/${note.weekId}/guidance?note=${note.id}`}
                  size="sm"
                  lang={note.language}
                >
                  {note.title}
                </Anchor>
              )}
              <Text size="xs" c="dimmed">
                {t(`guidance.category.${note.category}`)}
              </Text>
            </Group>
          ))}
          <Text size="xs" c="dimmed">
            {t('guidance.unread.hint')}
          </Text>
        </Stack>
      </Collapse>
    </Paper>
  );
}
