import { type FormEvent, useState } from 'react';
import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { forbiddenNameCharacter, PLATFORM_NAME_MAX } from '@empact/domain';
import { splitFieldErrors } from '../../graphql/errors';
import { AddPlatformMutation } from './profiles.documents';

/** Adds a platform to the reference list (coordinators and administrators); a name already there is refused. */
export function AddPlatformDialog({ onClose, onAdded }: { onClose: () => void; onAdded: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [{ fetching }, addPlatform] = useMutation(AddPlatformMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    const character = forbiddenNameCharacter(trimmed);
    if (!/[\p{L}\p{N}]/u.test(trimmed)) {
      setError(t('profiles.form.required'));
      return;
    }
    if (character) {
      setError(t('profiles.form.nameCharacters', { character }));
      return;
    }
    const result = await addPlatform({ name: trimmed });
    if (!result.error) {
      notifications.show({ color: 'green', message: t('profiles.notify.platformAdded', { name: trimmed }) });
      onAdded();
      onClose();
      return;
    }
    const { fieldErrors, otherErrors } = splitFieldErrors(result.error, ['name'], t('errors.network'));
    setError(fieldErrors.name);
    for (const other of otherErrors) {
      notifications.show({
        color: 'red',
        title: t('profiles.notify.platformFailed'),
        message: other.message,
      });
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('profiles.platform.title')}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t('profiles.platform.name')}
            description={t('profiles.platform.hint')}
            required
            autoComplete="off"
            maxLength={PLATFORM_NAME_MAX}
            value={name}
            onChange={(event) => {
              setName(event.currentTarget.value);
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
              {t('profiles.platform.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
