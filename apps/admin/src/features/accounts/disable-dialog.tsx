import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { AccountRowFieldsFragment } from '../../gql/graphql';
import { serverErrors } from '../../graphql/errors';
import { SetAccountDisabledMutation } from './accounts.documents';

/** Asks before an account is disabled or enabled again: either changes who can sign in. */
export function DisableDialog({
  account,
  onClose,
}: {
  account: AccountRowFieldsFragment;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [{ fetching }, setAccountDisabled] = useMutation(SetAccountDisabledMutation);
  const disable = !account.disabled;
  const name = account.displayName;

  const confirm = async () => {
    const result = await setAccountDisabled({ id: account.id, disabled: disable });
    if (result.error) {
      for (const problem of serverErrors(result.error, t('errors.network'))) {
        notifications.show({
          color: 'red',
          title: t('accounts.notify.saveFailed'),
          message: problem.message,
        });
      }
      return;
    }
    notifications.show({
      color: 'green',
      message: disable ? t('accounts.notify.disabled', { name }) : t('accounts.notify.enabled', { name }),
    });
    onClose();
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={disable ? t('accounts.disable.title', { name }) : t('accounts.enable.title', { name })}
    >
      <Stack gap="md">
        <Text size="sm">
          {disable ? t('accounts.disable.explanation') : t('accounts.enable.explanation')}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('actions.cancel')}
          </Button>
          <Button color={disable ? 'red' : 'green'} loading={fetching} onClick={() => void confirm()}>
            {disable ? t('accounts.disable.confirm') : t('accounts.enable.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
