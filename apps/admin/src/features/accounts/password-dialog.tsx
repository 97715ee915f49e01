import { type FormEvent, useState } from 'react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { PASSWORD_MAX, PASSWORD_MIN } from '@empact/domain';
import type { AccountRowFieldsFragment } from '../../gql/graphql';
import { splitFieldErrors } from '../../graphql/errors';
import { SetAccountPasswordMutation } from './accounts.documents';
import { PasswordField } from './password-field';

export function PasswordDialog({
  account,
  onClose,
}: {
  account: AccountRowFieldsFragment;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [{ fetching }, setAccountPassword] = useMutation(SetAccountPasswordMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (password.length < PASSWORD_MIN) {
      setError(t('password.tooShort', { count: PASSWORD_MIN }));
      return;
    }
    const result = await setAccountPassword({ id: account.id, password });
    if (!result.error) {
      notifications.show({
        color: 'green',
        message: t('accounts.notify.passwordSet', { name: account.displayName }),
      });
      onClose();
      return;
    }
    const { fieldErrors, otherErrors } = splitFieldErrors(result.error, ['password'], t('errors.network'));
    setError(fieldErrors.password);
    for (const other of otherErrors) {
      notifications.show({ color: 'red', title: t('accounts.notify.saveFailed'), message: other.message });
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('accounts.password.title', { name: account.displayName })}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm">
          <Text size="sm">{t('accounts.password.explanation')}</Text>
          <PasswordField
            label={t('accounts.password.newPassword')}
            description={t('password.hint', { count: PASSWORD_MIN })}
            required
            autoComplete="new-password"
            maxLength={PASSWORD_MAX}
            value={password}
            onChange={(event) => {
              setPassword(event.currentTarget.value);
              setError(undefined);
            }}
            error={error}
            data-autofocus
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('actions.cancel')}
            </Button>
            <Button type="submit" loading={fetching}>
              {t('accounts.password.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
