import { type FormEvent, useEffect, useRef, useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Code,
  CopyButton,
  Group,
  Image,
  Loader,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconAlertCircle, IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { BeginTwoFactorEnrolmentMutation as Enrolment } from '../../gql/graphql';
import { serverErrors } from '../../graphql/errors';
import { RecoveryCodesPanel } from './recovery-codes-panel';
import {
  EMPTY_SECOND_FACTOR,
  SecondFactorField,
  secondFactorVariables,
  type SecondFactorValue,
} from './second-factor-field';
import { BeginTwoFactorEnrolmentMutation, ConfirmTwoFactorEnrolmentMutation } from './two-factor.documents';

/** The key in groups of four, as people read it out and type it. */
const grouped = (secret: string) => secret.match(/.{1,4}/g)?.join(' ') ?? secret;

/**
 * Setting up an authenticator app: a new secret as a QR code and as a key to type, a code of it to confirm, then the
 * recovery codes once. Moving to a new app (`replacing`) first asks for a code of the current one.
 */
export function EnrolmentFlow({
  email,
  replacing = false,
  onDone,
}: {
  email: string;
  replacing?: boolean;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [enrolment, setEnrolment] = useState<Enrolment['beginTwoFactorEnrolment'] | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [current, setCurrent] = useState<SecondFactorValue>(EMPTY_SECOND_FACTOR);
  const [code, setCode] = useState<SecondFactorValue>(EMPTY_SECOND_FACTOR);
  const [begin, beginEnrolment] = useMutation(BeginTwoFactorEnrolmentMutation);
  const [confirm, confirmEnrolment] = useMutation(ConfirmTwoFactorEnrolmentMutation);
  const started = useRef(false);

  const start = async (proof: { code?: string; recoveryCode?: string } = {}) => {
    const result = await beginEnrolment(proof);
    if (result.data) setEnrolment(result.data.beginTwoFactorEnrolment);
  };

  useEffect(() => {
    // A first enrolment begins at once; the same secret is kept through re-renders (StrictMode runs effects twice).
    if (replacing || started.current) return;
    started.current = true;
    void start();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [replacing]);

  const submitConfirm = async (event: FormEvent) => {
    event.preventDefault();
    const result = await confirmEnrolment({ code: code.value.trim() });
    if (result.data) setCodes(result.data.confirmTwoFactorEnrolment.codes);
  };

  if (codes) return <RecoveryCodesPanel codes={codes} email={email} onDone={onDone} />;

  const beginProblem = serverErrors(begin.error, t('errors.network'))[0];
  if (!enrolment) {
    if (!replacing)
      return beginProblem ? (
        <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert">
          {beginProblem.message}
        </Alert>
      ) : (
        <Loader size="sm" aria-label={t('state.loading')} />
      );
    return (
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void start(secondFactorVariables(current));
        }}
      >
        <Stack gap="md">
          <Text>{t('twoFactor.enrol.moveIntro')}</Text>
          {beginProblem && (
            <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert">
              {beginProblem.message}
            </Alert>
          )}
          <SecondFactorField value={current} onChange={setCurrent} autoFocus />
          <Group justify="flex-end">
            <Button type="submit" loading={begin.fetching}>
              {t('twoFactor.enrol.continue')}
            </Button>
          </Group>
        </Stack>
      </form>
    );
  }

  const confirmProblem = serverErrors(confirm.error, t('errors.network'))[0];
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('twoFactor.enrol.step1')}
        </Title>
        <Text size="sm">{t('twoFactor.enrol.step1Hint')}</Text>
        <Group align="flex-start" gap="lg" wrap="wrap">
          <Box
            bg="white"
            p={4}
            style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 4 }}
          >
            <Image src={enrolment.qrCode} alt={t('twoFactor.enrol.qrAlt')} w={184} h={184} />
          </Box>
          <Stack gap={6} maw={320}>
            <Text size="sm" fw={600} id="manual-key-label">
              {t('twoFactor.enrol.manualKey')}
            </Text>
            <Code
              fz="md"
              p="xs"

              data-testid="manual-key"
              style={{ wordSpacing: '0.25em' }}
            >
              {grouped(enrolment.secret)}
            </Code>
            <CopyButton value={enrolment.secret}>
              {({ copied, copy }) => (
                <Button
                  size="xs"
                  variant={copied ? 'filled' : 'default'}
                  color={copied ? 'green' : undefined}
                  leftSection={
                    copied ? <IconCheck size={14} aria-hidden /> : <IconCopy size={14} aria-hidden />
                  }
                  onClick={copy}
                  w="fit-content"
                >
                  {copied ? t('twoFactor.copied') : t('twoFactor.enrol.copyKey')}
                </Button>
              )}
            </CopyButton>
            <Text size="xs" c="dimmed">
              {t('twoFactor.enrol.manualDetails')}
            </Text>
          </Stack>
        </Group>
      </Stack>
      <form onSubmit={(event) => void submitConfirm(event)}>
        <Stack gap="sm">
          <Title order={3} size="h5">
            {t('twoFactor.enrol.step2')}
          </Title>
          {confirmProblem && (
            <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert">
              {confirmProblem.message}
            </Alert>
          )}
          <Box maw={340}>
            <SecondFactorField value={code} onChange={setCode} allowRecovery={false} />
          </Box>
          <Group>
            <Button type="submit" loading={confirm.fetching}>
              {t('twoFactor.enrol.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
