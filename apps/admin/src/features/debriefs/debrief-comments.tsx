import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DebriefFieldsFragment } from '../../gql/graphql';
import { formatInstant } from '../../lib/intl';

/** The coordinators' comments on a debrief, revision requests marked. */
export function DebriefComments({ comments }: { comments: DebriefFieldsFragment['comments'] }) {
  const { t, i18n } = useTranslation();
  if (comments.length === 0) return null;
  return (
    <Stack gap="xs" role="list" aria-label={t('debrief.comments.label')}>
      <Title order={4} size="h5">
        {t('debrief.comments.label')}
      </Title>
      {comments.map((comment, index) => (
        <Paper key={index} withBorder p="sm" radius="sm" role="listitem">
          <Group justify="space-between" gap="xs">
            <Text size="sm" fw={600}>
              {comment.author}
            </Text>
            <Group gap={6}>
              {comment.requestsRevision && (
                <Badge color="orange" variant="light">
                  {t('debrief.comments.revisionRequested')}
                </Badge>
              )}
              <Text size="xs" c="dimmed">
                {formatInstant(comment.createdAt, i18n.language)}
              </Text>
            </Group>
          </Group>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {comment.body}
          </Text>
        </Paper>
      ))}
    </Stack>
  );
}
