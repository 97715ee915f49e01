import type { ReactNode } from 'react';
import {
  ActionIcon,
  AppShell,
  Badge,
  Burger,
  Button,
  Group,
  NavLink,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import {
  IconActivity,
  IconBook,
  IconCalendarCog,
  IconCalendarWeek,
  IconChartBar,
  IconClipboardText,
  IconFileReport,
  IconCloudUpload,
  IconHome,
  IconIdBadge2,
  IconLogout,
  IconListSearch,
  IconShieldLock,
  IconSpeakerphone,
  IconUserCheck,
  IconUsers,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { useMutation } from 'urql';
import { can, type Locale } from '@empact/domain';
import { SetMyLanguageMutation } from '../../auth/auth.documents';
import { signOut, updateSessionAccount } from '../../auth/session';
import { toActor, useAccount } from '../../auth/use-session';
import { serverErrors } from '../../graphql/errors';
import { applyLocale } from '../../i18n/i18n';
import { countryName } from '../../lib/intl';
import { pickCurrentWeek, useActionWeeks } from '../overview/current-week';
import { WeekStatusBadge } from '../overview/week-status-badge';
import { useOutbox, useOutboxSync } from '../logging/outbox-sync';
import { ReferralAlerts } from '../referrals/referral-alerts';
import { LanguageSwitcher } from './language-switcher';

/** Pages of one week: /board leads to /weeks/<id>/board, and the entry stays marked on both. */
const WEEK_PAGES = ['/board', '/feed', '/referrals', '/guidance', '/debriefs', '/report', '/outcomes'];

/** Entries logged offline that wait in this browser; sent in the background whenever the connection allows. */
function OutboxIndicator() {
  const { t } = useTranslation();
  useOutboxSync();
  const waiting = useOutbox().filter((entry) => !entry.refusal).length;
  if (waiting === 0) return null;
  return (
    <Badge
      color="orange"
      variant="light"
      leftSection={<IconCloudUpload size={14} aria-hidden />}
      role="status"
    >
      {t('outbox.waiting', { count: waiting })}
    </Badge>
  );
}

function CurrentWeekLabel() {
  const [{ data }] = useActionWeeks();
  const week = data ? pickCurrentWeek(data.actionWeeks) : undefined;
  const { t } = useTranslation();
  if (!week) return null;
  return (
    <Group gap={6} wrap="nowrap" visibleFrom="sm" role="group" aria-label={t('shell.currentWeek')}>
      <Text size="sm" ff="monospace" fw={600}>
        {week.code}
      </Text>
      <WeekStatusBadge status={week.status} />
    </Group>
  );
}

function SignedInPerson() {
  const { t, i18n } = useTranslation();
  const account = useAccount();
  return (
    <Stack gap={0} align="flex-end" visibleFrom="md" role="group" aria-label={t('shell.signedInAs')}>
      <Text size="sm" fw={600} lh={1.2}>
        {account.displayName}
      </Text>
      <Text size="xs" c="dimmed" lh={1.2}>
        {[
          account.roles.map((role) => t(`common:role.${role}`)).join(', '),
          account.country ? countryName(account.country, i18n.language) : null,
        ]
          .filter(Boolean)
          .join(' · ')}
      </Text>
    </Stack>
  );
}

export function AppLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const account = useAccount();
  const location = useLocation();
  const [navbarOpened, { toggle: toggleNavbar, close: closeNavbar }] = useDisclosure(false);
  const [, setMyLanguage] = useMutation(SetMyLanguageMutation);

  const changeLanguage = async (locale: Locale) => {
    await applyLocale(locale);
    const result = await setMyLanguage({ language: locale });
    if (result.data) updateSessionAccount(result.data.setMyLanguage);
    else
      notifications.show({
        color: 'red',
        title: t('language.notSaved'),
        message: serverErrors(result.error, t('errors.network'))[0]?.message,
      });
  };

  const navItems = [
    {
      to: '/',
      label: t('nav.overview'),
      icon: IconHome,
      // The data-protection officer reaches no week: their home page is the audit log.
      visible:
        can(toActor(account), 'session.read') ||
        can(toActor(account), 'outcomes.read') ||
        !can(toActor(account), 'audit.read'),
    },
    {
      to: '/board',
      label: t('nav.board'),
      icon: IconCalendarWeek,
      visible: can(toActor(account), 'session.read'),
    },
    {
      to: '/sessions',
      label: t('nav.mySessions'),
      icon: IconUserCheck,
      visible: can(toActor(account), 'interaction.log'),
    },
    {
      to: '/feed',
      label: t('nav.feed'),
      icon: IconActivity,
      visible: can(toActor(account), 'interaction.read'),
    },
    {
      to: '/referrals',
      label: t('nav.referrals'),
      icon: IconSpeakerphone,
      visible: can(toActor(account), 'referral.read'),
    },
    {
      to: '/guidance',
      label: t('nav.guidance'),
      icon: IconBook,
      visible: can(toActor(account), 'guidance.read'),
    },
    {
      to: '/debriefs',
      label: t('nav.debriefs'),
      icon: IconClipboardText,
      visible: can(toActor(account), 'debrief.review'),
    },
    {
      to: '/report',
      label: t('nav.weekReport'),
      icon: IconFileReport,
      visible: can(toActor(account), 'debrief.read'),
    },
    {
      to: '/outcomes',
      label: t('nav.outcomes'),
      icon: IconChartBar,
      visible: can(toActor(account), 'outcomes.read'),
    },
    {
      to: '/weeks',
      label: t('nav.weeks'),
      icon: IconCalendarCog,
      visible: can(toActor(account), 'week.manage'),
    },
    {
      to: '/profiles',
      label: t('nav.profiles'),
      icon: IconIdBadge2,
      visible: can(toActor(account), 'profile.manage', { country: toActor(account).country }),
    },
    {
      to: '/accounts',
      label: t('nav.accounts'),
      icon: IconUsers,
      visible: can(toActor(account), 'account.manage'),
    },
    {
      to: '/audit',
      label: t('nav.auditLog'),
      icon: IconListSearch,
      visible: can(toActor(account), 'audit.read'),
    },
    { to: '/security', label: t('nav.security'), icon: IconShieldLock, visible: true },
  ].filter((item) => item.visible);

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !navbarOpened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Burger
              opened={navbarOpened}
              onClick={toggleNavbar}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('shell.toggleNavigation')}
            />
            <Title
              order={1}
              size="h4"
              style={{ whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}
            >
              {t('common:appName')}
            </Title>
            <CurrentWeekLabel />
          </Group>
          <Group gap="sm" wrap="nowrap">
            {can(toActor(account), 'interaction.log') && <OutboxIndicator />}
            <SignedInPerson />
            <LanguageSwitcher onChange={(locale) => void changeLanguage(locale)} />
            <Button
              variant="default"
              size="compact-sm"
              leftSection={<IconLogout size={16} aria-hidden />}
              onClick={() => void signOut()}
              visibleFrom="sm"
            >
              {t('shell.signOut')}
            </Button>
            <Tooltip label={t('shell.signOut')}>
              <ActionIcon
                variant="default"
                hiddenFrom="sm"
                onClick={() => void signOut()}
                aria-label={t('shell.signOut')}
              >
                <IconLogout size={16} aria-hidden />
              </ActionIcon>
            </Tooltip>
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="xs" aria-label={t('nav.label')}>
        <AppShell.Section grow>
          {navItems.map((item) => {
            const active =
              item.to === '/'
                ? location.pathname === '/'
                : item.to === '/weeks'
                  ? /^\/weeks(\/[^/]+\/setup)?\/?$/.test(location.pathname)
                  : WEEK_PAGES.includes(item.to)
                    ? new RegExp(`^/(${item.to.slice(1)}|weeks/[^/]+/${item.to.slice(1)})`).test(
                        location.pathname,
                      )
                    : location.pathname.startsWith(item.to);
            return (
              <NavLink
                key={item.to}
                component={Link}
                to={item.to}
                label={item.label}
                leftSection={<item.icon size={18} aria-hidden />}
                active={active}
                aria-current={active ? 'page' : undefined}
                onClick={closeNavbar}
              />
            );
          })}
        </AppShell.Section>
        <AppShell.Section
          hiddenFrom="md"
          pt="xs"
          style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}
        >
          <Text size="sm" fw={600}>
            {account.displayName}
          </Text>
          <Group gap={4} mt={4}>
            {account.roles.map((role) => (
              <Badge key={role} size="xs" variant="light">
                {t(`common:role.${role}`)}
              </Badge>
            ))}
          </Group>
        </AppShell.Section>
      </AppShell.Navbar>

      <AppShell.Main>
        {can(toActor(account), 'referral.read') && <ReferralAlerts />}
        {children}
      </AppShell.Main>
    </AppShell>
  );
}
