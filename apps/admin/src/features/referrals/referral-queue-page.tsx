import { useEffect, useState } from 'react';
import {
  Alert,
  Button,
  Center,
  Drawer,
  Group,
  Loader,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Textarea,
  Timeline,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconEye, IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { useMutation, useQuery, useSubscription } from 'urql';
import { can, nextReferralStatus, REFERRAL_NOTE_MAX, REFERRAL_STATUSES } from '@empact/domain';
import { toActor, useAccount } from '../../auth/use-session';
import type { ReferralListFieldsFragment, ReferralStatus } from '../../gql/graphql';
import { serverErrors } from '../../graphql/errors';
import { useFreeTextGuard } from '../personal-data/use-free-text-guard';
import { countryName, formatInstant } from '../../lib/intl';
import { ReferralStatusBadge, UrgencyBadge } from './referral-badges';
import {
  ReferralDetailsQuery,
  ReferralRaisedSubscription,
  ReferralsQuery,
  SetReferralStatusMutation,
} from './referrals.documents';

const LIST_CONTEXT = { additionalTypenames: ['Referral'] };

/**
 * A week's referrals, most urgent first: a team leader sees their country's, coordinators every country's. The list
 * carries no details; opening one reads them, and that read is audited.
 */
export default function ReferralQueuePage() {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const { weekId = '' } = useParams();
  const actor = toActor(useAccount());
  const [status, setStatus] = useState<ReferralStatus | 'ALL'>('ALL');
  const [openId, setOpenId] = useState<string | null>(null);
  const [{ data, error, fetching }, refetch] = useQuery({
    query: ReferralsQuery,
    variables: { filter: { weekId, status: status === 'ALL' ? null : status } },
    context: LIST_CONTEXT,
  });
  const [{ data: raised }] = useSubscription({ query: ReferralRaisedSubscription });
  useEffect(() => {
    if (raised) refetch({ requestPolicy: 'network-only' });
  }, [raised, refetch]);

  const referrals = data?.referrals ?? [];
  const opened = referrals.find((referral) => referral.id === openId);

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2}>{t('referral.queue.title')}</Title>
        <SegmentedControl
          aria-label={t('referral.queue.filter')}
          value={status}
          onChange={(value) => setStatus(value as ReferralStatus | 'ALL')}
          data={[
            { value: 'ALL', label: t('referral.queue.all') },
            ...REFERRAL_STATUSES.map((code) => ({
              value: code,
              label: t(`taxonomy:referralStatus.${code}`),
            })),
          ]}
        />
      </Group>
      <Alert color="gray" icon={<IconLock aria-hidden />} p="xs">
        <Text size="sm">{t('referral.queue.auditNote')}</Text>
      </Alert>
      {error && (
        <Alert color="red" icon={<IconAlertCircle aria-hidden />}>
          {serverErrors(error, t('errors.network'))[0]?.message}
        </Alert>
      )}
      {!data && fetching ? (
        <Center h="30vh">
          <Loader aria-label={t('state.loading')} />
        </Center>
      ) : referrals.length === 0 ? (
        <Text c="dimmed">{t('referral.queue.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table striped highlightOnHover aria-label={t('referral.queue.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('referral.field.urgency')}</Table.Th>
                <Table.Th>{t('referral.field.status')}</Table.Th>
                <Table.Th>{t('common:field.country')}</Table.Th>
                <Table.Th>{t('referral.field.reason')}</Table.Th>
                <Table.Th>{t('referral.field.receivingUnit')}</Table.Th>
                <Table.Th>{t('referral.field.raised')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {referrals.map((referral) => (
                <Table.Tr key={referral.id}>
                  <Table.Td>
                    <UrgencyBadge urgency={referral.urgency} />
                  </Table.Td>
                  <Table.Td>
                    <ReferralStatusBadge status={referral.status} />
                  </Table.Td>
                  <Table.Td>{countryName(referral.country, lng)}</Table.Td>
                  <Table.Td>{t(`taxonomy:topic.${referral.reasonCode}`)}</Table.Td>
                  <Table.Td>{t(`taxonomy:receivingUnit.${referral.receivingUnit}`)}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{formatInstant(referral.createdAt, lng)}</Text>
                    <Text size="xs" c="dimmed">
                      {referral.raisedBy}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="compact-sm"
                      variant="light"
                      leftSection={<IconEye size={14} aria-hidden />}
                      onClick={() => setOpenId(referral.id)}
                    >
                      {t('referral.queue.open')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Drawer
        opened={!!opened}
        onClose={() => setOpenId(null)}
        position="right"
        size="lg"
        title={t('referral.details.title')}
      >
        {opened && (
          <ReferralDetails
            key={opened.id}
            referral={opened}
            mayManage={can(actor, 'referral.manage', { country: opened.country })}
            onChanged={() => refetch({ requestPolicy: 'network-only' })}
          />
        )}
      </Drawer>
    </Stack>
  );
}

function ReferralDetails({
  referral,
  mayManage,
  onChanged,
}: {
  referral: ReferralListFieldsFragment;
  mayManage: boolean;
  onChanged: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  // Runs only now that the user opened it: the API records the read.
  const [{ data, error }] = useQuery({
    query: ReferralDetailsQuery,
    variables: { id: referral.id },
    requestPolicy: 'network-only',
  });
  const [note, setNote] = useState('');
  const [result, setReferralStatus] = useMutation(SetReferralStatusMutation);
  const guard = useFreeTextGuard({ note });
  const next = nextReferralStatus(referral.status);
  const details = data?.referral;
  // The change's answer carries the new history: no second (audited) read of the details for it.
  const history = result.data?.setReferralStatus.history ?? details?.history ?? [];

  const move = async () => {
    if (!next || guard.blocked) return;
    const response = await setReferralStatus({
      id: referral.id,
      version: referral.version,
      status: next,
      note: note.trim() ? note : null,
    });
    if (guard.refused(response.error, { note })) return;
    if (response.data) {
      notifications.show({
        color: 'green',
        message: t('referral.details.moved', { status: t(`taxonomy:referralStatus.${next}`) }),
      });
      setNote('');
      onChanged();
    }
  };

  return (
    <Stack gap="md">
      <Group gap={6}>
        <UrgencyBadge urgency={referral.urgency} />
        <ReferralStatusBadge status={referral.status} />
      </Group>
      <Text size="xs" c="dimmed">
        <IconLock size={12} aria-hidden /> {t('referral.details.audited')}
      </Text>
      <Stack gap={4} component="dl" m={0}>
        <Text component="dt" size="xs" c="dimmed">
          {t('common:field.country')}
        </Text>
        <Text component="dd" size="sm" m={0}>
          {countryName(referral.country, lng)}
        </Text>
        <Text component="dt" size="xs" c="dimmed" mt={6}>
          {t('referral.field.reason')}
        </Text>
        <Text component="dd" size="sm" m={0}>
          {t(`taxonomy:topic.${referral.reasonCode}`)}
        </Text>
        <Text component="dt" size="xs" c="dimmed" mt={6}>
          {t('referral.field.receivingUnit')}
        </Text>
        <Text component="dd" size="sm" m={0}>
          {t(`taxonomy:receivingUnit.${referral.receivingUnit}`)}
        </Text>
        <Text component="dt" size="xs" c="dimmed" mt={6}>
          {t('referral.details.reference')}
        </Text>
        <Text component="dd" size="sm" m={0} ff="monospace" data-referral-reference>
          {referral.id}
        </Text>
        <Text component="dt" size="xs" c="dimmed" mt={6}>
          {t('referral.field.details')}
        </Text>
        <Text component="dd" size="sm" m={0} style={{ whiteSpace: 'pre-wrap' }}>
          {details ? (details.details ?? t('referral.details.deleted')) : error ? '' : t('state.loading')}
        </Text>
      </Stack>
      {error && (
        <Alert color="red" icon={<IconAlertCircle aria-hidden />}>
          {serverErrors(error, t('errors.network'))[0]?.message}
        </Alert>
      )}
      {history.length > 0 && (
        <div>
          <Title order={4} size="h5" mb="xs">
            {t('referral.details.history')}
          </Title>
          <Timeline active={history.length - 1} bulletSize={14} lineWidth={2}>
            {history.map((event) => (
              <Timeline.Item
                key={`${event.status}-${event.at}`}
                title={t(`taxonomy:referralStatus.${event.status}`)}
              >
                <Text size="xs" c="dimmed">
                  {formatInstant(event.at, lng)} · {event.by}
                </Text>
                {event.note && <Text size="sm">{event.note}</Text>}
              </Timeline.Item>
            ))}
          </Timeline>
        </div>
      )}
      {mayManage && next && (
        <Stack gap="xs">
          <Textarea
            id={`referral-note-${referral.id}`}
            label={t('referral.details.note')}
            description={t('referral.details.noteHint')}
            autosize
            minRows={2}
            maxLength={REFERRAL_NOTE_MAX}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            error={guard.errorOf('note')}
          />
          {guard.panel('note', `referral-note-${referral.id}`)}
          {result.error && guard.findingsOf('note').length === 0 && (
            <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert">
              {serverErrors(result.error, t('errors.network'))
                .map((item) => item.message)
                .join(' ')}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button loading={result.fetching} disabled={guard.blocked} onClick={() => void move()}>
              {t('referral.details.moveTo', { status: t(`taxonomy:referralStatus.${next}`) })}
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
