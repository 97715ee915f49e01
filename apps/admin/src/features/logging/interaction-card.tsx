import type { ReactNode } from 'react';
import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { IconSpeakerphone } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { LogInteractionInput, InteractionFieldsFragment } from '../../gql/graphql';
import { countryName, languageName } from '../../lib/intl';
import { UrgencyBadge } from '../referrals/referral-badges';
import { formatClock, formatZonedDay, shortZoneName } from '../schedule/zoned-time';

type Shown = Pick<
  InteractionFieldsFragment,
  | 'topics'
  | 'ageBand'
  | 'outcome'
  | 'channel'
  | 'initiatedBy'
  | 'tone'
  | 'youngPeople'
  | 'durationMinutes'
  | 'notesLanguage'
  | 'summaryEn'
> & {
  notes?: string | null;
  occurredAt: string;
  country?: string;
  /** The most urgent referral raised from it; null or absent when it was not referred. */
  referralUrgency?: InteractionFieldsFragment['referralUrgency'];
};

interface InteractionCardProps {
  entry: Shown | LogInteractionInput;
  timeZone: string;
  /** Shown in the feed across countries. */
  showCountry?: boolean;
  /** Whether notes are withheld from the reader (the country does not share them). */
  notesWithheld?: boolean;
  badges?: ReactNode;
  actions?: ReactNode;
  children?: ReactNode;
  /** False where the card stands alone (in the referral dialog), not in a list. */
  listItem?: boolean;
}

/** One logged interaction: its codes in the reader's language, its notes in the language they were written in. */
export function InteractionCard({
  entry,
  timeZone,
  showCountry,
  notesWithheld,
  badges,
  actions,
  children,
  listItem = true,
}: InteractionCardProps) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const at = new Date(entry.occurredAt);
  const country = 'country' in entry ? entry.country : undefined;
  const referred = 'referralUrgency' in entry ? entry.referralUrgency : null;
  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      component="article"
      role={listItem ? 'listitem' : undefined}
      id={'id' in entry ? `interaction-${String(entry.id)}` : undefined}
    >
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
          <Group gap={6}>
            <Text size="sm" fw={600} ff="monospace">
              {showCountry && `${formatZonedDay(at, timeZone, lng)} · `}
              {formatClock(at, timeZone, lng)} {shortZoneName(at, timeZone, lng)}
            </Text>
            {showCountry && country && (
              <Badge variant="outline" color="gray">
                {countryName(country, lng)}
              </Badge>
            )}
            {referred && (
              // Referred, and how urgently: in words, not colour alone.
              <Group gap={4} wrap="nowrap" data-testid="referred-marker">
                <Badge color="red" variant="outline" leftSection={<IconSpeakerphone size={12} aria-hidden />}>
                  {t('log.card.referred')}
                </Badge>
                <UrgencyBadge urgency={referred} />
              </Group>
            )}
            {badges}
          </Group>
          {actions && <Group gap={4}>{actions}</Group>}
        </Group>
        <Group gap={4}>
          {entry.topics.map((topic) => (
            <Badge key={topic} variant="light">
              {t(`taxonomy:topic.${topic}`)}
            </Badge>
          ))}
        </Group>
        <Text size="sm" c="dimmed">
          {[
            t(`taxonomy:ageBand.${entry.ageBand}`),
            t(`taxonomy:outcome.${entry.outcome}`),
            t(`taxonomy:channel.${entry.channel}`),
            t(`taxonomy:initiatedBy.${entry.initiatedBy}`),
            t(`taxonomy:tone.${entry.tone}`),
            t('log.card.youngPeople', { count: entry.youngPeople }),
            t('log.card.minutes', { count: entry.durationMinutes }),
          ].join(' · ')}
        </Text>
        {notesWithheld ? (
          <Text size="sm" fs="italic" c="dimmed">
            {t('log.card.notesNotShared')}
          </Text>
        ) : (
          entry.notes && (
            <Text size="sm" lang={entry.notesLanguage} style={{ whiteSpace: 'pre-wrap' }}>
              <Text span size="xs" c="dimmed" mr={6}>
                {languageName(entry.notesLanguage, lng)}:
              </Text>
              {entry.notes}
            </Text>
          )
        )}
        {entry.summaryEn && (
          <Text size="sm" lang="en" c="dimmed">
            <Text span size="xs" mr={6}>
              {t('log.card.summary')}:
            </Text>
            {entry.summaryEn}
          </Text>
        )}
        {children}
      </Stack>
    </Paper>
  );
}
