import { useState } from 'react';
import { Alert, Button, Group, Modal, Radio, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { RECEIVING_UNITS, REFERRAL_DETAILS_MAX, TOPICS, URGENCIES } from '@empact/domain';
import type { InteractionFieldsFragment, ReceivingUnit, Topic, Urgency } from '../../gql/graphql';
import { splitFieldErrors } from '../../graphql/errors';
import { InteractionCard } from '../logging/interaction-card';
import { useFreeTextGuard } from '../personal-data/use-free-text-guard';
import { viewerTimeZone } from '../schedule/zoned-time';
import { RaiseReferralMutation } from './referrals.documents';

interface ReferralDialogProps {
  interaction: InteractionFieldsFragment | null;
  /** The zone the interaction's time is shown in (the week's); the reader's own by default. */
  timeZone?: string;
  /** The platform's name (the interaction carries its code). */
  platformName?: string;
  onClose: () => void;
  onRaised: () => void;
}

/** Topics that usually call for a referral, in the order a reason is guessed from an entry. */
const SERIOUS: readonly Topic[] = [
  'SELF_HARM_SUICIDE',
  'GROOMING_SEXUAL_EXPLOITATION',
  'SEXTORTION',
  'THREATS_VIOLENCE',
  'EXTREMISM_RADICALISATION',
  'HATE_SPEECH',
  'FRAUD_SCAMS',
  'DRUGS',
  'BULLYING',
];

function guessReason(topics: readonly Topic[]): Topic {
  return SERIOUS.find((topic) => topics.includes(topic)) ?? topics[0] ?? 'OTHER';
}

/** Refers a logged interaction to the unit that acts on it. */
export function ReferralDialog({
  interaction,
  timeZone,
  platformName,
  onClose,
  onRaised,
}: ReferralDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={!!interaction} onClose={onClose} title={t('referral.raise.title')} size="lg">
      {interaction && (
        <Stack gap="sm">
          {/* What is being referred, so that the unit, urgency and details are chosen with it in view. */}
          <section aria-labelledby="referral-about">
            <Title order={3} size="h6" id="referral-about" mb={4}>
              {t('referral.raise.about')}
              {platformName ? ` · ${platformName}` : ''}
            </Title>
            <InteractionCard entry={interaction} timeZone={timeZone ?? viewerTimeZone()} listItem={false} />
          </section>
          <ReferralForm
            key={interaction.id}
            interaction={interaction}
            onClose={onClose}
            onRaised={onRaised}
          />
        </Stack>
      )}
    </Modal>
  );
}

function ReferralForm({
  interaction,
  onClose,
  onRaised,
}: {
  interaction: InteractionFieldsFragment;
  onClose: () => void;
  onRaised: () => void;
}) {
  const { t } = useTranslation();
  const [unit, setUnit] = useState<ReceivingUnit | null>(null);
  const [urgency, setUrgency] = useState<Urgency>('PRIORITY');
  const [reason, setReason] = useState<Topic>(guessReason(interaction.topics));
  const [details, setDetails] = useState('');
  const [result, raise] = useMutation(RaiseReferralMutation);
  const { fieldErrors, otherErrors } = splitFieldErrors(
    result.error,
    ['receivingUnit', 'urgency', 'reasonCode', 'details'],
    t('errors.network'),
  );
  const guard = useFreeTextGuard({ details });
  // A refusal for personal data is shown under the details, not again as an alert.
  const shownErrors = otherErrors.filter((error) => error.code !== 'PERSONAL_DATA_IN_NOTES');

  const submit = async () => {
    if (!unit || details.trim() === '' || guard.blocked) return;
    const response = await raise({
      input: {
        interactionId: interaction.id,
        receivingUnit: unit,
        urgency,
        reasonCode: reason,
        // As typed: the API trims it after the check, so the positions of a refusal fit what is on screen.
        details,
      },
    });
    if (guard.refused(response.error, { details })) return;
    if (response.data) {
      notifications.show({
        color: 'green',
        message: urgency === 'IMMEDIATE' ? t('referral.raise.doneImmediate') : t('referral.raise.done'),
      });
      onRaised();
      onClose();
    }
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack gap="sm">
        <Select
          label={t('referral.field.receivingUnit')}
          required
          data-autofocus
          value={unit}
          onChange={(value) => setUnit(value as ReceivingUnit | null)}
          data={RECEIVING_UNITS.map((code) => ({ value: code, label: t(`taxonomy:receivingUnit.${code}`) }))}
          error={fieldErrors.receivingUnit}
          comboboxProps={{ withinPortal: true }}
        />
        <Radio.Group
          label={t('referral.field.urgency')}
          required
          value={urgency}
          onChange={(value) => setUrgency(value as Urgency)}
          error={fieldErrors.urgency}
          description={t('referral.raise.urgencyHint')}
        >
          <Group gap="md" mt={4}>
            {URGENCIES.map((code) => (
              <Radio key={code} value={code} label={t(`taxonomy:urgency.${code}`)} />
            ))}
          </Group>
        </Radio.Group>
        <Select
          label={t('referral.field.reason')}
          required
          allowDeselect={false}
          value={reason}
          onChange={(value) => value && setReason(value as Topic)}
          data={TOPICS.map((code) => ({ value: code, label: t(`taxonomy:topic.${code}`) }))}
          error={fieldErrors.reasonCode}
          comboboxProps={{ withinPortal: true }}
        />
        <Alert color="blue" icon={<IconInfoCircle aria-hidden />} p="xs">
          <Text size="sm">{t('referral.raise.minimum')}</Text>
        </Alert>
        <Textarea
          id="referral-details"
          label={t('referral.field.details')}
          description={t('referral.raise.detailsHint')}
          required
          autosize
          minRows={3}
          maxLength={REFERRAL_DETAILS_MAX}
          value={details}
          onChange={(event) => setDetails(event.currentTarget.value)}
          error={fieldErrors.details ?? guard.errorOf('details')}
        />
        {guard.panel('details', 'referral-details')}
        {shownErrors.length > 0 && (
          <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert">
            {shownErrors.map((error) => error.message).join(' ')}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('actions.cancel')}
          </Button>
          <Button
            type="submit"
            color="red"
            loading={result.fetching}
            disabled={!unit || details.trim() === '' || guard.blocked}
          >
            {t('referral.raise.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
