import { Fragment, useMemo, useState } from 'react';
import {
  ActionIcon,
  Alert,
  Anchor,
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
  Title,
  VisuallyHidden,
} from '@mantine/core';
import {
  IconAlertCircle,
  IconArchive,
  IconChevronDown,
  IconChevronRight,
  IconDots,
  IconPencil,
  IconPlayerPause,
  IconPlayerPlay,
  IconPlus,
  IconWorldPlus,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';
import {
  allowedProfileChanges,
  can,
  countryScope,
  isCountryCode,
  type PoliceProfileChange,
} from '@empact/domain';
import { toActor, useAccount } from '../../auth/use-session';
import type { PoliceProfileFilter, ProfileRowFieldsFragment } from '../../gql/graphql';
import { serverErrors } from '../../graphql/errors';
import { loadProfilesWords } from '../../i18n/lazy-sections';
import { formatInstant } from '../../lib/intl';
import { countryOptions } from '../accounts/options';
import { AddPlatformDialog } from './add-platform-dialog';
import { groupByCountry, PROFILE_STATUS_COLOR } from './profile-model';
import { ProfileFormDialog } from './profile-form-dialog';
import { ProfileStatusDialog, type StatusChange } from './profile-status-dialog';
import { ProfilePlatformsQuery, ProfilesPageQuery } from './profiles.documents';

await loadProfilesWords();

type Dialog =
  | { kind: 'register' }
  | { kind: 'edit'; profile: ProfileRowFieldsFragment }
  | { kind: 'status'; profile: ProfileRowFieldsFragment; change: StatusChange }
  | { kind: 'platform' };

// Any change to a profile or a platform refreshes the lists, also when they were empty.
const PROFILES_CONTEXT = { additionalTypenames: ['PoliceProfile'] };
const PLATFORMS_CONTEXT = { additionalTypenames: ['Platform'] };
const COLUMNS = 6;

const MENU_ICON: Record<Exclude<PoliceProfileChange, 'EDIT'>, typeof IconPencil> = {
  SUSPEND: IconPlayerPause,
  REACTIVATE: IconPlayerPlay,
  RETIRE: IconArchive,
};

/**
 * The blue police profiles: a team leader's own country's, every country's for coordinators and administrators, by
 * country, with what each is used for. Credentials are never asked for nor shown: each country keeps them itself.
 */
export default function ProfilesPage() {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const account = useAccount();
  const actor = toActor(account);
  const everyCountry = countryScope(actor).kind === 'all';
  const mayAddPlatform = can(actor, 'platform.add');
  const [params, setParams] = useSearchParams();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [dialogKey, setDialogKey] = useState(0);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());

  const country = params.get('country');
  const platform = params.get('platform');
  const includeRetired = params.get('retired') === 'show';

  const setParam = (key: string, value: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );

  const filter = useMemo<PoliceProfileFilter>(
    () => ({
      country: everyCountry && country && isCountryCode(country) ? country : null,
      platform: platform || null,
      includeRetired,
    }),
    [everyCountry, country, platform, includeRetired],
  );
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: ProfilesPageQuery,
    variables: { filter },
    context: PROFILES_CONTEXT,
  });
  const [platformsResult, reloadPlatforms] = useQuery({
    query: ProfilePlatformsQuery,
    context: PLATFORMS_CONTEXT,
  });
  const platforms = useMemo(
    () => (platformsResult.data?.platforms ?? []).map((p) => ({ value: p.code, label: p.name })),
    [platformsResult.data],
  );
  const platformName = (code: string) => platforms.find((p) => p.value === code)?.label ?? code;
  const profiles = useMemo(() => data?.policeProfiles ?? [], [data]);
  const groups = useMemo(() => groupByCountry(profiles, lng), [profiles, lng]);

  const open = (next: Dialog) => {
    setDialogKey((key) => key + 1);
    setDialog(next);
  };
  const close = () => setDialog(null);
  const reload = () => reexecute({ requestPolicy: 'network-only' });
  const toggle = (id: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={2}>{t('profiles.title')}</Title>
          <Text size="sm" maw={720}>
            {t('profiles.intro')}
          </Text>
        </Stack>
        <Group gap="sm">
          {mayAddPlatform && (
            <Button
              variant="default"
              leftSection={<IconWorldPlus size={16} aria-hidden />}
              onClick={() => open({ kind: 'platform' })}
            >
              {t('profiles.addPlatform')}
            </Button>
          )}
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => open({ kind: 'register' })}>
            {t('profiles.register')}
          </Button>
        </Group>
      </Group>

      <Group align="flex-end" gap="sm" role="search" aria-label={t('profiles.filter.label')}>
        {everyCountry && (
          <Select
            label={t('profiles.filter.country')}
            placeholder={t('profiles.filter.allCountries')}
            data={countryOptions(lng)}
            value={filter.country ?? null}
            onChange={(value) => setParam('country', value)}
            searchable
            clearable
            nothingFoundMessage={t('profiles.form.nothingFound')}
            w={{ base: '100%', sm: 220 }}
          />
        )}
        <Select
          label={t('profiles.filter.platform')}
          placeholder={t('profiles.filter.allPlatforms')}
          data={platforms}
          value={filter.platform ?? null}
          onChange={(value) => setParam('platform', value)}
          searchable
          clearable
          nothingFoundMessage={t('profiles.form.nothingFound')}
          w={{ base: '100%', sm: 220 }}
        />
        <Switch
          label={t('profiles.filter.includeRetired')}
          checked={includeRetired}
          onChange={(event) => setParam('retired', event.currentTarget.checked ? 'show' : null)}
          mb={8}
        />
      </Group>

      {error && (
        <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert">
          {serverErrors(error, t('errors.network'))[0]?.message}
        </Alert>
      )}

      <Group gap="xs" aria-live="polite">
        <Text size="sm">{t('profiles.count', { count: profiles.length })}</Text>
        {fetching && <Loader size="xs" aria-label={t('state.loading')} />}
      </Group>

      <Table.ScrollContainer minWidth={760}>
        <Table highlightOnHover aria-label={t('profiles.tableLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('profiles.column.name')}</Table.Th>
              <Table.Th>{t('profiles.column.platform')}</Table.Th>
              <Table.Th>{t('profiles.column.status')}</Table.Th>
              <Table.Th>{t('profiles.column.sessions')}</Table.Th>
              <Table.Th>{t('profiles.column.updated')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('profiles.column.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          {data && profiles.length === 0 && (
            <Table.Tbody>
              <Table.Tr>
                <Table.Td colSpan={COLUMNS}>
                  <Text size="sm" ta="center" py="md">
                    {t('profiles.empty')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            </Table.Tbody>
          )}
          {groups.map((group) => (
            <Table.Tbody key={group.country}>
              <Table.Tr bg="var(--mantine-color-gray-0)">
                <Table.Th colSpan={COLUMNS} scope="rowgroup">
                  {t('profiles.group', { country: group.label, count: group.profiles.length })}
                </Table.Th>
              </Table.Tr>
              {group.profiles.map((profile) => {
                const open_ = expanded.has(profile.id);
                const changes = can(actor, 'profile.manage', { country: profile.country })
                  ? allowedProfileChanges(profile.status)
                  : [];
                const sessionsId = `profile-sessions-${profile.id}`;
                return (
                  <Fragment key={profile.id}>
                    <Table.Tr data-status={profile.status}>
                      <Table.Th
                        scope="row"
                        fw={500}
                        td={profile.status === 'RETIRED' ? 'line-through' : undefined}
                      >
                        {profile.displayName}
                      </Table.Th>
                      <Table.Td>{platformName(profile.platform)}</Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        <Badge color={PROFILE_STATUS_COLOR[profile.status]} variant="light" size="sm">
                          {t(`profiles.status.${profile.status}`)}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        {profile.sessions.length === 0 ? (
                          <Text size="sm">{t('profiles.sessions.none')}</Text>
                        ) : (
                          <Anchor
                            component="button"
                            type="button"
                            size="sm"
                            onClick={() => toggle(profile.id)}
                            aria-expanded={open_}
                            aria-controls={sessionsId}
                          >
                            <Group gap={4} wrap="nowrap">
                              {open_ ? (
                                <IconChevronDown size={16} aria-hidden />
                              ) : (
                                <IconChevronRight size={16} aria-hidden />
                              )}
                              {t('profiles.sessions.count', { count: profile.sessions.length })}
                            </Group>
                          </Anchor>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{formatInstant(profile.updatedAt, lng)}</Text>
                      </Table.Td>
                      <Table.Td>
                        {changes.length > 0 && (
                          <Menu position="bottom-end" withinPortal shadow="md">
                            <Menu.Target>
                              <ActionIcon
                                variant="subtle"
                                color="gray"
                                aria-label={t('profiles.actionsFor', { name: profile.displayName })}
                              >
                                <IconDots size={18} aria-hidden />
                              </ActionIcon>
                            </Menu.Target>
                            <Menu.Dropdown>
                              {changes.map((change) => {
                                if (change === 'EDIT')
                                  return (
                                    <Menu.Item
                                      key={change}
                                      leftSection={<IconPencil size={16} aria-hidden />}
                                      onClick={() => open({ kind: 'edit', profile })}
                                    >
                                      {t('profiles.action.edit')}
                                    </Menu.Item>
                                  );
                                const Icon = MENU_ICON[change];
                                return (
                                  <Menu.Item
                                    key={change}
                                    color={change === 'RETIRE' ? 'red' : undefined}
                                    leftSection={<Icon size={16} aria-hidden />}
                                    onClick={() => open({ kind: 'status', profile, change })}
                                  >
                                    {t(
                                      `profiles.action.${change.toLowerCase() as 'suspend' | 'reactivate' | 'retire'}`,
                                    )}
                                  </Menu.Item>
                                );
                              })}
                            </Menu.Dropdown>
                          </Menu>
                        )}
                      </Table.Td>
                    </Table.Tr>
                    {open_ && (
                      <Table.Tr id={sessionsId}>
                        <Table.Td colSpan={COLUMNS} px="xl">
                          <Table
                            withTableBorder
                            aria-label={t('profiles.sessions.listLabel', { name: profile.displayName })}
                          >
                            <Table.Thead>
                              <Table.Tr>
                                <Table.Th>{t('profiles.sessions.week')}</Table.Th>
                                <Table.Th>{t('profiles.sessions.starts')}</Table.Th>
                                <Table.Th>{t('profiles.column.platform')}</Table.Th>
                                <Table.Th>{t('profiles.column.status')}</Table.Th>
                              </Table.Tr>
                            </Table.Thead>
                            <Table.Tbody>
                              {profile.sessions.map((session) => (
                                <Table.Tr key={session.id}>
                                  <Table.Td>
                                    <Anchor component={Link} to={`/weeks/${session.weekId}/board`} size="sm">
                                      {session.weekCode}
                                    </Anchor>
                                    <Text size="xs">{session.weekTitle}</Text>
                                  </Table.Td>
                                  <Table.Td>{formatInstant(session.startsAt, lng)}</Table.Td>
                                  <Table.Td>{platformName(session.platform)}</Table.Td>
                                  <Table.Td>{t(`common:sessionStatus.${session.status}`)}</Table.Td>
                                </Table.Tr>
                              ))}
                            </Table.Tbody>
                          </Table>
                        </Table.Td>
                      </Table.Tr>
                    )}
                  </Fragment>
                );
              })}
            </Table.Tbody>
          ))}
        </Table>
      </Table.ScrollContainer>

      {dialog?.kind === 'register' && (
        <ProfileFormDialog
          key={dialogKey}
          fixedCountry={everyCountry ? null : actor.country}
          platforms={platforms}
          onClose={close}
          onStale={reload}
        />
      )}
      {dialog?.kind === 'edit' && (
        <ProfileFormDialog
          key={dialogKey}
          profile={dialog.profile}
          fixedCountry={null}
          platforms={platforms}
          onClose={close}
          onStale={reload}
        />
      )}
      {dialog?.kind === 'status' && (
        <ProfileStatusDialog
          key={dialogKey}
          profile={dialog.profile}
          change={dialog.change}
          onClose={close}
          onStale={reload}
        />
      )}
      {dialog?.kind === 'platform' && (
        <AddPlatformDialog
          key={dialogKey}
          onClose={close}
          onAdded={() => reloadPlatforms({ requestPolicy: 'network-only' })}
        />
      )}
    </Stack>
  );
}
