import { Alert, Anchor, Badge, Center, Group, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useQuery } from 'urql';
import { serverErrors } from '../../graphql/errors';
import { byLabel, countryName, formatInstant } from '../../lib/intl';
import { sessionName } from '../schedule/session-model';
import { GuidanceReadersQuery } from './guidance.documents';

interface GuidanceReadersProps {
  weekId: string;
  /** Titles of the week's notes, by id, in the reader's language where translated. */
  titles: ReadonlyMap<string, string>;
  sessions: readonly { id: string; venue?: string | null; platform: { name: string } }[];
}

// Confirmations arrive while the coordinator watches; read receipts are GuidanceNote changes elsewhere.
const READERS_CONTEXT = { additionalTypenames: ['GuidanceNote', 'GuidanceReader'] };

/** Coordinators: per country, who has not confirmed the guidance for their next session. */
export function GuidanceReaders({ weekId, titles, sessions }: GuidanceReadersProps) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const [{ data, error, fetching }] = useQuery({
    query: GuidanceReadersQuery,
    variables: { weekId },
    context: READERS_CONTEXT,
    requestPolicy: 'cache-and-network',
  });
  if (error && !data)
    return (
      <Alert color="red" icon={<IconAlertCircle aria-hidden />}>
        {serverErrors(error, t('errors.network'))[0]?.message}
      </Alert>
    );
  if (!data)
    return (
      <Center h={200}>
        <Loader aria-label={fetching ? t('state.loading') : undefined} />
      </Center>
    );

  const byCountry = new Map<string, typeof data.guidanceReaders>();
  for (const reader of data.guidanceReaders) {
    byCountry.set(reader.country, [...(byCountry.get(reader.country) ?? []), reader]);
  }
  const countries = [...byCountry.keys()]
    .map((code) => ({ value: code, label: countryName(code, lng) }))
    .sort(byLabel(lng));

  if (countries.length === 0) return <Text c="dimmed">{t('guidance.readers.empty')}</Text>;

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('guidance.readers.explain')}
      </Text>
      {countries.map(({ value: country, label }) => {
        const people = byCountry.get(country) ?? [];
        const unread = people.reduce((sum, person) => sum + person.unreadNoteIds.length, 0);
        return (
          <Paper key={country} withBorder p="md" radius="md" role="region" aria-label={label}>
            <Group justify="space-between" mb="xs">
              <Title order={3} size="h5">
                {label}
              </Title>
              <Badge color={unread > 0 ? 'orange' : 'green'} variant="light">
                {t('guidance.readers.unreadCount', { count: unread })}
              </Badge>
            </Group>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('guidance.readers.person')}</Table.Th>
                  <Table.Th>{t('guidance.readers.nextSession')}</Table.Th>
                  <Table.Th>{t('guidance.readers.notConfirmed')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {people.map((person) => {
                  const session = sessions.find((entry) => entry.id === person.nextSessionId);
                  return (
                    <Table.Tr key={person.accountId}>
                      <Table.Td>{person.displayName}</Table.Td>
                      <Table.Td>
                        {person.nextSessionStartsAt ? (
                          <>
                            {formatInstant(person.nextSessionStartsAt, lng)}
                            {session && (
                              <Text size="xs" c="dimmed">
                                {sessionName(session)}
                              </Text>
                            )}
                          </>
                        ) : (
                          <Text size="sm" c="dimmed">
                            {t('guidance.readers.noNextSession')}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        {person.unreadNoteIds.length === 0 ? (
                          <Badge color="green" variant="light">
                            {t('guidance.readers.allRead')}
                          </Badge>
                        ) : (
                          <Stack gap={2}>
                            <Text size="sm" fw={600}>
                              {t('guidance.readers.unreadCount', { count: person.unreadNoteIds.length })}
                            </Text>
                            {person.unreadNoteIds.map((id) => (
                              <Anchor key={id} component={Link} to={`?note=${id}`} size="sm">
                                {titles.get(id) ?? t('guidance.readers.unknownNote')}
                              </Anchor>
                            ))}
                          </Stack>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Paper>
        );
      })}
    </Stack>
  );
}
