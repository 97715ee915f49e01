import { Alert, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { IconLanguage } from '@tabler/icons-react';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { serverErrors } from '../../graphql/errors';
import { formatInstant } from '../../lib/intl';
import type { OutcomeLabels } from './outcome-labels';
import { DebriefDigestQuery } from './outcomes.documents';
import { usePollWhileVisible } from './use-poll-while-visible';

const DIGEST_CONTEXT = { additionalTypenames: ['Debrief'] };

/**
 * What liaisons read of the teams' own words: the English summaries of the submitted debriefs, per country, as
 * their authors wrote them (no author, no text in the team's language).
 */
export function DebriefDigestPanel({
  weekId,
  country,
  labels,
}: {
  weekId: string;
  country: string | null;
  labels: OutcomeLabels;
}) {
  const { t, i18n } = useTranslation();
  const [{ data, error }, reexecute] = useQuery({
    query: DebriefDigestQuery,
    variables: { weekId, country },
    context: DIGEST_CONTEXT,
  });
  // Debriefs come in as sessions end: follow them like the figures.
  usePollWhileVisible(useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]));
  const digest = data?.debriefDigest ?? [];
  const none = data && digest.every((entry) => entry.summaries.length === 0);

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="outcomes-digest">
      <Title order={3} size="h4" id="outcomes-digest">
        {t('outcomes.digest.title')}
      </Title>
      <Alert variant="light" color="gray" icon={<IconLanguage aria-hidden />} my="sm" p="xs">
        {t('outcomes.digest.note')}
      </Alert>
      {error && (
        <Text size="sm" c="red">
          {serverErrors(error, t('errors.network'))[0]?.message}
        </Text>
      )}
      {!data && !error && <Loader size="sm" aria-label={t('state.loading')} />}
      {none && (
        <Text size="sm" c="dimmed">
          {t('outcomes.digest.empty')}
        </Text>
      )}
      {!none && (
        <Stack gap="md">
          {digest.map((entry) => (
            <div key={entry.country}>
              <Title order={4} size="h5" mb={4}>
                {labels.country(entry.country)}
              </Title>
              {entry.summaries.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('outcomes.digest.none')}
                </Text>
              ) : (
                <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
                  {entry.summaries.map((summary) => (
                    <li key={`${summary.startsAt}-${summary.submittedAt}`}>
                      <Text size="xs" c="dimmed">
                        {t('outcomes.digest.session', {
                          platform: labels.platform(summary.platform),
                          time: formatInstant(summary.startsAt, i18n.language),
                        })}
                      </Text>
                      <Text size="sm" lang="en" style={{ whiteSpace: 'pre-wrap' }}>
                        {summary.summaryEn}
                      </Text>
                    </li>
                  ))}
                </Stack>
              )}
            </div>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
