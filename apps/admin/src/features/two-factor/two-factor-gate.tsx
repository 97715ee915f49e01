import { lazy, type ReactNode, Suspense, useState } from 'react';
import { Alert, Box, Button, Center, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertCircle, IconLogout } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { twoFactorRequired } from '@empact/domain';
import { signOut } from '../../auth/session';
import { useAccount } from '../../auth/use-session';
import { serverErrors } from '../../graphql/errors';
import { applyLocale } from '../../i18n/i18n';
import { LanguageSwitcher } from '../shell/language-switcher';
import { MyTwoFactorQuery } from './two-factor.documents';

// Shown to few accounts, once: loaded when needed (with the QR code), not with the app.
const EnrolmentFlow = lazy(() => import('./enrolment-flow').then((m) => ({ default: m.EnrolmentFlow })));

/**
 * An account whose role needs a second factor and has none yet may only set one up (the API refuses everything else
 * with TWO_FACTOR_ENROLMENT_REQUIRED): it sees the enrolment page until it has, then the app.
 */
export function TwoFactorGate({ children }: { children: ReactNode }) {
  const account = useAccount();
  // A role that needs it is known here; a week can require it of team members too, which only the API knows.
  const byRole = twoFactorRequired(account.roles);
  const [{ data, error }, refetch] = useQuery({ query: MyTwoFactorQuery, requestPolicy: 'network-only' });
  const { t } = useTranslation();
  // Once shown, the enrolment page stays until its last step (the recovery codes) is done, though the status it
  // reads turns to enabled as soon as the code is confirmed.
  const [enrolling, setEnrolling] = useState(false);
  if (data?.myTwoFactor.required && !data.myTwoFactor.enabled && !enrolling) setEnrolling(true);
  if (enrolling)
    return (
      <EnrolmentRequiredPage
        email={account.email}
        onEnrolled={() => {
          setEnrolling(false);
          refetch({ requestPolicy: 'network-only' });
        }}
      />
    );
  // Without a role that needs it, the app does not wait for the answer.
  if (data ? !data.myTwoFactor.required || data.myTwoFactor.enabled : !byRole) return <>{children}</>;
  return (
    <Center h="50vh">
      {error ? (
        <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert">
          {serverErrors(error, t('errors.network'))[0]?.message}
        </Alert>
      ) : (
        <Loader aria-label={t('state.loading')} />
      )}
    </Center>
  );
}

function EnrolmentRequiredPage({ email, onEnrolled }: { email: string; onEnrolled: () => void }) {
  const { t } = useTranslation();
  return (
    <Box mih="100vh" bg="var(--mantine-color-gray-light)">
      <Group justify="space-between" p="sm" component="header">
        <Text fw={700}>{t('common:appName')}</Text>
        <Group gap="sm">
          <LanguageSwitcher onChange={(locale) => void applyLocale(locale)} />
          <Button
            variant="default"
            size="compact-sm"
            leftSection={<IconLogout size={16} aria-hidden />}
            onClick={() => void signOut()}
          >
            {t('shell.signOut')}
          </Button>
        </Group>
      </Group>
      <Center px="md" pb="xl">
        <Paper component="main" withBorder shadow="sm" p="xl" w="100%" maw={640}>
          <Stack gap="md">
            <Title order={1} size="h2">
              {t('twoFactor.enrol.requiredTitle')}
            </Title>
            <Text>{t('twoFactor.enrol.requiredIntro')}</Text>
            <Suspense fallback={<Loader aria-label={t('state.loading')} />}>
              <EnrolmentFlow email={email} onDone={onEnrolled} />
            </Suspense>
          </Stack>
        </Paper>
      </Center>
    </Box>
  );
}
