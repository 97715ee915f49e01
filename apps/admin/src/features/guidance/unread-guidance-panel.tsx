import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconBook } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useQuery } from 'urql';
import { UnreadGuidanceQuery } from './guidance.documents';

const UNREAD_CONTEXT = { additionalTypenames: ['GuidanceNote'] };

/** On a session's page: the published guidance for it the signed-in team member has not confirmed yet. */
export function UnreadGuidancePanel({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const [{ data }] = useQuery({
    query: UnreadGuidanceQuery,
    variables: { sessionId },
    context: UNREAD_CONTEXT,
    requestPolicy: 'cache-and-network',
  });
  const notes = data?.unreadGuidance ?? [];
  if (notes.length === 0) return null;
  return (
    <Paper withBorder p="md" radius="md" role="region" aria-labelledby="unread-guidance-title">
      <Group gap="xs" mb="xs">
        <IconBook size={18} aria-hidden />
        <Title order={3} size="h5" id="unread-guidance-title">
          {t('guidance.unread.title')}
        </Title>
        <Badge color="orange" variant="light">
          {notes.length}
        </Badge>
      </Group>
      <Stack gap={4}>
        {notes.map((note) => (
          <Group key={note.id} gap="xs" wrap="nowrap">
            <Anchor
              component={Link}
              to={`/weeks/${note.weekId}/guidance?note=${note.id}`}
              size="sm"
              lang={note.language}
            >
              {note.title}
            </Anchor>
            <Text size="xs" c="dimmed">
              {t(`guidance.category.${note.category}`)}
            </Text>
          </Group>
        ))}
      </Stack>
      <Text size="xs" c="dimmed" mt="xs">
        {t('guidance.unread.hint')}
      </Text>
    </Paper>
  );
}
