import { type FormEvent, useState } from 'react';
import { Alert, Badge, Button, Card, Group, Loader, Modal, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconShieldCheck, IconShieldOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useAccount } from '../../auth/use-session';
import { serverErrors } from '../../graphql/errors';
import { formatInstant } from '../../lib/intl';
import { EnrolmentFlow } from './enrolment-flow';
import { RecoveryCodesPanel } from './recovery-codes-panel';
import {
  EMPTY_SECOND_FACTOR,
  SecondFactorField,
  secondFactorVariables,
  type SecondFactorValue,
} from './second-factor-field';
import {
  DisableTwoFactorMutation,
  MyTwoFactorQuery,
  RegenerateTwoFactorRecoveryCodesMutation,
} from './two-factor.documents';

/** Fewer recovery codes than this left: the page suggests making new ones. */
const FEW_CODES = 3;

type Dialog = 'setUp' | 'move' | 'regenerate' | 'disable' | null;

/** The signed-in person's own two-step sign-in: its state, new recovery codes, a new app, and turning it off when allowed. */
export default function TwoFactorPage() {
  const { t, i18n } = useTranslation();
  const account = useAccount();
  const [{ data, error }, refetch] = useQuery({
    query: MyTwoFactorQuery,
    requestPolicy: 'cache-and-network',
  });
  const [dialog, setDialog] = useState<Dialog>(null);
  const status = data?.myTwoFactor;
  const close = () => {
    setDialog(null);
    refetch({ requestPolicy: 'network-only' });
  };

  return (
    <Stack gap="lg" maw={760}>
      <Title order={2}>{t('twoFactor.title')}</Title>
      {error && !data && (
        <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert">
          {serverErrors(error, t('errors.network'))[0]?.message}
        </Alert>
      )}
      {!status && !error && <Loader size="sm" aria-label={t('state.loading')} />}
      {status && (
        <Card withBorder padding="lg" component="section" aria-labelledby="two-factor-status">
          <Stack gap="md">
            <Group gap="sm">
              {status.enabled ? (
                <IconShieldCheck size={28} color="var(--mantine-color-green-7)" aria-hidden />
              ) : (
                <IconShieldOff size={28} color="var(--mantine-color-gray-7)" aria-hidden />
              )}
              <Title order={3} size="h4" id="two-factor-status">
                {t('twoFactor.settings.appTitle')}
              </Title>
              <Badge color={status.enabled ? 'green' : 'gray'} variant="light">
                {status.enabled ? t('twoFactor.settings.on') : t('twoFactor.settings.off')}
              </Badge>
            </Group>
            <Text size="sm">
              {status.required ? t('twoFactor.settings.required') : t('twoFactor.settings.optional')}
            </Text>
            {status.enabled && status.enabledAt && (
              <Text size="sm">
                {t('twoFactor.settings.enabledSince', {
                  date: formatInstant(status.enabledAt, i18n.language),
                })}
              </Text>
            )}
            {status.enabled && (
              <Text size="sm" fw={600}>
                {t('twoFactor.settings.codesLeft', { count: status.recoveryCodesLeft })}
              </Text>
            )}
            {status.enabled && status.recoveryCodesLeft < FEW_CODES && (
              <Alert color="yellow" icon={<IconAlertCircle aria-hidden />}>
                {t('twoFactor.settings.fewCodes')}
              </Alert>
            )}
            <Group gap="sm">
              {!status.enabled && (
                <Button onClick={() => setDialog('setUp')}>{t('twoFactor.settings.setUp')}</Button>
              )}
              {status.enabled && (
                <Button variant="default" onClick={() => setDialog('regenerate')}>
                  {t('twoFactor.settings.regenerate')}
                </Button>
              )}
              {status.enabled && (
                <Button variant="default" onClick={() => setDialog('move')}>
                  {t('twoFactor.settings.move')}
                </Button>
              )}
              {status.enabled && !status.required && (
                <Button variant="default" color="red" onClick={() => setDialog('disable')}>
                  {t('twoFactor.settings.disable')}
                </Button>
              )}
            </Group>
          </Stack>
        </Card>
      )}
      {(dialog === 'setUp' || dialog === 'move') && (
        <Modal
          opened
          onClose={close}
          title={dialog === 'move' ? t('twoFactor.settings.move') : t('twoFactor.settings.setUp')}
          size="lg"
        >
          <EnrolmentFlow email={account.email} replacing={dialog === 'move'} onDone={close} />
        </Modal>
      )}
      {dialog === 'regenerate' && <RegenerateDialog email={account.email} onClose={close} />}
      {dialog === 'disable' && <DisableDialog onClose={close} />}
    </Stack>
  );
}

function CodeForm({
  intro,
  submitLabel,
  danger = false,
  fetching,
  problem,
  onSubmit,
  onCancel,
}: {
  intro: string;
  submitLabel: string;
  danger?: boolean;
  fetching: boolean;
  problem: string | undefined;
  onSubmit: (proof: SecondFactorValue) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [proof, setProof] = useState<SecondFactorValue>(EMPTY_SECOND_FACTOR);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(proof);
  };
  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <Text size="sm">{intro}</Text>
        {problem && (
          <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert">
            {problem}
          </Alert>
        )}
        <SecondFactorField value={proof} onChange={setProof} autoFocus />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onCancel}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" color={danger ? 'red' : undefined} loading={fetching}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function RegenerateDialog({ email, onClose }: { email: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [{ fetching, error }, regenerate] = useMutation(RegenerateTwoFactorRecoveryCodesMutation);
  const [codes, setCodes] = useState<string[] | null>(null);
  return (
    <Modal opened onClose={onClose} title={t('twoFactor.settings.regenerate')} size="lg">
      {codes ? (
        <RecoveryCodesPanel codes={codes} email={email} onDone={onClose} />
      ) : (
        <CodeForm
          intro={t('twoFactor.settings.regenerateIntro')}
          submitLabel={t('twoFactor.settings.regenerateSubmit')}
          fetching={fetching}
          problem={serverErrors(error, t('errors.network'))[0]?.message}
          onCancel={onClose}
          onSubmit={(proof) =>
            void regenerate(secondFactorVariables(proof)).then((result) => {
              if (result.data) setCodes(result.data.regenerateTwoFactorRecoveryCodes.codes);
            })
          }
        />
      )}
    </Modal>
  );
}

function DisableDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [{ fetching, error }, disable] = useMutation(DisableTwoFactorMutation);
  return (
    <Modal opened onClose={onClose} title={t('twoFactor.settings.disable')}>
      <CodeForm
        intro={t('twoFactor.settings.disableIntro')}
        submitLabel={t('twoFactor.settings.disableSubmit')}
        danger
        fetching={fetching}
        problem={serverErrors(error, t('errors.network'))[0]?.message}
        onCancel={onClose}
        onSubmit={(proof) =>
          void disable(secondFactorVariables(proof)).then((result) => {
            if (!result.data) return;
            notifications.show({ color: 'green', message: t('twoFactor.settings.disabled') });
            onClose();
          })
        }
      />
    </Modal>
  );
}
