import { useMemo, useState } from 'react';
import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Group,
  Loader,
  Menu,
  Select,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import {
  IconAlertCircle,
  IconDots,
  IconKey,
  IconPencil,
  IconPlus,
  IconSearch,
  IconUserCheck,
  IconUserOff,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { isCountryCode, isLocale, isRole, LOCALE_ENDONYMS } from '@empact/domain';
import type { AccountFilter, AccountRowFieldsFragment } from '../../gql/graphql';
import { serverErrors } from '../../graphql/errors';
import { countryName, formatInstant } from '../../lib/intl';
import { AccountFormDialog } from './account-form-dialog';
import { AccountsQuery } from './accounts.documents';
import { DisableDialog } from './disable-dialog';
import { countryOptions, roleOptions } from './options';
import { PasswordDialog } from './password-dialog';

type Dialog =
  | { kind: 'create' }
  | { kind: 'edit'; account: AccountRowFieldsFragment }
  | { kind: 'password'; account: AccountRowFieldsFragment }
  | { kind: 'disable'; account: AccountRowFieldsFragment };

// Mutations on any account refresh the list, also when it was empty and held no Account to recognise.
const QUERY_CONTEXT = { additionalTypenames: ['Account'] };

/** Administrators' list of every account, with the filters kept in the address so a view can be shared. */
export default function AccountsPage() {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const [params, setParams] = useSearchParams();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [dialogKey, setDialogKey] = useState(0);

  const country = params.get('country');
  const role = params.get('role');
  // Disabled accounts are listed unless asked not to: an account someone just disabled should stay in sight.
  const includeDisabled = params.get('disabled') !== 'hide';
  const [search, setSearch] = useState(params.get('q') ?? '');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 250);

  const setParam = (key: string, value: string | null) => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  };

  const filter = useMemo<AccountFilter>(
    () => ({
      country: country && isCountryCode(country) ? country : null,
      role: role && isRole(role) ? role : null,
      search: debouncedSearch || null,
      includeDisabled,
    }),
    [country, role, debouncedSearch, includeDisabled],
  );
  const [{ data, fetching, error }] = useQuery({
    query: AccountsQuery,
    variables: { filter },
    context: QUERY_CONTEXT,
  });
  const accounts = data?.accounts ?? [];

  const open = (next: Dialog) => {
    setDialogKey((key) => key + 1);
    setDialog(next);
  };
  const close = () => setDialog(null);

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2}>{t('accounts.title')}</Title>
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => open({ kind: 'create' })}>
          {t('accounts.create')}
        </Button>
      </Group>

      <Group align="flex-end" gap="sm" role="search" aria-label={t('accounts.filter.label')}>
        <TextInput
          label={t('accounts.filter.search')}
          placeholder={t('accounts.filter.searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={search}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            setParam('q', event.currentTarget.value.trim() || null);
          }}
          w={{ base: '100%', sm: 260 }}
        />
        <Select
          label={t('common:field.country')}
          placeholder={t('accounts.filter.allCountries')}
          data={countryOptions(lng)}
          value={filter.country ?? null}
          onChange={(value) => setParam('country', value)}
          searchable
          clearable
          nothingFoundMessage={t('accounts.form.nothingFound')}
          w={{ base: '100%', sm: 220 }}
        />
        <Select
          label={t('accounts.filter.role')}
          placeholder={t('accounts.filter.allRoles')}
          data={roleOptions(t)}
          value={filter.role ?? null}
          onChange={(value) => setParam('role', value)}
          clearable
          w={{ base: '100%', sm: 200 }}
        />
        <Switch
          label={t('accounts.filter.includeDisabled')}
          checked={includeDisabled}
          onChange={(event) => setParam('disabled', event.currentTarget.checked ? null : 'hide')}
          mb={8}
        />
      </Group>

      {error && (
        <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert">
          {serverErrors(error, t('errors.network'))[0]?.message}
        </Alert>
      )}

      <Group gap="xs" aria-live="polite">
        <Text size="sm" c="dimmed">
          {t('accounts.count', { count: accounts.length })}
        </Text>
        {fetching && <Loader size="xs" aria-label={t('state.loading')} />}
      </Group>

      <Table.ScrollContainer minWidth={900}>
        <Table striped highlightOnHover aria-label={t('accounts.tableLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('common:field.displayName')}</Table.Th>
              <Table.Th>{t('common:field.email')}</Table.Th>
              <Table.Th>{t('common:field.country')}</Table.Th>
              <Table.Th>{t('common:field.roles')}</Table.Th>
              <Table.Th>{t('common:field.language')}</Table.Th>
              <Table.Th>{t('account.lastLogin')}</Table.Th>
              <Table.Th>{t('accounts.status')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('accounts.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data && accounts.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={8}>
                  <Text size="sm" c="dimmed" ta="center" py="md">
                    {t('accounts.empty')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
            {accounts.map((account) => (
              <Table.Tr
                key={account.id}
                c={account.disabled ? 'dimmed' : undefined}
                data-disabled={account.disabled || undefined}
              >
                <Table.Td fw={500} td={account.disabled ? 'line-through' : undefined}>
                  {account.displayName}
                </Table.Td>
                <Table.Td>{account.email}</Table.Td>
                <Table.Td>{account.country ? countryName(account.country, lng) : '—'}</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {account.roles.map((accountRole) => (
                      <Badge
                        key={accountRole}
                        size="sm"
                        variant="light"
                        color={account.disabled ? 'gray' : undefined}
                      >
                        {t(`common:role.${accountRole}`)}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td>
                  {isLocale(account.language) ? LOCALE_ENDONYMS[account.language] : account.language}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="inherit">
                    {account.lastLoginAt ? formatInstant(account.lastLoginAt, lng) : t('account.never')}
                  </Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {account.disabled ? (
                    <Badge color="red" variant="filled" size="sm">
                      {t('accounts.disabled')}
                    </Badge>
                  ) : (
                    <Badge color="green" variant="light" size="sm">
                      {t('accounts.active')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  <Menu position="bottom-end" withinPortal shadow="md">
                    <Menu.Target>
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        aria-label={t('accounts.actionsFor', { name: account.displayName })}
                      >
                        <IconDots size={18} aria-hidden />
                      </ActionIcon>
                    </Menu.Target>
                    <Menu.Dropdown>
                      <Menu.Item
                        leftSection={<IconPencil size={16} aria-hidden />}
                        onClick={() => open({ kind: 'edit', account })}
                      >
                        {t('accounts.edit')}
                      </Menu.Item>
                      <Menu.Item
                        leftSection={<IconKey size={16} aria-hidden />}
                        onClick={() => open({ kind: 'password', account })}
                      >
                        {t('accounts.setPassword')}
                      </Menu.Item>
                      <Menu.Divider />
                      {account.disabled ? (
                        <Menu.Item
                          leftSection={<IconUserCheck size={16} aria-hidden />}
                          onClick={() => open({ kind: 'disable', account })}
                        >
                          {t('accounts.enable.action')}
                        </Menu.Item>
                      ) : (
                        <Menu.Item
                          color="red"
                          leftSection={<IconUserOff size={16} aria-hidden />}
                          onClick={() => open({ kind: 'disable', account })}
                        >
                          {t('accounts.disable.action')}
                        </Menu.Item>
                      )}
                    </Menu.Dropdown>
                  </Menu>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>

      {dialog?.kind === 'create' && <AccountFormDialog key={dialogKey} opened onClose={close} />}
      {dialog?.kind === 'edit' && (
        <AccountFormDialog key={dialogKey} account={dialog.account} opened onClose={close} />
      )}
      {dialog?.kind === 'password' && (
        <PasswordDialog key={dialogKey} account={dialog.account} onClose={close} />
      )}
      {dialog?.kind === 'disable' && (
        <DisableDialog key={dialogKey} account={dialog.account} onClose={close} />
      )}
    </Stack>
  );
}
