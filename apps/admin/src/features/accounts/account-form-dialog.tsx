import { type FormEvent, useState } from 'react';
import { Button, Group, Modal, MultiSelect, Select, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import {
  accountShapeProblem,
  DISPLAY_NAME_MAX,
  EMAIL_MAX,
  forbiddenNameCharacter,
  isRole,
  PASSWORD_MAX,
  PASSWORD_MIN,
  type Role,
} from '@empact/domain';
import type { AccountRowFieldsFragment } from '../../gql/graphql';
import { splitFieldErrors } from '../../graphql/errors';
import { currentLocale } from '../../i18n/i18n';
import { CreateAccountMutation, UpdateAccountMutation } from './accounts.documents';
import { countryOptions, languageOptions, roleOptions } from './options';
import { PasswordField } from './password-field';

const FIELDS = ['email', 'displayName', 'country', 'roles', 'language', 'password'] as const;
type Field = (typeof FIELDS)[number];
type FieldErrors = Partial<Record<Field, string>>;

interface Values {
  email: string;
  displayName: string;
  country: string | null;
  roles: Role[];
  language: string;
  password: string;
}

interface AccountFormDialogProps {
  /** The account to edit; none to create one. */
  account?: AccountRowFieldsFragment;
  opened: boolean;
  onClose: () => void;
}

function initialValues(account: AccountRowFieldsFragment | undefined): Values {
  return {
    email: account?.email ?? '',
    displayName: account?.displayName ?? '',
    country: account?.country ?? null,
    roles: account ? [...account.roles] : [],
    language: account?.language ?? currentLocale(),
    password: '',
  };
}

/** Creates an account or edits one. Keyed by the account, so each opening starts from its current values. */
export function AccountFormDialog({ account, opened, onClose }: AccountFormDialogProps) {
  const { t, i18n } = useTranslation();
  const editing = account !== undefined;
  const [values, setValues] = useState<Values>(() => initialValues(account));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [createResult, create] = useMutation(CreateAccountMutation);
  const [updateResult, update] = useMutation(UpdateAccountMutation);
  const saving = createResult.fetching || updateResult.fetching;

  const set = <K extends keyof Values>(key: K, value: Values[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    setErrors((current) => ({ ...current, [key]: undefined }));
  };

  /** The same rules the API applies, checked here first so that the user hears about them at once. */
  const localProblems = (): FieldErrors => {
    const problems: FieldErrors = {};
    if (!editing && values.email.trim() === '') problems.email = t('accounts.form.required');
    const nameCharacter = forbiddenNameCharacter(values.displayName.trim());
    if (values.displayName.trim() === '') problems.displayName = t('accounts.form.required');
    else if (nameCharacter)
      problems.displayName = t('accounts.form.nameCharacters', { character: nameCharacter });
    switch (accountShapeProblem(values.roles, values.country)) {
      case 'ROLES_REQUIRED':
        problems.roles = t('accounts.form.rolesRequired');
        break;
      case 'COUNTRY_REQUIRED':
        problems.country = t('accounts.form.countryRequired');
        break;
      case null:
        break;
    }
    if (!editing && values.password.length < PASSWORD_MIN) {
      problems.password = t('password.tooShort', { count: PASSWORD_MIN });
    }
    return problems;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = localProblems();
    if (Object.keys(problems).length > 0) {
      setErrors(problems);
      return;
    }
    const result = editing
      ? await update({
          input: {
            id: account.id,
            displayName: values.displayName.trim(),
            country: values.country,
            roles: values.roles,
            language: values.language,
          },
        })
      : await create({
          input: {
            email: values.email.trim(),
            displayName: values.displayName.trim(),
            country: values.country,
            roles: values.roles,
            language: values.language,
            password: values.password,
          },
        });
    if (!result.error) {
      notifications.show({
        color: 'green',
        message: editing
          ? t('accounts.notify.updated', { name: values.displayName.trim() })
          : t('accounts.notify.created', { name: values.displayName.trim() }),
      });
      onClose();
      return;
    }
    const { fieldErrors, otherErrors } = splitFieldErrors(result.error, FIELDS, t('errors.network'));
    setErrors(fieldErrors);
    for (const other of otherErrors) {
      notifications.show({ color: 'red', title: t('accounts.notify.saveFailed'), message: other.message });
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={
        editing ? t('accounts.form.editTitle', { name: account.displayName }) : t('accounts.form.createTitle')
      }
      size="lg"
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm">
          {editing ? (
            <div>
              <Text size="sm" fw={500}>
                {t('common:field.email')}
              </Text>
              <Text size="sm">{account.email}</Text>
            </div>
          ) : (
            <TextInput
              label={t('common:field.email')}
              type="email"
              required
              autoComplete="off"
              maxLength={EMAIL_MAX}
              value={values.email}
              onChange={(event) => set('email', event.currentTarget.value)}
              error={errors.email}
              data-autofocus
            />
          )}
          <TextInput
            label={t('common:field.displayName')}
            required
            maxLength={DISPLAY_NAME_MAX}
            value={values.displayName}
            onChange={(event) => set('displayName', event.currentTarget.value)}
            error={errors.displayName}
            data-autofocus={editing || undefined}
          />
          <Group grow align="flex-start">
            <Select
              label={t('common:field.country')}
              description={t('accounts.form.countryHint')}
              data={countryOptions(i18n.language)}
              value={values.country}
              onChange={(value) => set('country', value)}
              searchable
              clearable
              nothingFoundMessage={t('accounts.form.nothingFound')}
              error={errors.country}
              comboboxProps={{ withinPortal: true }}
            />
            <Select
              label={t('common:field.language')}
              description={t('accounts.form.languageHint')}
              data={languageOptions()}
              value={values.language}
              onChange={(value) => value && set('language', value)}
              allowDeselect={false}
              required
              error={errors.language}
            />
          </Group>
          <MultiSelect
            label={t('common:field.roles')}
            data={roleOptions(t)}
            value={values.roles}
            onChange={(value) => set('roles', value.filter(isRole))}
            searchable
            nothingFoundMessage={t('accounts.form.nothingFound')}
            required
            error={errors.roles}
            comboboxProps={{ withinPortal: true }}
          />
          {!editing && (
            <PasswordField
              label={t('accounts.form.initialPassword')}
              description={t('password.hint', { count: PASSWORD_MIN })}
              required
              autoComplete="new-password"
              maxLength={PASSWORD_MAX}
              value={values.password}
              onChange={(event) => set('password', event.currentTarget.value)}
              error={errors.password}
            />
          )}
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('actions.cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {editing ? t('actions.save') : t('accounts.form.createSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
