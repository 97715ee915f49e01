import { useEffect, useMemo, useState } from 'react';
import {
  Alert,
  Anchor,
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
import { Link, useParams } from 'react-router-dom';
import { useMutation, useQuery, useSubscription } from 'urql';
import { byTriage, can, nextReferralStatus, REFERRAL_NOTE_MAX, REFERRAL_STATUSES } from '@empact/domain';
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

/** Where a referral came from: its session (on the board for coordinators, its log for the team) and interaction. */
function sourceLinks(referral: ReferralListFieldsFragment, onBoard: boolean) {
  return {
    session: onBoard
      ? `/weeks/${referral.weekId}/board?session=${referral.sessionId}`
      : `/sessions/${referral.sessionId}`,
    interaction: `/sessions/${referral.sessionId}#interaction-${referral.interactionId}`,
  };
}

/**
 * A week's referrals in triage order (libs/domain `byTriage`): it opens on the open ones, the most urgent and then
 * the oldest first. A team leader sees their country's, coordinators every country's. The list carries no details;
 * opening one reads them, and that read is audited.
 */
export default function ReferralQueuePage() {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const { weekId = '' } = useParams();
  const actor = toActor(useAccount());
  const [status, setStatus] = useState<ReferralStatus | 'ALL'>('OPEN');
  const [openId, setOpenId] = useState<string | null>(null);
  // The one opened stays open when its new status takes it out of the filtered list.
  const [openedSnapshot, setOpenedSnapshot] = useState<ReferralListFieldsFragment | null>(null);
  const onBoard = can(actor, 'session.plan');
  const [{ data, error, fetching }, refetch] = useQuery({
    query: ReferralsQuery,
    variables: { filter: { weekId, status: status === 'ALL' ? null : status } },
    context: LIST_CONTEXT,
  });
  const [{ data: raised }] = useSubscription({ query: ReferralRaisedSubscription });
  useEffect(() => {
    if (raised) refetch({ requestPolicy: 'network-only' });
  }, [raised, refetch]);

  const referrals = useMemo(() => [...(data?.referrals ?? [])].sort(byTriage), [data]);
  const opened =
    referrals.find((referral) => referral.id === openId) ??
    (openedSnapshot?.id === openId ? openedSnapshot : undefined);

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2}>{t('referral.queue.title')}</Title>
        <SegmentedControl
          aria-label={t('referral.queue.filter')}
          value={status}
          onChange={(value) => setStatus(value as ReferralStatus | 'ALL')}
          data={[
            ...REFERRAL_STATUSES.map((code) => ({
              value: code,
              label: t(`taxonomy:referralStatus.${code}`),
            })),
            { value: 'ALL', label: t('referral.queue.all') },
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
        <Table.ScrollContainer minWidth={900}>
          <Table striped highlightOnHover aria-label={t('referral.queue.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('referral.field.urgency')}</Table.Th>
                <Table.Th>{t('referral.field.status')}</Table.Th>
                <Table.Th>{t('common:field.country')}</Table.Th>
                <Table.Th>{t('referral.field.reason')}</Table.Th>
                <Table.Th>{t('referral.field.receivingUnit')}</Table.Th>
                <Table.Th>{t('referral.field.raised')}</Table.Th>
                <Table.Th>{t('referral.field.source')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {referrals.map((referral) => (
                <Table.Tr key={referral.id} data-referral-row={referral.id} data-urgency={referral.urgency}>
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
                    <Stack gap={2}>
                      <Anchor component={Link} to={sourceLinks(referral, onBoard).session} size="sm">
                        {t('referral.queue.session')}
                      </Anchor>
                      <Anchor component={Link} to={sourceLinks(referral, onBoard).interaction} size="sm">
                        {t('referral.queue.interaction')}
                      </Anchor>
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="compact-sm"
                      variant="light"
                      leftSection={<IconEye size={14} aria-hidden />}
                      onClick={() => {
                        setOpenedSnapshot(referral);
                        setOpenId(referral.id);
                      }}
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
            onBoard={onBoard}
            onChanged={(changed) => {
              setOpenedSnapshot(changed);
              refetch({ requestPolicy: 'network-only' });
            }}
          />
        )}
      </Drawer>
    </Stack>
  );
}

function ReferralDetails({
  referral: listed,
  mayManage,
  onBoard,
  onChanged,
}: {
  referral: ReferralListFieldsFragment;
  mayManage: boolean;
  onBoard: boolean;
  onChanged: (changed: ReferralListFieldsFragment) => void;
}) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  // Runs only now that the user opened it: the API records the read.
  const [{ data, error }] = useQuery({
    query: ReferralDetailsQuery,
    variables: { id: listed.id },
    requestPolicy: 'network-only',
  });
  const [note, setNote] = useState('');
  const [result, setReferralStatus] = useMutation(SetReferralStatusMutation);
  const [askMove, setAskMove] = useState(false);
  const guard = useFreeTextGuard({ note });
  const details = data?.referral;
  // Badge, next step and history all come from the newest answer about this referral (the change's, else the
  // read's, else the list's), so the status shown is always the last step of the history shown beside it. The
  // change's answer carries the new history: no second (audited) read of the details for it.
  const referral = result.data?.setReferralStatus ?? details ?? listed;
  const history = result.data?.setReferralStatus.history ?? details?.history ?? [];
  const next = nextReferralStatus(referral.status);
  const links = sourceLinks(referral, onBoard);

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
      onChanged(response.data.setReferralStatus);
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
          {t('referral.field.source')}
        </Text>
        <Text component="dd" size="sm" m={0}>
          <Anchor component={Link} to={links.session}>
            {t('referral.queue.session')}
          </Anchor>
          {' · '}
          <Anchor component={Link} to={links.interaction}>
            {t('referral.queue.interaction')}
          </Anchor>
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
          {/* A step cannot be taken back: it asks first. */}
          <Group justify="flex-end">
            {askMove && (
              <Text size="sm" role="status">
                {t('referral.details.moveAsk', { status: t(`taxonomy:referralStatus.${next}`) })}
              </Text>
            )}
            {askMove && (
              <Button variant="default" onClick={() => setAskMove(false)}>
                {t('actions.cancel')}
              </Button>
            )}
            <Button
              loading={result.fetching}
              disabled={guard.blocked}
              color={askMove ? 'red' : undefined}
              onClick={() => {
                if (!askMove) setAskMove(true);
                else {
                  setAskMove(false);
                  void move();
                }
              }}
            >
              {t('referral.details.moveTo', { status: t(`taxonomy:referralStatus.${next}`) })}
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
