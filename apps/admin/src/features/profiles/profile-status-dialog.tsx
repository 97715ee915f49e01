import { useMemo } from 'react';
import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { ProfileRowFieldsFragment } from '../../gql/graphql';
import { serverErrors } from '../../graphql/errors';
import { formatInstant } from '../../lib/intl';
import { upcomingSessions } from './profile-model';
import {
  ReactivateProfileMutation,
  RetireProfileMutation,
  SuspendProfileMutation,
} from './profiles.documents';

export type StatusChange = 'SUSPEND' | 'REACTIVATE' | 'RETIRE';

const KEY: Record<StatusChange, 'suspend' | 'reactivate' | 'retire'> = {
  SUSPEND: 'suspend',
  REACTIVATE: 'reactivate',
  RETIRE: 'retire',
};
const COLOR: Record<StatusChange, string> = { SUSPEND: 'orange', REACTIVATE: 'green', RETIRE: 'red' };
const DONE: Record<StatusChange, 'suspended' | 'reactivated' | 'retired'> = {
  SUSPEND: 'suspended',
  REACTIVATE: 'reactivated',
  RETIRE: 'retired',
};

/**
 * Asks before a profile is suspended, reactivated or retired, and says what follows: the sessions still to come that
 * name it will need another profile; retiring cannot be undone.
 */
export function ProfileStatusDialog({
  profile,
  change,
  onClose,
  onStale,
}: {
  profile: ProfileRowFieldsFragment;
  change: StatusChange;
  onClose: () => void;
  onStale: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [suspendResult, suspend] = useMutation(SuspendProfileMutation);
  const [reactivateResult, reactivate] = useMutation(ReactivateProfileMutation);
  const [retireResult, retire] = useMutation(RetireProfileMutation);
  const fetching = suspendResult.fetching || reactivateResult.fetching || retireResult.fetching;
  const key = KEY[change];
  const name = profile.displayName;
  const upcoming = useMemo(() => upcomingSessions(profile.sessions, new Date()), [profile.sessions]);

  const confirm = async () => {
    const variables = { id: profile.id, version: profile.version };
    const result =
      change === 'SUSPEND'
        ? await suspend(variables)
        : change === 'REACTIVATE'
          ? await reactivate(variables)
          : await retire(variables);
    if (result.error) {
      for (const problem of serverErrors(result.error, t('errors.network'))) {
        notifications.show({ color: 'red', title: t('profiles.notify.failed'), message: problem.message });
        if (problem.code === 'CONFLICT') onStale();
      }
      onClose();
      return;
    }
    notifications.show({ color: 'green', message: t(`profiles.notify.${DONE[change]}`, { name }) });
    onClose();
  };

  return (
    <Modal opened onClose={onClose} title={t(`profiles.confirm.${key}Title`, { name })}>
      <Stack gap="md">
        <Text size="sm">{t(`profiles.confirm.${key}Text`)}</Text>
        {change !== 'REACTIVATE' && upcoming.length > 0 && (
          <Alert
            color="orange"
            icon={<IconAlertTriangle aria-hidden />}
            title={t('profiles.confirm.upcoming', { count: upcoming.length })}
          >
            <List size="sm">
              {upcoming.map((session) => (
                <List.Item key={session.id}>
                  {session.weekCode} · {formatInstant(session.startsAt, i18n.language)}
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('profiles.confirm.keep')}
          </Button>
          <Button color={COLOR[change]} loading={fetching} onClick={() => void confirm()}>
            {t(`profiles.confirm.${key}`)}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
