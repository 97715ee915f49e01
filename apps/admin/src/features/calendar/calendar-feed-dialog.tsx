import { useState } from 'react';
import {
  Alert,
  Button,
  CopyButton,
  Group,
  Modal,
  Radio,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCalendarPlus, IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import type { Actor } from '@empact/domain';
import type { CalendarFeedScope } from '../../gql/graphql';
import { serverErrors } from '../../graphql/errors';
import { byLabel, countryName, formatInstant } from '../../lib/intl';
import {
  CalendarFeedsQuery,
  CreateCalendarFeedMutation,
  RevokeCalendarFeedMutation,
} from './calendar.documents';

const FEEDS_CONTEXT = { additionalTypenames: ['CalendarFeed'] };

interface CalendarFeedDialogProps {
  opened: boolean;
  onClose: () => void;
  weekId: string;
  countries: readonly string[];
  actor: Actor;
}

/** A secret calendar address for my sessions or my country's; its address is shown once, then only listed. */
export function CalendarFeedDialog({ opened, onClose, ...rest }: CalendarFeedDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} size="lg" title={t('calendar.title')}>
      {opened && <FeedBody {...rest} />}
    </Modal>
  );
}

function FeedBody({ weekId, countries, actor }: Omit<CalendarFeedDialogProps, 'opened' | 'onClose'>) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const coordinator = actor.roles.includes('COORDINATOR') || actor.roles.includes('ADMIN');
  const [scope, setScope] = useState<CalendarFeedScope>('PERSON');
  const [country, setCountry] = useState<string | null>(actor.country ?? null);
  const [url, setUrl] = useState<string | null>(null);
  const [{ data }] = useQuery({ query: CalendarFeedsQuery, context: FEEDS_CONTEXT });
  const [createResult, create] = useMutation(CreateCalendarFeedMutation);
  const [revokeResult, revoke] = useMutation(RevokeCalendarFeedMutation);
  // Revoking cannot be undone: it asks first.
  const [revoking, setRevoking] = useState<string | null>(null);
  const feeds = (data?.calendarFeeds ?? []).filter((feed) => feed.weekId === weekId && !feed.revokedAt);
  const countryNeeded = scope === 'COUNTRY' && !actor.country && !country;

  const doCreate = async () => {
    const result = await create({
      weekId,
      scope,
      country: scope === 'COUNTRY' ? (coordinator ? country : actor.country) : null,
    });
    if (result.data?.createCalendarFeed.url) setUrl(result.data.createCalendarFeed.url);
    else
      notifications.show({
        color: 'red',
        message: serverErrors(result.error, t('errors.network'))[0]?.message,
      });
  };

  return (
    <Stack gap="md">
      {url ? (
        <Stack gap="xs">
          <Alert color="yellow">{t('calendar.onlyOnce')}</Alert>
          <Group gap="xs" wrap="nowrap" align="flex-end">
            <TextInput
              label={t('calendar.url')}
              value={url}
              readOnly
              style={{ flex: 1 }}
              onFocus={(e) => e.currentTarget.select()}
            />
            <CopyButton value={url}>
              {({ copied, copy }) => (
                <Button
                  variant={copied ? 'filled' : 'default'}
                  color={copied ? 'green' : undefined}
                  leftSection={
                    copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />
                  }
                  onClick={copy}
                >
                  {copied ? t('calendar.copied') : t('calendar.copy')}
                </Button>
              )}
            </CopyButton>
          </Group>
          <Text size="sm">{t('calendar.outlook')}</Text>
          <Text size="sm">{t('calendar.google')}</Text>
          <Button variant="subtle" onClick={() => setUrl(null)}>
            {t('calendar.another')}
          </Button>
        </Stack>
      ) : (
        <Stack gap="xs">
          <Radio.Group
            label={t('calendar.what')}
            value={scope}
            onChange={(value) => setScope(value as CalendarFeedScope)}
          >
            <Stack gap={6} mt={6}>
              <Radio value="PERSON" label={t('calendar.person')} />
              <Radio
                value="COUNTRY"
                label={
                  actor.country
                    ? t('calendar.country', { country: countryName(actor.country, lng) })
                    : t('calendar.aCountry')
                }
              />
            </Stack>
          </Radio.Group>
          {scope === 'COUNTRY' && coordinator && (
            <Select
              label={t('common:field.country')}
              value={country}
              onChange={setCountry}
              data={countries
                .map((code) => ({ value: code, label: countryName(code, lng) }))
                .sort(byLabel(lng))}
              w={240}
            />
          )}
          <Group justify="flex-end">
            <Button
              leftSection={<IconCalendarPlus size={16} aria-hidden />}
              loading={createResult.fetching}
              disabled={countryNeeded}
              onClick={() => void doCreate()}
            >
              {t('calendar.create')}
            </Button>
          </Group>
        </Stack>
      )}
      <div>
        <Title order={4} size="h5" mb={4}>
          {t('calendar.mine')}
        </Title>
        {feeds.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('calendar.none')}
          </Text>
        ) : (
          <Table>
            <Table.Tbody>
              {feeds.map((feed) => (
                <Table.Tr key={feed.id}>
                  <Table.Td>
                    {feed.scope === 'PERSON'
                      ? t('calendar.person')
                      : t('calendar.country', { country: countryName(feed.country ?? '', lng) })}
                  </Table.Td>
                  <Table.Td>{formatInstant(feed.createdAt, lng)}</Table.Td>
                  <Table.Td>
                    {revoking === feed.id && (
                      <Text size="sm" role="status" mb={4}>
                        {t('calendar.revokeAsk')}
                      </Text>
                    )}
                    {revoking === feed.id && (
                      <Button size="compact-sm" variant="default" mr="xs" onClick={() => setRevoking(null)}>
                        {t('actions.cancel')}
                      </Button>
                    )}
                    <Button
                      size="compact-sm"
                      variant={revoking === feed.id ? 'filled' : 'subtle'}
                      color="red"
                      loading={revokeResult.fetching}
                      onClick={() =>
                        revoking !== feed.id
                          ? setRevoking(feed.id)
                          : void revoke({ id: feed.id }).then((result) => {
                              setRevoking(null);
                              if (result.error)
                                notifications.show({
                                  color: 'red',
                                  message: serverErrors(result.error, t('errors.network'))[0]?.message,
                                });
                            })
                      }
                    >
                      {t('calendar.revoke')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </div>
    </Stack>
  );
}
