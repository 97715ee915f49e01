import { useEffect, useState } from 'react';
import { Alert, Center, Group, Loader, Select, Stack, Switch, Text, Title } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { useMutation, useQuery, useSubscription } from 'urql';
import { can, interactionUrgency, TOPICS } from '@empact/domain';
import { toActor, useAccount } from '../../auth/use-session';
import type { Topic } from '../../gql/graphql';
import { serverErrors } from '../../graphql/errors';
import { byLabel, countryName } from '../../lib/intl';
import { InteractionCard } from '../logging/interaction-card';
import { InteractionsQuery } from '../logging/logging.documents';
import { UrgencyBadge } from '../referrals/referral-badges';
import { ReferralRaisedSubscription } from '../referrals/referrals.documents';
import { FeedWeekQuery, SetNotesSharingMutation } from './feed.documents';

const POLL_MS = 10_000;
const FEED_CONTEXT = { additionalTypenames: ['Interaction'] };

/**
 * The week as it happens: the latest interactions of every country the reader reaches (coordinators: all), with
 * their structured fields, and notes where the country shares them. An emergency or a safeguarding topic carries
 * its urgency in words as well as colour (libs/domain `interactionUrgency`). Refreshes every ten seconds and at once
 * when an immediate referral is raised.
 */
export default function FeedPage() {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const { weekId = '' } = useParams();
  const actor = toActor(useAccount());
  const [country, setCountry] = useState<string | null>(null);
  const [topic, setTopic] = useState<Topic | null>(null);
  const [{ data: weekData }] = useQuery({ query: FeedWeekQuery, variables: { weekId } });
  const [{ data, error, fetching }, refetch] = useQuery({
    query: InteractionsQuery,
    variables: { filter: { weekId, country, topic }, first: 100 },
    context: FEED_CONTEXT,
  });
  const [{ data: raised }] = useSubscription({ query: ReferralRaisedSubscription });
  const [sharing, setNotesSharing] = useMutation(SetNotesSharingMutation);

  useEffect(() => {
    const timer = window.setInterval(() => refetch({ requestPolicy: 'network-only' }), POLL_MS);
    return () => window.clearInterval(timer);
  }, [refetch]);
  useEffect(() => {
    if (raised) refetch({ requestPolicy: 'network-only' });
  }, [raised, refetch]);

  const week = weekData?.actionWeek;
  const shares = new Map(week?.countries.map((entry) => [entry.country, entry.shareNotes]) ?? []);
  const own = actor.country ? week?.countries.find((entry) => entry.country === actor.country) : undefined;
  const mayShare = !!own && can(actor, 'notes.share', { country: own.country });
  const coordinator = actor.roles.includes('COORDINATOR');
  const entries = data?.interactions.edges.map((edge) => edge.node) ?? [];

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('feed.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('feed.subtitle')}
          </Text>
        </div>
        <Group gap="sm" align="flex-end">
          {coordinator && (
            <Select
              label={t('common:field.country')}
              placeholder={t('feed.allCountries')}
              clearable
              value={country}
              onChange={setCountry}
              data={(week?.countries ?? [])
                .map((entry) => ({ value: entry.country, label: countryName(entry.country, lng) }))
                .sort(byLabel(lng))}
              w={200}
            />
          )}
          <Select
            label={t('log.field.topics')}
            placeholder={t('feed.allTopics')}
            clearable
            value={topic}
            onChange={(value) => setTopic(value as Topic | null)}
            data={TOPICS.map((code) => ({ value: code, label: t(`taxonomy:topic.${code}`) })).sort(
              byLabel(lng),
            )}
            w={240}
          />
        </Group>
      </Group>
      {mayShare && own && (
        <Switch
          label={t('feed.shareNotes', { country: countryName(own.country, lng) })}
          description={t('feed.shareNotesHint')}
          checked={own.shareNotes}
          disabled={sharing.fetching}
          onChange={(event) => void setNotesSharing({ weekId, shared: event.currentTarget.checked })}
        />
      )}
      {error && (
        <Alert color="red" icon={<IconAlertCircle aria-hidden />}>
          {serverErrors(error, t('errors.network'))[0]?.message}
        </Alert>
      )}
      {!data && fetching && (
        <Center h="30vh">
          <Loader aria-label={t('state.loading')} />
        </Center>
      )}
      {data && entries.length === 0 && <Text c="dimmed">{t('feed.empty')}</Text>}
      <Stack gap="xs" role="list" aria-label={t('feed.title')}>
        {entries.map((entry) => {
          // A referred entry's card names its referral's urgency itself; the rest read theirs from what happened.
          const urgency = entry.referralUrgency ? null : interactionUrgency(entry);
          return (
            <InteractionCard
              key={entry.id}
              entry={entry}
              timeZone={week?.timeZone ?? 'UTC'}
              showCountry
              notesWithheld={entry.notes === null && coordinator && shares.get(entry.country) === false}
              badges={urgency && <UrgencyBadge urgency={urgency} labelled />}
            />
          );
        })}
      </Stack>
    </Stack>
  );
}
